// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "tanhui/core/biomass.h"
#include "tanhui/core/result.h"
#include "tanhui/core/stratifiedestimate.h"

namespace tanhui::core {

struct MonteCarloOptions
{
    int iterations = 10000;
    std::uint64_t seed = 20261124;
    int threads = 0;          ///< 0: std::thread::hardware_concurrency()
    double confidence = 0.90; ///< for the percentile interval
};

/// Distribution of the stratified total CO2e over the iterations, the sample held fixed.
struct MonteCarloSummary
{
    double mean = 0.0;
    double sd = 0.0;
    double lower = 0.0; ///< (1 − confidence)/2 percentile
    double upper = 0.0; ///< (1 + confidence)/2 percentile
};

/// AR-TOOL14 treats parameters as fixed and controls only sampling error; this adds the
/// model side beside it. Three runs over the same random streams: parameters only, the
/// allometric residual only, and both. The variance budget compares them with the analytic
/// sampling variance of the same total.
struct MonteCarloResult
{
    double analyticTotal = 0.0;    ///< stratified total CO2e, t
    double samplingVariance = 0.0; ///< (A·SE)², t²
    MonteCarloSummary parameters;  ///< parameter uncertainty only
    MonteCarloSummary allometry;   ///< allometric residuals only
    MonteCarloSummary combined;    ///< both
    double totalVariance = 0.0;    ///< sampling + combined MC variance
    double samplingShare = 0.0;    ///< shares of sampling + parameters + allometry
    double parameterShare = 0.0;
    double allometryShare = 0.0;
    int iterations = 0;
    std::uint64_t seed = 0;
};

/// Propagates each species' SpeciesParameters::uncertainty (parameters and allometric
/// residual) through trees → plot CO2e per ha → stratified total over `areas`. The per-tree
/// residuals of a plot enter as one normal draw per plot and species with the exact variance Σ AGB²
/// (e^{σ²} − 1) of their sum, which keeps the cost per iteration proportional to plots, not trees.
/// Results depend on the seed only, not on the number of threads. `progress(done, total)` may be
/// called from worker threads; returning false cancels (Error Cancelled).
Result<MonteCarloResult>
propagateUncertainty(const std::vector<Tree>& trees, const std::vector<Plot>& plots,
                     const BiomassResult& biomass, const ParameterSet& parameters,
                     const std::vector<StratumArea>& areas, const MonteCarloOptions& options = {},
                     const std::function<bool(int, int)>& progress = {});

} // namespace tanhui::core
