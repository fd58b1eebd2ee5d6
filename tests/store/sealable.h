// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// A seal needs results computed from the period's inputs as they are: this computes a
// period's stock for tests whose subject is sealing, with a stratum of 100 ha for each
// stratum its plots name and one equation (AGB = 0.0001·D² t) for every species its trees name.

#include <QTest>

#include "tanhui/core/csv.h"
#include "tanhui/equation/muparsercompiler.h"
#include "tanhui/store/computation.h"

namespace tanhui::testing {

inline std::vector<std::string> distinctTexts(store::Project& p, const std::string& sql,
                                              std::int64_t period)
{
    std::vector<std::string> out;
    auto q = p.database().prepare(sql);
    if (!q)
        qFatal("%s", q.error().detail.c_str());
    q->bind(1, period);
    while (*q->step())
        out.push_back(q->columnText(0));
    return out;
}

inline void computeStock(store::Project& p, std::int64_t period)
{
    std::string species =
        "parameter_set,version,species,latin_name,chinese_name,aliases,group,agb_equation,"
        "agb_unit,volume_equation,coefficients,dbh_min_cm,dbh_max_cm,height_min_m,height_max_m,"
        "wood_density,bef,root_shoot,carbon_fraction,residual_sd_log,status,source\n";
    for (const std::string& name :
         distinctTexts(p,
                       "SELECT DISTINCT t.species FROM tree t JOIN plot q ON q.id = t.plot_id "
                       "WHERE q.period_id = ? ORDER BY 1",
                       period))
        species += "sealable,1," + name + ",,,,test,a*D^2,t,,a=0.0001,,,,,,,0.25,0.5,,CONFIRMED," +
                   "test fixture\n";
    store::Stratification s;
    s.name = "sealable " + std::to_string(period);
    for (const std::string& name : distinctTexts(
             p, "SELECT DISTINCT stratum FROM plot WHERE period_id = ? ORDER BY 1", period))
        s.strata.push_back({name, 100.0, 0});
    const equation::MuParserCompiler compiler;
    const auto table = core::tableFromCsvText(species, "species.csv");
    const auto existing = p.findStratification(s.name); // computed before
    const auto strata = existing ? existing->id : p.addStratification(s);
    const auto parameters = p.addParameterSet(*table, nullptr, compiler);
    if (!strata || !parameters)
        qFatal("%s", (strata ? parameters.error() : strata.error()).detail.c_str());
    const auto results = store::computeStock(p, period, *strata, *parameters, compiler);
    if (!results)
        qFatal("%s", results.error().detail.c_str());
    if (!p.replaceResults(period, *results))
        qFatal("storing results failed");
}

} // namespace tanhui::testing
