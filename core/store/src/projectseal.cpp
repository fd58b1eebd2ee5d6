// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <vector>

#include "tanhui/core/version.h"
#include "tanhui/store/computation.h"
#include "tanhui/store/project.h"
#include "tanhui/store/resultkeys.h"
#include "tanhui/store/sha256.h"
#include "tanhui/store/signing.h"

#include "projectsupport.h"

namespace tanhui::store {

using core::Error;
using core::ErrorCode;
using core::Result;
using detail::jsonString;
using detail::kSealFormat;
using detail::shortestNumber;

std::string sealSignatureMessage(const std::string& projectIdentity, std::int64_t periodId,
                                 const std::string& seal)
{
    return "tanhui-seal-signature 1\nproject " + projectIdentity + "\nperiod " +
           std::to_string(periodId) + "\nseal " + seal + "\n";
}

Result<std::string> Project::sealPeriod(std::int64_t periodId, const std::string& signingKey)
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
        // The audit log so far, linked: the seal covers its last link.
        if (auto linked = detail::linkAuditChain(m_db); !linked)
            return linked;
        auto head = m_db.prepare("SELECT coalesce(max(audit_id), 0) FROM audit_chain");
        if (!head)
            return head.error();
        if (auto r = head->step(); !r)
            return r.error();
        const SealBasis basis{kSealFormat, version, previous, layerLimit, head->columnInt(0)};
        std::string parts;
        auto hash = manifestSha256(periodId, basis, &parts);
        if (!hash)
            return hash.error();
        // The plots and trees were just hashed for the seal: their digests are reused.
        if (auto current = requireCurrentResults(periodId, parts); !current)
            return current;
        seal = *hash;
        store::Signature signature;
        if (!signingKey.empty()) {
            const auto identity = this->identity();
            if (!identity)
                return identity.error();
            auto signedSeal =
                signMessage(signingKey, sealSignatureMessage(*identity, periodId, seal));
            if (!signedSeal)
                return signedSeal.error();
            signature = std::move(signedSeal).value();
        }
        auto update = m_db.prepare(
            "UPDATE period SET seal_hash = ?, previous_seal_hash = ?, sealed_at = ?, "
            "sealed_by_version = ?, seal_format = ?, sealed_layer_id = ?, sealed_audit_id = ?, "
            "seal_signature = nullif(?, ''), seal_public_key = nullif(?, ''), seal_parts = ?, "
            "status = 'submitted' WHERE id = ?");
        if (!update)
            return update.error();
        update->bind(1, seal).bind(3, utcTimestamp()).bind(4, version);
        update->bind(5, std::int64_t(kSealFormat)).bind(6, layerLimit).bind(7, basis.auditId);
        update->bind(8, signature.signature).bind(9, signature.publicKey).bind(10, parts);
        update->bind(11, periodId);
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

namespace {

// The inputs of the period's stock as they are stored now; empty without a stock. `knownParts`
// ("tag sha256" lines) may give the plot and tree digests already hashed.
Result<std::string> stockInputsNow(Project& project, std::int64_t periodId,
                                   const std::string& knownParts = {})
{
    const auto results = project.results(periodId);
    if (!results)
        return results.error();
    for (const PeriodResult& r : *results)
        if (r.kind == keys::kStock && r.stratificationId && r.parameterSetId)
            return project.inputsSha256(periodId, *r.stratificationId, *r.parameterSetId,
                                        knownParts);
    return std::string();
}

} // namespace

namespace {

// The parts ("tag sha256" lines) whose digest differs between the sealed and the recomputed,
// in the recomputed order, then those sealed and gone; none when the seal recorded no parts.
std::vector<std::string> differingParts(const std::string& sealed, const std::string& now)
{
    auto read = [](const std::string& text) {
        std::vector<std::pair<std::string, std::string>> out;
        std::size_t at = 0;
        while (at < text.size()) {
            const std::size_t end = std::min(text.find('\n', at), text.size());
            const std::string line = text.substr(at, end - at);
            const std::size_t space = line.find(' ');
            if (space != std::string::npos)
                out.emplace_back(line.substr(0, space), line.substr(space + 1));
            at = end + 1;
        }
        return out;
    };
    std::vector<std::string> differ;
    if (sealed.empty())
        return differ;
    const auto before = read(sealed);
    const auto after = read(now);
    auto find = [](const auto& parts, const std::string& tag) -> const std::string* {
        for (const auto& [t, digest] : parts)
            if (t == tag)
                return &digest;
        return nullptr;
    };
    for (const auto& [tag, digest] : after)
        if (const std::string* old = find(before, tag); !old || *old != digest)
            differ.push_back(tag);
    for (const auto& [tag, digest] : before)
        if (!find(after, tag))
            differ.push_back(tag);
    return differ;
}

} // namespace

Result<void> Project::requireCurrentResults(std::int64_t periodId, const std::string& manifestParts)
{
    const auto plots = plotCount(periodId);
    if (!plots)
        return plots.error();
    if (*plots == 0)
        return Error{ErrorCode::InsufficientData, "the period has no plots: nothing to seal",
                     m_db.path(), 0, "period"};
    const auto stored = results(periodId);
    if (!stored)
        return stored.error();
    const auto inputs = stockInputsNow(*this, periodId, manifestParts);
    if (!inputs)
        return inputs.error();
    if (inputs->empty())
        return Error{ErrorCode::InsufficientData,
                     "the period has no computed stock: compute it before sealing", m_db.path(), 0,
                     "period"};
    for (const PeriodResult& r : *stored) {
        std::string expected = *inputs;
        if (r.kind == keys::kChange) {
            // Computed from this stock and the earlier period's, each from its inputs now.
            const auto earlierInputs =
                r.earlierPeriodId ? stockInputsNow(*this, *r.earlierPeriodId) : std::string();
            if (!earlierInputs)
                return earlierInputs.error();
            expected = changeInputsSha256(*inputs, *earlierInputs);
        }
        if (expected.empty() || r.inputsSha256 != expected)
            return Error{ErrorCode::InvalidArgument,
                         "the " + r.kind +
                             " was not computed from the period's plots, trees, strata and "
                             "parameters as they are now: compute " +
                             (r.kind == keys::kChange ? "the change" : "the stock") +
                             " again before sealing",
                         m_db.path(), 0, "period"};
    }
    return {};
}

Result<std::vector<SealCheck>> Project::verifySeals()
{
    const auto identity = this->identity();
    if (!identity)
        return identity.error();
    auto q =
        m_db.prepare("SELECT id, label, revision, seal_hash, coalesce(previous_seal_hash, ''), "
                     "coalesce(sealed_by_version, ''), coalesce(seal_format, 1), "
                     "coalesce(sealed_layer_id, 0), coalesce(sealed_at, ''), "
                     "coalesce(sealed_audit_id, 0), status, coalesce(seal_signature, ''), "
                     "coalesce(seal_public_key, ''), coalesce(seal_parts, '') FROM period "
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
        const SealBasis basis{int(q->columnInt(6)), q->columnText(5), recordedPrevious,
                              q->columnInt(7), q->columnInt(9)};
        std::string parts;
        auto hash = manifestSha256(c.periodId, basis, &parts);
        if (!hash)
            return hash.error();
        c.recomputedHash = *hash;
        c.chainIntact = recordedPrevious == previous;
        c.previousHash = recordedPrevious;
        c.sealedAt = q->columnText(8);
        c.status = q->columnText(10);
        if (c.storedHash != c.recomputedHash)
            c.differingParts = differingParts(q->columnText(13), parts);
        c.publicKey = q->columnText(12);
        if (!c.publicKey.empty())
            c.signatureValid = signatureValid(
                c.publicKey, sealSignatureMessage(*identity, c.periodId, c.storedHash),
                q->columnText(11));
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
            "INSERT INTO plot (period_id, plot_code, stratum, area_ha, slope_deg, x, y, crs, "
            "source, source_row) SELECT ?, plot_code, stratum, area_ha, slope_deg, x, y, crs, "
            "source, source_row FROM plot WHERE period_id = ?";
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
        auto terms = m_db.prepare(
            "INSERT INTO net_removal_term (period_id, term, tco2e, uncertainty, source, "
            "stated_zero) SELECT ?, term, tco2e, uncertainty, source, stated_zero "
            "FROM net_removal_term WHERE period_id = ? ORDER BY id");
        if (!terms)
            return terms.error();
        terms->bind(1, revisionId).bind(2, periodId);
        if (auto r = terms->run(); !r)
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
