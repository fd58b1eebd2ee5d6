// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// Benchmark: 1,000,000 trees in 10,000 plots → biomass, stratified estimate, 10,000 Monte
// Carlo iterations; beside a baseline loop that evaluates the same equations as plain C++.
// Usage: tanhui-bench-carbon [trees] [plots] [iterations]
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <thread>

#include "tanhui/core/biomass.h"
#include "tanhui/core/montecarlo.h"
#include "tanhui/equation/muparsercompiler.h"
#include "tanhui/gis/tablereader.h"

#include <sys/resource.h>

using namespace tanhui;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char* argv[])
{
    const long treeCount = argc > 1 ? std::atol(argv[1]) : 1000000;
    const long plotCount = argc > 2 ? std::atol(argv[2]) : 10000;
    const int iterations = argc > 3 ? std::atoi(argv[3]) : 10000;
    const std::string dir = TANHUI_SOURCE_DIR "/resources/parameters/";

    const equation::MuParserCompiler compiler;
    const auto species = gis::readTable(dir + "default_species.csv");
    const auto classes = gis::readTable(dir + "ipcc2006_root_shoot_classes.csv");
    if (!species || !classes) {
        std::fprintf(stderr, "cannot read the shipped parameter set in %s\n", dir.c_str());
        return 1;
    }
    auto parameters = core::ParameterSet::fromTables(*species, &*classes, compiler);
    if (!parameters) {
        std::fprintf(stderr, "parameter set: %s\n", parameters.error().detail.c_str());
        return 1;
    }

    // A deterministic synthetic inventory: ten strata, two species (volume route and the
    // allometric Chave equation with tree wood density), DBH 6–45 cm.
    auto start = Clock::now();
    std::mt19937_64 rng(1);
    std::uniform_real_distribution<double> dbh(6.0, 45.0);
    std::uniform_real_distribution<double> wd(0.4, 0.8);
    std::vector<core::Plot> plots;
    for (long p = 0; p < plotCount; ++p)
        plots.push_back(
            {"p" + std::to_string(p), "s" + std::to_string(p % 10), 0.0667, NAN, p + 2});
    std::vector<core::Tree> trees;
    trees.reserve(std::size_t(treeCount));
    for (long t = 0; t < treeCount; ++t) {
        const double d = dbh(rng);
        const bool fir = t % 3 != 0;
        trees.push_back({plots[std::size_t(t % plotCount)].plotId,
                         fir ? "杉木" : "pantropical-chave2014", d, 1.3 + 0.9 * std::pow(d, 0.8),
                         fir ? NAN : wd(rng), true, t + 2});
    }
    std::vector<core::StratumArea> areas;
    for (int s = 0; s < 10; ++s)
        areas.push_back({"s" + std::to_string(s), 100.0 + 10.0 * s, s + 2});
    const double generate = seconds(start);

    start = Clock::now();
    const auto biomass = core::computeBiomass(trees, plots, *parameters, compiler);
    const double biomassSeconds = seconds(start);
    if (!biomass) {
        std::fprintf(stderr, "biomass: %s\n", biomass.error().detail.c_str());
        return 1;
    }

    // Baseline: the same two equations written in C++, summed per tree (no parsing, no
    // lookups, no validation): what an equation evaluator costs at best.
    start = Clock::now();
    double baselineAgb = 0.0;
    for (const core::Tree& t : trees) {
        if (std::isnan(t.woodDensity))
            baselineAgb += 0.000058777042 * std::pow(t.dbhCm, 1.9699831) *
                           std::pow(t.heightM, 0.89646157) * 0.307 * 1.634;
        else
            baselineAgb +=
                0.0673 * std::pow(t.woodDensity * t.heightM * t.dbhCm * t.dbhCm, 0.976) / 1000.0;
    }
    const double baselineSeconds = seconds(start);
    double agb = 0.0;
    for (const core::TreeBiomass& t : biomass->trees)
        agb += t.agb;

    std::vector<core::PlotValue> values;
    for (std::size_t p = 0; p < plots.size(); ++p)
        values.push_back({plots[p].stratum, plots[p].plotId, biomass->plots[p].co2ePerHa, 0});
    start = Clock::now();
    const auto estimate = core::estimateStratified(values, areas);
    const double estimateSeconds = seconds(start);

    start = Clock::now();
    core::MonteCarloOptions options;
    options.iterations = iterations;
    const auto mc = core::propagateUncertainty(trees, plots, *biomass, *parameters, areas, options);
    const double mcSeconds = seconds(start);
    if (!estimate || !mc) {
        std::fprintf(stderr, "estimate or Monte Carlo failed\n");
        return 1;
    }

    std::printf("trees %ld, plots %ld, strata 10, Monte Carlo iterations %d, threads %u\n",
                treeCount, plotCount, iterations, std::thread::hardware_concurrency());
    std::printf("generate inventory        %8.3f s\n", generate);
    std::printf("biomass (muParser)        %8.3f s  %6.1f ns/tree  AGB %.6f t\n", biomassSeconds,
                1e9 * biomassSeconds / double(treeCount), agb);
    std::printf("baseline (plain C++)      %8.3f s  %6.1f ns/tree  AGB %.6f t  ratio %.2f\n",
                baselineSeconds, 1e9 * baselineSeconds / double(treeCount), baselineAgb,
                biomassSeconds / baselineSeconds);
    std::printf("stratified estimate       %8.3f s  total %.1f t CO2e, U %.2f %%\n",
                estimateSeconds, estimate->total, 100.0 * estimate->uncertainty);
    std::printf("Monte Carlo (3 runs each) %8.3f s  %6.1f us/iteration  combined sd %.1f t\n",
                mcSeconds, 1e6 * mcSeconds / iterations, mc->combined.sd);
    std::printf(
        "variance budget           sampling %.1f %%, parameters %.1f %%, allometry %.1f %%\n",
        100 * mc->samplingShare, 100 * mc->parameterShare, 100 * mc->allometryShare);
    std::printf("peak resident memory      %ld MB\n", peakRssMb());
    return 0;
}
