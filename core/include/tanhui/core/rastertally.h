// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "tanhui/core/rastersource.h"
#include "tanhui/core/result.h"

namespace tanhui::core {

/// Maps a cell value to a class: the index of a stratum, or kUnclassified.
struct ValueClassifier
{
    static constexpr int kUnclassified = -1;
    int classCount = 0;
    std::function<int(double)> classify;
    /// False when `classify` must only see values that occur (it has side effects), which
    /// rules out tabulating it over every possible Byte/UInt16 value.
    bool tabulate = true;
};

/// Pixel counts per class, per raster row when rows matter (on a geographic grid every row
/// has its own cell area), otherwise in a single row 0.
struct RasterTally
{
    RasterGrid grid;
    int classCount = 0;
    int rowCount = 0;                             ///< grid.height per row, 1 when not
    std::vector<std::int64_t> counts;             ///< classCount × rowCount, class-major
    std::vector<std::int64_t> noDataPerRow;       ///< cells equal to nodata (or NaN)
    std::vector<std::int64_t> unclassifiedPerRow; ///< valid cells no class took

    std::int64_t count(int cls, int row) const
    {
        return counts[std::size_t(cls) * std::size_t(rowCount) + std::size_t(row)];
    }
    std::int64_t classTotal(int cls) const;
};

class CellMask;

struct TallyOptions
{
    int threads = 0;    ///< 0: all cores
    bool perRow = true; ///< count per raster row (needed for geographic cell areas)
    /// Count only cells inside this mask (a project boundary); blocks outside it are not
    /// read. Not owned; must outlive the call.
    const CellMask* mask = nullptr;
};

/// Streams every block of `source` on `options.threads` workers (each with its own reader), sends
/// each valid cell through `classifier` and counts it per class and row. For Byte and
/// UInt16 rasters the classifier is evaluated once per possible value into a lookup table,
/// so the per-cell cost is one table read and one increment (into four interleaved
/// counters, so that runs of equal cells do not stall on one memory location). Memory: one block
/// buffer per thread plus the counts, whatever the raster size. `progress(blocksDone, blocksTotal)`
/// is called from worker threads; returning false cancels (Error Cancelled). Blocks are claimed in
/// order from a shared counter, so the counts do not depend on the number of threads.
Result<RasterTally> tallyRaster(const RasterSource& source, const ValueClassifier& classifier,
                                const TallyOptions& options,
                                const std::function<bool(int, int)>& progress = {});

} // namespace tanhui::core
