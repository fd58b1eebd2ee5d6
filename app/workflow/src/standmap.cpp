// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "standmap.h"

#include <cmath>

#include "tanhui/gis/tablereader.h"
#include "tanhui/workflow/inputs.h"

#include "mapboundary.h"

namespace tanhui::workflow {

namespace {

constexpr double kCellsAlong = 16384.0;

// The largest of 1, 2 or 5 × 10ⁿ not above `size`.
double roundCell(double size)
{
    if (!(size > 0.0) || !std::isfinite(size))
        return 1.0;
    const double decade = std::pow(10.0, std::floor(std::log10(size)));
    for (const double step : {5.0, 2.0})
        if (step * decade <= size)
            return step * decade;
    return decade;
}

} // namespace

core::Result<std::shared_ptr<const StandMap>> StandMap::open(const std::string& standsPath,
                                                             const std::string& rulesPath)
{
    auto rules = readStandRules(rulesPath);
    if (!rules)
        return rules.error();
    auto attributes = gis::readTable(standsPath);
    if (!attributes)
        return attributes.error();
    auto strata = core::classifyStands(*attributes, *rules);
    if (!strata)
        return strata.error();
    auto shapes = gis::StandShapes::read(standsPath);
    if (!shapes)
        return shapes.error();
    if ((*shapes)->size() != int(strata->size()))
        return core::Error{
            core::ErrorCode::CorruptData, "features and attribute rows differ", standsPath, 0, {}};
    std::shared_ptr<StandMap> map(new StandMap);
    map->m_rules = std::move(rules).value();
    map->m_attributes = std::move(attributes).value();
    map->m_strata = std::move(strata).value();
    map->m_shapes = std::move(shapes).value();
    const auto& [x0, y0, x1, y1] = map->m_shapes->extent();
    const double cell = roundCell(std::max(x1 - x0, y1 - y0) / kCellsAlong);
    const double left = std::floor(x0 / cell) * cell;
    const double top = std::ceil(y1 / cell) * cell;
    map->m_width = std::max(1, int(std::ceil((x1 - left) / cell)));
    map->m_height = std::max(1, int(std::ceil((top - y0) / cell)));
    map->m_geoTransform = {left, cell, 0.0, top, 0.0, -cell};
    map->m_meanStandArea = map->m_shapes->meanArea();
    return std::shared_ptr<const StandMap>(std::move(map));
}

std::vector<std::string> StandMap::strata() const
{
    std::vector<std::string> names;
    for (const core::StandRule& rule : m_rules)
        names.push_back(rule.name);
    return names;
}

int StandMap::stands() const
{
    return int(m_strata.size());
}

core::Result<void> StandMap::render(ClassImage& image, const std::atomic<bool>& cancel) const
{
    const auto view = viewGeoTransform(m_geoTransform, image.window, image.width, image.height);
    const double dx = view[1];
    const double dy = -view[5];
    std::vector<std::int32_t> stands = m_pool.take().value_or(std::vector<std::int32_t>{});
    const auto burnt =
        m_shapes->burn(view, image.width, image.height, stands, [&] { return !cancel.load(); });
    if (burnt) {
        const auto& strata = m_strata;
        for (std::size_t i = 0; i < stands.size(); ++i) {
            const std::int32_t s = stands[i];
            const int k = s > 0 ? strata[std::size_t(s - 1)] : -1;
            image.classes[i] = k < 0 ? ClassImage::kNone : std::uint8_t(k);
        }
        image.outlines.clear();
        // Outlines only where they are lines: 8 × 8 pixels a stand, on average.
        if (m_meanStandArea >= 64.0 * dx * dy) {
            image.outlines.assign(stands.size(), 0);
            forEachEdge(stands, image.width, [&](std::size_t i, std::size_t) {
                image.outlines[i] = ClassImage::kStandEdge;
            });
        }
    }
    m_pool.give(std::move(stands));
    return burnt;
}

core::Result<MapPixel> StandMap::identify(int column, int row) const
{
    MapPixel p; // beyond the grid, as between stands: in no stand
    p.column = column;
    p.row = row;
    p.x = m_geoTransform[0] + (column + 0.5) * m_geoTransform[1];
    p.y = m_geoTransform[3] + (row + 0.5) * m_geoTransform[5];
    p.stand = m_shapes->at(p.x, p.y);
    if (p.stand >= 0)
        p.stratum = m_strata[std::size_t(p.stand)];
    return p;
}

std::vector<std::pair<std::string, std::string>> StandMap::attributes(int stand) const
{
    const core::Table& table = m_attributes;
    std::vector<std::pair<std::string, std::string>> out;
    if (stand < 0 || std::size_t(stand) >= table.rows.size())
        return out;
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        out.emplace_back(table.columns[c], table.rows[std::size_t(stand)][c]);
    return out;
}

} // namespace tanhui::workflow
