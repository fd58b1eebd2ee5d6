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
#include "tallysupport.h"

namespace tanhui::core {

using detail::BlockCounts;
using detail::BlockTask;
using detail::ByteRanges;
using detail::byteRanges;
using detail::countByteBlock;
using detail::Slots;

namespace {

int slotOf(double value, const std::optional<double>& noData, const ValueClassifier& classifier,
           const Slots& slots)
{
    if (detail::isNoData(value, noData))
        return slots.noData();
    const int cls = classifier.classify(value);
    return cls >= 0 && cls < slots.classes ? cls : slots.unclassified();
}

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
            countByteBlock(cells, blockWidth, validWidth, validHeight, lut->data(), ranges, s0);
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

// Dispatches a block to the kernel of its cell type, masked or not.
void countAny(PixelType type, const void* data, int blockWidth, const BlockTask& task,
              const std::vector<std::int16_t>* table, const ByteRanges& ranges,
              const std::optional<double>& noData, const ValueClassifier& classifier,
              const Slots& slots, const TallyOptions& options, BlockCounts& local)
{
    auto run = [&](const auto* cells, const std::vector<std::int16_t>* lut) {
        if (task.coverage == CellMask::Coverage::Partial)
            countMaskedBlock(cells, blockWidth, task.x0, task.y0, task.width, task.height, lut,
                             noData, classifier, slots, *options.mask, options.perRow, local);
        else
            countBlock(cells, blockWidth, task.width, task.height, lut, ranges, noData, classifier,
                       slots, options.perRow, local);
    };
    switch (type) {
    case PixelType::Byte:
        run(static_cast<const std::uint8_t*>(data), table);
        break;
    case PixelType::UInt16:
        run(static_cast<const std::uint16_t*>(data), table);
        break;
    case PixelType::Int32:
        run(static_cast<const std::int32_t*>(data), nullptr);
        break;
    case PixelType::Float64:
        run(static_cast<const double*>(data), nullptr);
        break;
    }
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
    detail::TallyTotals totals(slots, grid, options.perRow);
    std::vector<detail::BlockWorker> workers;
    for (int t = 0; t < detail::workerCount(options, grid); ++t) {
        auto opened = source.openReader();
        if (!opened)
            return opened.error();
        // Each worker owns its reader, buffer and block counts.
        auto reader = std::shared_ptr<RasterBlockReader>(std::move(opened).value());
        auto buffer = std::make_shared<std::vector<unsigned char>>(
            std::size_t(grid.blockWidth) * std::size_t(grid.blockHeight) * pixelSize(type));
        auto local = std::make_shared<BlockCounts>(slots.count(), totals.localRows());
        workers.push_back([&, reader, buffer, local](const BlockTask& task) -> Result<void> {
            if (auto ok = reader->readBlock(task.bx, task.by, buffer->data()); !ok)
                return ok;
            const std::vector<std::int16_t>* table = lut.empty() ? nullptr : &lut;
            countAny(type, buffer->data(), grid.blockWidth, task, table, ranges, noData, classifier,
                     slots, options, *local);
            totals.merge(*local, task);
            return {};
        });
    }
    if (auto ok = detail::forEachBlock(grid, options, progress, std::move(workers)); !ok)
        return ok.error();
    return totals.finish();
}

} // namespace tanhui::core
