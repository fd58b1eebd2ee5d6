// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// The project workflow's computations from stored inputs only, so that the same function
// computes a period's results and, later, recomputes them for verification.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tanhui/core/equation.h"
#include "tanhui/core/result.h"
#include "tanhui/core/stratifiedestimate.h"
#include "tanhui/store/project.h"

namespace tanhui::store {

struct ComputeOptions
{
    double confidence = 0.90; ///< AR-TOOL14 default
    /// Give the results the SHA-256 of their inputs (Project::inputsSha256), which a seal
    /// checks; a recomputation for verification has no use for it.
    bool digestInputs = true;
};

/// What a change is computed from: the inputs of the two stocks (empty when either is).
std::string changeInputsSha256(const std::string& laterStockInputs,
                               const std::string& earlierStockInputs);

/// A period's carbon stock from its stored plots and trees, a stored parameter set and a
/// stored stratification: tree → plot biomass and t CO2e/ha (AR-TOOL14 App. 1), then the
/// stratified estimate (Eq. 12–17) with its uncertainty and Appendix 2 discount. Every plot
/// must name a stratum of the stratification. Returns two results: "plot_carbon" (per plot)
/// and "stock" (totals and per stratum); values in t CO2e.
core::Result<std::vector<PeriodResult>> computeStock(Project& project, std::int64_t periodId,
                                                     std::int64_t stratificationId,
                                                     std::int64_t parameterSetId,
                                                     const core::EquationCompiler& compiler,
                                                     const ComputeOptions& options = {});

enum class ChangeMethod
{
    Automatic,      ///< B when both periods measured the same plots, else A
    TwoInventories, ///< AR-TOOL14 §6.1 Method A, Eq. 1–2
    PairedPlots     ///< AR-TOOL14 §6.2 Method B, Eq. 3–8
};

/// Each plot's t CO2e/ha of a "plot_carbon" result, with its stratum, in stored order.
std::vector<core::PlotValue> plotValues(const PeriodResult& plotCarbon);

/// The stock change from `earlierId` to `laterId` (their "stock" and "plot_carbon" results,
/// which must exist), over the years between their end dates: result "change". With
/// `digestInputs`, the earlier stock must be computed from that period's inputs as they are now
/// (or the period sealed with results from before schema 5), and the change gets
/// changeInputsSha256(later stock's inputs, earlier period's inputs now).
core::Result<PeriodResult> computeChange(Project& project, std::int64_t laterId,
                                         std::int64_t earlierId,
                                         ChangeMethod method = ChangeMethod::Automatic,
                                         bool digestInputs = true);

/// The period before `periodId`: the latest revision of the period with the latest end
/// date before its end date. UnknownReference when there is none.
core::Result<std::int64_t> previousPeriod(Project& project, std::int64_t periodId);

/// One stored value that a recomputation does not reproduce.
struct ValueDifference
{
    std::string kind;
    std::string key;
    std::string stored;     ///< "(missing)" when the stored result lacks the key
    std::string recomputed; ///< "(missing)" when the recomputation lacks it
};

/// The recomputation of one sealed period's results from its stored inputs.
struct RecomputeCheck
{
    std::int64_t periodId = 0;
    std::string label;
    int revision = 1;
    std::size_t valuesCompared = 0;
    std::vector<ValueDifference> differences;
    std::optional<core::Error> failure; ///< why it could not be recomputed (nothing compared)
    bool matches() const { return !failure && differences.empty(); }
};

/// Recomputes every result of every sealed period from the inputs stored with it (plots,
/// trees, parameter set, stratification, the earlier period) and compares value by value;
/// numbers must be identical (both NaN counts as equal).
core::Result<std::vector<RecomputeCheck>> recomputeSealed(Project& project,
                                                          const core::EquationCompiler& compiler);

} // namespace tanhui::store
