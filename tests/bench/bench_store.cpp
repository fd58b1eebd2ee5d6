// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// Benchmark: import of 1,000,000 trees in 10,000 plots into a project file (one
// transaction, every row checked first), then the period computed from the file, sealed, and
// verified by recomputation. Usage: tanhui-bench-store [trees] [plots] [DIR]
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>

#include "tanhui/core/csv.h"
#include "tanhui/equation/muparsercompiler.h"
#include "tanhui/store/computation.h"
#include "tanhui/store/project.h"

using namespace tanhui;

int main(int argc, char* argv[])
{
    const long treeCount = argc > 1 ? std::atol(argv[1]) : 1000000;
    const long plotCount = argc > 2 ? std::atol(argv[2]) : 10000;
    const std::filesystem::path dir = argc > 3 ? argv[3] : std::filesystem::temp_directory_path();
    const std::string path = (dir / "tanhui-bench-store.tanhui").string();
    std::filesystem::remove(path);
    std::filesystem::remove(path + "-wal");
    std::filesystem::remove(path + "-shm");

    std::vector<core::Plot> plots;
    for (long p = 0; p < plotCount; ++p)
        plots.push_back(
            {"P" + std::to_string(p), "s" + std::to_string(p % 10), 0.0667, NAN, p + 2});
    std::mt19937_64 rng(1);
    std::uniform_real_distribution<double> dbh(5.0, 45.0);
    std::vector<core::Tree> trees;
    trees.reserve(std::size_t(treeCount));
    for (long t = 0; t < treeCount; ++t) {
        const double d = dbh(rng);
        trees.push_back({plots[std::size_t(t % plotCount)].plotId, t % 3 ? "杉木" : "马尾松", d,
                         1.3 + 0.9 * std::pow(d, 0.8), NAN, t % 50 != 0, t + 2});
    }

    auto project = store::Project::create(path, {"bench", "CCER-14-001-V01", ""});
    if (!project) {
        std::fprintf(stderr, "%s\n", project.error().detail.c_str());
        return 1;
    }
    const std::int64_t period = *project->addPeriod("M1", "2020-01-01", "2024-12-31");
    const auto start = std::chrono::steady_clock::now();
    const auto report =
        project->importPlotsAndTrees(period, plots, trees, "plots.csv", "trees.csv");
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!report || !report->imported()) {
        std::fprintf(stderr, "import failed\n");
        return 1;
    }
    std::printf(
        "imported %lld plots and %lld trees in %.3f s (%.0f trees/s) into %s (%.1f MB with its "
        "write-ahead log)\n",
        static_cast<long long>(report->plots), static_cast<long long>(report->trees), seconds,
        double(report->trees) / seconds, path.c_str(),
        double(std::filesystem::file_size(path) + (std::filesystem::exists(path + "-wal")
                                                       ? std::filesystem::file_size(path + "-wal")
                                                       : 0)) /
            1e6);

    // Compute, seal and verify (two species with power-law equations, ten strata).
    const char* species =
        "parameter_set,version,species,agb_equation,agb_unit,coefficients,root_shoot,"
        "carbon_fraction,status,source\n"
        "bench,1,杉木,a*D^b*H^c,kg,a=0.0452;b=1.91;c=0.55,0.25,0.47,SECONDARY,bench\n"
        "bench,1,马尾松,a*D^b,kg,a=0.0862;b=2.38,0.20,0.47,SECONDARY,bench\n";
    const equation::MuParserCompiler compiler;
    store::Stratification strata;
    strata.name = "bench";
    for (int s = 0; s < 10; ++s)
        strata.strata.push_back({"s" + std::to_string(s), 1000.0 + 100.0 * s, 0});
    const auto strataId = project->addStratification(strata);
    const auto table = core::tableFromCsvText(species, "bench species");
    const auto parameters =
        table ? project->addParameterSet(*table, nullptr, compiler) : table.error();
    if (!strataId || !parameters) {
        std::fprintf(stderr, "setup failed\n");
        return 1;
    }
    auto lap = std::chrono::steady_clock::now();
    auto elapsed = [&lap] {
        const auto now = std::chrono::steady_clock::now();
        const double s = std::chrono::duration<double>(now - lap).count();
        lap = now;
        return s;
    };
    const auto results = store::computeStock(*project, period, *strataId, *parameters, compiler);
    const double computeSeconds = elapsed();
    if (!results || !project->replaceResults(period, *results)) {
        std::fprintf(stderr, "compute failed: %s\n",
                     results ? "storing" : results.error().detail.c_str());
        return 1;
    }
    const double storeSeconds = elapsed();
    const auto seal = project->sealPeriod(period);
    const double sealSeconds = elapsed();
    const auto seals = project->verifySeals();
    const auto checks = store::recomputeSealed(*project, compiler);
    const double verifySeconds = elapsed();
    if (!seal || !seals || !checks || !(*seals)[0].matches() || !(*checks)[0].matches()) {
        std::fprintf(stderr, "seal or verification failed\n");
        return 1;
    }
    std::printf("computed the stock from the file in %.3f s, stored %zu result values in %.3f s, "
                "sealed in %.3f s, verified (re-hash + recompute of %zu values) in %.3f s\n",
                computeSeconds, (*results)[0].values.size() + (*results)[1].values.size(),
                storeSeconds, sealSeconds, (*checks)[0].valuesCompared, verifySeconds);
    return 0;
}
