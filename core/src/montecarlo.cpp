// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/montecarlo.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <random>
#include <thread>

#include "tanhui/core/units.h"

namespace tanhui::core {

namespace {

struct SpeciesTerm
{
    std::size_t species = 0; ///< index into the compiled species list
    double agb = 0.0;        ///< Σ AGB of the plot's live trees of the species, t
    double agbSquares = 0.0; ///< Σ AGB², for the residual variance
};

struct PlotModel
{
    std::vector<SpeciesTerm> terms;
    double areaHa = 0.0;
    double weight = 0.0; ///< c_p = A_i / n_i: total = Σ c_p · value_p
};

struct SpeciesModel
{
    const SpeciesParameters* parameters = nullptr;
    SpeciesUncertainty uncertainty;
    double residualVariance = 0.0; ///< e^{σ²} − 1
};

struct Draws
{
    std::vector<double> agbFactor, rootShootFactor, carbonFactor; ///< per species
    std::vector<double> residual;                                 ///< per plot term, t
};

std::uint64_t splitMix64(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// Mean-one lognormal with relative SD `rsd`.
double lognormalFactor(double rsd, double z)
{
    if (rsd == 0.0)
        return 1.0;
    const double s2 = std::log1p(rsd * rsd);
    return std::exp(std::sqrt(s2) * z - s2 / 2.0);
}

class Model
{
public:
    std::vector<SpeciesModel> species;
    std::vector<PlotModel> plots;
    std::size_t termCount = 0;
    const ParameterSet* parameters = nullptr;

    // Parameter draws come from one stream, residual draws from another, so the three
    // runs of an iteration share their random numbers.
    void draw(std::uint64_t seed, int iteration, Draws& d) const
    {
        std::mt19937_64 paramStream(splitMix64(seed ^ splitMix64(2 * std::uint64_t(iteration))));
        std::mt19937_64 residualStream(
            splitMix64(seed ^ splitMix64(2 * std::uint64_t(iteration) + 1)));
        std::normal_distribution<double> normal;
        d.agbFactor.resize(species.size());
        d.rootShootFactor.resize(species.size());
        d.carbonFactor.resize(species.size());
        for (std::size_t s = 0; s < species.size(); ++s) {
            const SpeciesUncertainty& u = species[s].uncertainty;
            const double zWd = normal(paramStream);
            const double zBef = normal(paramStream);
            const double zR = normal(paramStream);
            const double zCf = normal(paramStream);
            const bool volumeRoute = !species[s].parameters->usesAllometry();
            d.agbFactor[s] = volumeRoute ? lognormalFactor(u.woodDensityRsd, zWd) *
                                               lognormalFactor(u.befRsd, zBef)
                                         : 1.0;
            d.rootShootFactor[s] = lognormalFactor(u.rootShootRsd, zR);
            d.carbonFactor[s] = lognormalFactor(u.carbonFractionRsd, zCf);
        }
        d.residual.resize(termCount);
        std::size_t k = 0;
        for (const PlotModel& p : plots)
            for (const SpeciesTerm& t : p.terms) {
                const double z = normal(residualStream);
                d.residual[k++] = z * std::sqrt(species[t.species].residualVariance * t.agbSquares);
            }
    }

    // Stratified total CO2e with parameter factors and/or residuals applied.
    double total(const Draws& d, bool useParameters, bool useResiduals) const
    {
        double sum = 0.0;
        std::size_t k = 0;
        for (const PlotModel& p : plots) {
            double agbPlot = 0.0;
            const std::size_t first = k;
            for (const SpeciesTerm& t : p.terms) {
                const double agb = (t.agb + (useResiduals ? d.residual[k] : 0.0)) *
                                   (useParameters ? d.agbFactor[t.species] : 1.0);
                agbPlot += agb;
                ++k;
            }
            const double agbPerHa = agbPlot / p.areaHa;
            double co2e = 0.0;
            k = first;
            for (const SpeciesTerm& t : p.terms) {
                const double agb = (t.agb + (useResiduals ? d.residual[k] : 0.0)) *
                                   (useParameters ? d.agbFactor[t.species] : 1.0);
                const SpeciesParameters& sp = *species[t.species].parameters;
                double r = 0.0;
                switch (sp.rootShoot.kind) {
                case RootShootRule::Kind::Constant:
                    r = sp.rootShoot.constant;
                    break;
                case RootShootRule::Kind::ArTool14:
                    r = arTool14RootShoot(agbPerHa);
                    break;
                case RootShootRule::Kind::IpccClass:
                    r = parameters->ipccRootShoot(sp.rootShoot.ipccClass, agbPerHa);
                    break;
                }
                if (useParameters)
                    r *= d.rootShootFactor[t.species];
                const double cf =
                    sp.carbonFraction * (useParameters ? d.carbonFactor[t.species] : 1.0);
                co2e += agb * (1.0 + r) * cf * kCO2PerCarbon;
                ++k;
            }
            sum += p.weight * co2e / p.areaHa;
        }
        return sum;
    }
};

MonteCarloSummary summarize(std::vector<double> values, double confidence)
{
    MonteCarloSummary s;
    const double n = double(values.size());
    for (double v : values)
        s.mean += v;
    s.mean /= n;
    // Corrected two-pass variance: the rounding left in the mean cancels.
    double squares = 0.0;
    double deviations = 0.0;
    for (double v : values) {
        squares += (v - s.mean) * (v - s.mean);
        deviations += v - s.mean;
    }
    s.sd = values.size() > 1
               ? std::sqrt(std::max(0.0, squares - deviations * deviations / n) / (n - 1.0))
               : 0.0;
    std::sort(values.begin(), values.end());
    // Linear interpolation between order statistics (R's quantile type 7).
    auto quantile = [&](double p) {
        const double h = (n - 1.0) * p;
        const auto lo = std::size_t(std::floor(h));
        const std::size_t hi = std::min(lo + 1, values.size() - 1);
        return values[lo] + (h - double(lo)) * (values[hi] - values[lo]);
    };
    s.lower = quantile((1.0 - confidence) / 2.0);
    s.upper = quantile((1.0 + confidence) / 2.0);
    return s;
}

} // namespace

Result<MonteCarloResult>
propagateUncertainty(const std::vector<Tree>& trees, const std::vector<Plot>& plots,
                     const BiomassResult& biomass, const ParameterSet& parameters,
                     const std::vector<StratumArea>& areas, const MonteCarloOptions& options,
                     const std::function<bool(int, int)>& progress)
{
    if (options.iterations < 2)
        return Error{
            ErrorCode::OutOfRange, "at least 2 iterations are needed", {}, 0, "iterations"};
    if (trees.size() != biomass.trees.size() || plots.size() != biomass.plots.size())
        return Error{
            ErrorCode::InvalidArgument, "biomass result does not match the inputs", {}, 0, {}};

    // The analytic estimate of the same total fixes strata, weights and plot counts.
    std::vector<PlotValue> plotValues;
    for (std::size_t p = 0; p < plots.size(); ++p)
        plotValues.push_back(
            {plots[p].stratum, plots[p].plotId, biomass.plots[p].co2ePerHa, plots[p].sourceRow});
    const auto analytic = estimateStratified(plotValues, areas, {});
    if (!analytic)
        return analytic.error();

    Model model;
    model.parameters = &parameters;
    std::map<const SpeciesParameters*, std::size_t> speciesIndex;
    std::map<std::string, std::size_t> stratumIndex;
    for (std::size_t i = 0; i < analytic->strata.size(); ++i)
        stratumIndex[analytic->strata[i].stratum] = i;
    std::map<std::string, std::size_t> plotIndex;
    for (std::size_t p = 0; p < plots.size(); ++p) {
        const StratumEstimate& s = analytic->strata[stratumIndex.at(plots[p].stratum)];
        model.plots.push_back({{}, biomass.plots[p].horizontalAreaHa, s.areaHa / s.n});
        plotIndex[plots[p].plotId] = p;
    }
    for (std::size_t i = 0; i < trees.size(); ++i) {
        const TreeBiomass& tb = biomass.trees[i];
        if (!tb.alive)
            continue;
        // Resolved in `parameters` (not through tb.species) so that the model never points
        // into a parameter set other than the one it was given.
        const SpeciesParameters* species = parameters.find(trees[i].species);
        if (!species)
            return Error{ErrorCode::UnknownReference,
                         "species \"" + trees[i].species + "\" is not in the parameter set",
                         {},
                         trees[i].sourceRow,
                         "species"};
        auto [it, added] = speciesIndex.emplace(species, model.species.size());
        if (added) {
            SpeciesModel sm;
            sm.parameters = species;
            sm.uncertainty = species->uncertainty;
            sm.residualVariance =
                std::expm1(sm.uncertainty.residualSdLog * sm.uncertainty.residualSdLog);
            model.species.push_back(sm);
        }
        PlotModel& pm = model.plots[plotIndex.at(trees[i].plotId)];
        const std::size_t speciesAt = it->second; // (clang 14 captures no structured binding)
        auto term = std::find_if(pm.terms.begin(), pm.terms.end(),
                                 [&](const SpeciesTerm& t) { return t.species == speciesAt; });
        if (term == pm.terms.end()) {
            pm.terms.push_back({speciesAt, 0.0, 0.0});
            term = pm.terms.end() - 1;
            ++model.termCount;
        }
        term->agb += tb.agb;
        term->agbSquares += tb.agb * tb.agb;
    }

    const int n = options.iterations;
    std::vector<double> parameterTotals(std::size_t(n), 0.0);
    std::vector<double> allometryTotals(std::size_t(n), 0.0);
    std::vector<double> combinedTotals(std::size_t(n), 0.0);
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::atomic<bool> cancelled{false};
    auto worker = [&] {
        Draws d;
        for (int i = next++; i < n && !cancelled; i = next++) {
            model.draw(options.seed, i, d);
            parameterTotals[std::size_t(i)] = model.total(d, true, false);
            allometryTotals[std::size_t(i)] = model.total(d, false, true);
            combinedTotals[std::size_t(i)] = model.total(d, true, true);
            const int finished = ++done;
            if (progress && (finished % 100 == 0 || finished == n) && !progress(finished, n))
                cancelled = true;
        }
    };
    int threadCount = options.threads > 0 ? options.threads
                                          : int(std::max(1u, std::thread::hardware_concurrency()));
    threadCount = std::min(threadCount, n);
    std::vector<std::thread> pool;
    for (int t = 1; t < threadCount; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread& t : pool)
        t.join();
    if (cancelled)
        return Error{ErrorCode::Cancelled, {}, {}, 0, {}};

    MonteCarloResult r;
    r.iterations = n;
    r.seed = options.seed;
    r.analyticTotal = analytic->total;
    r.samplingVariance = analytic->totalSe * analytic->totalSe;
    r.parameters = summarize(std::move(parameterTotals), options.confidence);
    r.allometry = summarize(std::move(allometryTotals), options.confidence);
    r.combined = summarize(std::move(combinedTotals), options.confidence);
    r.totalVariance = r.samplingVariance + r.combined.sd * r.combined.sd;
    const double budget =
        r.samplingVariance + r.parameters.sd * r.parameters.sd + r.allometry.sd * r.allometry.sd;
    if (budget > 0.0) {
        r.samplingShare = r.samplingVariance / budget;
        r.parameterShare = r.parameters.sd * r.parameters.sd / budget;
        r.allometryShare = r.allometry.sd * r.allometry.sd / budget;
    }
    return r;
}

} // namespace tanhui::core
