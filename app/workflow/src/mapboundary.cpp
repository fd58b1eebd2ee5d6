// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "mapboundary.h"

namespace tanhui::workflow {

std::array<double, 6> viewGeoTransform(const std::array<double, 6>& grid, const MapWindow& window,
                                       int width, int height)
{
    return {grid[0] + window.x * grid[1],
            window.width * grid[1] / width,
            0.0,
            grid[3] + window.y * grid[5],
            0.0,
            window.height * grid[5] / height};
}

core::Result<std::unique_ptr<MapBoundary>>
MapBoundary::open(const std::string& path, const std::string& crsWkt, bool reproject, bool clips)
{
    auto shapes = gis::StandShapes::read(path, reproject ? crsWkt : std::string());
    if (!shapes)
        return shapes.error();
    std::unique_ptr<MapBoundary> boundary(new MapBoundary);
    boundary->m_path = path;
    boundary->m_clips = clips;
    boundary->m_shapes = std::move(shapes).value();
    return boundary;
}

core::Result<void> MapBoundary::clip(ClassImage& image, const std::array<double, 6>& grid,
                                     const std::atomic<bool>& cancel) const
{
    std::vector<std::int32_t> inside = m_pool.take().value_or(std::vector<std::int32_t>{});
    auto burnt = m_shapes->burn(viewGeoTransform(grid, image.window, image.width, image.height),
                                image.width, image.height, inside, [&] { return !cancel.load(); });
    if (burnt) {
        const std::size_t n = inside.size();
        if (image.outlines.empty())
            image.outlines.assign(n, 0);
        if (m_clips)
            for (std::size_t i = 0; i < n; ++i)
                if (inside[i] == 0)
                    image.classes[i] = ClassImage::kNone;
        // Where inside turns outside (burnt 1 or 0: the boundary's polygons are one region),
        // both pixels: a line two wide.
        for (std::int32_t& v : inside)
            v = v != 0;
        forEachEdge(inside, image.width, [&](std::size_t i, std::size_t j) {
            image.outlines[i] = image.outlines[j] = ClassImage::kBoundaryEdge;
        });
    }
    m_pool.give(std::move(inside));
    return burnt;
}

bool MapBoundary::inside(double x, double y) const
{
    return m_shapes->at(x, y) >= 0;
}

} // namespace tanhui::workflow
