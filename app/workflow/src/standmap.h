// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// The map of a stratification drawn from stand polygons, behind MapLayer (not installed: it
// names gis types). A grid over the stands' extent stands in for a raster's cells, so that
// the view, its plots and its exports work in one pixel space; each view's pixels are the
// polygons burnt at the output size, never a raster made once.

#include <array>
#include <atomic>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "tanhui/core/result.h"
#include "tanhui/core/standrules.h"
#include "tanhui/core/table.h"
#include "tanhui/gis/standshapes.h"
#include "tanhui/workflow/maplayer.h"

#include "pool.h"

namespace tanhui::workflow {

class StandMap
{
public:
    /// The stands of `standsPath` classified by the rules of `rulesPath`.
    static core::Result<std::shared_ptr<const StandMap>> open(const std::string& standsPath,
                                                              const std::string& rulesPath);

    std::vector<std::string> strata() const;
    int stands() const;
    /// The grid: at least 16 384 cells along the extent's longer side, of a round size
    /// (1, 2 or 5 × 10ⁿ CRS units), north up.
    int width() const { return m_width; }
    int height() const { return m_height; }
    const std::array<double, 6>& geoTransform() const { return m_geoTransform; }
    const gis::StandShapes& shapes() const { return *m_shapes; }

    /// `image.window` of the grid at `image.width` × `image.height`: each pixel the stratum of
    /// the stand holding its centre; the stands' edges marked in `image.outlines` once a stand
    /// is on average at least 8 × 8 pixels.
    core::Result<void> render(ClassImage& image, const std::atomic<bool>& cancel) const;
    /// The stand under the centre of cell (column, row) of the grid; beyond the grid, none.
    core::Result<MapPixel> identify(int column, int row) const;
    /// A stand's attributes as the file holds them (decoded: GBK or UTF-8), column by column.
    std::vector<std::pair<std::string, std::string>> attributes(int stand) const;

private:
    StandMap() = default;
    // Classified as the areas job classifies them, without their ellipsoidal areas (a
    // county's take the map a second to measure; the stratification has them).
    std::vector<core::StandRule> m_rules;
    core::Table m_attributes;
    std::vector<int> m_strata; ///< per stand: index into m_rules, or −1
    std::shared_ptr<const gis::StandShapes> m_shapes;
    std::array<double, 6> m_geoTransform{};
    int m_width = 0;
    int m_height = 0;
    double m_meanStandArea = 0.0;           ///< CRS units², for when outlines are drawn
    Pool<std::vector<std::int32_t>> m_pool; ///< earlier views' stand positions
};

} // namespace tanhui::workflow
