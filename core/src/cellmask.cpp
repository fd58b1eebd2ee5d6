// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/cellmask.h"

#include <algorithm>
#include <cmath>

namespace tanhui::core {

CellMask::CellMask(const std::vector<Ring>& rings, int width, int height)
    : m_rows(std::size_t(std::max(height, 0)))
{
    std::vector<double> crossings;
    for (int r = 0; r < height; ++r) {
        const double y = r + 0.5;
        crossings.clear();
        for (const Ring& ring : rings) {
            const std::size_t n = ring.size();
            for (std::size_t i = 0; i < n; ++i) {
                const auto [x1, y1] = ring[i];
                const auto [x2, y2] = ring[(i + 1) % n];
                // Half-open in y so that a vertex on the scan line is counted once.
                if ((y1 <= y) != (y2 <= y))
                    crossings.push_back(x1 + (y - y1) * (x2 - x1) / (y2 - y1));
            }
        }
        std::sort(crossings.begin(), crossings.end());
        for (std::size_t i = 0; i + 1 < crossings.size(); i += 2) {
            // Cells whose centre c + 0.5 lies in [left, right).
            const int first = std::max(0, int(std::ceil(crossings[i] - 0.5)));
            const int last = std::min(width, int(std::ceil(crossings[i + 1] - 0.5)));
            if (first < last) {
                auto& row = m_rows[std::size_t(r)];
                if (!row.empty() && row.back().second >= first)
                    row.back().second = std::max(row.back().second, last);
                else
                    row.emplace_back(first, last);
            }
        }
    }
}

CellMask::Coverage CellMask::coverage(int x0, int y0, int width, int height) const
{
    bool any = false;
    bool all = true;
    for (int r = y0; r < y0 + height; ++r) {
        bool rowFull = false;
        for (const auto& [first, last] : m_rows[std::size_t(r)]) {
            if (first < x0 + width && last > x0)
                any = true;
            if (first <= x0 && last >= x0 + width)
                rowFull = true;
        }
        all = all && rowFull;
    }
    return all ? Coverage::Full : any ? Coverage::Partial : Coverage::None;
}

std::int64_t CellMask::cellCount() const
{
    std::int64_t n = 0;
    for (const auto& row : m_rows)
        for (const auto& [first, last] : row)
            n += last - first;
    return n;
}

} // namespace tanhui::core
