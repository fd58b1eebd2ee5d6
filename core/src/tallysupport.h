// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// Private to the raster tallies: slots, per-thread block counts, the shared totals and the
// threaded loop over blocks.

#include <cmath>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

#include "tanhui/core/cellmask.h"
#include "tanhui/core/rastertally.h"

namespace tanhui::core::detail {

// Slots: classes 0..K−1, then "unclassified", then "nodata".
struct Slots
{
    int classes = 0;
    int unclassified() const { return classes; }
    int noData() const { return classes + 1; }
    int count() const { return classes + 2; }
};

inline bool isNoData(double value, const std::optional<double>& noData)
{
    return std::isnan(value) || (noData && value == *noData);
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

    BlockCounts(int slotCount, int rowCount);
    void flush(int row); ///< moves the scratch counters into row `row`
};

struct BlockTask
{
    int bx = 0;
    int by = 0;
    int x0 = 0;     ///< first column
    int y0 = 0;     ///< first row
    int width = 0;  ///< valid columns
    int height = 0; ///< valid rows
    CellMask::Coverage coverage = CellMask::Coverage::Full;
};

// The counts of every thread, added block by block.
class TallyTotals
{
public:
    TallyTotals(Slots slots, const RasterGrid& grid, bool perRow);
    int localRows() const { return m_perRow ? m_grid.blockHeight : 1; }
    void merge(BlockCounts& local, const BlockTask& task);
    RasterTally finish() const;

private:
    Slots m_slots;
    RasterGrid m_grid;
    bool m_perRow;
    int m_rowCount;
    std::mutex m_mutex;
    std::vector<std::int64_t> m_all;
};

using BlockWorker = std::function<Result<void>(const BlockTask&)>;

// How many workers `options` asks for on `grid` (at least 1, at most one per block).
int workerCount(const TallyOptions& options, const RasterGrid& grid);

// Runs `workers` (one thread each) over every block, claimed from a shared counter; blocks
// the mask leaves out are skipped. The first error stops everything and is returned;
// `progress` returning false gives Cancelled.
Result<void> forEachBlock(const RasterGrid& grid, const TallyOptions& options,
                          const std::function<bool(int, int)>& progress,
                          std::vector<BlockWorker> workers);

} // namespace tanhui::core::detail
