// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// Project: the text a seal (or a result's inputs digest) covers, hashed as it is read.
#include <map>
#include <string_view>
#include <vector>

#include "tanhui/store/project.h"
#include "tanhui/store/sha256.h"

#include "projectsupport.h"

namespace tanhui::store {

using core::Error;
using core::ErrorCode;
using core::Result;
using detail::jsonString;
using detail::kSealFormat;
using detail::shortestNumber;

namespace {

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

// One query of a manifest: each row becomes a line "tag v1|v2|…", numbers where `numeric`.
struct Part
{
    const char* tag;
    const char* sql;
    std::vector<bool> numeric;
};

// A manifest being hashed as it is read: a period of a million trees is never held as text.
// Parameters ?1, ?2 … of each part's SQL are `params` in order.
// - Flat (seal formats 1 and 2): the digest is SHA-256 of the head, every part's lines and the
//   trailing lines, in that order.
// - By parts (format 3, results' inputs): each part's lines are hashed on their own, and the
//   digest is SHA-256 of the head, a line "tag sha256" per part and the trailing lines; so each
//   line is hashed once, and verify can say which part differs.
class Manifest
{
public:
    enum class Mode
    {
        Flat,
        ByParts
    };
    Manifest(Database& db, std::string head, Mode mode)
        : m_db(db)
        , m_mode(mode)
        , m_head(std::move(head))
    {
        if (m_mode == Mode::Flat)
            m_text = m_head;
    }

    Result<void> add(const Part& part, const std::vector<std::int64_t>& params)
    {
        auto q = m_db.prepare(part.sql);
        if (!q)
            return q.error();
        for (std::size_t i = 0; i < params.size(); ++i)
            if (std::string(part.sql).find("?" + std::to_string(i + 1)) != std::string::npos)
                q->bind(int(i) + 1, params[i]);
        Sha256* own = nullptr;
        if (m_mode == Mode::ByParts) {
            if (!m_parts.count(part.tag))
                m_order.push_back(part.tag);
            own = &m_parts[part.tag];
        }
        Result<bool> row = q->step();
        for (; row && *row; row = q->step()) {
            m_text += part.tag;
            for (int c = 0; c < int(part.numeric.size()); ++c)
                m_text += (c ? "|" : " ") + (part.numeric[std::size_t(c)] ? manifestNumber(*q, c)
                                                                          : manifestText(*q, c));
            m_text += '\n';
            if (m_text.size() >= kHashBlock)
                flush(own);
        }
        if (!row)
            return row.error();
        flush(own);
        return {};
    }
    /// A part whose digest is known already (ByParts only).
    void addKnown(const std::string& tag, const std::string& digest)
    {
        m_order.push_back(tag);
        m_known[tag] = digest;
    }
    void addLine(const std::string& line) { m_trailer += line + "\n"; }
    /// The digest; with `partDigests`, each part's ("tag sha256" lines, ByParts only).
    std::string hex(std::string* partDigests = nullptr)
    {
        if (m_mode == Mode::Flat) {
            m_hash.add(m_text + m_trailer);
            return m_hash.hex();
        }
        std::string parts;
        for (const std::string& tag : m_order)
            parts += tag + " " + (m_known.count(tag) ? m_known[tag] : m_parts[tag].hex()) + "\n";
        if (partDigests)
            *partDigests = parts;
        m_hash.add(m_head + parts + m_trailer);
        return m_hash.hex();
    }

private:
    void flush(Sha256* own)
    {
        (own ? *own : m_hash).add(m_text);
        m_text.clear();
    }

    Database& m_db;
    Mode m_mode;
    std::string m_head;
    Sha256 m_hash;
    std::string m_text;
    std::string m_trailer;
    std::map<std::string, Sha256> m_parts;
    std::map<std::string, std::string> m_known;
    std::vector<std::string> m_order;
};

// The digest of part `tag` among "tag sha256" lines; empty when it is not there.
std::string knownDigest(const std::string& parts, const std::string& tag)
{
    const std::string key = tag + " ";
    for (std::size_t at = 0; at < parts.size();) {
        const std::size_t end = std::min(parts.find('\n', at), parts.size());
        if (parts.compare(at, key.size(), key) == 0)
            return parts.substr(at + key.size(), end - at - key.size());
        at = end + 1;
    }
    return {};
}

// What a period's stock is computed from, in the seal's own words (formats 2 and 3 cover
// them the same way): plots and trees (?1: the period), the parameter set and the
// stratification with its strata.
const Part kPlots = {"plot",
                     "SELECT id, plot_code, stratum, area_ha, slope_deg, x, y, source, source_row "
                     "FROM plot WHERE period_id = ?1 ORDER BY id",
                     {true, false, false, true, true, true, true, false, true}};
const Part kTrees = {"tree",
                     "SELECT t.id, t.plot_id, t.species, t.dbh_cm, t.height_m, t.wood_density, "
                     "t.alive, t.source, t.source_row FROM tree t JOIN plot p ON p.id = t.plot_id "
                     "WHERE p.period_id = ?1 ORDER BY t.id",
                     {true, true, false, true, true, true, true, false, true}};
constexpr const char* kParameterSetColumns =
    "SELECT id, name, version, sha256, source, content, root_shoot_content FROM parameter_set ";
const std::vector<bool> kParameterSetNumeric = {true, false, false, false, false, false, false};
constexpr const char* kStratificationColumns =
    "SELECT id, name, method, rules_json, layer_id FROM stratification ";
const std::vector<bool> kStratificationNumeric = {true, false, false, false, true};
constexpr const char* kStratumColumns = "SELECT id, stratification_id, name, area_ha FROM stratum ";
const std::vector<bool> kStratumNumeric = {true, true, false, true};

} // namespace

Result<std::string> Project::inputsSha256(std::int64_t periodId, std::int64_t stratificationId,
                                          std::int64_t parameterSetId,
                                          const std::string& knownParts)
{
    Manifest m(m_db, "tanhui-inputs 1\n", Manifest::Mode::ByParts);
    const std::string parameterSet = std::string(kParameterSetColumns) + "WHERE id = ?3";
    const std::string stratification = std::string(kStratificationColumns) + "WHERE id = ?2";
    const std::string strata =
        std::string(kStratumColumns) + "WHERE stratification_id = ?2 ORDER BY id";
    for (const Part& part :
         {kPlots, kTrees, Part{"parameter_set", parameterSet.c_str(), kParameterSetNumeric},
          Part{"stratification", stratification.c_str(), kStratificationNumeric},
          Part{"stratum", strata.c_str(), kStratumNumeric}}) {
        // Only the plots and trees are the same rows in a seal's manifest; its parameter sets
        // and strata are those of all the period's results.
        const std::string_view tag = part.tag;
        const bool shared = tag == kPlots.tag || tag == kTrees.tag;
        const std::string known = shared ? knownDigest(knownParts, part.tag) : std::string();
        if (!known.empty())
            m.addKnown(part.tag, known);
        else if (auto r = m.add(part, {periodId, stratificationId, parameterSetId}); !r)
            return r.error();
    }
    return m.hex();
}

Result<std::string> Project::manifestSha256(std::int64_t periodId, const SealBasis& basis,
                                            std::string* partDigests)
{
    if (basis.format < 1 || basis.format > kSealFormat)
        return Error{ErrorCode::SchemaTooNew,
                     "seal format " + std::to_string(basis.format) + ", this Tanhui knows 1 to " +
                         std::to_string(kSealFormat),
                     m_db.path(), 0, "period"};
    Manifest m(m_db,
               "tanhui-seal " + std::to_string(basis.format) + "\nsoftware " +
                   jsonString(basis.sealedByVersion) + "\n",
               basis.format >= 3 ? Manifest::Mode::ByParts : Manifest::Mode::Flat);
    std::vector<Part> parts = {
        {"project", "SELECT name, methodology, crs_wkt FROM project", {false, false, false}},
        {"period",
         "SELECT id, label, start_date, end_date, revision, revises_period_id, revision_reason "
         "FROM period WHERE id = ?1",
         {true, false, false, false, true, true, false}},
        kPlots,
        kTrees};
    const std::string inResults = "WHERE id IN (SELECT parameter_set_id FROM result "
                                  "WHERE period_id = ?1) ORDER BY id";
    const std::string parameterSets = kParameterSetColumns + inResults;
    const std::string stratifications =
        std::string(kStratificationColumns) +
        "WHERE id IN (SELECT stratification_id FROM result WHERE period_id = ?1) ORDER BY id";
    const std::string strata = std::string(kStratumColumns) +
                               "WHERE stratification_id IN (SELECT stratification_id FROM result "
                               "WHERE period_id = ?1) ORDER BY id";
    if (basis.format == 1) {
        parts.push_back({"result",
                         "SELECT id, kind, value_json, parameter_set_id FROM result "
                         "WHERE period_id = ?1 ORDER BY id",
                         {true, false, false, true}});
        parts.push_back({"parameter_set",
                         "SELECT id, name, version, sha256 FROM parameter_set WHERE id IN "
                         "(SELECT parameter_set_id FROM result WHERE period_id = ?1) ORDER BY id",
                         {true, false, false, false}});
    } else {
        // Formats 2 and 3: results with their keyed values and inputs, the parameter sets
        // and stratifications they used in full.
        parts.push_back({"result",
                         "SELECT id, kind, value_json, parameter_set_id, stratification_id, "
                         "earlier_period_id FROM result WHERE period_id = ?1 ORDER BY id",
                         {true, false, false, true, true, true}});
        parts.push_back({"value",
                         "SELECT v.result_id, v.key, v.number, v.text FROM result_value v "
                         "JOIN result r ON r.id = v.result_id WHERE r.period_id = ?1 "
                         "ORDER BY v.result_id, v.rowid",
                         {true, false, true, false}});
        parts.push_back({"parameter_set", parameterSets.c_str(), kParameterSetNumeric});
        parts.push_back({"stratification", stratifications.c_str(), kStratificationNumeric});
        parts.push_back({"stratum", strata.c_str(), kStratumNumeric});
    }
    // Format 4: the period's other terms of net removals.
    if (basis.format >= 4)
        parts.push_back({"net_removal",
                         "SELECT term, tco2e, uncertainty, source, stated_zero "
                         "FROM net_removal_term WHERE period_id = ?1 ORDER BY term",
                         {false, true, true, false, true}});
    // Format 5: the CRS of each plot's coordinates (a part of its own: a stock's inputs do not
    // depend on it).
    if (basis.format >= 5)
        parts.push_back({"plot_crs",
                         "SELECT id, crs FROM plot WHERE period_id = ?1 ORDER BY id",
                         {true, false}});
    // Format 1 covered every layer at sealing time; later ones those up to a recorded id.
    parts.push_back({"layer",
                     basis.format == 1
                         ? "SELECT id, kind, role, path, sha256 FROM layer WHERE added_at <= "
                           "(SELECT sealed_at FROM period WHERE id = ?1) ORDER BY id"
                         : "SELECT id, kind, role, path, sha256 FROM layer WHERE id <= ?2 "
                           "ORDER BY id",
                     {true, false, false, false, false}});
    // Format 3: the audit log's hash chain up to the last row before the seal.
    if (basis.format >= 3)
        parts.push_back({"audit",
                         "SELECT audit_id, sha256 FROM audit_chain WHERE audit_id = ?3",
                         {true, false}});
    for (const Part& part : parts)
        if (auto r = m.add(part, {periodId, basis.layerLimit, basis.auditId}); !r)
            return r.error();
    m.addLine("previous " + (basis.previousSeal.empty() ? std::string("-") : basis.previousSeal));
    return m.hex(partDigests);
}

} // namespace tanhui::store
