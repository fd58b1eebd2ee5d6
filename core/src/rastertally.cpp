// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/rastertally.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <mutex>
#include <thread>
#include <type_traits>

#include "tanhui/core/cellmask.h"

#include "bytecounting.h"

namespace tanhui::core {

using detail::ByteRanges;
using detail::byteRanges;
using detail::countByteBlock;

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

// One thread's counts for the block in hand: slot-major, `rows` entries per slot (the
// block's rows, or 1), and four interleaved scratch counters for the current run of cells.
struct BlockCounts
{
    int slots = 0;
    int rows = 0;
    std::vector<std::int64_t> counts;
    std::vector<char> seen;
    std::vector<std::uint32_t> scratch; ///< 4 × slots

    BlockCounts(int slotCount, int rowCount)
        : slots(slotCount)
        , rows(rowCount)
        , counts(std::size_t(slotCount) * std::size_t(rowCount), 0)
        , seen(std::size_t(slotCount), 0)
        , scratch(4 * std::size_t(slotCount), 0)
    {}

    // Moves the scratch counters into row `row` of `counts`.
    void flush(int row)
    {
        const std::size_t k = std::size_t(slots);
        for (std::size_t s = 0; s < k; ++s) {
            const std::uint32_t n =
                scratch[s] + scratch[k + s] + scratch[2 * k + s] + scratch[3 * k + s];
            if (n) {
                counts[s * std::size_t(rows) + std::size_t(row)] += n;
                seen[s] = 1;
                scratch[s] = scratch[k + s] = scratch[2 * k + s] = scratch[3 * k + s] = 0;
            }
        }
    }
};

template <typename T>
void countBlock(const T* cells, int blockWidth, int validWidth, int validHeight,
                const std::vector<std::int16_t>* lut, const ByteRanges& ranges,
                const std::optional<double>& noData, const ValueClassifier& classifier,
                const Slots& slots, bool perRow, BlockCounts& out)
{
    const std::size_t k = std::size_t(slots.count());
    std::uint32_t* s0 = out.scratch.data();
    std::uint32_t* s1 = s0 + k;
    std::uint32_t* s2 = s1 + k;
    std::uint32_t* s3 = s2 + k;
    if constexpr (std::is_same_v<T, std::uint8_t>) {
        if (lut && !perRow) {
            countByteBlock(cells, blockWidth, validWidth, validHeight, lut->data(), ranges,
                           slots.count(), s0);
            out.flush(0);
            return;
        }
    }
    if constexpr (std::is_unsigned_v<T>) {
        if (lut) {
            const std::int16_t* table = lut->data();
            for (int r = 0; r < validHeight; ++r) {
                const T* row = cells + std::size_t(r) * std::size_t(blockWidth);
                int c = 0;
                for (; c + 4 <= validWidth; c += 4) {
                    ++s0[table[row[c]]];
                    ++s1[table[row[c + 1]]];
                    ++s2[table[row[c + 2]]];
                    ++s3[table[row[c + 3]]];
                }
                for (; c < validWidth; ++c)
                    ++s0[table[row[c]]];
                if (perRow)
                    out.flush(r);
            }
            if (!perRow)
                out.flush(0);
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
            ++s0[lastSlot];
        }
        if (perRow)
            out.flush(r);
    }
    if (!perRow)
        out.flush(0);
}

// A block the mask covers only in part: cell by cell over the covered intervals.
template <typename T>
void countMaskedBlock(const T* cells, int blockWidth, int x0, int y0, int validWidth,
                      int validHeight, const std::vector<std::int16_t>* lut,
                      const std::optional<double>& noData, const ValueClassifier& classifier,
                      const Slots& slots, const CellMask& mask, bool perRow, BlockCounts& out)
{
    std::uint32_t* counts = out.scratch.data();
    for (int r = 0; r < validHeight; ++r) {
        const T* row = cells + std::size_t(r) * std::size_t(blockWidth);
        for (const auto& [first, last] : mask.intervals(y0 + r)) {
            const int from = std::max(first, x0) - x0;
            const int to = std::min(last, x0 + validWidth) - x0;
            for (int c = from; c < to; ++c) {
                if constexpr (std::is_unsigned_v<T>) {
                    if (lut) {
                        ++counts[(*lut)[row[c]]];
                        continue;
                    }
                }
                ++counts[slotOf(double(row[c]), noData, classifier, slots)];
            }
        }
        if (perRow)
            out.flush(r);
    }
    if (!perRow)
        out.flush(0);
}

} // namespace

std::int64_t RasterTally::classTotal(int cls) const
{
    std::int64_t total = 0;
    for (int r = 0; r < rowCount; ++r)
        total += count(cls, r);
    return total;
}

Result<RasterTally> tallyRaster(const RasterSource& source, const ValueClassifier& classifier,
                                const TallyOptions& options,
                                const std::function<bool(int, int)>& progress)
{
    const RasterGrid grid = source.grid();
    if (grid.width <= 0 || grid.height <= 0 || grid.blockWidth <= 0 || grid.blockHeight <= 0)
        return Error{ErrorCode::CorruptData, "the raster has no cells", {}, 0, {}};
    const PixelType type = source.pixelType();
    const std::optional<double> noData = source.noData();
    const Slots slots{classifier.classCount};
    if (slots.count() > 32767)
        return Error{ErrorCode::InvalidArgument, "too many classes", {}, 0, {}};

    std::vector<std::int16_t> lut;
    if (classifier.tabulate && (type == PixelType::Byte || type == PixelType::UInt16)) {
        lut.resize(type == PixelType::Byte ? 256 : 65536);
        for (std::size_t v = 0; v < lut.size(); ++v)
            lut[v] = std::int16_t(slotOf(double(v), noData, classifier, slots));
    }

    const ByteRanges ranges =
        type == PixelType::Byte && !lut.empty() ? byteRanges(lut) : ByteRanges{};
    const int rowCount = options.perRow ? grid.height : 1;
    std::vector<std::int64_t> all(std::size_t(slots.count()) * std::size_t(rowCount), 0);
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
        BlockCounts local(slots.count(), options.perRow ? grid.blockHeight : 1);
        for (int b = next++; b < blockTotal && !stop; b = next++) {
            const int bx = b % blocksAcross;
            const int by = b / blocksAcross;
            const int validWidth = std::min(grid.blockWidth, grid.width - bx * grid.blockWidth);
            const int validHeight = std::min(grid.blockHeight, grid.height - by * grid.blockHeight);
            const CellMask::Coverage coverage =
                options.mask ? options.mask->coverage(bx * grid.blockWidth, by * grid.blockHeight,
                                                      validWidth, validHeight)
                             : CellMask::Coverage::Full;
            if (coverage == CellMask::Coverage::None) {
                const int finished = ++done;
                if (progress && !progress(finished, blockTotal))
                    stop = true;
                continue;
            }
            if (auto ok = reader->readBlock(bx, by, buffer.data()); !ok) {
                std::lock_guard lock(errorMutex);
                if (!failure)
                    failure = ok.error();
                stop = true;
                break;
            }
            const std::vector<std::int16_t>* table = lut.empty() ? nullptr : &lut;
            const void* data = buffer.data();
            if (coverage == CellMask::Coverage::Partial) {
                const int x0 = bx * grid.blockWidth;
                const int y0 = by * grid.blockHeight;
                switch (type) {
                case PixelType::Byte:
                    countMaskedBlock(static_cast<const std::uint8_t*>(data), grid.blockWidth, x0,
                                     y0, validWidth, validHeight, table, noData, classifier, slots,
                                     *options.mask, options.perRow, local);
                    break;
                case PixelType::UInt16:
                    countMaskedBlock(static_cast<const std::uint16_t*>(data), grid.blockWidth, x0,
                                     y0, validWidth, validHeight, table, noData, classifier, slots,
                                     *options.mask, options.perRow, local);
                    break;
                case PixelType::Int32:
                    countMaskedBlock(static_cast<const std::int32_t*>(data), grid.blockWidth, x0,
                                     y0, validWidth, validHeight, nullptr, noData, classifier,
                                     slots, *options.mask, options.perRow, local);
                    break;
                case PixelType::Float64:
                    countMaskedBlock(static_cast<const double*>(data), grid.blockWidth, x0, y0,
                                     validWidth, validHeight, nullptr, noData, classifier, slots,
                                     *options.mask, options.perRow, local);
                    break;
                }
            } else
                switch (type) {
                case PixelType::Byte:
                    countBlock(static_cast<const std::uint8_t*>(data), grid.blockWidth, validWidth,
                               validHeight, table, ranges, noData, classifier, slots,
                               options.perRow, local);
                    break;
                case PixelType::UInt16:
                    countBlock(static_cast<const std::uint16_t*>(data), grid.blockWidth, validWidth,
                               validHeight, table, ranges, noData, classifier, slots,
                               options.perRow, local);
                    break;
                case PixelType::Int32:
                    countBlock(static_cast<const std::int32_t*>(data), grid.blockWidth, validWidth,
                               validHeight, nullptr, ranges, noData, classifier, slots,
                               options.perRow, local);
                    break;
                case PixelType::Float64:
                    countBlock(static_cast<const double*>(data), grid.blockWidth, validWidth,
                               validHeight, nullptr, ranges, noData, classifier, slots,
                               options.perRow, local);
                    break;
                }
            {
                std::lock_guard lock(mergeMutex);
                const std::size_t firstRow =
                    options.perRow ? std::size_t(by) * std::size_t(grid.blockHeight) : 0;
                const int rows = options.perRow ? validHeight : 1;
                for (int s = 0; s < slots.count(); ++s) {
                    if (!local.seen[std::size_t(s)])
                        continue;
                    std::int64_t* from = &local.counts[std::size_t(s) * std::size_t(local.rows)];
                    std::int64_t* to = &all[std::size_t(s) * std::size_t(rowCount) + firstRow];
                    for (int r = 0; r < rows; ++r)
                        to[r] += from[r];
                    std::memset(from, 0, sizeof(std::int64_t) * std::size_t(local.rows));
                    local.seen[std::size_t(s)] = 0;
                }
            }
            const int finished = ++done;
            if (progress && !progress(finished, blockTotal))
                stop = true;
        }
    };

    const int wanted = options.threads > 0 ? options.threads
                                           : int(std::max(1u, std::thread::hardware_concurrency()));
    const int threadCount = std::max(1, std::min(wanted, blockTotal));
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

    RasterTally tally;
    tally.grid = grid;
    tally.classCount = slots.classes;
    tally.rowCount = rowCount;
    const auto slice = [&](int slot) {
        const auto first = all.begin() + std::ptrdiff_t(std::size_t(slot) * std::size_t(rowCount));
        return std::vector<std::int64_t>(first, first + rowCount);
    };
    tally.counts.assign(all.begin(), all.begin() + std::ptrdiff_t(std::size_t(slots.classes) *
                                                                  std::size_t(rowCount)));
    tally.unclassifiedPerRow = slice(slots.unclassified());
    tally.noDataPerRow = slice(slots.noData());
    return tally;
}

} // namespace tanhui::core
