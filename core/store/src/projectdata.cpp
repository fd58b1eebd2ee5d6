// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The project's stored inputs and results: periods, plots and trees read back,
// stratifications, parameter sets and keyed result values.
#include <set>

#include "tanhui/core/csv.h"
#include "tanhui/store/project.h"
#include "tanhui/store/sha256.h"

#include "projectsupport.h"

namespace tanhui::store {

using core::Error;
using core::ErrorCode;
using core::Result;
using detail::jsonString;
using detail::shortestNumber;

namespace {

std::optional<std::int64_t> optionalId(const Statement& q, int column)
{
    return q.columnIsNull(column) ? std::nullopt : std::optional(q.columnInt(column));
}

void bindOptional(Statement& q, int index, std::optional<std::int64_t> id)
{
    if (id)
        q.bind(index, *id);
    else
        q.bindNull(index);
}

// The ids a query gives, in its order.
Result<std::vector<std::int64_t>> idsOf(Database& db, const char* sql)
{
    auto q = db.prepare(sql);
    if (!q)
        return q.error();
    std::vector<std::int64_t> ids;
    Result<bool> row = q->step();
    for (; row && *row; row = q->step())
        ids.push_back(q->columnInt(0));
    if (!row)
        return row.error();
    return ids;
}

// A period as Period reads it: kPeriodColumns, then periodFrom on each row.
constexpr const char* kPeriodColumns = "SELECT id, label, start_date, end_date, status, revision, "
                                       "seal_hash IS NOT NULL, coalesce(seal_hash, '') FROM period";

Period periodFrom(const Statement& q)
{
    return {q.columnInt(0),  q.columnText(1),     q.columnText(2),     q.columnText(3),
            q.columnText(4), int(q.columnInt(5)), q.columnInt(6) != 0, q.columnText(7)};
}

// The value of a result as flat JSON, kept beside the keyed rows for export and reading.
std::string valuesJson(const std::vector<ResultValue>& values)
{
    std::string json = "{";
    for (const ResultValue& v : values) {
        json += (json.size() > 1 ? "," : "") + jsonString(v.key) + ":";
        json += v.isText ? jsonString(v.text)
                         : (std::isfinite(v.number) ? shortestNumber(v.number) : "null");
    }
    return json + "}";
}

} // namespace

const ResultValue* PeriodResult::find(const std::string& key) const
{
    for (const ResultValue& v : values)
        if (v.key == key)
            return &v;
    return nullptr;
}

Result<void> Project::transaction(const std::function<Result<void>()>& work)
{
    if (m_db.inTransaction()) // the user is named already
        return m_db.transaction(work);
    return m_db.transaction([&]() -> Result<void> {
        auto session =
            m_db.prepare("INSERT OR REPLACE INTO audit_session (id, user) VALUES (1, ?)");
        if (!session)
            return session.error();
        session->bind(1, currentUser());
        if (auto r = session->run(); !r)
            return r;
        if (auto r = work(); !r)
            return r;
        if (auto r = detail::linkAuditChain(m_db); !r)
            return r;
        return m_db.execute("DELETE FROM audit_session");
    });
}

Result<Period> Project::period(std::int64_t periodId)
{
    auto q = detail::oneRow(m_db, std::string(kPeriodColumns) + " WHERE id = ?", periodId,
                            "no period " + std::to_string(periodId), "period");
    if (!q)
        return q.error();
    return periodFrom(*q);
}

Result<std::vector<Period>> Project::periods()
{
    auto q = m_db.prepare(std::string(kPeriodColumns) + " ORDER BY start_date, revision");
    if (!q)
        return q.error();
    std::vector<Period> out;
    Result<bool> row = q->step();
    for (; row && *row; row = q->step())
        out.push_back(periodFrom(*q));
    if (!row)
        return row.error();
    return out;
}

Result<std::vector<core::Plot>> Project::plots(std::int64_t periodId)
{
    auto q = m_db.prepare(
        "SELECT plot_code, coalesce(stratum, ''), area_ha, slope_deg, "
        "source_row, x, y, coalesce(crs, '') FROM plot WHERE period_id = ? ORDER BY id");
    if (!q)
        return q.error();
    q->bind(1, periodId);
    std::vector<core::Plot> plots;
    Result<bool> row = q->step();
    for (; row && *row; row = q->step())
        plots.push_back({q->columnText(0), q->columnText(1), q->columnDouble(2), q->columnDouble(3),
                         q->columnInt(4), q->columnDouble(5), q->columnDouble(6),
                         q->columnText(7)});
    if (!row)
        return row.error();
    return plots;
}

Result<std::vector<std::int64_t>> Project::treeCounts(std::int64_t periodId)
{
    auto q = m_db.prepare("SELECT (SELECT count(*) FROM tree t WHERE t.plot_id = p.id) "
                          "FROM plot p WHERE p.period_id = ? ORDER BY p.id");
    if (!q)
        return q.error();
    q->bind(1, periodId);
    std::vector<std::int64_t> counts;
    Result<bool> row = q->step();
    for (; row && *row; row = q->step())
        counts.push_back(q->columnInt(0));
    if (!row)
        return row.error();
    return counts;
}

Result<std::vector<core::Tree>> Project::trees(std::int64_t periodId, const std::string& plotCode)
{
    auto q = m_db.prepare("SELECT p.plot_code, t.species, t.dbh_cm, t.height_m, t.wood_density, "
                          "t.alive, t.source_row FROM tree t JOIN plot p ON p.id = t.plot_id "
                          "WHERE p.period_id = ?1 AND (?2 = '' OR p.plot_code = ?2) ORDER BY t.id");
    if (!q)
        return q.error();
    q->bind(1, periodId).bind(2, plotCode);
    std::vector<core::Tree> trees;
    Result<bool> row = q->step();
    for (; row && *row; row = q->step())
        trees.push_back({q->columnText(0), q->columnText(1), q->columnDouble(2), q->columnDouble(3),
                         q->columnDouble(4), q->columnInt(5) != 0, q->columnInt(6)});
    if (!row)
        return row.error();
    return trees;
}

Result<std::int64_t> Project::plotCount(std::int64_t periodId)
{
    auto q = detail::oneRow(m_db, "SELECT count(*) FROM plot WHERE period_id = ?", periodId,
                            "no plot count", "plot");
    if (!q)
        return q.error();
    return q->columnInt(0);
}

Result<void> Project::forEachPlot(std::int64_t periodId, const PlotVisitor& visit)
{
    auto plotRows = m_db.prepare("SELECT id, plot_code, coalesce(stratum, ''), area_ha, "
                                 "slope_deg, source_row, x, y, coalesce(crs, '') FROM plot "
                                 "WHERE period_id = ? "
                                 "ORDER BY id");
    auto treeRows = m_db.prepare("SELECT species, dbh_cm, height_m, wood_density, alive, "
                                 "source_row FROM tree WHERE plot_id = ? ORDER BY id");
    for (auto* q : {&plotRows, &treeRows})
        if (!*q)
            return q->error();
    plotRows->bind(1, periodId);
    std::vector<core::Tree> trees;
    Result<bool> row = plotRows->step();
    for (; row && *row; row = plotRows->step()) {
        const core::Plot plot{plotRows->columnText(1),   plotRows->columnText(2),
                              plotRows->columnDouble(3), plotRows->columnDouble(4),
                              plotRows->columnInt(5),    plotRows->columnDouble(6),
                              plotRows->columnDouble(7), plotRows->columnText(8)};
        trees.clear();
        treeRows->reset();
        treeRows->bind(1, plotRows->columnInt(0));
        Result<bool> tree = treeRows->step();
        for (; tree && *tree; tree = treeRows->step())
            trees.push_back({plot.plotId, treeRows->columnText(0), treeRows->columnDouble(1),
                             treeRows->columnDouble(2), treeRows->columnDouble(3),
                             treeRows->columnInt(4) != 0, treeRows->columnInt(5)});
        if (!tree)
            return tree.error();
        if (auto r = visit(plot, trees); !r)
            return r;
    }
    if (!row)
        return row.error();
    return {};
}

Result<std::int64_t> Project::addStratification(const Stratification& s)
{
    if (s.name.empty())
        return Error{ErrorCode::InvalidArgument, "a stratification needs a name", m_db.path(), 0,
                     "name"};
    if (s.strata.empty())
        return Error{ErrorCode::InsufficientData, "no stratum", m_db.path(), 0, "stratum"};
    std::set<std::string> names;
    for (const core::StratumArea& a : s.strata) {
        if (!names.insert(a.stratum).second)
            return Error{ErrorCode::DuplicateId, "stratum " + a.stratum + " appears twice",
                         m_db.path(), a.sourceRow, "stratum"};
        if (!(a.areaHa >= 0.0))
            return Error{ErrorCode::OutOfRange,
                         "the area of stratum " + a.stratum + " must be a number ≥ 0", m_db.path(),
                         a.sourceRow, "area_ha"};
    }
    std::int64_t id = 0;
    auto ok = transaction([&]() -> Result<void> {
        auto exists = m_db.prepare("SELECT 1 FROM stratification WHERE name = ?");
        if (!exists)
            return exists.error();
        exists->bind(1, s.name);
        auto row = exists->step();
        if (!row)
            return row.error();
        if (*row)
            return Error{ErrorCode::DuplicateId,
                         "a stratification named \"" + s.name + "\" exists already", m_db.path(), 0,
                         "name"};
        auto insert = m_db.prepare("INSERT INTO stratification (name, rules_json, created_at, "
                                   "method, layer_id) VALUES (?, ?, ?, ?, ?)");
        if (!insert)
            return insert.error();
        insert->bind(1, s.name).bind(2, s.rulesJson).bind(3, utcTimestamp()).bind(4, s.method);
        bindOptional(*insert, 5, s.layerId);
        if (auto r = insert->run(); !r)
            return r;
        id = m_db.lastInsertId();
        auto stratum =
            m_db.prepare("INSERT INTO stratum (stratification_id, name, area_ha) VALUES (?, ?, ?)");
        if (!stratum)
            return stratum.error();
        double total = 0.0;
        for (const core::StratumArea& a : s.strata) {
            stratum->bind(1, id).bind(2, a.stratum).bind(3, a.areaHa);
            if (auto r = stratum->run(); !r)
                return r;
            total += a.areaHa;
        }
        return audit("add", "stratification", id, {},
                     "{\"name\":" + jsonString(s.name) + ",\"method\":" + jsonString(s.method) +
                         ",\"strata\":" + std::to_string(s.strata.size()) +
                         ",\"area_ha\":" + shortestNumber(total) + "}");
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<Stratification> Project::stratification(std::int64_t id)
{
    auto q = detail::oneRow(
        m_db, "SELECT id, name, method, rules_json, layer_id FROM stratification WHERE id = ?", id,
        "no stratification " + std::to_string(id), "stratification");
    if (!q)
        return q.error();
    Stratification s{q->columnInt(0),  q->columnText(1),  q->columnText(2),
                     q->columnText(3), optionalId(*q, 4), {}};
    auto strata =
        m_db.prepare("SELECT name, area_ha FROM stratum WHERE stratification_id = ? ORDER BY id");
    if (!strata)
        return strata.error();
    strata->bind(1, id);
    Result<bool> next = strata->step();
    for (; next && *next; next = strata->step())
        s.strata.push_back({strata->columnText(0), strata->columnDouble(1), 0});
    if (!next)
        return next.error();
    return s;
}

Result<std::vector<Stratification>> Project::stratifications()
{
    const auto ids = idsOf(m_db, "SELECT id FROM stratification ORDER BY id");
    if (!ids)
        return ids.error();
    std::vector<Stratification> out;
    for (std::int64_t id : *ids) {
        auto s = stratification(id);
        if (!s)
            return s.error();
        out.push_back(std::move(s).value());
    }
    return out;
}

Result<std::vector<std::int64_t>> Project::parameterSetIds()
{
    return idsOf(m_db, "SELECT id FROM parameter_set ORDER BY id");
}

Result<Stratification> Project::findStratification(const std::string& name)
{
    auto q = detail::oneRow(m_db, "SELECT id FROM stratification WHERE name = ?", name,
                            "no stratification named \"" + name + "\"", "stratification");
    if (!q)
        return q.error();
    return stratification(q->columnInt(0));
}

Result<std::int64_t> Project::addParameterSet(const core::Table& species,
                                              const core::Table* rootShootClasses,
                                              const core::EquationCompiler& compiler)
{
    if (auto set = core::ParameterSet::fromTables(species, rootShootClasses, compiler); !set)
        return set.error();
    const auto nameColumn = species.requireColumn({"parameter_set"});
    if (!nameColumn)
        return nameColumn.error();
    const auto versionColumn = species.requireColumn({"version"});
    if (!versionColumn)
        return versionColumn.error();
    const std::string name = species.text(0, *nameColumn);
    const std::string version = species.text(0, *versionColumn);
    const std::string content = core::csvText(species);
    const std::string classes = rootShootClasses ? core::csvText(*rootShootClasses) : std::string();
    const std::string hash = sha256Hex(content + classes);
    std::int64_t id = 0;
    auto ok = transaction([&]() -> Result<void> {
        auto find = m_db.prepare(
            "SELECT id FROM parameter_set WHERE name = ? AND version = ? AND sha256 = ?");
        if (!find)
            return find.error();
        find->bind(1, name).bind(2, version).bind(3, hash);
        auto row = find->step();
        if (!row)
            return row.error();
        if (*row) {
            id = find->columnInt(0);
            return {};
        }
        auto insert = m_db.prepare("INSERT INTO parameter_set (name, version, sha256, content, "
                                   "root_shoot_content, source) VALUES (?, ?, ?, ?, ?, ?)");
        if (!insert)
            return insert.error();
        insert->bind(1, name).bind(2, version).bind(3, hash).bind(4, content);
        insert->bind(6, species.source);
        if (rootShootClasses)
            insert->bind(5, classes);
        else
            insert->bindNull(5);
        if (auto r = insert->run(); !r)
            return r;
        id = m_db.lastInsertId();
        return audit("add", "parameter_set", id, {},
                     "{\"name\":" + jsonString(name) + ",\"version\":" + jsonString(version) +
                         ",\"sha256\":" + jsonString(hash) +
                         ",\"source\":" + jsonString(species.source) + "}");
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<StoredParameterSet> Project::parameterSet(std::int64_t id)
{
    auto q = detail::oneRow(m_db,
                            "SELECT id, name, version, sha256, coalesce(source, ''), content, "
                            "root_shoot_content FROM parameter_set WHERE id = ?",
                            id, "no parameter set " + std::to_string(id), "parameter_set");
    if (!q)
        return q.error();
    StoredParameterSet set;
    set.id = q->columnInt(0);
    set.name = q->columnText(1);
    set.version = q->columnText(2);
    set.sha256 = q->columnText(3);
    set.source = q->columnText(4);
    const std::string classes = q->columnIsNull(6) ? std::string() : q->columnText(6);
    auto species = core::tableFromCsvText(q->columnText(5), set.source);
    if (!species)
        return species.error();
    set.species = std::move(species).value();
    if (!q->columnIsNull(6)) {
        auto table = core::tableFromCsvText(classes, set.source + " (root-shoot classes)");
        if (!table)
            return table.error();
        set.rootShootClasses = std::move(table).value();
    }
    if (sha256Hex(q->columnText(5) + classes) != set.sha256)
        return Error{ErrorCode::CorruptData,
                     "parameter set " + set.name + " " + set.version +
                         ": its content no longer has the SHA-256 it was stored with",
                     m_db.path(), 0, "parameter_set"};
    return set;
}

Result<void> Project::replaceResults(std::int64_t periodId,
                                     const std::vector<PeriodResult>& results)
{
    return transaction([&]() -> Result<void> {
        auto removeValues =
            m_db.prepare("DELETE FROM result_value WHERE result_id IN "
                         "(SELECT id FROM result WHERE period_id = ? AND kind = ?)");
        auto remove = m_db.prepare("DELETE FROM result WHERE period_id = ? AND kind = ?");
        auto insert = m_db.prepare(
            "INSERT INTO result (period_id, kind, value_json, parameter_set_id, created_at, "
            "stratification_id, earlier_period_id, inputs_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, "
            "?)");
        auto value = m_db.prepare("INSERT INTO result_value (result_id, key, number, text) VALUES "
                                  "(?, ?, ?, ?)");
        for (auto* q : {&removeValues, &remove, &insert, &value})
            if (!*q)
                return q->error();
        for (const PeriodResult& r : results) {
            removeValues->bind(1, periodId).bind(2, r.kind);
            remove->bind(1, periodId).bind(2, r.kind);
            if (auto done = removeValues->run(); !done)
                return done;
            if (auto done = remove->run(); !done)
                return done;
        }
        const std::string now = utcTimestamp();
        for (const PeriodResult& r : results) {
            insert->bind(1, periodId).bind(2, r.kind).bind(3, valuesJson(r.values)).bind(5, now);
            bindOptional(*insert, 4, r.parameterSetId);
            bindOptional(*insert, 6, r.stratificationId);
            bindOptional(*insert, 7, r.earlierPeriodId);
            if (r.inputsSha256.empty())
                insert->bindNull(8);
            else
                insert->bind(8, r.inputsSha256);
            if (auto done = insert->run(); !done)
                return done;
            const std::int64_t id = m_db.lastInsertId();
            for (const ResultValue& v : r.values) {
                value->bind(1, id).bind(2, v.key);
                if (v.isText)
                    value->bindNull(3).bind(4, v.text);
                else
                    value->bind(3, v.number).bindNull(4);
                if (auto done = value->run(); !done)
                    return done;
            }
            if (auto done = audit("compute", "result", id, {},
                                  "{\"period\":" + std::to_string(periodId) +
                                      ",\"kind\":" + jsonString(r.kind) +
                                      ",\"values\":" + std::to_string(r.values.size()) + "}");
                !done)
                return done;
        }
        return {};
    });
}

Result<std::vector<PeriodResult>> Project::results(std::int64_t periodId)
{
    auto q = m_db.prepare("SELECT id, kind, parameter_set_id, stratification_id, "
                          "earlier_period_id, coalesce(inputs_sha256, '') FROM result "
                          "WHERE period_id = ? ORDER BY id");
    if (!q)
        return q.error();
    q->bind(1, periodId);
    std::vector<PeriodResult> out;
    Result<bool> row = q->step();
    for (; row && *row; row = q->step())
        out.push_back({
            q->columnInt(0),
            q->columnText(1),
            optionalId(*q, 2),
            optionalId(*q, 3),
            optionalId(*q, 4),
            {},
            q->columnText(5),
        });
    if (!row)
        return row.error();
    auto values = m_db.prepare(
        "SELECT key, number, text FROM result_value WHERE result_id = ? ORDER BY rowid");
    if (!values)
        return values.error();
    for (PeriodResult& r : out) {
        values->reset();
        values->bind(1, r.id);
        Result<bool> next = values->step();
        for (; next && *next; next = values->step()) {
            ResultValue v;
            v.key = values->columnText(0);
            v.isText = !values->columnIsNull(2);
            if (v.isText)
                v.text = values->columnText(2);
            else
                v.number = values->columnDouble(1);
            r.values.push_back(std::move(v));
        }
        if (!next)
            return next.error();
    }
    return out;
}

} // namespace tanhui::store
