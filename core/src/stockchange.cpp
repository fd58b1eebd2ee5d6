// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/stockchange.h"

#include <chrono>
#include <cmath>
#include <map>

#include "tanhui/core/date.h"

namespace tanhui::core {

namespace {

Result<void> checkYears(double years)
{
    if (!(years > 0.0) || !std::isfinite(years))
        return Error{ErrorCode::OutOfRange,
                     "the time between monitoring events must be positive, got " +
                         std::to_string(years) + " years",
                     {},
                     0,
                     "years"};
    return {};
}

StockChange makeChange(double change, double uncertainty, double years, Scenario scenario)
{
    StockChange c;
    c.change = change;
    c.uncertainty = uncertainty;
    c.years = years;
    c.annualChange = change / years;
    c.discountFraction = uncertaintyDiscountFraction(uncertainty);
    c.conservativeChange = conservativeValue(change, uncertainty, scenario);
    c.conservativeAnnualChange = c.conservativeChange / years;
    return c;
}

// The anniversary `n` years after `start`, on 28 February when `start` is 29 February.
std::chrono::sys_days anniversary(std::chrono::year_month_day start, int n)
{
    const std::chrono::year_month_day shifted = start + std::chrono::years{n};
    return shifted.ok() ? std::chrono::sys_days(shifted)
                        : std::chrono::sys_days(shifted.year() / std::chrono::February / 28);
}

} // namespace

Result<double> yearsBetween(const std::string& from, const std::string& to)
{
    const auto start = parseDate(from);
    if (!start)
        return start.error();
    const auto end = parseDate(to);
    if (!end)
        return end.error();
    const std::chrono::sys_days last(*end);
    if (!(last > std::chrono::sys_days(*start)))
        return Error{ErrorCode::OutOfRange, to + " is not after " + from, {}, 0, "date"};
    int whole = int(end->year()) - int(start->year());
    while (anniversary(*start, whole) > last)
        --whole;
    const auto since = anniversary(*start, whole);
    const double yearLength = double((anniversary(*start, whole + 1) - since).count());
    return whole + double((last - since).count()) / yearLength;
}

Result<StockChange> changeFromTwoInventories(UncertainValue earlier, UncertainValue later,
                                             double years, Scenario scenario)
{
    if (auto ok = checkYears(years); !ok)
        return ok.error();
    const double change = later.value - earlier.value;
    const double absolute =
        std::hypot(earlier.uncertainty * earlier.value, later.uncertainty * later.value);
    const double u = change == 0.0 ? std::nan("") : absolute / std::fabs(change);
    return makeChange(change, u, years, scenario);
}

Result<PairedChange> changeFromPairedPlots(const std::vector<PlotValue>& earlier,
                                           const std::vector<PlotValue>& later,
                                           const std::vector<StratumArea>& areas, double years,
                                           const EstimateOptions& options,
                                           const std::string& earlierSource)
{
    if (auto ok = checkYears(years); !ok)
        return ok.error();
    std::map<std::string, const PlotValue*> first;
    for (const PlotValue& p : earlier)
        if (!first.emplace(p.plotId, &p).second)
            return Error{ErrorCode::DuplicateId, "plot " + p.plotId + " appears twice",
                         earlierSource, p.sourceRow, "plot_id"};
    std::vector<PlotValue> deltas;
    deltas.reserve(later.size());
    for (const PlotValue& p : later) {
        const auto it = first.find(p.plotId);
        if (it == first.end())
            return Error{ErrorCode::UnknownReference,
                         "plot " + p.plotId + " was not measured at the earlier event",
                         options.plotsSource, p.sourceRow, "plot_id"};
        deltas.push_back({p.stratum, p.plotId, p.value - it->second->value, p.sourceRow});
        first.erase(it);
    }
    if (!first.empty()) {
        const PlotValue& missing = *first.begin()->second;
        return Error{ErrorCode::UnknownReference,
                     "plot " + missing.plotId + " was not re-measured at the later event",
                     earlierSource, missing.sourceRow, "plot_id"};
    }
    auto estimate = estimateStratified(deltas, areas, options);
    if (!estimate)
        return estimate.error();
    PairedChange result{std::move(estimate).value(), {}};
    result.change =
        makeChange(result.estimate.total, result.estimate.uncertainty, years, options.scenario);
    return result;
}

UncertainValue updatedStock(UncertainValue earlier, UncertainValue change)
{
    const double value = earlier.value + change.value;
    const double absolute =
        std::hypot(earlier.uncertainty * earlier.value, change.uncertainty * change.value);
    return {value, value == 0.0 ? std::nan("") : absolute / std::fabs(value)};
}

NetRemovals netRemovals(UncertainValue projectChange, UncertainValue projectEmissions,
                        UncertainValue baselineChange, UncertainValue leakage)
{
    NetRemovals n{projectChange, projectEmissions, baselineChange, leakage, 0.0, 0.0};
    n.net = projectChange.value - projectEmissions.value - baselineChange.value - leakage.value;
    // Conservative: removals lowered; everything subtracted from them raised.
    auto raised = [](UncertainValue v) {
        return conservativeValue(v.value, v.uncertainty, Scenario::Baseline);
    };
    n.conservativeNet =
        conservativeValue(projectChange.value, projectChange.uncertainty, Scenario::Project) -
        raised(projectEmissions) - raised(baselineChange) - raised(leakage);
    return n;
}

} // namespace tanhui::core
