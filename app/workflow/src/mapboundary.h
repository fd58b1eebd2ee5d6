// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// The project boundary over a raster's map (not installed: it names gis types): what the
// stratification counted is what the map shows in strata.

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "tanhui/core/result.h"
#include "tanhui/gis/standshapes.h"
#include "tanhui/workflow/maplayer.h"

#include "pool.h"

namespace tanhui::workflow {

/// The GDAL geotransform of `window` of a grid (`grid`, north up) at `width` × `height`.
std::array<double, 6> viewGeoTransform(const std::array<double, 6>& grid, const MapWindow& window,
                                       int width, int height);

/// Calls `edge(i, j)` for each pixel i (of `values`, `width` a row) whose right or lower
/// neighbour j holds another value: the edges between stands, or of a boundary.
template <class Edge>
void forEachEdge(const std::vector<std::int32_t>& values, int width, Edge&& edge)
{
    const std::size_t w = std::size_t(width);
    const std::size_t rows = values.size() / w;
    for (std::size_t row = 0; row < rows; ++row) {
        const std::size_t begin = row * w;
        for (std::size_t i = begin; i + 1 < begin + w; ++i)
            if (values[i + 1] != values[i])
                edge(i, i + 1);
        if (row + 1 < rows)
            for (std::size_t i = begin; i < begin + w; ++i)
                if (values[i + w] != values[i])
                    edge(i, i + w);
    }
}

class MapBoundary
{
public:
    /// The boundary polygons of `path` in the map's CRS `crsWkt`: transformed into it when
    /// the stratification transformed them (`reproject`), else as they are (the areas job
    /// refused a boundary in another CRS). `clips`: the strata were counted inside it.
    static core::Result<std::unique_ptr<MapBoundary>>
    open(const std::string& path, const std::string& crsWkt, bool reproject, bool clips);

    const std::string& path() const { return m_path; }
    bool clips() const { return m_clips; }
    /// Its edge marked (kBoundaryEdge, two pixels wide) in `image.outlines`; when it clips,
    /// pixels whose centre lies outside it in no stratum, as the areas job counts only cells
    /// whose centre is inside. `grid`: the map's geotransform.
    core::Result<void> clip(ClassImage& image, const std::array<double, 6>& grid,
                            const std::atomic<bool>& cancel) const;
    /// Whether (x, y), in the map's CRS, lies inside.
    bool inside(double x, double y) const;

private:
    MapBoundary() = default;
    std::string m_path;
    bool m_clips = true;
    std::shared_ptr<const gis::StandShapes> m_shapes;
    Pool<std::vector<std::int32_t>> m_pool; ///< earlier views' inside/outside buffers
};

} // namespace tanhui::workflow
