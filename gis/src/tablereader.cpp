// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/gis/tablereader.h"

#include <cctype>
#include <filesystem>
#include <memory>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>

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

std::string fromGbk(const std::string& raw)
{
    char* recoded = CPLRecode(raw.c_str(), "CP936", CPL_ENC_UTF8);
    std::string text(recoded);
    CPLFree(recoded);
    return text;
}

// Every cell stays text and the first row is always the header, even when it looks
// numeric; numbers are interpreted (and reported by row and column) in core.
const char* const* openOptionsFor(const std::string& path)
{
    static const char* const csv[] = {"AUTODETECT_TYPE=NO", "HEADERS=YES",
                                      "EMPTY_STRING_AS_NULL=NO", "KEEP_GEOM_COLUMNS=YES", nullptr};
    std::string ext = std::filesystem::path(path).extension().string();
    for (char& c : ext)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".csv" || ext == ".txt")
        return csv;
    return nullptr;
}

} // namespace

Result<Table> readTable(const std::string& path)
{
    ensureGisRuntime();
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return Error{ErrorCode::FileNotFound, {}, path, 0, {}};
    if (std::filesystem::file_size(path, ec) == 0)
        return Error{ErrorCode::CorruptData, "the file is empty", path, 0, {}};

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
                             openOptionsFor(path), nullptr));
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
    if (!utf8) {
        table.sourceEncoding = "GBK";
        for (std::string& c : table.columns)
            c = fromGbk(c);
        for (auto& row : table.rows)
            for (std::string& c : row)
                c = fromGbk(c);
    }
    if (CPLGetLastErrorType() >= CE_Failure)
        return Error{ErrorCode::CorruptData, CPLGetLastErrorMsg(), path, rowNumber + 1, {}};
    return table;
}

} // namespace tanhui::gis
