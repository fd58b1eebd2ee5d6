// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tanhui/core/result.h"
#include "tanhui/core/stratifiedestimate.h"

namespace tanhui::core {

enum class Allocation
{
    Neyman,      ///< n_i = n · w_i s_i / Σ w_i s_i (AR-TOOL03 Eq. 4, optimum)
    Proportional ///< n_i = n · w_i (textbook alternative, not in the tool)
};

/// What is known about a stratum before planning: its area, the SD and mean of the value
/// per hectare (from a pilot sample or earlier period), and the plots already measured.
struct PlanStratum
{
    std::string stratum;
    double areaHa = 0.0;
    double sd = 0.0;
    double mean = 0.0;
    int measured = 0;
};

struct PlanOptions
{
    double targetPrecision = 0.10; ///< E as a fraction of the stratified mean (±10 %)
    double confidence = 0.90;      ///< two-sided
    /// Plot area in ha; when set, N = A / plot area and AR-TOOL03 Eq. 1 (finite population)
    /// is used, otherwise Eq. 2.
    std::optional<double> plotAreaHa;
    Allocation allocation = Allocation::Neyman;
};

struct PlannedStratum
{
    std::string stratum;
    double weight = 0.0;
    double allocated = 0.0; ///< n_i, unrounded
    int required = 0;       ///< ⌈n_i⌉
    int measured = 0;
    int stillNeeded = 0; ///< max(0, required − measured)
};

/// AR-TOOL03 v02.1.0 sample size.
struct SamplePlan
{
    double margin = 0.0;               ///< E, absolute, in the unit of the value
    double firstN = 0.0;               ///< n with t at df = ∞
    double t = 0.0;                    ///< t used for the final n
    double df = 0.0;                   ///< its degrees of freedom (infinity on the first pass)
    bool smallSampleIteration = false; ///< first n < 30, so t was recomputed at df = ⌈n⌉ − 1
    double n = 0.0;                    ///< final n, unrounded
    int required = 0;    ///< Σ ⌈n_i⌉ (rounding up per stratum: an Excel-tool convention)
    int stillNeeded = 0; ///< Σ still needed
    bool finitePopulation = false;
    std::vector<PlannedStratum> strata;
};

/// Plans the number of plots for `strata`. Areas must be positive and SDs non-negative;
/// the stratified mean must be positive (E is relative to it). Pure, thread-safe.
Result<SamplePlan> planSampleSize(const std::vector<PlanStratum>& strata,
                                  const PlanOptions& options = {});

/// Pilot statistics per stratum from measured plots (SD, mean, count) and areas.
Result<std::vector<PlanStratum>> planStrataFromPlots(const std::vector<PlotValue>& plots,
                                                     const std::vector<StratumArea>& areas,
                                                     const EstimateOptions& sources = {});

} // namespace tanhui::core
