// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCoreApplication>
#include <QTextStream>
#include <atomic>
#include <chrono>
#include <thread>

#include "tanhui/core/stratumrules.h"
#include "tanhui/gis/gdalrastersource.h"

#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"
#include <sys/resource.h>

namespace tanhui::ui {

namespace {

class BenchAreasText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::ui::BenchAreasCommand)
public:
    static QString description()
    {
        return tr("Benchmark: time to stratify a raster beside a plain multi-threaded GDAL read "
                  "of the same blocks (GDALReadBlock, one dataset per thread), and peak memory.");
    }
};

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

} // namespace

int runBenchAreas(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(BenchAreasText::description());
    parser.addPositionalArgument(QStringLiteral("RASTER"), BenchAreasText::tr("Raster to read."));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"), BenchAreasText::tr("Worker threads (default: all cores)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(threadsOption);
    if (auto stop = parser.parse(arguments, 1, out, err))
        return *stop;
    int threads = parser.value(threadsOption).toInt();
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    const QString path = parser.positionalArguments().first();
    const auto source = gis::GdalRasterSource::open(path.toStdString(), 1);
    if (!source) {
        reportError(source.error(), err);
        return ExitInputError;
    }
    const gis::RasterInfo& info = (*source)->info();
    // Stratification as `areas --rules` does it: a rule table over the cell values.
    std::vector<core::StratumRule> rules{
        {"young", {}, 1, 4}, {"middle", {}, 5, 8}, {"mature", {}, 9, 12}};
    const auto areas = gis::cellAreas(info);
    if (!areas) {
        reportError(areas.error(), err);
        return ExitInputError;
    }
    // Warm the file cache once so that both timings read from memory, not disk.
    if (auto warm = plainRead(**source, threads); !warm) {
        reportError(warm.error(), err);
        return ExitInputError;
    }
    const auto baseline = plainRead(**source, threads);
    auto start = Clock::now();
    const auto tally =
        core::tallyRaster(**source, core::classifierFor(rules), {threads, areas->geographic});
    const double stratify = std::chrono::duration<double>(Clock::now() - start).count();
    if (!baseline || !tally) {
        reportError(!baseline ? baseline.error() : tally.error(), err);
        return ExitInputError;
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double megapixels = double(info.width) * double(info.height) / 1e6;
    out << QStringLiteral("raster %1: %2 x %3 %4, blocks %5 x %6, %7 threads\n")
               .arg(path)
               .arg(info.width)
               .arg(info.height)
               .arg(QString::fromStdString(info.dataType))
               .arg(info.blockWidth)
               .arg(info.blockHeight)
               .arg(threads);
    out << QStringLiteral("plain GDAL read of every block  %1 s  (%2 Mpx/s)\n")
               .arg(*baseline, 0, 'f', 3)
               .arg(megapixels / *baseline, 0, 'f', 0);
    out << QStringLiteral("stratify (3 rules)              %1 s  (%2 Mpx/s)\n")
               .arg(stratify, 0, 'f', 3)
               .arg(megapixels / stratify, 0, 'f', 0);
    out << QStringLiteral("ratio stratify / plain read     %1\n")
               .arg(stratify / *baseline, 0, 'f', 3);
    out << QStringLiteral("peak resident memory            %1 MB\n").arg(usage.ru_maxrss / 1024);
    return ExitOk;
}

} // namespace tanhui::ui
