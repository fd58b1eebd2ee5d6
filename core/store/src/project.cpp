// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/store/project.h"

#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>

#ifdef __unix__
#include <pwd.h>
#include <unistd.h>
#endif

#include "tanhui/core/sha256.h"
#include "tanhui/core/version.h"

#include "schema.h"

namespace tanhui::store {

using core::Error;
using core::ErrorCode;
using core::Result;

namespace {

// The shortest decimal text that reads back as the same double (std::to_chars).
std::string shortestNumber(double value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

// Minimal JSON string escaping for audit entries.
std::string jsonString(const std::string& s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
            out += buffer;
            continue;
        }
        out += c;
    }
    return out + "\"";
}

} // namespace

std::string currentUser()
{
    for (const char* name : {"USER", "LOGNAME", "USERNAME"})
        if (const char* value = std::getenv(name); value && *value)
            return value;
#ifdef __unix__
    // Services and containers often run without those variables: ask the system.
    if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name)
        return entry->pw_name;
#endif
    return "unknown";
}

std::string utcTimestamp()
{
    using namespace std::chrono;
    const auto now = floor<seconds>(system_clock::now());
    const auto day = floor<days>(now);
    const year_month_day date(day);
    const hh_mm_ss time(now - day);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(date.year()),
                  unsigned(date.month()), unsigned(date.day()), int(time.hours().count()),
                  int(time.minutes().count()), int(time.seconds().count()));
    return buffer;
}

Project::Project(Database db)
    : m_db(std::move(db))
{}

Result<Project> Project::create(const std::string& path, const ProjectInfo& info)
{
    std::error_code ec;
    if (std::filesystem::exists(path, ec))
        return Error{ErrorCode::InvalidArgument, "the file exists already", path, 0, {}};
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    if (!db)
        return db.error();
    if (auto ok = detail::migrate(*db); !ok)
        return ok.error();
    Project project(std::move(db).value());
    auto ok = project.m_db.transaction([&]() -> Result<void> {
        auto insert = project.m_db.prepare(
            "INSERT INTO project (id, name, methodology, crs_wkt, created_at, created_by, "
            "tanhui_version) VALUES (1, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return insert.error();
        insert->bind(1, info.name).bind(2, info.methodology).bind(4, utcTimestamp());
        insert->bind(5, currentUser()).bind(6, std::string(core::kVersionString));
        if (info.crsWkt.empty())
            insert->bindNull(3);
        else
            insert->bind(3, info.crsWkt);
        if (auto r = insert->run(); !r)
            return r;
        return project.audit("create", "project", 1, {},
                             "{\"name\":" + jsonString(info.name) +
                                 ",\"methodology\":" + jsonString(info.methodology) + "}");
    });
    if (!ok)
        return ok.error();
    return project;
}

Result<Project> Project::open(const std::string& path)
{
    auto db = Database::open(path, Database::Mode::OpenExisting);
    if (!db)
        return db.error();
    if (auto ok = detail::migrate(*db); !ok)
        return ok.error();
    return Project(std::move(db).value());
}

Result<ProjectInfo> Project::info()
{
    auto q = m_db.prepare("SELECT name, methodology, coalesce(crs_wkt, '') FROM project");
    if (!q)
        return q.error();
    auto row = q->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::CorruptData, "the project row is missing", m_db.path(), 0, {}};
    return ProjectInfo{q->columnText(0), q->columnText(1), q->columnText(2)};
}

Result<std::int64_t> Project::addPeriod(const std::string& label, const std::string& startDate,
                                        const std::string& endDate)
{
    std::int64_t id = 0;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto insert =
            m_db.prepare("INSERT INTO period (label, start_date, end_date) VALUES (?, ?, ?)");
        if (!insert)
            return insert.error();
        insert->bind(1, label).bind(2, startDate).bind(3, endDate);
        if (auto r = insert->run(); !r)
            return r;
        id = m_db.lastInsertId();
        return audit("add", "period", id, {},
                     "{\"label\":" + jsonString(label) + ",\"start\":" + jsonString(startDate) +
                         ",\"end\":" + jsonString(endDate) + "}");
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<std::vector<Period>> Project::periods()
{
    auto q = m_db.prepare("SELECT id, label, start_date, end_date, status, revision, "
                          "seal_hash IS NOT NULL FROM period ORDER BY start_date, revision");
    if (!q)
        return q.error();
    std::vector<Period> out;
    for (auto row = q->step(); row && *row; row = q->step())
        out.push_back({q->columnInt(0), q->columnText(1), q->columnText(2), q->columnText(3),
                       q->columnText(4), int(q->columnInt(5)), q->columnInt(6) != 0});
    return out;
}

Result<ImportReport> Project::importPlotsAndTrees(std::int64_t periodId,
                                                  const std::vector<core::Plot>& plots,
                                                  const std::vector<core::Tree>& trees,
                                                  const std::string& plotsSource,
                                                  const std::string& treesSource)
{
    ImportReport report;
    // The period: it must exist and be open.
    auto period = m_db.prepare("SELECT seal_hash IS NOT NULL FROM period WHERE id = ?");
    if (!period)
        return period.error();
    period->bind(1, periodId);
    auto found = period->step();
    if (!found)
        return found.error();
    if (!*found)
        return Error{ErrorCode::UnknownReference, "no period " + std::to_string(periodId),
                     m_db.path(), 0, "period"};
    if (period->columnInt(0) != 0)
        return Error{ErrorCode::InvalidArgument,
                     "the period is sealed: corrections go into a new revision", m_db.path(), 0,
                     "period"};

    // Plots of the period already in the file.
    std::map<std::string, std::int64_t> plotIds;
    auto existing = m_db.prepare("SELECT plot_code, id FROM plot WHERE period_id = ?");
    if (!existing)
        return existing.error();
    existing->bind(1, periodId);
    for (auto row = existing->step(); row && *row; row = existing->step())
        plotIds[existing->columnText(0)] = existing->columnInt(1);

    auto problem = [&](const std::string& source, std::int64_t row, const char* column,
                       ErrorCode code, std::string detail) {
        report.problems.push_back(Error{code, std::move(detail), source, row, column});
    };
    std::set<std::string> newPlots;
    for (const core::Plot& p : plots) {
        if (p.plotId.empty())
            problem(plotsSource, p.sourceRow, "plot_id", ErrorCode::InvalidArgument,
                    "empty plot id");
        else if (plotIds.count(p.plotId) || !newPlots.insert(p.plotId).second)
            problem(plotsSource, p.sourceRow, "plot_id", ErrorCode::DuplicateId,
                    "plot " + p.plotId + " is already in this period");
        if (!(p.areaHa > 0.0))
            problem(plotsSource, p.sourceRow, "area_ha", ErrorCode::OutOfRange,
                    "plot area must be positive");
        if (!std::isnan(p.slopeDeg) && !(p.slopeDeg >= 0.0 && p.slopeDeg < 90.0))
            problem(plotsSource, p.sourceRow, "slope_deg", ErrorCode::OutOfRange,
                    "slope must be in [0, 90) degrees");
    }
    for (const core::Tree& t : trees) {
        if (!plotIds.count(t.plotId) && !newPlots.count(t.plotId))
            problem(treesSource, t.sourceRow, "plot_id", ErrorCode::UnknownReference,
                    "plot " + t.plotId + " is not in this period");
        if (t.species.empty())
            problem(treesSource, t.sourceRow, "species", ErrorCode::InvalidArgument,
                    "empty species");
        if (!(t.dbhCm > 0.0))
            problem(treesSource, t.sourceRow, "dbh", ErrorCode::OutOfRange, "DBH must be positive");
        if (!std::isnan(t.heightM) && !(t.heightM > 0.0))
            problem(treesSource, t.sourceRow, "height", ErrorCode::OutOfRange,
                    "height must be positive");
        if (!std::isnan(t.woodDensity) && !(t.woodDensity > 0.0))
            problem(treesSource, t.sourceRow, "wd", ErrorCode::OutOfRange,
                    "wood density must be positive");
    }
    if (!report.imported())
        return report;

    auto ok = m_db.transaction([&]() -> Result<void> {
        auto insertPlot = m_db.prepare(
            "INSERT INTO plot (period_id, plot_code, stratum, area_ha, slope_deg, source, "
            "source_row) VALUES (?, ?, ?, ?, ?, ?, ?)");
        auto insertTree = m_db.prepare(
            "INSERT INTO tree (plot_id, species, dbh_cm, height_m, wood_density, alive, source, "
            "source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insertPlot)
            return insertPlot.error();
        if (!insertTree)
            return insertTree.error();
        for (const core::Plot& p : plots) {
            insertPlot->bind(1, periodId).bind(2, p.plotId).bind(4, p.areaHa).bind(5, p.slopeDeg);
            insertPlot->bind(6, plotsSource).bind(7, std::int64_t(p.sourceRow));
            if (p.stratum.empty())
                insertPlot->bindNull(3);
            else
                insertPlot->bind(3, p.stratum);
            if (auto r = insertPlot->run(); !r)
                return r;
            plotIds[p.plotId] = m_db.lastInsertId();
            ++report.plots;
        }
        for (const core::Tree& t : trees) {
            insertTree->bind(1, plotIds.at(t.plotId)).bind(2, t.species).bind(3, t.dbhCm);
            insertTree->bind(4, t.heightM).bind(5, t.woodDensity);
            insertTree->bind(6, std::int64_t(t.alive ? 1 : 0)).bind(7, treesSource);
            insertTree->bind(8, std::int64_t(t.sourceRow));
            if (auto r = insertTree->run(); !r)
                return r;
            ++report.trees;
        }
        return audit("import", "period", periodId, {},
                     "{\"plots\":" + std::to_string(report.plots) +
                         ",\"trees\":" + std::to_string(report.trees) +
                         ",\"plots_source\":" + jsonString(plotsSource) +
                         ",\"trees_source\":" + jsonString(treesSource) + "}");
    });
    if (!ok)
        return ok.error();
    return report;
}

namespace {

// Numbers in a manifest: the shortest text that reads back as the same double.
std::string manifestNumber(const Statement& q, int column)
{
    return q.columnIsNull(column) ? "-" : shortestNumber(q.columnDouble(column));
}

std::string manifestText(const Statement& q, int column)
{
    return q.columnIsNull(column) ? "-" : jsonString(q.columnText(column));
}

} // namespace

Result<std::string> Project::manifest(std::int64_t periodId, const std::string& sealedByVersion,
                                      const std::string& previousSeal)
{
    std::string m = "tanhui-seal 1\nsoftware " + jsonString(sealedByVersion) + "\n";
    // Each query: SQL, the columns that are numbers, the line's tag.
    struct Part
    {
        const char* tag;
        const char* sql;
        std::vector<bool> numeric;
    };
    const Part parts[] = {
        {"project", "SELECT name, methodology, crs_wkt FROM project", {false, false, false}},
        {"period",
         "SELECT id, label, start_date, end_date, revision, revises_period_id, revision_reason "
         "FROM period WHERE id = ?1",
         {true, false, false, false, true, true, false}},
        {"plot",
         "SELECT id, plot_code, stratum, area_ha, slope_deg, x, y, source, source_row FROM plot "
         "WHERE period_id = ?1 ORDER BY id",
         {true, false, false, true, true, true, true, false, true}},
        {"tree",
         "SELECT t.id, t.plot_id, t.species, t.dbh_cm, t.height_m, t.wood_density, t.alive, "
         "t.source, t.source_row FROM tree t JOIN plot p ON p.id = t.plot_id "
         "WHERE p.period_id = ?1 ORDER BY t.id",
         {true, true, false, true, true, true, true, false, true}},
        {"result",
         "SELECT id, kind, value_json, parameter_set_id FROM result WHERE period_id = ?1 "
         "ORDER BY id",
         {true, false, false, true}},
        {"parameter_set",
         "SELECT id, name, version, sha256 FROM parameter_set WHERE id IN "
         "(SELECT parameter_set_id FROM result WHERE period_id = ?1) ORDER BY id",
         {true, false, false, false}},
        {"layer",
         "SELECT id, kind, role, path, sha256 FROM layer ORDER BY id",
         {true, false, false, false, false}}};
    for (const Part& part : parts) {
        auto q = m_db.prepare(part.sql);
        if (!q)
            return q.error();
        if (std::string(part.sql).find("?1") != std::string::npos)
            q->bind(1, periodId);
        Result<bool> row = q->step();
        for (; row && *row; row = q->step()) {
            m += part.tag;
            for (int c = 0; c < int(part.numeric.size()); ++c)
                m += (c ? "|" : " ") +
                     (part.numeric[std::size_t(c)] ? manifestNumber(*q, c) : manifestText(*q, c));
            m += '\n';
        }
        if (!row)
            return row.error();
    }
    m += "previous " + (previousSeal.empty() ? std::string("-") : previousSeal) + "\n";
    return m;
}

Result<std::string> Project::sealPeriod(std::int64_t periodId)
{
    std::string seal;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto period = m_db.prepare("SELECT seal_hash IS NOT NULL FROM period WHERE id = ?");
        if (!period)
            return period.error();
        period->bind(1, periodId);
        auto found = period->step();
        if (!found)
            return found.error();
        if (!*found)
            return Error{ErrorCode::UnknownReference, "no period " + std::to_string(periodId),
                         m_db.path(), 0, "period"};
        if (period->columnInt(0))
            return Error{ErrorCode::InvalidArgument, "the period is sealed already", m_db.path(), 0,
                         "period"};
        auto last = m_db.prepare("SELECT seal_hash FROM period WHERE seal_hash IS NOT NULL "
                                 "ORDER BY sealed_at DESC, id DESC LIMIT 1");
        if (!last)
            return last.error();
        auto lastRow = last->step();
        if (!lastRow)
            return lastRow.error();
        const std::string previous = *lastRow ? last->columnText(0) : std::string();
        const std::string version = core::kVersionString;
        auto text = manifest(periodId, version, previous);
        if (!text)
            return text.error();
        seal = core::sha256Hex(*text);
        auto update =
            m_db.prepare("UPDATE period SET seal_hash = ?, previous_seal_hash = ?, sealed_at = ?, "
                         "sealed_by_version = ?, status = 'submitted' WHERE id = ?");
        if (!update)
            return update.error();
        update->bind(1, seal).bind(3, utcTimestamp()).bind(4, version).bind(5, periodId);
        if (previous.empty())
            update->bindNull(2);
        else
            update->bind(2, previous);
        if (auto r = update->run(); !r)
            return r;
        return audit("seal", "period", periodId, {}, "{\"seal\":" + jsonString(seal) + "}");
    });
    if (!ok)
        return ok.error();
    return seal;
}

Result<std::vector<SealCheck>> Project::verifySeals()
{
    auto q =
        m_db.prepare("SELECT id, label, revision, seal_hash, coalesce(previous_seal_hash, ''), "
                     "coalesce(sealed_by_version, '') FROM period "
                     "WHERE seal_hash IS NOT NULL ORDER BY sealed_at, id");
    if (!q)
        return q.error();
    std::vector<SealCheck> checks;
    std::string previous;
    Result<bool> row = q->step();
    for (; row && *row; row = q->step()) {
        SealCheck c;
        c.periodId = q->columnInt(0);
        c.label = q->columnText(1);
        c.revision = int(q->columnInt(2));
        c.storedHash = q->columnText(3);
        const std::string recordedPrevious = q->columnText(4);
        auto text = manifest(c.periodId, q->columnText(5), recordedPrevious);
        if (!text)
            return text.error();
        c.recomputedHash = core::sha256Hex(*text);
        c.chainIntact = recordedPrevious == previous;
        previous = c.storedHash;
        checks.push_back(std::move(c));
    }
    if (!row)
        return row.error();
    return checks;
}

Result<std::int64_t> Project::reviseSealedPeriod(std::int64_t periodId, const std::string& reason)
{
    if (reason.empty())
        return Error{ErrorCode::InvalidArgument, "a revision needs a reason", m_db.path(), 0,
                     "reason"};
    std::int64_t revisionId = 0;
    auto ok = m_db.transaction([&]() -> Result<void> {
        auto insert = m_db.prepare(
            "INSERT INTO period (label, start_date, end_date, revision, revises_period_id, "
            "revision_reason) SELECT label, start_date, end_date, "
            "(SELECT max(revision) + 1 FROM period q WHERE q.label = p.label), id, ? "
            "FROM period p WHERE id = ? AND seal_hash IS NOT NULL");
        if (!insert)
            return insert.error();
        insert->bind(1, reason).bind(2, periodId);
        if (auto r = insert->run(); !r)
            return r;
        if (m_db.changes() == 0)
            return Error{ErrorCode::InvalidArgument, "only a sealed period can be revised",
                         m_db.path(), 0, "period"};
        revisionId = m_db.lastInsertId();
        const std::string copyPlots =
            "INSERT INTO plot (period_id, plot_code, stratum, area_ha, slope_deg, x, y, source, "
            "source_row) SELECT ?, plot_code, stratum, area_ha, slope_deg, x, y, source, "
            "source_row FROM plot WHERE period_id = ?";
        auto plots = m_db.prepare(copyPlots);
        if (!plots)
            return plots.error();
        plots->bind(1, revisionId).bind(2, periodId);
        if (auto r = plots->run(); !r)
            return r;
        auto trees = m_db.prepare(
            "INSERT INTO tree (plot_id, species, dbh_cm, height_m, wood_density, alive, source, "
            "source_row) SELECT n.id, t.species, t.dbh_cm, t.height_m, t.wood_density, t.alive, "
            "t.source, t.source_row FROM tree t JOIN plot o ON o.id = t.plot_id "
            "JOIN plot n ON n.period_id = ? AND n.plot_code = o.plot_code "
            "WHERE o.period_id = ? ORDER BY t.id");
        if (!trees)
            return trees.error();
        trees->bind(1, revisionId).bind(2, periodId);
        if (auto r = trees->run(); !r)
            return r;
        return audit("revise", "period", revisionId,
                     "{\"revises\":" + std::to_string(periodId) + "}",
                     "{\"reason\":" + jsonString(reason) + "}");
    });
    if (!ok)
        return ok.error();
    return revisionId;
}

namespace {
const std::array<const char*, 10> kTables = {
    "project", "layer", "stratification", "stratum", "period",
    "plot",    "tree",  "parameter_set",  "result",  "audit_log"};

std::string csvCell(const Statement& q, int column)
{
    if (q.columnIsNull(column))
        return {};
    if (q.columnIsReal(column))
        return shortestNumber(q.columnDouble(column));
    std::string text = q.columnText(column);
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}
} // namespace

Result<std::int64_t> Project::findPeriod(const std::string& label)
{
    auto q = m_db.prepare("SELECT id FROM period WHERE label = ? ORDER BY revision DESC LIMIT 1");
    if (!q)
        return q.error();
    q->bind(1, label);
    auto row = q->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::UnknownReference, "no period labelled \"" + label + "\"",
                     m_db.path(), 0, "period"};
    return q->columnInt(0);
}

Result<std::vector<std::string>> Project::exportCsv(const std::string& directory)
{
    std::error_code ec;
    std::filesystem::create_directories(directory, ec);
    std::vector<std::string> files;
    for (const char* table : kTables) {
        // Fixed identifiers from the schema, never user text.
        auto q = m_db.prepare(std::string("SELECT * FROM ") + table + " ORDER BY rowid");
        if (!q)
            return q.error();
        const std::string path =
            (std::filesystem::path(directory) / (std::string(table) + ".csv")).string();
        std::FILE* out = std::fopen(path.c_str(), "wb");
        if (!out)
            return Error{ErrorCode::FileUnreadable, "cannot write the file", path, 0, {}};
        std::string line;
        for (int c = 0; c < q->columnCount(); ++c)
            line += (c ? "," : "") + q->columnName(c);
        std::fputs((line + "\n").c_str(), out);
        Result<bool> row = q->step();
        for (; row && *row; row = q->step()) {
            line.clear();
            for (int c = 0; c < q->columnCount(); ++c)
                line += (c ? "," : "") + csvCell(*q, c);
            std::fputs((line + "\n").c_str(), out);
        }
        const bool written = std::fclose(out) == 0;
        if (!row)
            return row.error();
        if (!written)
            return Error{ErrorCode::FileUnreadable, "the file could not be written", path, 0, {}};
        files.push_back(path);
    }
    return files;
}

Result<std::int64_t> Project::count(const std::string& table)
{
    static const std::set<std::string> tables(kTables.begin(), kTables.end());
    if (!tables.count(table))
        return Error{ErrorCode::InvalidArgument, "no table " + table, {}, 0, {}};
    // The name is one of the fixed identifiers above, never user text.
    auto q = m_db.prepare("SELECT count(*) FROM " + table);
    if (!q)
        return q.error();
    if (auto row = q->step(); !row)
        return row.error();
    return q->columnInt(0);
}

Result<void> Project::audit(const std::string& action, const std::string& entity,
                            std::int64_t entityId, const std::string& beforeJson,
                            const std::string& afterJson)
{
    auto insert = m_db.prepare("INSERT INTO audit_log (at, user, action, entity, entity_id, "
                               "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    insert->bind(1, utcTimestamp()).bind(2, currentUser()).bind(3, action).bind(4, entity);
    insert->bind(5, entityId);
    if (beforeJson.empty())
        insert->bindNull(6);
    else
        insert->bind(6, beforeJson);
    if (afterJson.empty())
        insert->bindNull(7);
    else
        insert->bind(7, afterJson);
    return insert->run();
}

} // namespace tanhui::store
