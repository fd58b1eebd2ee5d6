// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// Project: the import of a period's plots and trees, streamed into one transaction.
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "tanhui/store/project.h"

#include "projectsupport.h"

namespace tanhui::store {

using core::Error;
using core::ErrorCode;
using core::Result;

namespace {

// The triggers that refuse a tree written into a sealed period or over another tree's row
// guard against writes from outside Tanhui; run for each of a million rows they double the
// import's time. The import drops them inside its transaction, after it has checked (holding
// the write lock) that the period is open and while it writes only new rows into plots of
// that period, and creates them again, from their own stored text, before it commits: no other
// connection ever sees the schema without them, and a rollback or a crash restores them.
constexpr const char* kTreeInsertGuards =
    "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'tree' AND "
    "name IN ('tree_sealed_insert', 'tree_no_replace') ORDER BY name";

Result<std::vector<std::string>> dropTreeInsertGuards(Database& db)
{
    std::vector<std::pair<std::string, std::string>> guards;
    {
        auto q = db.prepare(kTreeInsertGuards);
        if (!q)
            return q.error();
        Result<bool> row = q->step();
        for (; row && *row; row = q->step())
            guards.emplace_back(q->columnText(0), q->columnText(1));
        if (!row)
            return row.error();
    }
    std::vector<std::string> restore;
    for (const auto& [name, sql] : guards) {
        if (auto r = db.execute("DROP TRIGGER \"" + name + "\""); !r)
            return r.error();
        restore.push_back(sql);
    }
    return restore;
}

// The import's connection settings, set around its transaction (PRAGMA foreign_keys is a no-op
// inside one) and restored after it:
// - foreign keys off: every tree written names a plot id this import has just read from the
//   period or written into it, with the write lock held, so SQLite's own look-up of that plot
//   for each tree (a tenth of the import's time) is not needed;
// - statement journals in memory: each many-row INSERT keeps one, and spilled to a temporary
//   file they cost 4 % of the import (measured).
class ImportSettings
{
public:
    explicit ImportSettings(Database& db)
        : m_db(db)
    {
        m_set = bool(m_db.execute("PRAGMA foreign_keys = OFF; PRAGMA temp_store = MEMORY"));
    }
    ~ImportSettings()
    {
        if (m_set)
            (void)m_db.execute("PRAGMA foreign_keys = ON; PRAGMA temp_store = DEFAULT");
    }
    ImportSettings(const ImportSettings&) = delete;
    ImportSettings& operator=(const ImportSettings&) = delete;

private:
    Database& m_db;
    bool m_set = false;
};

constexpr std::int64_t kNotWritten = -1;
constexpr std::int64_t kTreesBetweenProgress = 4096;

// Writes the rows of one import, each checked first; a row with a problem is not written,
// and once any row has one no tree is written either (the transaction will be rolled back).
// Trees are written kTreeBatch to a statement: one INSERT of 512 rows costs SQLite far less than
// 512 INSERTs of one (measured on a million trees: 1.81 s with one row a statement, 1.33 s with
// 32, 1.23 s with 128, 1.22 s with 512).
constexpr std::size_t kTreeBatch = 512;
constexpr int kTreeColumns = 8;

std::string treeInsert(std::size_t rows)
{
    std::string sql = "INSERT INTO tree (plot_id, species, dbh_cm, height_m, wood_density, alive, "
                      "source, source_row) VALUES ";
    for (std::size_t i = 0; i < rows; ++i)
        sql += i == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?)";
    return sql;
}

class ImportWriter
{
public:
    ImportWriter(Database& db, std::int64_t periodId,
                 const std::vector<core::PlausibilityLimit>& limits, core::Problems& problems)
        : m_db(db)
        , m_periodId(periodId)
        , m_problems(problems)
        , m_areaLimit(core::limitOf(limits, core::Measure::PlotAreaHa))
        , m_slopeLimit(core::limitOf(limits, core::Measure::SlopeDeg))
        , m_dbhLimit(core::limitOf(limits, core::Measure::DbhCm))
        , m_heightLimit(core::limitOf(limits, core::Measure::HeightM))
    {}

    /// The period's plots so far, and the statements.
    Result<void> prepare(const std::string& plotsSource, const std::string& treesSource);
    Result<void> addPlot(const core::Plot& p);
    Result<void> addTree(const core::Tree& t);
    /// Every tree of `feed`, with `keepGoing` asked every few thousand (false: Cancelled).
    Result<void> addTrees(const TreeFeed& feed, const std::function<bool()>& keepGoing);
    std::int64_t plots = 0;
    std::int64_t trees = 0;

private:
    void problem(const std::string& source, std::int64_t row, const char* column, ErrorCode code,
                 std::string detail)
    {
        m_problems.add(Error{code, std::move(detail), source, row, column});
    }
    void screen(const core::PlausibilityLimit& limit, double value, const std::string& source,
                std::int64_t row, const char* column, const char* unit)
    {
        if (auto outside = detail::outsideLimit(limit, value, source, row, column, unit))
            m_problems.add(std::move(*outside));
    }

    Database& m_db;
    std::int64_t m_periodId;
    core::Problems& m_problems;
    const core::PlausibilityLimit m_areaLimit, m_slopeLimit, m_dbhLimit, m_heightLimit;
    std::string m_plotsSource;
    std::string m_treesSource;
    std::unordered_map<std::string, std::int64_t> m_plotIds; ///< plots of the period, by code
    const std::pair<const std::string, std::int64_t>* m_lastPlot = nullptr; ///< nodes stay put
    Result<void> writeTrees();

    std::optional<Statement> m_insertPlot;
    std::optional<Statement> m_insertTree;                    ///< one row
    std::optional<Statement> m_insertTreeBatch;               ///< kTreeBatch rows
    std::vector<std::pair<std::int64_t, core::Tree>> m_batch; ///< checked, not yet written
};

Result<void> ImportWriter::prepare(const std::string& plotsSource, const std::string& treesSource)
{
    m_plotsSource = plotsSource;
    m_treesSource = treesSource;
    auto existing = m_db.prepare("SELECT plot_code, id FROM plot WHERE period_id = ?");
    if (!existing)
        return existing.error();
    existing->bind(1, m_periodId);
    Result<bool> row = existing->step();
    for (; row && *row; row = existing->step())
        m_plotIds.emplace(existing->columnText(0), existing->columnInt(1));
    if (!row)
        return row.error();
    auto plot = m_db.prepare("INSERT INTO plot (period_id, plot_code, stratum, area_ha, "
                             "slope_deg, source, source_row, x, y, crs) VALUES (?, ?, ?, ?, ?, "
                             "?, ?, ?, ?, ?)");
    if (!plot)
        return plot.error();
    auto tree = m_db.prepare(treeInsert(1));
    if (!tree)
        return tree.error();
    auto batch = m_db.prepare(treeInsert(kTreeBatch));
    if (!batch)
        return batch.error();
    m_insertPlot.emplace(std::move(plot).value());
    m_insertTree.emplace(std::move(tree).value());
    m_insertTreeBatch.emplace(std::move(batch).value());
    m_batch.reserve(kTreeBatch);
    return {};
}

Result<void> ImportWriter::addPlot(const core::Plot& p)
{
    const std::int64_t before = m_problems.count;
    if (p.plotId.empty())
        problem(m_plotsSource, p.sourceRow, "plot_id", ErrorCode::InvalidArgument, "empty plot id");
    else if (m_plotIds.count(p.plotId))
        problem(m_plotsSource, p.sourceRow, "plot_id", ErrorCode::DuplicateId,
                "plot " + p.plotId + " is already in this period");
    if (!(p.areaHa > 0.0))
        problem(m_plotsSource, p.sourceRow, "area_ha", ErrorCode::OutOfRange,
                "plot area must be positive");
    if (!std::isnan(p.slopeDeg) && !(p.slopeDeg >= 0.0 && p.slopeDeg < 90.0))
        problem(m_plotsSource, p.sourceRow, "slope_deg", ErrorCode::OutOfRange,
                "slope must be in [0, 90) degrees");
    screen(m_areaLimit, p.areaHa, m_plotsSource, p.sourceRow, "area_ha", "ha");
    screen(m_slopeLimit, p.slopeDeg, m_plotsSource, p.sourceRow, "slope_deg", "°");
    if (m_problems.count != before) {
        // Known, so that its trees are not also reported as in no plot; never written.
        if (!p.plotId.empty())
            m_plotIds.emplace(p.plotId, kNotWritten);
        return {};
    }
    Statement& q = *m_insertPlot;
    q.bind(1, m_periodId).bind(2, p.plotId).bind(4, p.areaHa).bind(5, p.slopeDeg);
    q.bind(6, m_plotsSource).bind(7, p.sourceRow).bind(8, p.x).bind(9, p.y);
    if (p.stratum.empty())
        q.bindNull(3);
    else
        q.bind(3, p.stratum);
    if (p.crs.empty())
        q.bindNull(10);
    else
        q.bind(10, p.crs);
    if (auto r = q.run(); !r)
        return r;
    m_plotIds.emplace(p.plotId, m_db.lastInsertId());
    ++plots;
    return {};
}

Result<void> ImportWriter::addTree(const core::Tree& t)
{
    // A tally lists a plot's trees together: the plot of the tree before is tried first.
    if (!m_lastPlot || m_lastPlot->first != t.plotId) {
        const auto found = m_plotIds.find(t.plotId);
        m_lastPlot = found == m_plotIds.end() ? nullptr : &*found;
    }
    const auto* plot = m_lastPlot;
    if (!plot)
        problem(m_treesSource, t.sourceRow, "plot_id", ErrorCode::UnknownReference,
                "plot " + t.plotId + " is not in this period");
    if (t.species.empty())
        problem(m_treesSource, t.sourceRow, "species", ErrorCode::InvalidArgument, "empty species");
    if (!(t.dbhCm > 0.0))
        problem(m_treesSource, t.sourceRow, "dbh", ErrorCode::OutOfRange, "DBH must be positive");
    if (!std::isnan(t.heightM) && !(t.heightM > 0.0))
        problem(m_treesSource, t.sourceRow, "height", ErrorCode::OutOfRange,
                "height must be positive");
    if (!std::isnan(t.woodDensity) && !(t.woodDensity > 0.0))
        problem(m_treesSource, t.sourceRow, "wd", ErrorCode::OutOfRange,
                "wood density must be positive");
    screen(m_dbhLimit, t.dbhCm, m_treesSource, t.sourceRow, "dbh", "cm");
    screen(m_heightLimit, t.heightM, m_treesSource, t.sourceRow, "height", "m");
    if (!m_problems.empty()) // nothing more is written once any row has a problem
        return {};
    m_batch.emplace_back(plot->second, t);
    return m_batch.size() == kTreeBatch ? writeTrees() : Result<void>{};
}

Result<void> ImportWriter::writeTrees()
{
    if (!m_problems.empty()) { // the import is rolled back
        m_batch.clear();
        return {};
    }
    const bool whole = m_batch.size() == kTreeBatch;
    for (std::size_t first = 0; first < m_batch.size(); first += whole ? kTreeBatch : 1) {
        Statement& q = whole ? *m_insertTreeBatch : *m_insertTree;
        const std::size_t count = whole ? kTreeBatch : 1;
        for (std::size_t i = 0; i < count; ++i) {
            const auto& [plotRow, t] = m_batch[first + i];
            const int at = int(i) * kTreeColumns;
            q.bind(at + 1, plotRow).bindUncopied(at + 2, t.species).bind(at + 3, t.dbhCm);
            q.bind(at + 4, t.heightM).bind(at + 5, t.woodDensity);
            q.bind(at + 6, std::int64_t(t.alive ? 1 : 0));
            q.bindUncopied(at + 7, m_treesSource).bind(at + 8, t.sourceRow);
        }
        if (auto r = q.run(); !r)
            return r;
    }
    trees += std::int64_t(m_batch.size());
    m_batch.clear();
    return {};
}

Result<void> ImportWriter::addTrees(const TreeFeed& feed, const std::function<bool()>& keepGoing)
{
    core::Tree tree;
    std::int64_t rows = 0;
    const std::int64_t before = m_problems.count;
    while (true) {
        const auto more = feed(tree, m_problems);
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (auto r = addTree(tree); !r)
            return r;
        if (++rows % kTreesBetweenProgress == 0 && keepGoing && !keepGoing())
            return Error{ErrorCode::Cancelled, {}, m_treesSource, 0, {}};
    }
    if (auto r = writeTrees(); !r)
        return r;
    // A table with a header and nothing else is a mistake (a tally saved before it was
    // filled): it would import plots that all hold no tree.
    if (rows == 0 && m_problems.count == before)
        problem(m_treesSource, 2, "plot_id", ErrorCode::InsufficientData,
                "the tree tally has no rows (a plot without trees is a row of the plot table with "
                "no tree in the tally, not an empty tally)");
    return {};
}

} // namespace

Result<ImportReport>
Project::importPlotsAndTrees(std::int64_t periodId, const std::vector<core::Plot>& plots,
                             const std::string& plotsSource, const TreeFeed& trees,
                             const std::string& treesSource, const std::function<bool()>& keepGoing)
{
    const auto limits = plausibilityLimits();
    if (!limits)
        return limits.error();
    core::Problems problems;
    ImportWriter writer(m_db, periodId, *limits, problems);
    bool rejected = false; // rolled back for the rows' problems
    ImportSettings settings(m_db);
    auto ok = transaction([&]() -> Result<void> {
        // The period: it must exist and be open (the write lock is held from here on).
        const auto period = this->period(periodId);
        if (!period)
            return period.error();
        if (period->sealed)
            return Error{ErrorCode::InvalidArgument,
                         "the period is sealed: corrections go into a new revision", m_db.path(), 0,
                         "period"};
        const auto guards = dropTreeInsertGuards(m_db);
        if (!guards)
            return guards.error();
        if (auto r = writer.prepare(plotsSource, treesSource); !r)
            return r;
        if (plots.empty())
            problems.add({ErrorCode::InsufficientData, "the plot table has no rows", plotsSource, 2,
                          "plot_id"});
        for (const core::Plot& p : plots)
            if (auto r = writer.addPlot(p); !r)
                return r;
        if (auto r = writer.addTrees(trees, keepGoing); !r)
            return r;
        if (!problems.empty()) {
            rejected = true;
            return Error{ErrorCode::InvalidArgument, "rows with problems", {}, 0, {}};
        }
        for (const std::string& sql : *guards)
            if (auto r = m_db.execute(sql); !r)
                return r;
        return audit("import", "period", periodId, {},
                     "{\"plots\":" + std::to_string(writer.plots) +
                         ",\"trees\":" + std::to_string(writer.trees) +
                         ",\"plots_source\":" + detail::jsonString(plotsSource) +
                         ",\"trees_source\":" + detail::jsonString(treesSource) + "}");
    });
    ImportReport report;
    if (rejected) {
        report.problems = std::move(problems.listed);
        // By file (the plots first) and row, as the user goes through them.
        std::stable_sort(report.problems.begin(), report.problems.end(),
                         [&](const Error& a, const Error& b) {
                             return std::pair(a.file != plotsSource, a.row) <
                                    std::pair(b.file != plotsSource, b.row);
                         });
        report.unlistedProblems = problems.count - std::int64_t(report.problems.size());
        return report;
    }
    if (!ok)
        return ok.error();
    report.plots = writer.plots;
    report.trees = writer.trees;
    return report;
}

Result<ImportReport> Project::importPlotsAndTrees(std::int64_t periodId,
                                                  const std::vector<core::Plot>& plots,
                                                  const std::vector<core::Tree>& trees,
                                                  const std::string& plotsSource,
                                                  const std::string& treesSource)
{
    std::size_t next = 0;
    const TreeFeed feed = [&](core::Tree& tree, core::Problems&) -> Result<bool> {
        if (next == trees.size())
            return false;
        tree = trees[next++];
        return true;
    };
    return importPlotsAndTrees(periodId, plots, plotsSource, feed, treesSource);
}

} // namespace tanhui::store
