// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// tanhui-bench-areas RASTER [threads]: the time to stratify a raster beside a plain
// multi-threaded GDAL read of the same blocks (GDALReadBlock, one dataset per thread), their
// ratio and the peak memory. A benchmark, not a test: run it by hand (README).
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include "tanhui/core/stratumrules.h"
#include "tanhui/gis/gdalrastersource.h"

#include <sys/resource.h>

namespace {

using namespace tanhui;

using Clock = std::chrono::steady_clock;

// The baseline: every block read by `threads` workers, nothing done with the cells. Timed
// from the opening of the per-thread datasets, as tallyRaster is.
core::Result<double> plainRead(const core::RasterSource& source, int threads)
{
    const core::RasterGrid grid = source.grid();
    const int total = grid.blocksAcross() * grid.blocksDown();
    const auto start = Clock::now();
    std::vector<std::unique_ptr<core::RasterBlockReader>> readers;
    for (int t = 0; t < threads; ++t) {
        auto reader = source.openReader();
        if (!reader)
            return reader.error();
        readers.push_back(std::move(reader).value());
    }
    std::atomic<int> next{0};
    std::atomic<bool> failed{false};
    auto worker = [&](core::RasterBlockReader* reader) {
        std::vector<unsigned char> buffer(std::size_t(grid.blockWidth) *
                                          std::size_t(grid.blockHeight) *
                                          core::pixelSize(source.pixelType()));
        for (int b = next++; b < total; b = next++)
            if (!reader->readBlock(b % grid.blocksAcross(), b / grid.blocksAcross(), buffer.data()))
                failed = true;
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker, readers[std::size_t(t)].get());
    worker(readers[0].get());
    for (std::thread& t : pool)
        t.join();
    if (failed)
        return core::Error{core::ErrorCode::CorruptData, "a block could not be read", {}, 0, {}};
    return std::chrono::duration<double>(Clock::now() - start).count();
}

int fail(const core::Error& e)
{
    std::fprintf(stderr, "%s: %s (%s)\n", e.file.c_str(), core::errorCodeName(e.code),
                 e.detail.c_str());
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: tanhui-bench-areas RASTER [threads]\n");
        return 2;
    }
    int threads = argc > 2 ? std::atoi(argv[2]) : 0;
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    const std::string path = argv[1];
    const auto source = gis::GdalRasterSource::open(path, 1);
    if (!source)
        return fail(source.error());
    const gis::RasterInfo& info = (*source)->info();
    // Stratification as `areas --rules` does it: a rule table over the cell values.
    std::vector<core::StratumRule> rules{
        {"young", {}, 1, 4}, {"middle", {}, 5, 8}, {"mature", {}, 9, 12}};
    const auto areas = gis::cellAreas(info);
    if (!areas)
        return fail(areas.error());
    // Warm the file cache once so that both timings read from memory, not disk.
    if (auto warm = plainRead(**source, threads); !warm)
        return fail(warm.error());
    const auto baseline = plainRead(**source, threads);
    auto start = Clock::now();
    const auto tally =
        core::tallyRaster(**source, core::classifierFor(rules), {threads, areas->geographic});
    const double stratify = std::chrono::duration<double>(Clock::now() - start).count();
    if (!baseline || !tally)
        return fail(!baseline ? baseline.error() : tally.error());
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double megapixels = double(info.width) * double(info.height) / 1e6;
    std::printf("raster %s: %d x %d %s, blocks %d x %d, %d threads\n", path.c_str(), info.width,
                info.height, info.dataType.c_str(), info.blockWidth, info.blockHeight, threads);
    std::printf("plain GDAL read of every block  %.3f s  (%.0f Mpx/s)\n", *baseline,
                megapixels / *baseline);
    std::printf("stratify (3 rules)              %.3f s  (%.0f Mpx/s)\n", stratify,
                megapixels / stratify);
    std::printf("ratio stratify / plain read     %.3f\n", stratify / *baseline);
    std::printf("peak resident memory            %ld MB\n", usage.ru_maxrss / 1024);
    return 0;
}
