// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// ProjectService: the overview the window's explorer shows.
#include "tanhui/store/resultkeys.h"
#include "tanhui/workflow/projectservice.h"

#include "projectimpl.h"

namespace tanhui::workflow {

namespace {

core::Result<std::vector<ParameterSetInfo>> parameterSets(store::Project& project)
{
    const auto ids = project.parameterSetIds();
    if (!ids)
        return ids.error();
    std::vector<ParameterSetInfo> out;
    for (std::int64_t id : *ids) {
        const auto set = project.parameterSet(id);
        if (!set)
            return set.error();
        ParameterSetInfo info{set->name, set->version, set->sha256, set->source, {}, set->species};
        const core::Table& t = set->species;
        const auto species = t.findColumn({"species"});
        const auto status = t.findColumn({"status"});
        const auto source = t.findColumn({"source"});
        for (std::size_t r = 0; r < t.rows.size(); ++r)
            info.rows.push_back({species ? t.text(r, *species) : std::string(),
                                 status ? t.text(r, *status) : std::string(),
                                 source ? t.text(r, *source) : std::string()});
        out.push_back(std::move(info));
    }
    return out;
}

core::Result<PeriodOverview> periodOverview(store::Project& project, const PeriodInfo& period)
{
    PeriodOverview o{period, {}, std::nullopt, std::nullopt, {}};
    const auto plots = project.plots(period.id);
    if (!plots)
        return plots.error();
    for (const core::Plot& p : *plots)
        o.plots.push_back({p.plotId, p.stratum});
    const auto results = project.results(period.id);
    if (!results)
        return results.error();
    for (const store::PeriodResult& r : *results) {
        if (r.kind == store::keys::kStock)
            o.stock = stockSummary(period.label, r);
        else if (r.kind == store::keys::kChange)
            o.change = changeSummary(period.label, r);
    }
    const auto terms = project.netRemovalTerms(period.id);
    if (!terms)
        return terms.error();
    o.net = netRemovalsSummary(period.label, o.change, *terms);
    return o;
}

} // namespace

core::Result<ProjectOverview> ProjectService::overview()
{
    store::Project& project = m_impl->project;
    ProjectOverview o;
    o.path = m_impl->path;
    auto summary = this->summary();
    if (!summary)
        return summary.error();
    o.project = std::move(summary).value();
    auto properties = this->properties();
    if (!properties)
        return properties.error();
    o.properties = std::move(properties).value();
    auto layers = this->layers();
    if (!layers)
        return layers.error();
    o.layers = std::move(layers).value();
    const auto stratifications = project.stratifications();
    if (!stratifications)
        return stratifications.error();
    for (const store::Stratification& s : *stratifications) {
        StratificationInfo info{s.name, s.method, int(s.strata.size()), {}, s.strata};
        for (const core::StratumArea& a : s.strata)
            info.total += core::Hectares(a.areaHa);
        o.stratifications.push_back(std::move(info));
    }
    const auto periods = this->periods();
    if (!periods)
        return periods.error();
    for (const PeriodInfo& p : *periods) {
        auto period = periodOverview(project, p);
        if (!period)
            return period.error();
        o.periods.push_back(std::move(period).value());
    }
    auto sets = parameterSets(project);
    if (!sets)
        return sets.error();
    o.parameterSets = std::move(sets).value();
    return o;
}

} // namespace tanhui::workflow
