// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// Benchmark: a generated tally (trees grouped by plot, as they are recorded) imported through
// `tanhui-cli project import` and, in the same run and turn about, loaded by SQLite's own
// `sqlite3 .import` into one STRICT table: wall time and peak memory of each process (the
// kernel's accounting, wait4), their medians and the ratio. Then compute, seal and verify of
// the imported period, once each.
// Usage: tanhui-bench-import [trees] [plots] [runs] [DIR]
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char** environ;

namespace {

struct Run
{
    double seconds = 0.0;
    double peakMb = 0.0;
    int status = 0;
};

// Runs `args` as a process of its own, its output thrown away: wall time and peak memory.
Run run(const std::vector<std::string>& args)
{
    std::vector<char*> argv;
    for (const std::string& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    Run r;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        std::fprintf(stderr, "cannot start %s\n", argv[0]);
        std::exit(1);
    }
    rusage usage{};
    wait4(pid, &r.status, 0, &usage);
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    r.peakMb = double(usage.ru_maxrss) / 1024.0;
    posix_spawn_file_actions_destroy(&actions);
    if (!WIFEXITED(r.status) || WEXITSTATUS(r.status) != 0) {
        std::fprintf(stderr, "%s failed (status %d)\n", argv[0], r.status);
        std::exit(1);
    }
    return r;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// A tally of `trees` trees in `plots` plots: two species, DBH 5–45 cm, a height from DBH, one
// tree in fifty dead; the plot table with strata s0–s9.
void generate(const std::string& plotsCsv, const std::string& treesCsv, long trees, long plots)
{
    std::ofstream p(plotsCsv);
    p << "plot_id,stratum,area_ha,slope_deg\n";
    for (long i = 0; i < plots; ++i)
        p << 'P' << i << ",s" << i % 10 << ",0.0667," << i % 30 << '\n';
    std::ofstream t(treesCsv);
    t << "plot_id,species,dbh,height,status\n";
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> dbh(5.0, 45.0);
    char line[96];
    for (long i = 0; i < trees; ++i) {
        const double d = dbh(rng);
        std::snprintf(line, sizeof line, "P%ld,%s,%.1f,%.1f,%s\n", i * plots / trees,
                      i % 3 ? "杉木" : "马尾松", d, 1.3 + 0.9 * std::pow(d, 0.8),
                      i % 50 ? "alive" : "dead");
        t << line;
    }
}

void print(const char* what, const std::vector<Run>& runs)
{
    std::vector<double> s, mb;
    for (const Run& r : runs) {
        s.push_back(r.seconds);
        mb.push_back(r.peakMb);
    }
    std::printf("%-34s %8.3f s (min %.3f, max %.3f)   peak %7.1f MB\n", what, median(s),
                *std::min_element(s.begin(), s.end()), *std::max_element(s.begin(), s.end()),
                median(mb));
}

} // namespace

int main(int argc, char* argv[])
{
    const long trees = argc > 1 ? std::atol(argv[1]) : 1000000;
    const long plots = argc > 2 ? std::atol(argv[2]) : 10000;
    const int runs = argc > 3 ? std::atoi(argv[3]) : 3;
    const std::filesystem::path dir = argc > 4 ? argv[4] : std::filesystem::temp_directory_path();
    const std::string cli = TANHUI_CLI;
    const std::string plotsCsv = (dir / "bench-plots.csv").string();
    const std::string treesCsv = (dir / "bench-trees.csv").string();
    const std::string project = (dir / "bench-import.tanhui").string();
    const std::string template_ = (dir / "bench-template.tanhui").string();
    const std::string sqliteDb = (dir / "bench-sqlite.db").string();
    auto removeDb = [](const std::string& path) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            std::filesystem::remove(path + suffix);
    };
    generate(plotsCsv, treesCsv, trees, plots);
    std::printf("%ld trees in %ld plots: %s (%.1f MB)\n", trees, plots, treesCsv.c_str(),
                double(std::filesystem::file_size(treesCsv)) / 1e6);
    removeDb(template_);
    run({cli, "project", "create", template_, "--name", "bench", "--methodology",
         "CCER-14-001-V01"});
    run({cli, "project", "add-period", template_, "--period", "M1", "--start", "2020-01-01",
         "--end", "2024-12-31"});

    std::vector<Run> tanhui, sqlite, schema;
    std::vector<double> ratios;
    for (int i = 0; i < runs; ++i) {
        removeDb(project);
        std::filesystem::copy_file(template_, project);
        tanhui.push_back(run({cli, "project", "import", project, "--period", "M1", "--plots",
                              plotsCsv, "--trees", treesCsv}));
        removeDb(sqliteDb);
        sqlite.push_back(run({"sqlite3", sqliteDb,
                              "CREATE TABLE tree (plot_id TEXT NOT NULL, species TEXT NOT NULL, "
                              "dbh REAL NOT NULL, height REAL, status TEXT) STRICT;",
                              ".mode csv", ".import --skip 1 " + treesCsv + " tree"}));
        ratios.push_back(tanhui.back().seconds / sqlite.back().seconds);
        // SQLite alone writing the same rows into the project's own tree table (its index,
        // checks, provenance columns and write-ahead log): staged by .import, then copied.
        removeDb(project);
        std::filesystem::copy_file(template_, project);
        schema.push_back(
            run({"sqlite3", project, "PRAGMA foreign_keys = ON;",
                 "CREATE TEMP TABLE staged (plot_id TEXT, species TEXT, dbh REAL, height REAL, "
                 "status TEXT);",
                 ".mode csv", ".import --skip 1 " + treesCsv + " staged",
                 "INSERT INTO plot (period_id, plot_code, stratum, area_ha, source, source_row) "
                 "SELECT 1, plot_id, 's', 0.0667, 'plots.csv', 0 FROM staged GROUP BY plot_id;",
                 "INSERT INTO tree (plot_id, species, dbh_cm, height_m, alive, source, source_row) "
                 "SELECT p.id, s.species, s.dbh, s.height, s.status = 'alive', '" +
                     treesCsv +
                     "', s.rowid + 1 FROM staged s JOIN plot p ON p.plot_code = s.plot_id;"}));
    }
    print("tanhui-cli project import", tanhui);
    print("sqlite3 .import (one STRICT table)", sqlite);
    std::printf("ratio tanhui / sqlite3: %.2f (median of %d pairs)\n", median(ratios), runs);
    print("sqlite3 into the project's tables", schema);

    // The period imported by Tanhui computed, sealed and verified, each once.
    removeDb(project);
    std::filesystem::copy_file(template_, project);
    run({cli, "project", "import", project, "--period", "M1", "--plots", plotsCsv, "--trees",
         treesCsv});
    const std::string areas = (dir / "bench-areas.csv").string();
    {
        std::ofstream a(areas);
        a << "stratum,area_ha\n";
        for (int s = 0; s < 10; ++s)
            a << 's' << s << ",1000\n";
    }
    run({cli, "project", "stratify", project, "--name", "bench", "--areas", areas});
    print("tanhui-cli project compute", {run({cli, "project", "compute", project, "--period", "M1",
                                              "--stratification", "bench"})});
    print("tanhui-cli project seal", {run({cli, "project", "seal", project, "--period", "M1"})});
    print("tanhui-cli verify", {run({cli, "verify", project})});
    removeDb(sqliteDb);
    return 0;
}
