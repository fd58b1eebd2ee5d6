// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <utility>
#include <vector>

#include "tanhui/core/rastersource.h"

namespace tanhui::core {

/// The cells of a grid whose centre lies inside a polygon (a project boundary), as column
/// intervals per row — the rule gdal_rasterize uses by default. Rings are given in cell
/// coordinates (column, row; the top-left corner of the grid is (0, 0)); holes are rings
/// too, inside-ness is even-odd. Memory: a few intervals per row.
class CellMask
{
public:
    using Ring = std::vector<std::pair<double, double>>;

    CellMask(const std::vector<Ring>& rings, int width, int height);

    /// Half-open column intervals [first, second) of row `row` inside the polygon.
    const std::vector<std::pair<int, int>>& intervals(int row) const
    {
        return m_rows[std::size_t(row)];
    }

    enum class Coverage
    {
        None,
        Partial,
        Full
    };
    /// How much of the block (x0, y0, width × height cells) the mask covers.
    Coverage coverage(int x0, int y0, int width, int height) const;

    std::int64_t cellCount() const;

private:
    std::vector<std::vector<std::pair<int, int>>> m_rows;
};

} // namespace tanhui::core
