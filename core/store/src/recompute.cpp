// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// Verification's recomputation: every sealed period's results computed again from the inputs
// stored with them, and compared value by value.
#include <cmath>
#include <map>

#include "tanhui/store/computation.h"
#include "tanhui/store/resultkeys.h"

#include "projectsupport.h"

namespace tanhui::store {

using core::Error;
using core::ErrorCode;
using core::Result;
using detail::findKind;
using detail::periodName;
using detail::shortestNumber;

namespace {

std::string describe(const ResultValue* v)
{
    if (!v)
        return "(missing)";
    if (v->isText)
        return v->text;
    return std::isnan(v->number) ? "NaN" : shortestNumber(v->number);
}

bool same(const ResultValue& a, const ResultValue& b)
{
    if (a.isText != b.isText)
        return false;
    if (a.isText)
        return a.text == b.text;
    return a.number == b.number || (std::isnan(a.number) && std::isnan(b.number));
}

void compareResults(const PeriodResult& stored, const PeriodResult& recomputed,
                    RecomputeCheck& check)
{
    std::map<std::string, const ResultValue*> fresh;
    for (const ResultValue& v : recomputed.values)
        fresh[v.key] = &v;
    for (const ResultValue& v : stored.values) {
        ++check.valuesCompared;
        const auto it = fresh.find(v.key);
        if (it == fresh.end() || !same(v, *it->second))
            check.differences.push_back({stored.kind, v.key, describe(&v),
                                         describe(it == fresh.end() ? nullptr : it->second)});
        if (it != fresh.end())
            fresh.erase(it);
    }
    for (const auto& [key, v] : fresh)
        check.differences.push_back({stored.kind, key, describe(nullptr), describe(v)});
}

} // namespace

Result<std::vector<RecomputeCheck>> recomputeSealed(Project& project,
                                                    const core::EquationCompiler& compiler)
{
    const auto periods = project.periods();
    if (!periods)
        return periods.error();
    std::vector<RecomputeCheck> checks;
    for (const Period& period : *periods) {
        if (!period.sealed)
            continue;
        RecomputeCheck check{period.id, period.label, period.revision, 0, {}, std::nullopt};
        const std::string where = project.database().path() + ": " + periodName(period);
        const auto stored = project.results(period.id);
        if (!stored)
            return stored.error();
        std::vector<PeriodResult> fresh;
        const PeriodResult* stock = findKind(*stored, keys::kStock);
        if (stock) {
            const ResultValue* confidence = stock->find(keys::kConfidence);
            if (!stock->stratificationId || !stock->parameterSetId || !confidence)
                check.failure = Error{ErrorCode::CorruptData,
                                      "the stock result does not name its inputs",
                                      where,
                                      0,
                                      {}};
            else if (auto r = computeStock(project, period.id, *stock->stratificationId,
                                           *stock->parameterSetId, compiler,
                                           {confidence->number, false});
                     r)
                fresh = std::move(r).value();
            else
                check.failure = r.error();
        }
        const PeriodResult* change = findKind(*stored, keys::kChange);
        if (change && !check.failure) {
            const ResultValue* method = change->find(keys::kMethod);
            if (!change->earlierPeriodId || !method)
                check.failure = Error{ErrorCode::CorruptData,
                                      "the change result does not name its inputs",
                                      where,
                                      0,
                                      {}};
            else if (auto r = computeChange(project, period.id, *change->earlierPeriodId,
                                            method->text == "B" ? ChangeMethod::PairedPlots
                                                                : ChangeMethod::TwoInventories,
                                            false);
                     r)
                fresh.push_back(std::move(r).value());
            else
                check.failure = r.error();
        }
        if (!check.failure)
            for (const PeriodResult& s : *stored) {
                const PeriodResult* f = findKind(fresh, s.kind);
                if (f)
                    compareResults(s, *f, check);
                else
                    check.differences.push_back({s.kind, "(result)", "stored", "(not recomputed)"});
            }
        checks.push_back(std::move(check));
    }
    return checks;
}

} // namespace tanhui::store
