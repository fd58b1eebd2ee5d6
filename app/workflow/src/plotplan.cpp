// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/workflow/plotplan.h"

namespace tanhui::workflow {

core::Result<core::SamplePlan> plotPlanFor(const StockSummary& stock, double target,
                                           double confidence)
{
    std::vector<core::PlanStratum> strata;
    for (const StratumStock& s : stock.strata)
        strata.push_back({s.stratum, s.area.value(), s.sdTco2eHa, s.meanTco2eHa, s.plots});
    core::PlanOptions options;
    options.targetPrecision = target;
    options.confidence = confidence;
    return core::planSampleSize(strata, options);
}

} // namespace tanhui::workflow
