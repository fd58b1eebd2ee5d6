// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// ProjectService: the project's properties and each period's net removals.
#include "tanhui/workflow/projectproperties.h"

#include "tanhui/core/discount.h"
#include "tanhui/core/stockchange.h"
#include "tanhui/store/resultkeys.h"
#include "tanhui/workflow/projectservice.h"

#include "projectimpl.h"

namespace tanhui::workflow {

namespace {

constexpr NetTerm kTerms[] = {NetTerm::ProjectEmissions, NetTerm::Baseline, NetTerm::Leakage};

// A term is subtracted from the removals: its conservative value is raised.
NetTermValue valued(const NetTermInput& input)
{
    return {input, core::uncertaintyDiscountFraction(input.uncertainty),
            core::conservativeValue(input.tco2e, input.uncertainty, core::Scenario::Baseline)};
}

store::NetRemovalTerm stored(const NetTermInput& t)
{
    return {netTermName(t.term), t.tco2e, t.uncertainty, t.source, t.statedZero};
}

store::ProjectDetails details(const ProjectProperties& p)
{
    return {p.registrationId, p.methodologyVersion, p.proponent, p.creditingStart,
            p.creditingEnd,   p.location,           p.boundary};
}

} // namespace

core::Result<void> checkProperties(const ProjectProperties& properties)
{
    return store::checkProjectDetails({properties.name, properties.methodology, {}},
                                      details(properties));
}

core::Result<void> checkNetTerm(const NetTermInput& term)
{
    return store::checkNetRemovalTerm(stored(term));
}

const char* netTermName(NetTerm term)
{
    switch (term) {
    case NetTerm::ProjectEmissions:
        return "project-emissions";
    case NetTerm::Baseline:
        return "baseline";
    case NetTerm::Leakage:
        return "leakage";
    }
    return "";
}

std::optional<NetTerm> netTermFromName(const std::string& name)
{
    for (NetTerm t : kTerms)
        if (name == netTermName(t))
            return t;
    return std::nullopt;
}

NetRemovalsSummary netRemovalsSummary(const std::string& period,
                                      const std::optional<ChangeSummary>& change,
                                      const std::vector<store::NetRemovalTerm>& stored)
{
    NetRemovalsSummary s;
    s.period = period;
    s.change = change;
    core::UncertainValue values[3] = {};
    for (std::size_t i = 0; i < std::size(kTerms); ++i) {
        const store::NetRemovalTerm* found = nullptr;
        for (const store::NetRemovalTerm& t : stored)
            if (t.term == netTermName(kTerms[i]))
                found = &t;
        if (!found) {
            s.missing.push_back(kTerms[i]);
            continue;
        }
        values[i] = {found->tco2e, found->uncertainty};
        s.terms.push_back(valued(
            {kTerms[i], found->tco2e, found->uncertainty, found->source, found->statedZero}));
    }
    if (s.complete()) {
        const core::NetRemovals n = core::netRemovals({change->changeTco2e, change->uncertainty},
                                                      values[0], values[1], values[2]);
        s.netTco2e = n.net;
        s.conservativeNetTco2e = n.conservativeNet;
    }
    return s;
}

core::Result<ProjectProperties> ProjectService::properties()
{
    store::Project& project = m_impl->project;
    const auto info = project.info();
    if (!info)
        return info.error();
    const auto d = project.details();
    if (!d)
        return d.error();
    const auto periods = project.periods();
    if (!periods)
        return periods.error();
    bool sealed = false;
    for (const store::Period& p : *periods)
        sealed = sealed || p.sealed;
    return ProjectProperties{info->name,        info->methodology,
                             d->registrationId, d->methodologyVersion,
                             d->proponent,      d->creditingStart,
                             d->creditingEnd,   d->location,
                             d->boundary,       sealed};
}

core::Result<void> ProjectService::setProperties(const ProjectProperties& p)
{
    store::Project& project = m_impl->project;
    const auto info = project.info();
    if (!info)
        return info.error();
    return project.setProperties({p.name, p.methodology, info->crsWkt}, details(p));
}

core::Result<NetRemovalsSummary> ProjectService::netRemovals(const std::string& period)
{
    store::Project& project = m_impl->project;
    const auto id = project.findPeriod(period);
    if (!id)
        return id.error();
    const auto results = project.results(*id);
    if (!results)
        return results.error();
    std::optional<ChangeSummary> change;
    for (const store::PeriodResult& r : *results)
        if (r.kind == store::keys::kChange)
            change = changeSummary(period, r);
    const auto terms = project.netRemovalTerms(*id);
    if (!terms)
        return terms.error();
    return netRemovalsSummary(period, change, *terms);
}

core::Result<NetRemovalsSummary> ProjectService::setNetTerms(const std::string& period,
                                                             const std::vector<NetTermInput>& terms)
{
    store::Project& project = m_impl->project;
    const auto id = project.findPeriod(period);
    if (!id)
        return id.error();
    std::vector<store::NetRemovalTerm> rows;
    for (const NetTermInput& t : terms)
        rows.push_back(stored(t));
    if (auto ok = project.setNetRemovalTerms(*id, rows); !ok)
        return ok.error();
    return netRemovals(period);
}

} // namespace tanhui::workflow
