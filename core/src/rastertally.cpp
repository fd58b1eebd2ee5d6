// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/rastertally.h"

#include <atomic>
#include <cmath>
#include <cstring>
#include <mutex>
#include <thread>
#include <type_traits>

namespace tanhui::core {

namespace {

// Slots: classes 0..K−1, then "unclassified", then "nodata".
struct Slots
{
    int classes = 0;
    int unclassified() const { return classes; }
    int noData() const { return classes + 1; }
    int count() const { return classes + 2; }
};

int slotOf(double value, const std::optional<double>& noData, const ValueClassifier& classifier,
           const Slots& slots)
{
    if (std::isnan(value) || (noData && value == *noData))
        return slots.noData();
    const int cls = classifier.classify(value);
    return cls >= 0 && cls < slots.classes ? cls : slots.unclassified();
}

// Per-thread counts for one block: slot-major, blockHeight rows each, plus which slots the
// block touched so that merging costs what the block contains, not what it might.
struct BlockCounts
{
    std::vector<std::int32_t> counts;
    std::vector<char> seen;
    int blockHeight = 0;

    BlockCounts(const Slots& slots, int height)
        : counts(std::size_t(slots.count()) * std::size_t(height), 0)
        , seen(std::size_t(slots.count()), 0)
        , blockHeight(height)
    {}
    void add(int slot, int row)
    {
        ++counts[std::size_t(slot) * std::size_t(blockHeight) + std::size_t(row)];
        seen[std::size_t(slot)] = 1;
    }
};

template <typename T>
void countBlock(const T* cells, int blockWidth, int validWidth, int validHeight,
                const std::vector<std::int16_t>* lut, const std::optional<double>& noData,
                const ValueClassifier& classifier, const Slots& slots, BlockCounts& out)
{
    if constexpr (std::is_unsigned_v<T>) {
        if (lut) {
            const std::int16_t* table = lut->data();
            for (int r = 0; r < validHeight; ++r) {
                const T* row = cells + std::size_t(r) * std::size_t(blockWidth);
                for (int c = 0; c < validWidth; ++c)
                    out.add(table[row[c]], r);
            }
            return;
        }
    }
    // No table (wide types): categorical rasters come in runs, so remember the last value.
    for (int r = 0; r < validHeight; ++r) {
        const T* row = cells + std::size_t(r) * std::size_t(blockWidth);
        double last = std::nan("");
        int lastSlot = 0;
        for (int c = 0; c < validWidth; ++c) {
            const double v = double(row[c]);
            if (!(v == last)) {
                last = v;
                lastSlot = slotOf(v, noData, classifier, slots);
            }
            out.add(lastSlot, r);
        }
    }
}

} // namespace

std::int64_t RasterTally::classTotal(int cls) const
{
    std::int64_t total = 0;
    for (int r = 0; r < grid.height; ++r)
        total += count(cls, r);
    return total;
}

Result<RasterTally> tallyRaster(const RasterSource& source, const ValueClassifier& classifier,
                                int threads, const std::function<bool(int, int)>& progress)
{
    const RasterGrid grid = source.grid();
    if (grid.width <= 0 || grid.height <= 0 || grid.blockWidth <= 0 || grid.blockHeight <= 0)
        return Error{ErrorCode::CorruptData, "the raster has no cells", {}, 0, {}};
    const PixelType type = source.pixelType();
    const std::optional<double> noData = source.noData();
    const Slots slots{classifier.classCount};

    std::vector<std::int16_t> lut;
    if (classifier.tabulate && (type == PixelType::Byte || type == PixelType::UInt16)) {
        lut.resize(type == PixelType::Byte ? 256 : 65536);
        for (std::size_t v = 0; v < lut.size(); ++v)
            lut[v] = std::int16_t(slotOf(double(v), noData, classifier, slots));
    }
    if (!lut.empty() && slots.count() > 32767)
        return Error{ErrorCode::InvalidArgument, "too many classes", {}, 0, {}};

    RasterTally tally;
    tally.grid = grid;
    tally.classCount = slots.classes;
    std::vector<std::int64_t> all(std::size_t(slots.count()) * std::size_t(grid.height), 0);
    std::mutex mergeMutex;
    const int blocksAcross = grid.blocksAcross();
    const int blockTotal = blocksAcross * grid.blocksDown();
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::atomic<bool> stop{false};
    std::mutex errorMutex;
    std::optional<Error> failure;

    auto worker = [&](std::unique_ptr<RasterBlockReader> reader) {
        std::vector<unsigned char> buffer(std::size_t(grid.blockWidth) *
                                          std::size_t(grid.blockHeight) * pixelSize(type));
        BlockCounts local(slots, grid.blockHeight);
        for (int b = next++; b < blockTotal && !stop; b = next++) {
            const int bx = b % blocksAcross;
            const int by = b / blocksAcross;
            if (auto ok = reader->readBlock(bx, by, buffer.data()); !ok) {
                std::lock_guard lock(errorMutex);
                if (!failure)
                    failure = ok.error();
                stop = true;
                break;
            }
            const int validWidth = std::min(grid.blockWidth, grid.width - bx * grid.blockWidth);
            const int validHeight = std::min(grid.blockHeight, grid.height - by * grid.blockHeight);
            const std::vector<std::int16_t>* table = lut.empty() ? nullptr : &lut;
            switch (type) {
            case PixelType::Byte:
                countBlock(reinterpret_cast<const std::uint8_t*>(buffer.data()), grid.blockWidth,
                           validWidth, validHeight, table, noData, classifier, slots, local);
                break;
            case PixelType::UInt16:
                countBlock(reinterpret_cast<const std::uint16_t*>(buffer.data()), grid.blockWidth,
                           validWidth, validHeight, table, noData, classifier, slots, local);
                break;
            case PixelType::Int32:
                countBlock(reinterpret_cast<const std::int32_t*>(buffer.data()), grid.blockWidth,
                           validWidth, validHeight, nullptr, noData, classifier, slots, local);
                break;
            case PixelType::Float64:
                countBlock(reinterpret_cast<const double*>(buffer.data()), grid.blockWidth,
                           validWidth, validHeight, nullptr, noData, classifier, slots, local);
                break;
            }
            {
                std::lock_guard lock(mergeMutex);
                for (int s = 0; s < slots.count(); ++s) {
                    if (!local.seen[std::size_t(s)])
                        continue;
                    std::int32_t* rows =
                        &local.counts[std::size_t(s) * std::size_t(grid.blockHeight)];
                    std::int64_t* target = &all[std::size_t(s) * std::size_t(grid.height) +
                                                std::size_t(by) * std::size_t(grid.blockHeight)];
                    for (int r = 0; r < validHeight; ++r)
                        target[r] += rows[r];
                    std::memset(rows, 0, sizeof(std::int32_t) * std::size_t(grid.blockHeight));
                    local.seen[std::size_t(s)] = 0;
                }
            }
            const int finished = ++done;
            if (progress && !progress(finished, blockTotal))
                stop = true;
        }
    };

    const int threadCount = std::max(
        1, std::min(threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency())),
                    blockTotal));
    std::vector<std::unique_ptr<RasterBlockReader>> readers;
    for (int t = 0; t < threadCount; ++t) {
        auto reader = source.openReader();
        if (!reader)
            return reader.error();
        readers.push_back(std::move(reader).value());
    }
    std::vector<std::thread> pool;
    for (int t = 1; t < threadCount; ++t)
        pool.emplace_back(worker, std::move(readers[std::size_t(t)]));
    worker(std::move(readers[0]));
    for (std::thread& t : pool)
        t.join();
    if (failure)
        return *failure;
    if (stop)
        return Error{ErrorCode::Cancelled, {}, {}, 0, {}};

    const std::size_t h = std::size_t(grid.height);
    tally.counts.assign(all.begin(), all.begin() + std::ptrdiff_t(std::size_t(slots.classes) * h));
    tally.unclassifiedPerRow.assign(all.begin() +
                                        std::ptrdiff_t(std::size_t(slots.unclassified()) * h),
                                    all.begin() + std::ptrdiff_t(std::size_t(slots.noData()) * h));
    tally.noDataPerRow.assign(all.begin() + std::ptrdiff_t(std::size_t(slots.noData()) * h),
                              all.end());
    return tally;
}

} // namespace tanhui::core
