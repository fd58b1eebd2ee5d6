// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/sampleplan.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "tanhui/core/studentt.h"

namespace tanhui::core {

namespace {

// AR-TOOL03 Eq. 1 (finite N) or Eq. 2, for a given t.
double plotsFor(double t, double sumWs, double sumWs2, double margin, std::optional<double> N)
{
    if (N)
        return *N * t * t * sumWs * sumWs / (*N * margin * margin + t * t * sumWs2);
    return (t / margin) * (t / margin) * sumWs * sumWs;
}

} // namespace

Result<SamplePlan> planSampleSize(const std::vector<PlanStratum>& strata,
                                  const PlanOptions& options)
{
    if (strata.empty())
        return Error{ErrorCode::InsufficientData, "no strata to plan", {}, 0, {}};
    if (!(options.targetPrecision > 0.0))
        return Error{ErrorCode::OutOfRange, "target precision must be positive", {}, 0, "target"};
    if (!(options.confidence > 0.0 && options.confidence < 1.0))
        return Error{
            ErrorCode::OutOfRange, "confidence must be between 0 and 1", {}, 0, "confidence"};
    if (options.plotAreaHa && !(*options.plotAreaHa > 0.0))
        return Error{ErrorCode::OutOfRange, "plot area must be positive", {}, 0, "plot_area_ha"};
    double area = 0.0;
    for (const PlanStratum& s : strata) {
        if (!(s.areaHa > 0.0))
            return Error{ErrorCode::OutOfRange,
                         "stratum " + s.stratum + ": area must be positive",
                         {},
                         0,
                         "area_ha"};
        if (!(s.sd >= 0.0))
            return Error{ErrorCode::OutOfRange,
                         "stratum " + s.stratum + ": SD must not be negative",
                         {},
                         0,
                         "sd"};
        area += s.areaHa;
    }
    double mean = 0.0;
    double sumWs = 0.0;
    double sumWs2 = 0.0;
    for (const PlanStratum& s : strata) {
        const double w = s.areaHa / area;
        mean += w * s.mean;
        sumWs += w * s.sd;
        sumWs2 += w * s.sd * s.sd;
    }
    if (!(mean > 0.0))
        return Error{ErrorCode::OutOfRange,
                     "the stratified mean must be positive to set a relative precision",
                     {},
                     0,
                     "mean"};
    if (!(sumWs > 0.0))
        return Error{ErrorCode::InsufficientData,
                     "every stratum has SD 0: nothing to plan for",
                     {},
                     0,
                     "sd"};

    SamplePlan plan;
    plan.margin = options.targetPrecision * mean;
    plan.finitePopulation = options.plotAreaHa.has_value();
    const std::optional<double> N =
        options.plotAreaHa ? std::optional<double>(area / *options.plotAreaHa) : std::nullopt;
    plan.df = std::numeric_limits<double>::infinity();
    plan.t = studentTTwoSided(options.confidence, plan.df);
    plan.firstN = plotsFor(plan.t, sumWs, sumWs2, plan.margin, N);
    plan.n = plan.firstN;
    if (plan.firstN < 30.0) {
        // AR-TOOL03: when n < 30, recompute once with t at df = n − 1 (n in whole plots).
        plan.smallSampleIteration = true;
        plan.df = std::max(1.0, std::ceil(plan.firstN) - 1.0);
        plan.t = studentTTwoSided(options.confidence, plan.df);
        plan.n = plotsFor(plan.t, sumWs, sumWs2, plan.margin, N);
    }
    for (const PlanStratum& s : strata) {
        PlannedStratum p;
        p.stratum = s.stratum;
        p.weight = s.areaHa / area;
        p.allocated = options.allocation == Allocation::Neyman ? plan.n * p.weight * s.sd / sumWs
                                                               : plan.n * p.weight;
        // Guard the ceiling against 3.0000000000000004-style representation error.
        p.required = int(std::ceil(p.allocated * (1.0 - 1e-12)));
        p.measured = s.measured;
        p.stillNeeded = std::max(0, p.required - p.measured);
        plan.required += p.required;
        plan.stillNeeded += p.stillNeeded;
        plan.strata.push_back(std::move(p));
    }
    return plan;
}

Result<std::vector<PlanStratum>> planStrataFromPlots(const std::vector<PlotValue>& plots,
                                                     const std::vector<StratumArea>& areas,
                                                     const EstimateOptions& sources)
{
    auto estimate = estimateStratified(plots, areas, sources);
    if (!estimate)
        return estimate.error();
    std::vector<PlanStratum> strata;
    for (const StratumEstimate& s : estimate->strata)
        strata.push_back({s.stratum, s.areaHa, s.sd, s.mean, s.n});
    return strata;
}

} // namespace tanhui::core
