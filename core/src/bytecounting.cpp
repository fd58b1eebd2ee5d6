// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "bytecounting.h"

#include <algorithm>
#include <cstring>

namespace tanhui::core::detail {

ByteRanges byteRanges(const std::vector<std::int16_t>& lut)
{
    ByteRanges result;
    for (int v = 0; v < 256; ++v) {
        if (v < 255 && lut[std::size_t(v + 1)] == lut[std::size_t(v)])
            continue;
        result.slots.push_back(lut[std::size_t(v)]);
        if (v < 255)
            result.upper.push_back(std::uint8_t(v));
    }
    if (int(result.upper.size()) > ByteRanges::kMaxThresholds)
        return {};
    return result;
}

namespace {

// GCC/Clang vector extensions: SSE2 on x86-64 without a platform header.
using Bytes16 = std::uint8_t __attribute__((vector_size(16)));

// Counts the cells of one row that are ≤ each of N thresholds, 16 cells at a time. N is a
// template parameter so that the accumulators stay in registers.
template <int N>
void countAtMost(const std::uint8_t* row, int width, const Bytes16* upper, std::uint32_t* atMost)
{
    Bytes16 limit[N];
#pragma GCC unroll 8
    for (int k = 0; k < N; ++k)
        limit[k] = upper[k];
    const int vectors = width / 16;
    // Chunks of at most 31 vectors, so that the eight lanes of a word add up to less than
    // 256 and one multiplication sums them.
    for (int chunkStart = 0; chunkStart < vectors; chunkStart += 31) {
        const int chunkEnd = std::min(vectors, chunkStart + 31);
        Bytes16 acc[N] = {};
        for (int i = chunkStart; i < chunkEnd; ++i) {
            Bytes16 v;
            std::memcpy(&v, row + 16 * i, sizeof v);
#pragma GCC unroll 8
            for (int k = 0; k < N; ++k)
                acc[k] -= reinterpret_cast<Bytes16>(v <= limit[k]);
        }
        for (int k = 0; k < N; ++k) {
            using Words = std::uint64_t __attribute__((vector_size(16)));
            const Words words = reinterpret_cast<Words>(acc[k]);
            atMost[k] += std::uint32_t((words[0] * 0x0101010101010101ULL) >> 56) +
                         std::uint32_t((words[1] * 0x0101010101010101ULL) >> 56);
        }
    }
    for (int c = 16 * vectors; c < width; ++c)
        for (int k = 0; k < N; ++k)
            atMost[k] += row[c] <= upper[k][0];
}

// The cells of one row in each range (counts[k] for range k, the last range included).
void countRowByRanges(const std::uint8_t* row, int width, const ByteRanges& ranges,
                      const Bytes16* upper, std::uint32_t* counts)
{
    std::uint32_t atMost[ByteRanges::kMaxThresholds] = {};
    switch (ranges.upper.size()) {
    case 0:
        break;
    case 1:
        countAtMost<1>(row, width, upper, atMost);
        break;
    case 2:
        countAtMost<2>(row, width, upper, atMost);
        break;
    case 3:
        countAtMost<3>(row, width, upper, atMost);
        break;
    case 4:
        countAtMost<4>(row, width, upper, atMost);
        break;
    case 5:
        countAtMost<5>(row, width, upper, atMost);
        break;
    case 6:
        countAtMost<6>(row, width, upper, atMost);
        break;
    case 7:
        countAtMost<7>(row, width, upper, atMost);
        break;
    default:
        countAtMost<8>(row, width, upper, atMost);
        break;
    }
    std::uint32_t below = 0;
    for (std::size_t k = 0; k < ranges.upper.size(); ++k) {
        counts[k] = atMost[k] - below;
        below = atMost[k];
    }
    counts[ranges.upper.size()] = std::uint32_t(width) - below;
}

} // namespace

void countByteBlock(const std::uint8_t* cells, int blockWidth, int validWidth, int validHeight,
                    const std::int16_t* table, const ByteRanges& ranges, std::uint32_t* slotCounts)
{
    const std::size_t stride = std::size_t(blockWidth);
    if (ranges.slots.empty()) {
        std::uint32_t hist[4][256] = {};
        for (int r = 0; r < validHeight; ++r) {
            const std::uint8_t* row = cells + std::size_t(r) * stride;
            int c = 0;
            for (; c + 4 <= validWidth; c += 4) {
                ++hist[0][row[c]];
                ++hist[1][row[c + 1]];
                ++hist[2][row[c + 2]];
                ++hist[3][row[c + 3]];
            }
            for (; c < validWidth; ++c)
                ++hist[0][row[c]];
        }
        for (int v = 0; v < 256; ++v)
            slotCounts[table[v]] += hist[0][v] + hist[1][v] + hist[2][v] + hist[3][v];
        return;
    }
    Bytes16 upper[ByteRanges::kMaxThresholds];
    for (std::size_t k = 0; k < ranges.upper.size(); ++k)
        for (int i = 0; i < 16; ++i)
            upper[k][i] = ranges.upper[k];
    // The counts of the last distinct row, added once for all its repetitions.
    std::uint32_t rowCounts[ByteRanges::kMaxThresholds + 1];
    const std::size_t rangeCount = ranges.slots.size();
    std::uint32_t repeats = 0;
    auto addRun = [&] {
        for (std::size_t k = 0; k < rangeCount; ++k)
            slotCounts[ranges.slots[k]] += rowCounts[k] * repeats;
    };
    for (int r = 0; r < validHeight; ++r) {
        const std::uint8_t* row = cells + std::size_t(r) * stride;
        if (r > 0 && std::memcmp(row, row - stride, std::size_t(validWidth)) == 0) {
            ++repeats;
            continue;
        }
        if (r > 0)
            addRun();
        countRowByRanges(row, validWidth, ranges, upper, rowCounts);
        repeats = 1;
    }
    addRun();
}

} // namespace tanhui::core::detail
