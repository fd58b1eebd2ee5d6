// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/stratifiedestimate.h"

#include <cmath>
#include <map>
#include <set>

#include "tanhui/core/studentt.h"

namespace tanhui::core {

namespace {

struct Moments
{
    int n = 0;
    double mean = 0.0;
    double variance = 0.0;
};

// Two passes: mean, then the sum of squared deviations. Algebraically Eq. 17
// (n·Σb² − (Σb)²) / (n(n−1)), without its cancellation when values are large and close.
Moments moments(const std::vector<double>& values)
{
    Moments m;
    m.n = int(values.size());
    double sum = 0.0;
    for (double v : values)
        sum += v;
    m.mean = sum / m.n;
    double squares = 0.0;
    double deviations = 0.0;
    for (double v : values) {
        squares += (v - m.mean) * (v - m.mean);
        deviations += v - m.mean;
    }
    // Corrected two-pass algorithm (Chan, Golub & LeVeque 1983) removes the rounding left
    // in the mean.
    m.variance = (squares - deviations * deviations / m.n) / (m.n - 1);
    return m;
}

} // namespace

Result<StratifiedEstimate> estimateStratified(const std::vector<PlotValue>& plots,
                                              const std::vector<StratumArea>& areas,
                                              const EstimateOptions& options)
{
    if (!(options.confidence > 0.0 && options.confidence < 1.0))
        return Error{ErrorCode::OutOfRange,
                     "confidence must be between 0 and 1, got " +
                         std::to_string(options.confidence),
                     {},
                     0,
                     "confidence"};
    if (options.fpcPlotAreaHa && !(*options.fpcPlotAreaHa > 0.0))
        return Error{ErrorCode::OutOfRange, "plot area must be positive", {}, 0, "plot_area_ha"};

    std::map<std::string, std::size_t> areaIndex;
    for (std::size_t i = 0; i < areas.size(); ++i) {
        const StratumArea& a = areas[i];
        if (!(a.areaHa > 0.0) || !std::isfinite(a.areaHa))
            return Error{ErrorCode::OutOfRange,
                         "stratum " + a.stratum + ": area must be positive, got " +
                             std::to_string(a.areaHa),
                         options.areasSource, a.sourceRow, "area_ha"};
        if (!areaIndex.emplace(a.stratum, i).second)
            return Error{ErrorCode::DuplicateId, "stratum " + a.stratum + " is listed twice",
                         options.areasSource, a.sourceRow, "stratum"};
    }
    if (areas.empty())
        return Error{ErrorCode::InsufficientData, "no strata", options.areasSource, 0, {}};

    std::vector<std::vector<double>> values(areas.size());
    std::set<std::string> plotIds;
    for (const PlotValue& p : plots) {
        const auto it = areaIndex.find(p.stratum);
        if (it == areaIndex.end())
            return Error{ErrorCode::UnknownReference,
                         "plot " + p.plotId + " is in stratum " + p.stratum + ", which has no area",
                         options.plotsSource, p.sourceRow, "stratum"};
        if (!plotIds.insert(p.plotId).second)
            return Error{ErrorCode::DuplicateId, "plot " + p.plotId + " appears twice",
                         options.plotsSource, p.sourceRow, "plot_id"};
        values[it->second].push_back(p.value);
    }

    StratifiedEstimate e;
    e.confidence = options.confidence;
    for (const StratumArea& a : areas)
        e.areaHa += a.areaHa;
    int plotCount = 0;
    double variance = 0.0;
    for (std::size_t i = 0; i < areas.size(); ++i) {
        if (values[i].size() < 2)
            return Error{ErrorCode::InsufficientData,
                         "stratum " + areas[i].stratum + " has " +
                             std::to_string(values[i].size()) +
                             " plot(s); a variance needs at least 2",
                         options.plotsSource, 0, "stratum"};
        const Moments m = moments(values[i]);
        StratumEstimate s;
        s.stratum = areas[i].stratum;
        s.n = m.n;
        s.mean = m.mean;
        s.sd = std::sqrt(m.variance);
        double seSquared = m.variance / m.n;
        if (options.fpcPlotAreaHa)
            seSquared *= 1.0 - m.n / (areas[i].areaHa / *options.fpcPlotAreaHa);
        s.se = std::sqrt(seSquared);
        s.areaHa = areas[i].areaHa;
        s.weight = areas[i].areaHa / e.areaHa;
        s.total = s.areaHa * s.mean;
        e.mean += s.weight * s.mean;
        variance += s.weight * s.weight * seSquared;
        plotCount += m.n;
        e.strata.push_back(std::move(s));
    }
    e.se = std::sqrt(variance);
    e.total = e.areaHa * e.mean;
    e.totalSe = e.areaHa * e.se;
    e.df = plotCount - int(areas.size());
    e.t = studentTTwoSided(options.confidence, e.df);
    e.ciHalfWidth = e.t * e.se;
    e.totalCiHalfWidth = e.t * e.totalSe;
    e.uncertainty = e.mean == 0.0 ? std::nan("") : e.ciHalfWidth / std::fabs(e.mean);
    e.discountFraction = uncertaintyDiscountFraction(e.uncertainty);
    e.conservativeMean = conservativeValue(e.mean, e.uncertainty, options.scenario);
    e.conservativeTotal = conservativeValue(e.total, e.uncertainty, options.scenario);
    return e;
}

Result<std::vector<PlotValue>> plotValuesFromTable(const Table& table,
                                                   const std::string& valueColumn)
{
    const auto stratum = table.requireColumn({"stratum", "strata", "碳层"});
    if (!stratum)
        return stratum.error();
    const auto plotId = table.requireColumn({"plot_id", "plot", "样地号"});
    if (!plotId)
        return plotId.error();
    const auto value = table.requireColumn({valueColumn});
    if (!value)
        return value.error();
    std::vector<PlotValue> plots;
    plots.reserve(table.rows.size());
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto v = table.number(r, *value);
        if (!v)
            return v.error();
        PlotValue p{table.text(r, *stratum), table.text(r, *plotId), *v, table.rowNumbers[r]};
        if (p.stratum.empty())
            return table.errorAt(ErrorCode::InvalidArgument, r, *stratum, "empty stratum");
        if (p.plotId.empty())
            return table.errorAt(ErrorCode::InvalidArgument, r, *plotId, "empty plot id");
        plots.push_back(std::move(p));
    }
    return plots;
}

Result<std::vector<StratumArea>> stratumAreasFromTable(const Table& table)
{
    const auto stratum = table.requireColumn({"stratum", "strata", "碳层"});
    if (!stratum)
        return stratum.error();
    const auto area = table.requireColumn({"area_ha", "area", "面积"});
    if (!area)
        return area.error();
    std::vector<StratumArea> areas;
    std::set<std::string> names;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const auto a = table.number(r, *area);
        if (!a)
            return a.error();
        if (!(*a > 0.0))
            return table.errorAt(ErrorCode::OutOfRange, r, *area,
                                 "area must be positive, got " + table.text(r, *area));
        const std::string name = table.text(r, *stratum);
        if (name.empty())
            return table.errorAt(ErrorCode::InvalidArgument, r, *stratum, "empty stratum name");
        if (!names.insert(name).second)
            return table.errorAt(ErrorCode::DuplicateId, r, *stratum,
                                 "stratum " + name + " is listed twice");
        areas.push_back({name, *a, table.rowNumbers[r]});
    }
    return areas;
}

} // namespace tanhui::core
