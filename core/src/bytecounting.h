// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// Private to tallyRaster: the counting of Byte blocks, the hot loop of stratification.

#include <cstdint>
#include <vector>

namespace tanhui::core::detail {

// The lookup table as consecutive value ranges 0..hi₀, hi₀+1..hi₁, …, ..255 with their
// slots. A row is counted by how many of its cells are ≤ each hi but the last (one vector
// compare each); a range's count is the difference of two of those.
struct ByteRanges
{
    static constexpr int kMaxThresholds = 8;
    std::vector<std::uint8_t> upper; ///< hi of every range but the last
    std::vector<int> slots;          ///< slot of every range, last included
};

/// The ranges of `lut` (256 slots), or empty ranges when there are too many.
ByteRanges byteRanges(const std::vector<std::int16_t>& lut);

/// Counts a Byte block into `slotCounts` through `table`. A row equal to the row above
/// repeats its counts (stand rasters are piecewise constant); other rows are counted by
/// value ranges with vector compares when the table has few ranges, else by a four-table
/// histogram.
void countByteBlock(const std::uint8_t* cells, int blockWidth, int validWidth, int validHeight,
                    const std::int16_t* table, const ByteRanges& ranges, std::uint32_t* slotCounts);

} // namespace tanhui::core::detail
