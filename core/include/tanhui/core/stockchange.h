// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <vector>

#include "tanhui/core/discount.h"
#include "tanhui/core/result.h"
#include "tanhui/core/stratifiedestimate.h"

namespace tanhui::core {

/// Years from `from` to `to` (ISO dates "YYYY-MM-DD"), the T of AR-TOOL14 Eq. 11: whole
/// years to the last anniversary of `from`, plus the remaining days over the length of the
/// year that follows that anniversary (so 2020-01-01 → 2024-07-01 is 4 + 182/366). A 29
/// February start has its anniversaries on 28 February. Fails with InvalidArgument for a
/// malformed date and OutOfRange when `to` is not after `from`.
Result<double> yearsBetween(const std::string& from, const std::string& to);

/// A stock and its relative uncertainty (90 % half-width / |value|, as a fraction).
struct UncertainValue
{
    double value = 0.0;
    double uncertainty = 0.0;
};

/// A change in stock between two monitoring events. Signed, never clamped.
struct StockChange
{
    double change = 0.0;       ///< ΔC (same unit as the stocks)
    double uncertainty = 0.0;  ///< u_ΔC, fraction; NaN when ΔC = 0
    double years = 0.0;        ///< T
    double annualChange = 0.0; ///< ΔC / T, Eq. 11
    double discountFraction = 0.0;
    double conservativeChange = 0.0; ///< discounted per Appendix 2 for the scenario
    double conservativeAnnualChange = 0.0;
};

/// AR-TOOL14 §6.1 Method A, Eq. 1–2: ΔC = C2 − C1, u_ΔC = √((u1·C1)² + (u2·C2)²) / |ΔC|,
/// annualised over `years` (> 0, may be fractional). C1 must be the undiscounted stock.
Result<StockChange> changeFromTwoInventories(UncertainValue earlier, UncertainValue later,
                                             double years, Scenario scenario = Scenario::Project);

/// AR-TOOL14 §6.2 Method B, Eq. 3–8: the same permanent plots measured at both events.
/// Each plot's change b_t2 − b_t1 is estimated per stratum of the *later* measurement
/// (the current stratification, §8 step 9), with the stratum areas of the later event.
/// Every plot must appear at both events exactly once; an unmatched plot is an error
/// naming it. `estimate` holds the per-hectare change statistics; `change` its total.
/// Errors name `earlierSource` or `options.plotsSource` (the later measurement).
struct PairedChange
{
    StratifiedEstimate estimate; ///< of Δb per plot (per ha); its uncertainty uses |Δb|
    StockChange change;          ///< totals: ΔB = A · Δb
};
Result<PairedChange> changeFromPairedPlots(const std::vector<PlotValue>& earlier,
                                           const std::vector<PlotValue>& later,
                                           const std::vector<StratumArea>& areas, double years,
                                           const EstimateOptions& options = {},
                                           const std::string& earlierSource = {});

/// AR-TOOL14 §8.4 Eq. 22–23: a stock updated with a directly estimated change,
/// C2 = C1 + ΔC, u2 = √((u1·C1)² + (u_ΔC·ΔC)²) / |C2|.
UncertainValue updatedStock(UncertainValue earlier, UncertainValue change);

/// Net removals = project change − project emissions − baseline change − leakage. Each
/// term keeps its own uncertainty; the conservative net uses the project change lowered
/// and baseline change, emissions and leakage raised by their discounts.
struct NetRemovals
{
    UncertainValue projectChange;
    UncertainValue projectEmissions;
    UncertainValue baselineChange;
    UncertainValue leakage;
    double net = 0.0;
    double conservativeNet = 0.0;
};
NetRemovals netRemovals(UncertainValue projectChange, UncertainValue projectEmissions,
                        UncertainValue baselineChange, UncertainValue leakage);

} // namespace tanhui::core
