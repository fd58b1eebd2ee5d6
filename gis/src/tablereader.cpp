// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/gis/tablereader.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <set>
#include <vector>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>

#include "tanhui/core/csv.h"
#include "tanhui/core/files.h"
#include "tanhui/gis/gisruntime.h"

#include "gdalhandles.h"

namespace tanhui::gis {

using core::Error;
using core::ErrorCode;
using core::Result;
using core::Table;
using detail::DatasetPtr;
using detail::FeaturePtr;

namespace {

// GB18030 (a superset of GBK/CP936, the usual encoding of Chinese Excel exports) to UTF-8.
std::string fromGb18030(const std::string& raw)
{
    // ASCII reads the same in GBK and UTF-8 (most cells of a tally: ids and numbers).
    if (std::all_of(raw.begin(), raw.end(), [](char c) { return (c & 0x80) == 0; }))
        return raw;
    char* recoded = CPLRecode(raw.c_str(), "GB18030", CPL_ENC_UTF8);
    std::string text(recoded);
    CPLFree(recoded);
    return text;
}

bool isCsv(const std::string& path)
{
    std::string ext = std::filesystem::path(path).extension().string();
    for (char& c : ext)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".csv" || ext == ".txt";
}

// Whether the whole file is UTF-8, read in blocks (a sequence cut by a block's end is carried
// into the next). The encoding is decided for the whole file: many GBK byte pairs are also
// valid UTF-8 (杉木 reads as "ɼľ"), so one invalid sequence anywhere means every cell is GBK.
Result<bool> isUtf8File(const std::string& path)
{
    std::FILE* in = std::fopen(path.c_str(), "rb");
    if (!in)
        return Error{ErrorCode::FileUnreadable, std::strerror(errno), path, 0, {}};
    std::vector<char> buffer(std::size_t(1) << 20);
    std::size_t carried = 0;
    bool utf8 = true;
    for (std::size_t n;
         utf8 && (n = std::fread(buffer.data() + carried, 1, buffer.size() - carried, in)) > 0;) {
        n += carried;
        std::size_t cut = n;
        for (std::size_t back = 1; back <= 3 && back <= n; ++back) {
            const auto byte = static_cast<unsigned char>(buffer[n - back]);
            if ((byte & 0xC0) == 0x80)
                continue;
            const std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
            if (length > back)
                cut = n - back;
            break;
        }
        utf8 = CPLIsUTF8(buffer.data(), int(cut)) != 0;
        carried = n - cut;
        std::copy(buffer.begin() + std::ptrdiff_t(cut), buffer.begin() + std::ptrdiff_t(n),
                  buffer.begin());
    }
    const bool failed = std::ferror(in) != 0;
    std::fclose(in);
    if (failed)
        return Error{ErrorCode::FileUnreadable, "a read error", path, 0, {}};
    return utf8 && carried == 0;
}

// CSV through the project's RFC 4180 reader, a block at a time: a row with more or fewer
// cells than the header (an unquoted decimal comma shifts every cell after it) is a problem of
// its row, where OGR's CSV driver truncates or pads it silently. UTF-8 with or without a BOM,
// else GBK (whose trail bytes are 0x40 and above: recoding a cell never moves a comma, quote
// or line end).
Result<std::unique_ptr<core::RowSource>> openCsv(const std::string& path,
                                                 core::TextEncoding encoding)
{
    bool utf8 = encoding == core::TextEncoding::Utf8;
    if (encoding == core::TextEncoding::Detect) {
        const auto detected = isUtf8File(path);
        if (!detected)
            return detected.error();
        utf8 = *detected;
    }
    auto reader =
        utf8 ? core::CsvReader::open(path) : core::CsvReader::open(path, fromGb18030, "GB18030");
    if (!reader)
        return reader.error();
    return std::unique_ptr<core::RowSource>(std::move(reader).value());
}

// Spreadsheets and attribute tables through OGR: every cell stays text and the first row is
// always the header, even when it looks numeric; numbers are interpreted (and reported by row
// and column) in core.
Result<Table> readOgrTable(const std::string& path, core::TextEncoding encoding)
{
    // The spreadsheet drivers of GDAL 3.6 take these as configuration options, not open
    // options; thread-local, so that concurrent readers do not see each other's.
    for (const char* driver : {"XLSX", "ODS"}) {
        CPLSetThreadLocalConfigOption(("OGR_" + std::string(driver) + "_HEADERS").c_str(), "FORCE");
        CPLSetThreadLocalConfigOption(("OGR_" + std::string(driver) + "_FIELD_TYPES").c_str(),
                                      "STRING");
    }
    CPLErrorReset();
    DatasetPtr ds(GDALOpenEx(path.c_str(),
                             GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr,
                             nullptr, nullptr));
    if (!ds) {
        const bool unrecognised = CPLGetLastErrorNo() == CPLE_OpenFailed;
        return Error{unrecognised ? ErrorCode::UnsupportedFormat : ErrorCode::CorruptData,
                     CPLGetLastErrorMsg(),
                     path,
                     0,
                     {}};
    }
    if (GDALDatasetGetLayerCount(ds.get()) < 1)
        return Error{ErrorCode::CorruptData, "no table in the file", path, 0, {}};
    OGRLayerH layer = GDALDatasetGetLayer(ds.get(), 0);
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);

    Table table;
    table.source = path;
    // The encoding is decided for the whole file: many GBK byte pairs are also valid UTF-8
    // (杉木 reads as "ɼľ"), so one invalid cell anywhere means every cell is GBK.
    bool utf8 = true;
    auto keep = [&utf8](const char* raw) {
        utf8 = utf8 && CPLIsUTF8(raw, -1);
        return std::string(raw);
    };
    const int fieldCount = OGR_FD_GetFieldCount(definition);
    for (int i = 0; i < fieldCount; ++i)
        table.columns.push_back(keep(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i))));

    OGR_L_ResetReading(layer);
    std::int64_t rowNumber = 1;
    while (FeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
        std::vector<std::string> cells(static_cast<std::size_t>(fieldCount));
        for (int i = 0; i < fieldCount; ++i)
            if (OGR_F_IsFieldSetAndNotNull(feature.get(), i))
                cells[std::size_t(i)] = keep(OGR_F_GetFieldAsString(feature.get(), i));
        table.rows.push_back(std::move(cells));
        table.rowNumbers.push_back(++rowNumber);
    }
    if (encoding != core::TextEncoding::Detect)
        utf8 = encoding == core::TextEncoding::Utf8;
    if (!utf8) {
        table.sourceEncoding = "GB18030";
        for (std::string& c : table.columns)
            c = fromGb18030(c);
        for (auto& row : table.rows)
            for (std::string& c : row)
                c = fromGb18030(c);
    }
    if (CPLGetLastErrorType() >= CE_Failure)
        return Error{ErrorCode::CorruptData, CPLGetLastErrorMsg(), path, rowNumber + 1, {}};
    return table;
}

// A column named twice would be read as the first and the second silently ignored. Unnamed
// columns (trailing empty cells of a spreadsheet export) are not names.
Result<void> checkHeader(const Table& table)
{
    std::set<std::string> seen;
    for (const std::string& column : table.columns) {
        const auto first = column.find_first_not_of(" \t");
        if (first == std::string::npos)
            continue;
        const std::string name = column.substr(first, column.find_last_not_of(" \t") - first + 1);
        if (!seen.insert(name).second)
            return Error{ErrorCode::DuplicateId, "the column \"" + name + "\" appears twice",
                         table.source, 1, name};
    }
    return {};
}

} // namespace

Result<std::unique_ptr<core::RowSource>> openTableRows(const std::string& path,
                                                       core::TextEncoding encoding)
{
    ensureGisRuntime();
    if (auto file = core::requireRegularFile(path); !file)
        return file.error();
    std::error_code ec;
    if (std::filesystem::file_size(path, ec) == 0)
        return Error{ErrorCode::CorruptData, "the file is empty", path, 0, {}};
    Result<std::unique_ptr<core::RowSource>> rows = Error{};
    if (isCsv(path)) {
        rows = openCsv(path, encoding);
    } else {
        auto table = readOgrTable(path, encoding);
        if (!table)
            return table.error();
        rows = std::unique_ptr<core::RowSource>(new core::TableRows(std::move(table).value()));
    }
    if (!rows)
        return rows;
    if (auto header = checkHeader((*rows)->header()); !header)
        return header.error();
    return rows;
}

Result<Table> readTable(const std::string& path, core::TextEncoding encoding)
{
    auto rows = openTableRows(path, encoding);
    if (!rows)
        return rows.error();
    return core::readAllRows(**rows);
}

} // namespace tanhui::gis
