// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include "tanhui/core/result.h"
#include "tanhui/core/sampleplan.h"
#include "tanhui/workflow/projecttypes.h"

namespace tanhui::workflow {

/// The plots a period's strata need for ±`target` of the stratified mean at `confidence`
/// (AR-TOOL03 v02.1.0, Neyman allocation, Eq. 2 without the finite-population term), from
/// the stock computed: each stratum's area, plots measured, mean and SD of t CO2e/ha.
core::Result<core::SamplePlan> plotPlanFor(const StockSummary& stock, double target = 0.10,
                                           double confidence = 0.90);

} // namespace tanhui::workflow
