// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/rasterstack.h"

#include <algorithm>
#include <memory>

#include "tanhui/core/cellmask.h"

#include "tallysupport.h"

namespace tanhui::core {

namespace {

double cellValue(PixelType type, const unsigned char* buffer, std::size_t i)
{
    switch (type) {
    case PixelType::Byte:
        return buffer[i];
    case PixelType::UInt16:
        return reinterpret_cast<const std::uint16_t*>(buffer)[i];
    case PixelType::Int32:
        return reinterpret_cast<const std::int32_t*>(buffer)[i];
    case PixelType::Float64:
        return reinterpret_cast<const double*>(buffer)[i];
    }
    return 0.0;
}

} // namespace

Result<RasterTally> tallyStack(const std::vector<const RasterSource*>& sources,
                               const StackClassifier& classifier, const TallyOptions& options,
                               const std::function<bool(int, int)>& progress)
{
    if (sources.empty())
        return Error{ErrorCode::InvalidArgument, "no rasters", {}, 0, {}};
    const RasterGrid grid = sources.front()->grid();
    for (const RasterSource* s : sources) {
        const RasterGrid g = s->grid();
        if (g.width != grid.width || g.height != grid.height)
            return Error{ErrorCode::GridMismatch,
                         std::to_string(g.width) + " × " + std::to_string(g.height) +
                             " cells against " + std::to_string(grid.width) + " × " +
                             std::to_string(grid.height),
                         {},
                         0,
                         {}};
        if (g.blockWidth != grid.blockWidth || g.blockHeight != grid.blockHeight)
            return Error{ErrorCode::GridMismatch, "different block sizes", {}, 0, {}};
    }
    const detail::Slots slots{classifier.classCount};
    const std::size_t n = sources.size();
    detail::TallyTotals totals(slots, grid, options.perRow);
    std::vector<detail::BlockWorker> workers;
    for (int t = 0; t < detail::workerCount(options, grid); ++t) {
        // Per worker: one reader and one buffer per band, the cell tuple and the last class.
        struct State
        {
            std::vector<std::unique_ptr<RasterBlockReader>> readers;
            std::vector<std::vector<unsigned char>> buffers;
            std::unique_ptr<detail::BlockCounts> local;
        };
        auto state = std::make_shared<State>();
        for (const RasterSource* s : sources) {
            auto reader = s->openReader();
            if (!reader)
                return reader.error();
            state->readers.push_back(std::move(reader).value());
            state->buffers.emplace_back(std::size_t(grid.blockWidth) *
                                        std::size_t(grid.blockHeight) * pixelSize(s->pixelType()));
        }
        state->local = std::make_unique<detail::BlockCounts>(slots.count(), totals.localRows());
        workers.push_back([&, state](const detail::BlockTask& task) -> Result<void> {
            for (std::size_t b = 0; b < n; ++b)
                if (auto ok =
                        state->readers[b]->readBlock(task.bx, task.by, state->buffers[b].data());
                    !ok)
                    return ok;
            std::vector<double> values(n);
            std::vector<double> last(n, std::nan(""));
            int lastSlot = 0;
            std::uint32_t* counts = state->local->scratch.data();
            for (int r = 0; r < task.height; ++r) {
                auto countRange = [&](int from, int to) {
                    for (int c = from; c < to; ++c) {
                        const std::size_t i =
                            std::size_t(r) * std::size_t(grid.blockWidth) + std::size_t(c);
                        bool noData = false;
                        for (std::size_t b = 0; b < n; ++b) {
                            values[b] =
                                cellValue(sources[b]->pixelType(), state->buffers[b].data(), i);
                            noData = noData || detail::isNoData(values[b], sources[b]->noData());
                        }
                        if (noData) {
                            ++counts[slots.noData()];
                            continue;
                        }
                        if (values != last) {
                            last = values;
                            const int cls = classifier.classify(values.data());
                            lastSlot = cls >= 0 && cls < slots.classes ? cls : slots.unclassified();
                        }
                        ++counts[lastSlot];
                    }
                };
                if (task.coverage == CellMask::Coverage::Partial) {
                    for (const auto& [first, lastColumn] : options.mask->intervals(task.y0 + r))
                        countRange(std::max(first, task.x0) - task.x0,
                                   std::min(lastColumn, task.x0 + task.width) - task.x0);
                } else {
                    countRange(0, task.width);
                }
                if (options.perRow)
                    state->local->flush(r);
            }
            if (!options.perRow)
                state->local->flush(0);
            totals.merge(*state->local, task);
            return {};
        });
    }
    if (auto ok = detail::forEachBlock(grid, options, progress, std::move(workers)); !ok)
        return ok.error();
    return totals.finish();
}

} // namespace tanhui::core
