// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <cstdio>
#include <filesystem>
#include <vector>

#include "tanhui/core/sha256.h"
#include "tanhui/core/version.h"
#include "tanhui/store/project.h"

#include "projectsupport.h"

namespace tanhui::store {

using core::Error;
using core::ErrorCode;
using core::Result;
using detail::jsonString;
using detail::shortestNumber;

namespace {

// The manifest format that sealPeriod writes; verifySeals reads every earlier one too.
constexpr int kSealFormat = 2;

constexpr std::size_t kHashBlock = std::size_t(1) << 16;

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

Result<std::string> Project::manifestSha256(std::int64_t periodId, int format,
                                            const std::string& sealedByVersion,
                                            const std::string& previousSeal,
                                            std::int64_t layerLimit)
{
    if (format != 1 && format != kSealFormat)
        return Error{ErrorCode::SchemaTooNew,
                     "seal format " + std::to_string(format) + ", this Tanhui knows 1 to " +
                         std::to_string(kSealFormat),
                     m_db.path(), 0, "period"};
    // The manifest is hashed as it is written, a block at a time: a period of a million trees
    // is never held as text.
    core::Sha256 hash;
    std::string m = "tanhui-seal " + std::to_string(format) + "\nsoftware " +
                    jsonString(sealedByVersion) + "\n";
    // Each query: SQL, the columns that are numbers, the line's tag.
    struct Part
    {
        const char* tag;
        const char* sql;
        std::vector<bool> numeric;
    };
    std::vector<Part> parts = {
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
         {true, true, false, true, true, true, true, false, true}}};
    if (format == 1) {
        parts.push_back({"result",
                         "SELECT id, kind, value_json, parameter_set_id FROM result "
                         "WHERE period_id = ?1 ORDER BY id",
                         {true, false, false, true}});
        parts.push_back({"parameter_set",
                         "SELECT id, name, version, sha256 FROM parameter_set WHERE id IN "
                         "(SELECT parameter_set_id FROM result WHERE period_id = ?1) ORDER BY id",
                         {true, false, false, false}});
    } else {
        // Format 2: results with their keyed values and inputs, the parameter sets and
        // stratifications they used in full.
        parts.push_back({"result",
                         "SELECT id, kind, value_json, parameter_set_id, stratification_id, "
                         "earlier_period_id FROM result WHERE period_id = ?1 ORDER BY id",
                         {true, false, false, true, true, true}});
        parts.push_back({"value",
                         "SELECT v.result_id, v.key, v.number, v.text FROM result_value v "
                         "JOIN result r ON r.id = v.result_id WHERE r.period_id = ?1 "
                         "ORDER BY v.result_id, v.rowid",
                         {true, false, true, false}});
        parts.push_back({"parameter_set",
                         "SELECT id, name, version, sha256, source, content, root_shoot_content "
                         "FROM parameter_set WHERE id IN "
                         "(SELECT parameter_set_id FROM result WHERE period_id = ?1) ORDER BY id",
                         {true, false, false, false, false, false, false}});
        parts.push_back({"stratification",
                         "SELECT id, name, method, rules_json, layer_id FROM stratification "
                         "WHERE id IN (SELECT stratification_id FROM result WHERE period_id = ?1) "
                         "ORDER BY id",
                         {true, false, false, false, true}});
        parts.push_back({"stratum",
                         "SELECT id, stratification_id, name, area_ha FROM stratum WHERE "
                         "stratification_id IN (SELECT stratification_id FROM result "
                         "WHERE period_id = ?1) ORDER BY id",
                         {true, true, false, true}});
    }
    // Format 1 covered every layer at sealing time; format 2 those up to a recorded id.
    parts.push_back({"layer",
                     format == 1
                         ? "SELECT id, kind, role, path, sha256 FROM layer WHERE added_at <= "
                           "(SELECT sealed_at FROM period WHERE id = ?1) ORDER BY id"
                         : "SELECT id, kind, role, path, sha256 FROM layer WHERE id <= ?2 "
                           "ORDER BY id",
                     {true, false, false, false, false}});
    for (const Part& part : parts) {
        auto q = m_db.prepare(part.sql);
        if (!q)
            return q.error();
        if (std::string(part.sql).find("?1") != std::string::npos)
            q->bind(1, periodId);
        if (std::string(part.sql).find("?2") != std::string::npos)
            q->bind(2, layerLimit);
        Result<bool> row = q->step();
        for (; row && *row; row = q->step()) {
            m += part.tag;
            for (int c = 0; c < int(part.numeric.size()); ++c)
                m += (c ? "|" : " ") +
                     (part.numeric[std::size_t(c)] ? manifestNumber(*q, c) : manifestText(*q, c));
            m += '\n';
            if (m.size() >= kHashBlock) {
                hash.add(m);
                m.clear();
            }
        }
        if (!row)
            return row.error();
    }
    m += "previous " + (previousSeal.empty() ? std::string("-") : previousSeal) + "\n";
    hash.add(m);
    return hash.hex();
}

Result<std::string> Project::sealPeriod(std::int64_t periodId)
{
    std::string seal;
    auto ok = transaction([&]() -> Result<void> {
        const auto period = this->period(periodId);
        if (!period)
            return period.error();
        if (period->sealed)
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
        auto layers = m_db.prepare("SELECT coalesce(max(id), 0) FROM layer");
        if (!layers)
            return layers.error();
        if (auto r = layers->step(); !r)
            return r.error();
        const std::int64_t layerLimit = layers->columnInt(0);
        auto hash = manifestSha256(periodId, kSealFormat, version, previous, layerLimit);
        if (!hash)
            return hash.error();
        seal = *hash;
        auto update =
            m_db.prepare("UPDATE period SET seal_hash = ?, previous_seal_hash = ?, sealed_at = ?, "
                         "sealed_by_version = ?, seal_format = ?, sealed_layer_id = ?, "
                         "status = 'submitted' WHERE id = ?");
        if (!update)
            return update.error();
        update->bind(1, seal).bind(3, utcTimestamp()).bind(4, version);
        update->bind(5, std::int64_t(kSealFormat)).bind(6, layerLimit).bind(7, periodId);
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
                     "coalesce(sealed_by_version, ''), coalesce(seal_format, 1), "
                     "coalesce(sealed_layer_id, 0), coalesce(sealed_at, '') FROM period "
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
        auto hash = manifestSha256(c.periodId, int(q->columnInt(6)), q->columnText(5),
                                   recordedPrevious, q->columnInt(7));
        if (!hash)
            return hash.error();
        c.recomputedHash = *hash;
        c.chainIntact = recordedPrevious == previous;
        c.previousHash = recordedPrevious;
        c.sealedAt = q->columnText(8);
        c.position = int(checks.size()) + 1;
        previous = c.storedHash;
        checks.push_back(std::move(c));
    }
    if (!row)
        return row.error();
    return checks;
}

Result<std::vector<Project::LostSeal>> Project::lostSeals()
{
    // Every seal ever made is in the append-only audit log; each must still be the seal of
    // its period.
    auto q = m_db.prepare(
        "SELECT a.entity_id, json_extract(a.after_json, '$.seal'), "
        "coalesce(p.label, (SELECT json_extract(b.after_json, '$.label') FROM audit_log b "
        "WHERE b.action = 'add' AND b.entity = 'period' AND b.entity_id = a.entity_id), ''), "
        "coalesce(p.seal_hash, ''), p.id IS NOT NULL FROM audit_log a "
        "LEFT JOIN period p ON p.id = a.entity_id "
        "WHERE a.action = 'seal' AND a.entity = 'period' "
        "AND json_extract(a.after_json, '$.seal') IS NOT NULL ORDER BY a.id");
    if (!q)
        return q.error();
    std::vector<LostSeal> lost;
    while (true) {
        const auto row = q->step();
        if (!row)
            return row.error();
        if (!*row)
            return lost;
        if (q->columnText(1) != q->columnText(3))
            lost.push_back({q->columnInt(0), q->columnText(2), q->columnText(1), q->columnText(3),
                            q->columnInt(4) != 0});
    }
}

Result<std::int64_t> Project::reviseSealedPeriod(std::int64_t periodId, const std::string& reason)
{
    if (reason.empty())
        return Error{ErrorCode::InvalidArgument, "a revision needs a reason", m_db.path(), 0,
                     "reason"};
    std::int64_t revisionId = 0;
    auto ok = transaction([&]() -> Result<void> {
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

} // namespace tanhui::store
