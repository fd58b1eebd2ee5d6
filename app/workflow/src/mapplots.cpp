// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/workflow/mapplots.h"

#include <cmath>
#include <map>

#include "tanhui/gis/transform.h"
#include "tanhui/workflow/maplayer.h"
#include "tanhui/workflow/projectservice.h"

namespace tanhui::workflow {

namespace {

// (x, y) in the CRS to fractional (column, row) by the inverse of the geotransform.
bool toPixel(const std::array<double, 6>& gt, double x, double y, double& column, double& row)
{
    const double det = gt[1] * gt[5] - gt[2] * gt[4];
    if (det == 0.0)
        return false;
    const double dx = x - gt[0];
    const double dy = y - gt[3];
    column = (gt[5] * dx - gt[2] * dy) / det;
    row = (gt[1] * dy - gt[4] * dx) / det;
    return true;
}

PlotAgreement agreementOf(const MapPlot& p)
{
    if (!p.mapStratum)
        return PlotAgreement::OutsideStrata;
    if (!p.recordedStratum.empty() && p.recordedStratum != *p.mapStratum)
        return PlotAgreement::Differs;
    return PlotAgreement::Agrees;
}

// The map's stratum of the cell under the plot (none outside the raster or any stratum).
core::Result<std::optional<std::string>> stratumAt(const MapLayer& layer, const MapPlot& p)
{
    const double column = std::floor(p.column);
    const double row = std::floor(p.row);
    if (column < 0 || row < 0 || column >= layer.width() || row >= layer.height())
        return std::optional<std::string>();
    const auto pixel = layer.identify(int(column), int(row));
    if (!pixel)
        return pixel.error();
    if (pixel->stratum < 0)
        return std::optional<std::string>();
    return std::optional<std::string>(layer.strata()[std::size_t(pixel->stratum)]);
}

} // namespace

int MapPlots::differing() const
{
    int n = 0;
    for (const MapPlot& p : plots)
        n += p.agreement == PlotAgreement::Differs;
    return n;
}

int MapPlots::outside() const
{
    int n = 0;
    for (const MapPlot& p : plots)
        n += p.agreement == PlotAgreement::OutsideStrata;
    return n;
}

core::Result<MapPlots> locatePlots(ProjectService& project, const std::string& period,
                                   const MapLayer& layer)
{
    const auto plots = project.plots(period);
    if (!plots)
        return plots.error();
    const auto carbon = project.plotCarbon(period);
    if (!carbon)
        return carbon.error();
    std::map<std::string, double> perHa;
    for (const core::PlotValue& v : *carbon)
        perHa[v.plotId] = v.value;
    // One transformation per CRS the plots were recorded in: the error for one PROJ cannot make.
    std::map<std::string, core::Result<gis::CoordinateTransform>> transforms;
    MapPlots out;
    out.period = period;
    for (const auto& [plot, trees] : *plots) {
        if (std::isnan(plot.x) || std::isnan(plot.y)) {
            ++out.withoutCoordinates;
            continue;
        }
        if (plot.crs.empty()) {
            ++out.withoutCrs;
            continue;
        }
        auto t = transforms.find(plot.crs);
        if (t == transforms.end())
            t = transforms
                    .emplace(plot.crs, gis::CoordinateTransform::create(plot.crs, layer.crsWkt()))
                    .first;
        if (!t->second) {
            ++out.withoutTransform;
            if (!out.transformError)
                out.transformError = t->second.error();
            continue;
        }
        MapPlot m;
        m.id = plot.plotId;
        m.x = plot.x;
        m.y = plot.y;
        if (!t->second->apply(m.x, m.y) ||
            !toPixel(layer.geoTransform(), m.x, m.y, m.column, m.row)) {
            ++out.unrepresentable;
            continue;
        }
        m.recordedStratum = plot.stratum;
        auto stratum = stratumAt(layer, m);
        if (!stratum)
            return stratum.error();
        m.mapStratum = std::move(stratum).value();
        m.agreement = agreementOf(m);
        m.trees = trees;
        if (const auto c = perHa.find(plot.plotId); c != perHa.end())
            m.co2eTHa = c->second;
        out.plots.push_back(std::move(m));
    }
    return out;
}

} // namespace tanhui::workflow
