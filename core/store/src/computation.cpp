// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/store/computation.h"

#include <cmath>
#include <map>
#include <set>

#include "tanhui/core/biomass.h"
#include "tanhui/core/stockchange.h"
#include "tanhui/core/stratifiedestimate.h"
#include "tanhui/store/resultkeys.h"
#include "tanhui/store/sha256.h"

#include "projectsupport.h"

namespace tanhui::store {

using core::Error;
using core::ErrorCode;
using core::Result;
using detail::findKind;
using detail::periodName;
using detail::shortestNumber;

namespace {

// Builds a result's values in order.
class Values
{
public:
    Values& number(const std::string& key, double value)
    {
        values.push_back({key, value, {}, false});
        return *this;
    }
    Values& text(const std::string& key, const std::string& value)
    {
        values.push_back({key, NAN, value, true});
        return *this;
    }
    std::vector<ResultValue> values;
};

// Per-plot values are keyed plot:<plot id>:<field>; a plot id may itself hold colons.
const std::string kPlotPrefix = "plot:";

std::string plotKey(const std::string& plotId, const char* field)
{
    return kPlotPrefix + plotId + ":" + field;
}

// The plot id and field of a per-plot key; nullopt for other keys.
std::optional<std::pair<std::string, std::string>> splitPlotKey(const std::string& key)
{
    const std::size_t last = key.rfind(':');
    if (key.compare(0, kPlotPrefix.size(), kPlotPrefix) != 0 || last <= kPlotPrefix.size())
        return std::nullopt;
    return std::pair{key.substr(kPlotPrefix.size(), last - kPlotPrefix.size()),
                     key.substr(last + 1)};
}

// The files a period's rows were imported from (joined by " + " when several), for
// messages that name a row of them.
Result<std::string> importedFrom(Project& project, const char* sql, std::int64_t periodId)
{
    auto q = project.database().prepare(sql);
    if (!q)
        return q.error();
    q->bind(1, periodId);
    std::string files;
    Result<bool> row = q->step();
    for (; row && *row; row = q->step())
        files += (files.empty() ? "" : " + ") + q->columnText(0);
    if (!row)
        return row.error();
    return files;
}

Result<double> numberOf(const PeriodResult& r, const std::string& key, const std::string& where)
{
    const ResultValue* v = r.find(key);
    if (!v || v->isText)
        return Error{ErrorCode::CorruptData, r.kind + " result without " + key, where, 0, key};
    return v->number;
}

// The strata an estimate uses: those with area or with plots. A stratum of zero area that
// no plot samples (an age class absent at this date) contributes nothing.
std::vector<core::StratumArea> strataInUse(const Stratification& s,
                                           const std::set<std::string>& sampled)
{
    std::vector<core::StratumArea> areas;
    for (const core::StratumArea& a : s.strata)
        if (a.areaHa > 0.0 || sampled.count(a.stratum))
            areas.push_back(a);
    return areas;
}

} // namespace

namespace {

// Nothing undefined is stored: a tree whose equation gives NaN or an infinity (outside its
// domain, an overflow) stops the computation at its row; so does a plot total that is not finite.
Result<void> checkDefined(const core::Plot& plot, const core::PlotBiomass& biomass,
                          const std::vector<core::Tree>& trees,
                          const std::vector<core::TreeBiomass>& perTree,
                          const std::string& treesWhere, const std::string& plotsWhere)
{
    for (std::size_t i = 0; i < trees.size(); ++i) {
        const core::TreeBiomass& b = perTree[i];
        if (b.alive && !std::isfinite(b.co2e))
            return Error{ErrorCode::EquationError,
                         "the tree's CO2e is " + shortestNumber(b.co2e) + " at DBH " +
                             shortestNumber(trees[i].dbhCm) + " cm, height " +
                             shortestNumber(trees[i].heightM) +
                             " m: its equation is undefined there",
                         treesWhere, trees[i].sourceRow, "dbh"};
    }
    if (!std::isfinite(biomass.co2ePerHa))
        return Error{ErrorCode::EquationError,
                     "the plot's t CO2e/ha is " + shortestNumber(biomass.co2ePerHa), plotsWhere,
                     plot.sourceRow, "plot_id"};
    return {};
}

// The biomass of every plot of the period, read from the file a plot at a time (a period of a
// million trees is never held): the plots' results and the tree counts.
Result<core::BiomassResult>
periodBiomass(Project& project, std::int64_t periodId, const core::ParameterSet& parameters,
              const core::EquationCompiler& compiler, const core::BiomassSources& where,
              std::vector<std::int64_t>& plotRows, std::size_t& treeCount)
{
    core::BiomassCalculator calculator(parameters, compiler, where);
    core::BiomassResult biomass;
    std::vector<core::TreeBiomass> perTree;
    std::vector<const core::Tree*> pointers;
    auto visited = project.forEachPlot(
        periodId,
        [&](const core::Plot& plot, const std::vector<core::Tree>& trees) -> Result<void> {
            pointers.clear();
            for (const core::Tree& t : trees)
                pointers.push_back(&t);
            auto pb = calculator.plot(plot, pointers, perTree);
            if (!pb)
                return pb.error();
            if (auto defined =
                    checkDefined(plot, *pb, trees, perTree, where.treesSource, where.plotsSource);
                !defined)
                return defined;
            biomass.plots.push_back(std::move(pb).value());
            plotRows.push_back(plot.sourceRow);
            treeCount += trees.size();
            return {};
        });
    if (!visited)
        return visited.error();
    biomass.outsideRangeTrees = calculator.outsideRangeTrees();
    biomass.deadTrees = calculator.deadTrees();
    biomass.speciesUsed = calculator.speciesUsed();
    return biomass;
}

// An estimate that is not finite (an overflow) or has no uncertainty (a zero stock) is not
// stored: the discount and the conservative value would be undefined.
Result<void> checkDefined(const core::StratifiedEstimate& estimate, const std::string& where)
{
    if (std::isfinite(estimate.total) && std::isfinite(estimate.totalSe) &&
        std::isfinite(estimate.uncertainty))
        return {};
    return Error{ErrorCode::InsufficientData,
                 estimate.total == 0.0
                     ? "the stock is zero, so its relative uncertainty (AR-TOOL14 Eq. 17, "
                       "half-width over the mean) and the discount are undefined"
                     : "the stratified estimate is not a finite number (total " +
                           shortestNumber(estimate.total) + " t CO2e)",
                 where, 0, "stock"};
}

// The species whose parameters are not CONFIRMED: "key STATUS; …", in key order.
std::string notConfirmedList(const core::BiomassResult& biomass)
{
    std::map<std::string, std::string> notConfirmed;
    for (const core::SpeciesParameters* s : biomass.speciesUsed)
        if (s->status != "CONFIRMED")
            notConfirmed[s->key] = s->status;
    std::string text;
    for (const auto& [species, status] : notConfirmed)
        text += (text.empty() ? "" : "; ") + species + " " + status;
    return text;
}

// The values of a "stock" result.
Values stockValues(const core::StratifiedEstimate& estimate, const core::BiomassResult& biomass,
                   std::size_t plots, std::size_t trees, const std::string& parameterSet,
                   const std::string& parameterSha256, const std::string& stratification)
{
    Values stock;
    stock.text("unit", "t CO2e")
        .text(keys::kParameterSet, parameterSet)
        .text("parameter_set_sha256", parameterSha256)
        .text(keys::kStratification, stratification)
        .text(keys::kSpeciesNotConfirmed, notConfirmedList(biomass))
        .number(keys::kConfidence, estimate.confidence)
        .number(keys::kPlots, double(plots))
        .number(keys::kTrees, double(trees))
        .number("dead_trees", biomass.deadTrees)
        .number(keys::kOutsideRangeTrees, biomass.outsideRangeTrees)
        .number(keys::kAreaHa, estimate.areaHa)
        .number("mean_t_co2e_ha", estimate.mean)
        .number("se_t_co2e_ha", estimate.se)
        .number(keys::kTotal, estimate.total)
        .number("total_se_t_co2e", estimate.totalSe)
        .number("df", estimate.df)
        .number("t", estimate.t)
        .number("ci_half_width_t_co2e_ha", estimate.ciHalfWidth)
        .number("total_ci_half_width_t_co2e", estimate.totalCiHalfWidth)
        .number(keys::kUncertainty, estimate.uncertainty)
        .number(keys::kDiscountFraction, estimate.discountFraction)
        .number("conservative_mean_t_co2e_ha", estimate.conservativeMean)
        .number(keys::kConservativeTotal, estimate.conservativeTotal);
    for (const core::StratumEstimate& s : estimate.strata) {
        auto key = [&s](const char* field) {
            return keys::stratumKey(s.stratum, field);
        };
        stock.number(key(keys::kStratumPlots), s.n)
            .number(key(keys::kStratumArea), s.areaHa)
            .number(key("weight"), s.weight)
            .number(key(keys::kStratumMean), s.mean)
            .number(key(keys::kStratumSd), s.sd)
            .number(key(keys::kStratumSe), s.se)
            .number(key(keys::kStratumTotal), s.total);
    }
    return stock;
}

} // namespace

Result<std::vector<PeriodResult>> computeStock(Project& project, std::int64_t periodId,
                                               std::int64_t stratificationId,
                                               std::int64_t parameterSetId,
                                               const core::EquationCompiler& compiler,
                                               const ComputeOptions& options)
{
    const auto period = project.period(periodId);
    if (!period)
        return period.error();
    const std::string where = project.database().path() + ": " + periodName(*period);
    const auto stored = project.parameterSet(parameterSetId);
    if (!stored)
        return stored.error();
    auto parameters = core::ParameterSet::fromTables(
        stored->species, stored->rootShootClasses ? &*stored->rootShootClasses : nullptr, compiler);
    if (!parameters)
        return parameters.error();
    parameters->sha256 = stored->sha256;
    const auto stratification = project.stratification(stratificationId);
    if (!stratification)
        return stratification.error();
    // Rows in messages are rows of the imported files: an error names those files, looked up
    // only then (a scan of every tree row).
    const std::string plotsWhere = where + " plots";
    const std::string treesWhere = where + " trees";
    auto located = [&](Error e) -> Error {
        const bool plotRow = e.file == plotsWhere;
        if (!plotRow && e.file != treesWhere)
            return e;
        const auto files =
            importedFrom(project,
                         plotRow ? "SELECT DISTINCT source FROM plot WHERE period_id = ? "
                                   "ORDER BY source"
                                 : "SELECT DISTINCT t.source FROM tree t JOIN plot p ON "
                                   "p.id = t.plot_id WHERE p.period_id = ? ORDER BY t.source",
                         periodId);
        if (files)
            e.file = *files + " (" + where + ")";
        return e;
    };
    std::vector<std::int64_t> plotRows;
    std::size_t treeCount = 0;
    const auto biomass = periodBiomass(project, periodId, *parameters, compiler,
                                       {treesWhere, plotsWhere}, plotRows, treeCount);
    if (!biomass)
        return located(biomass.error());
    if (biomass->plots.empty())
        return Error{ErrorCode::InsufficientData, "no plots imported", where, 0, "plot"};

    Values perPlot;
    std::vector<core::PlotValue> values;
    std::set<std::string> sampled;
    for (std::size_t i = 0; i < biomass->plots.size(); ++i) {
        const core::PlotBiomass& p = biomass->plots[i];
        perPlot.text(plotKey(p.plotId, "stratum"), p.stratum)
            .number(plotKey(p.plotId, "live_trees"), p.liveTrees)
            .number(plotKey(p.plotId, "agb_t_ha"), p.agbPerHa)
            .number(plotKey(p.plotId, "bgb_t_ha"), p.bgbPerHa)
            .number(plotKey(p.plotId, "carbon_t_ha"), p.carbonPerHa)
            .number(plotKey(p.plotId, "co2e_t_ha"), p.co2ePerHa);
        values.push_back({p.stratum, p.plotId, p.co2ePerHa, plotRows[i]});
        sampled.insert(p.stratum);
    }
    core::EstimateOptions estimateOptions;
    estimateOptions.confidence = options.confidence;
    estimateOptions.plotsSource = plotsWhere;
    estimateOptions.areasSource =
        project.database().path() + ": stratification " + stratification->name;
    const auto estimate =
        core::estimateStratified(values, strataInUse(*stratification, sampled), estimateOptions);
    if (!estimate)
        return located(estimate.error());
    if (auto defined = checkDefined(*estimate, where); !defined)
        return defined.error();
    Values stock = stockValues(*estimate, *biomass, biomass->plots.size(), treeCount,
                               parameters->name + " " + parameters->version, stored->sha256,
                               stratification->name);
    std::string inputs;
    if (options.digestInputs) {
        auto digest = project.inputsSha256(periodId, stratificationId, parameterSetId);
        if (!digest)
            return digest.error();
        inputs = *digest;
    }
    PeriodResult plotResult{0,  keys::kPlotCarbon,         parameterSetId, stratificationId,
                            {}, std::move(perPlot.values), inputs};
    PeriodResult stockResult{
        0, keys::kStock, parameterSetId, stratificationId, {}, std::move(stock.values), inputs};
    return std::vector<PeriodResult>{std::move(plotResult), std::move(stockResult)};
}

std::string changeInputsSha256(const std::string& laterStockInputs,
                               const std::string& earlierStockInputs)
{
    if (laterStockInputs.empty() || earlierStockInputs.empty())
        return {};
    Sha256 hash;
    hash.add("tanhui-change-inputs 1\nlater " + laterStockInputs + "\nearlier " +
             earlierStockInputs + "\n");
    return hash.hex();
}

Result<std::int64_t> previousPeriod(Project& project, std::int64_t periodId)
{
    auto q = detail::oneRow(
        project.database(),
        "SELECT e.id FROM period e, period p WHERE p.id = ? AND e.end_date < p.end_date "
        "AND e.label <> p.label ORDER BY e.end_date DESC, e.revision DESC LIMIT 1",
        periodId, "no period ends before this one", "period");
    if (!q)
        return q.error();
    return q->columnInt(0);
}

std::vector<core::PlotValue> plotValues(const PeriodResult& r)
{
    std::vector<core::PlotValue> out;
    std::map<std::string, std::string> strata;
    for (const ResultValue& v : r.values) {
        const auto plot = splitPlotKey(v.key);
        if (plot && plot->second == "stratum")
            strata[plot->first] = v.text;
        else if (plot && plot->second == "co2e_t_ha")
            out.push_back({{}, plot->first, v.number, std::int64_t(out.size()) + 1});
    }
    for (core::PlotValue& p : out)
        p.stratum = strata[p.plotId];
    return out;
}

namespace {

// Plot values from the per-plot results: key plot:<id>:co2e_t_ha, stratum beside it.

// Whether both periods measured the same plots (Method B applies).
bool samePlots(const std::vector<core::PlotValue>& a, const std::vector<core::PlotValue>& b)
{
    std::set<std::string> ids;
    std::set<std::string> others;
    for (const core::PlotValue& p : a)
        ids.insert(p.plotId);
    for (const core::PlotValue& p : b)
        others.insert(p.plotId);
    return ids == others;
}

// AR-TOOL14 Method B on the plots measured twice, with the later stock's strata.
Result<core::PairedChange> pairedChange(Project& project, const PeriodResult& laterStock,
                                        const std::vector<core::PlotValue>& later,
                                        const std::vector<core::PlotValue>& earlier, double years,
                                        double confidence, const std::string& laterWhere,
                                        const std::string& earlierWhere)
{
    if (!laterStock.stratificationId)
        return Error{
            ErrorCode::CorruptData, "stock result without its stratification", laterWhere, 0, {}};
    const auto stratification = project.stratification(*laterStock.stratificationId);
    if (!stratification)
        return stratification.error();
    std::set<std::string> sampled;
    for (const core::PlotValue& p : later)
        sampled.insert(p.stratum);
    core::EstimateOptions options;
    options.confidence = confidence;
    options.plotsSource = laterWhere;
    options.areasSource = project.database().path() + ": stratification " + stratification->name;
    return core::changeFromPairedPlots(earlier, later, strataInUse(*stratification, sampled), years,
                                       options, earlierWhere);
}

// The inputs of the earlier period now, which its stock must have been computed from.
Result<std::string> earlierInputs(Project& project, const Period& earlier,
                                  const PeriodResult& stock, const std::string& where)
{
    if (!stock.stratificationId || !stock.parameterSetId)
        return Error{ErrorCode::CorruptData, "stock result without its inputs", where, 0, {}};
    auto now = project.inputsSha256(earlier.id, *stock.stratificationId, *stock.parameterSetId);
    if (!now)
        return now.error();
    // A stock from before schema 5 names no inputs: its seal vouches for it.
    if (stock.inputsSha256.empty() ? !earlier.sealed : stock.inputsSha256 != *now)
        return Error{ErrorCode::InsufficientData,
                     "its stock was not computed from its plots, trees, strata and parameters as "
                     "they are now: compute this period again first",
                     where,
                     0,
                     {}};
    return now;
}

} // namespace

Result<PeriodResult> computeChange(Project& project, std::int64_t laterId, std::int64_t earlierId,
                                   ChangeMethod method, bool digestInputs)
{
    const auto later = project.period(laterId);
    const auto earlier = later ? project.period(earlierId) : later;
    if (!earlier)
        return earlier.error();
    const std::string path = project.database().path();
    const std::string laterWhere = path + ": " + periodName(*later);
    const std::string earlierWhere = path + ": " + periodName(*earlier);
    const auto laterResults = project.results(laterId);
    const auto earlierResults = laterResults ? project.results(earlierId) : laterResults;
    if (!earlierResults)
        return earlierResults.error();
    const PeriodResult* laterStock = findKind(*laterResults, keys::kStock);
    const PeriodResult* earlierStock = findKind(*earlierResults, keys::kStock);
    const PeriodResult* laterPlots = findKind(*laterResults, keys::kPlotCarbon);
    const PeriodResult* earlierPlots = findKind(*earlierResults, keys::kPlotCarbon);
    if (!laterStock || !laterPlots)
        return Error{ErrorCode::InsufficientData, "compute this period first", laterWhere, 0, {}};
    if (!earlierStock || !earlierPlots)
        return Error{ErrorCode::InsufficientData, "compute this period first", earlierWhere, 0, {}};
    const auto years = core::yearsBetween(earlier->endDate, later->endDate);
    if (!years)
        return years.error();
    std::string inputs;
    if (digestInputs) {
        const auto earlierNow = earlierInputs(project, *earlier, *earlierStock, earlierWhere);
        if (!earlierNow)
            return earlierNow.error();
        inputs = changeInputsSha256(laterStock->inputsSha256, *earlierNow);
    }

    const auto laterValues = plotValues(*laterPlots);
    const auto earlierValues = plotValues(*earlierPlots);
    if (method == ChangeMethod::Automatic)
        method = samePlots(laterValues, earlierValues) ? ChangeMethod::PairedPlots
                                                       : ChangeMethod::TwoInventories;

    auto earlierTotal = numberOf(*earlierStock, keys::kTotal, earlierWhere);
    auto earlierU = numberOf(*earlierStock, keys::kUncertainty, earlierWhere);
    auto laterTotal = numberOf(*laterStock, keys::kTotal, laterWhere);
    auto laterU = numberOf(*laterStock, keys::kUncertainty, laterWhere);
    auto confidence = numberOf(*laterStock, keys::kConfidence, laterWhere);
    for (const auto* r : {&earlierTotal, &earlierU, &laterTotal, &laterU, &confidence})
        if (!*r)
            return r->error();

    Values values;
    values.text("unit", "t CO2e")
        .text(keys::kMethod, method == ChangeMethod::PairedPlots ? "B" : "A")
        .text(keys::kEarlierPeriod, earlier->label)
        .number("earlier_revision", earlier->revision)
        .number(keys::kYears, *years)
        .number("earlier_stock_t_co2e", *earlierTotal)
        .number("later_stock_t_co2e", *laterTotal);
    core::StockChange change;
    if (method == ChangeMethod::TwoInventories) {
        auto a = core::changeFromTwoInventories({*earlierTotal, *earlierU}, {*laterTotal, *laterU},
                                                *years);
        if (!a)
            return a.error();
        change = *a;
    } else {
        auto b = pairedChange(project, *laterStock, laterValues, earlierValues, *years, *confidence,
                              laterWhere, earlierWhere);
        if (!b)
            return b.error();
        change = b->change;
        values.number("plots_paired", double(laterValues.size()))
            .number("mean_change_t_co2e_ha", b->estimate.mean)
            .number("se_change_t_co2e_ha", b->estimate.se)
            .number("df", b->estimate.df)
            .number("t", b->estimate.t);
    }
    values.number(keys::kChangeTotal, change.change)
        .number(keys::kUncertainty, change.uncertainty)
        .number(keys::kAnnualChange, change.annualChange)
        .number(keys::kDiscountFraction, change.discountFraction)
        .number(keys::kConservativeChange, change.conservativeChange)
        .number("conservative_annual_change_t_co2e_yr", change.conservativeAnnualChange);
    return PeriodResult{0,
                        keys::kChange,
                        laterStock->parameterSetId,
                        laterStock->stratificationId,
                        earlierId,
                        std::move(values.values),
                        inputs};
}

} // namespace tanhui::store
