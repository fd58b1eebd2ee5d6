// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string_view>
#include <vector>

#include "tanhui/core/csv.h"
#include "tanhui/core/files.h"
#include "tanhui/core/version.h"
#include "tanhui/store/project.h"
#include "tanhui/store/sha256.h"

#include "projectsupport.h"

namespace tanhui::store {

using core::Error;
using core::ErrorCode;
using core::Result;
using detail::jsonString;
using detail::kTables;
using detail::shortestNumber;

namespace {

std::string csvCell(const Statement& q, int column)
{
    if (q.columnIsNull(column))
        return {};
    if (q.columnIsReal(column))
        return shortestNumber(q.columnDouble(column));
    // A text cell a spreadsheet would run as a formula is neutralised; numbers are never
    // text here, so none is altered.
    return q.columnIsText(column) ? core::spreadsheetTextField(q.columnText(column))
                                  : core::csvField(q.columnText(column));
}

// One table as CSV into `path`; every write checked.
Result<void> writeTable(Statement& q, const std::string& path)
{
    std::FILE* out = std::fopen(path.c_str(), "wb");
    if (!out)
        return Error{ErrorCode::FileUnreadable, std::strerror(errno), path, 0, {}};
    std::string line;
    for (int c = 0; c < q.columnCount(); ++c)
        line += (c ? "," : "") + q.columnName(c);
    bool written = std::fputs((line + "\n").c_str(), out) >= 0;
    Result<bool> row = q.step();
    for (; written && row && *row; row = q.step()) {
        line.clear();
        for (int c = 0; c < q.columnCount(); ++c)
            line += (c ? "," : "") + csvCell(q, c);
        written = std::fputs((line + "\n").c_str(), out) >= 0;
    }
    written = std::fflush(out) == 0 && written;
    const std::string reason = written ? std::string() : std::strerror(errno);
    written = std::fclose(out) == 0 && written;
    if (!row)
        return row.error();
    if (!written)
        return Error{ErrorCode::FileUnreadable,
                     "the file could not be written: " +
                         (reason.empty() ? "closing failed" : reason),
                     path,
                     0,
                     {}};
    return {};
}
} // namespace

Result<std::string> fileSha256(const std::string& path)
{
    if (auto file = core::requireRegularFile(path); !file)
        return file.error();
    std::FILE* in = std::fopen(path.c_str(), "rb");
    if (!in)
        return Error{ErrorCode::FileUnreadable, {}, path, 0, {}};
    Sha256 hash;
    std::vector<char> buffer(1 << 20);
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), in)) > 0)
        hash.add(buffer.data(), n);
    const bool failed = std::ferror(in) != 0;
    std::fclose(in);
    if (failed)
        return Error{ErrorCode::FileUnreadable, "read error", path, 0, {}};
    return hash.hex();
}

namespace {

std::filesystem::path projectFolder(const Database& db)
{
    return std::filesystem::absolute(db.path()).parent_path().lexically_normal();
}

// Where a recorded layer is now: beside the project first, then where it was recorded.
std::string locateLayer(const std::filesystem::path& folder, const std::string& recorded,
                        const std::string& absoluteHint)
{
    namespace fs = std::filesystem;
    const fs::path path = fs::path(recorded);
    std::vector<fs::path> candidates;
    if (path.is_relative())
        candidates.push_back(folder / path);
    candidates.push_back(folder / path.filename());
    if (!absoluteHint.empty())
        candidates.push_back(fs::path(absoluteHint));
    if (path.is_absolute())
        candidates.push_back(path);
    std::error_code ec;
    for (const fs::path& c : candidates)
        if (fs::is_regular_file(c, ec))
            return c.lexically_normal().string();
    return {};
}

} // namespace

Result<std::int64_t> Project::addLayer(const std::string& kind, const std::string& role,
                                       const std::string& path, const std::string& crsWkt)
{
    namespace fs = std::filesystem;
    const auto hash = fileSha256(path);
    if (!hash)
        return hash.error();
    const fs::path absolute = fs::absolute(fs::path(path)).lexically_normal();
    const fs::path relative = absolute.lexically_relative(projectFolder(m_db));
    const std::string stored =
        relative.empty() ? absolute.generic_string() : relative.generic_string();
    std::int64_t id = 0;
    auto ok = transaction([&]() -> Result<void> {
        auto known = m_db.prepare(
            "SELECT id FROM layer WHERE (path = ? OR absolute_path = ?) AND sha256 = ?");
        if (!known)
            return known.error();
        known->bind(1, stored).bind(2, absolute.string()).bind(3, *hash);
        auto row = known->step();
        if (!row)
            return row.error();
        if (*row) {
            id = known->columnInt(0);
            return {};
        }
        auto insert = m_db.prepare(
            "INSERT INTO layer (kind, role, path, sha256, crs_wkt, added_at, absolute_path) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return insert.error();
        insert->bind(1, kind).bind(2, role).bind(3, stored).bind(4, *hash).bind(6, utcTimestamp());
        insert->bind(7, absolute.string());
        if (crsWkt.empty())
            insert->bindNull(5);
        else
            insert->bind(5, crsWkt);
        if (auto r = insert->run(); !r)
            return r;
        id = m_db.lastInsertId();
        return audit("add", "layer", id, {},
                     "{\"kind\":" + jsonString(kind) + ",\"role\":" + jsonString(role) +
                         ",\"path\":" + jsonString(stored) + ",\"absolute_path\":" +
                         jsonString(absolute.string()) + ",\"sha256\":" + jsonString(*hash) + "}");
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<std::string> Project::layerFileNow(const std::string& path)
{
    namespace fs = std::filesystem;
    if (path.empty())
        return path;
    const std::string absolute = fs::absolute(fs::path(path)).lexically_normal().string();
    auto q = m_db.prepare("SELECT path, coalesce(absolute_path, '') FROM layer "
                          "WHERE absolute_path = ? OR path = ? ORDER BY id DESC LIMIT 1");
    if (!q)
        return q.error();
    q->bind(1, absolute).bind(2, path);
    const auto row = q->step();
    if (!row)
        return row.error();
    if (!*row)
        return path;
    const std::string now = locateLayer(projectFolder(m_db), q->columnText(0), q->columnText(1));
    return now.empty() ? path : now;
}

Result<std::vector<Layer>> Project::layers(bool hashNow)
{
    auto q = m_db.prepare(
        "SELECT id, kind, role, path, sha256, coalesce(absolute_path, ''), coalesce(crs_wkt, '') "
        "FROM layer ORDER BY id");
    if (!q)
        return q.error();
    const std::filesystem::path folder = projectFolder(m_db);
    std::vector<Layer> out;
    Result<bool> row = q->step();
    for (; row && *row; row = q->step()) {
        Layer layer{q->columnInt(0),
                    q->columnText(1),
                    q->columnText(2),
                    q->columnText(3),
                    q->columnText(4),
                    {},
                    locateLayer(folder, q->columnText(3), q->columnText(5)),
                    q->columnText(6)};
        if (hashNow && !layer.location.empty())
            if (const auto now = fileSha256(layer.location))
                layer.currentSha256 = *now;
        out.push_back(std::move(layer));
    }
    if (!row)
        return row.error();
    return out;
}

Result<std::vector<std::string>> Project::exportCsv(const std::string& directory)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    // All tables or none: into a new or empty folder, each written beside its final name and
    // renamed only when every one was written.
    if (fs::exists(directory, ec) && !fs::is_empty(directory, ec))
        return Error{ErrorCode::InvalidArgument,
                     "the folder is not empty: export into a new or empty folder",
                     directory,
                     0,
                     {}};
    fs::create_directories(directory, ec);
    if (ec)
        return Error{ErrorCode::FileUnreadable, ec.message(), directory, 0, {}};
    std::vector<std::string> files;
    auto discard = [&files] {
        std::error_code ignored;
        for (const std::string& f : files)
            fs::remove(f + ".partial", ignored);
    };
    for (const char* table : kTables) {
        // Fixed identifiers from the schema, never user text.
        auto q = m_db.prepare(std::string("SELECT * FROM ") + table + " ORDER BY rowid");
        if (!q)
            return discard(), q.error();
        files.push_back((fs::path(directory) / (std::string(table) + ".csv")).string());
        if (auto written = writeTable(*q, files.back() + ".partial"); !written)
            return discard(), written.error();
    }
    for (const std::string& f : files) {
        fs::rename(f + ".partial", f, ec);
        if (ec)
            return discard(), Error{ErrorCode::FileUnreadable, ec.message(), f, 0, {}};
    }
    return files;
}

} // namespace tanhui::store
