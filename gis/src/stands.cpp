// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/gis/stands.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

#include <cpl_error.h>
#include <gdal.h>
#include <geodesic.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "tanhui/gis/gisruntime.h"
#include "tanhui/gis/points.h"
#include "tanhui/gis/tablereader.h"

#include "gdalhandles.h"
#include "vectorlayer.h"

namespace tanhui::gis {

using core::Error;
using core::ErrorCode;
using core::Result;
using detail::DatasetPtr;
using detail::GeometryPtr;
using detail::openVectorLayer;

namespace {

// Ellipsoidal area of one ring already in lon/lat degrees.
double ringArea(const geod_geodesic& g, OGRGeometryH ring)
{
    const int n = OGR_G_GetPointCount(ring);
    std::vector<double> lats(static_cast<std::size_t>(n));
    std::vector<double> lons(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        lons[std::size_t(i)] = OGR_G_GetX(ring, i);
        lats[std::size_t(i)] = OGR_G_GetY(ring, i);
    }
    double area = 0.0;
    geod_polygonarea(&g, lats.data(), lons.data(), n, &area, nullptr);
    return std::fabs(area);
}

double polygonArea(const geod_geodesic& g, OGRGeometryH polygon)
{
    double area = 0.0;
    const int rings = OGR_G_GetGeometryCount(polygon);
    for (int i = 0; i < rings; ++i) {
        const double a = ringArea(g, OGR_G_GetGeometryRef(polygon, i));
        area += i == 0 ? a : -a; // ring 0 is the outer ring, the others are holes
    }
    return area;
}

} // namespace

Result<StandLayer> readStands(const std::string& path)
{
    ensureGisRuntime();
    auto attributes = readTable(path);
    if (!attributes)
        return attributes.error();
    auto opened = openVectorLayer(path);
    if (!opened)
        return opened.error();
    OGRLayerH layer = opened->layer;
    OGRSpatialReferenceH layerSrs = OGR_L_GetSpatialRef(layer);
    if (!layerSrs)
        return Error{ErrorCode::CrsMissing, {}, path, 0, {}};
    StandLayer stands;
    stands.attributes = std::move(attributes).value();
    if (const char* name = OSRGetName(layerSrs))
        stands.crsName = name;

    OGRSpatialReferenceH source = OSRClone(layerSrs);
    OSRSetAxisMappingStrategy(source, OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReferenceH geographic = OSRCloneGeogCS(layerSrs);
    OSRSetAxisMappingStrategy(geographic, OAMS_TRADITIONAL_GIS_ORDER);
    OGRCoordinateTransformationH toGeographic = OCTNewCoordinateTransformation(source, geographic);
    OGRErr err = OGRERR_NONE;
    const double a = OSRGetSemiMajor(geographic, &err);
    const double inverseFlattening = OSRGetInvFlattening(geographic, &err);
    char ellipsoid[160];
    const char* ellipsoidName = OSRGetAttrValue(geographic, "SPHEROID", 0);
    std::snprintf(ellipsoid, sizeof ellipsoid, "%s (a = %.3f m, 1/f = %.9f)",
                  ellipsoidName ? ellipsoidName : "ellipsoid", a, inverseFlattening);
    stands.ellipsoid = ellipsoid;
    geod_geodesic g;
    geod_init(&g, a, inverseFlattening == 0.0 ? 0.0 : 1.0 / inverseFlattening);

    Result<void> status;
    OGR_L_ResetReading(layer);
    std::int64_t n = 0;
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        ++n;
        OGRGeometryH geometry = OGR_F_GetGeometryRef(f);
        const OGRwkbGeometryType type =
            geometry ? wkbFlatten(OGR_G_GetGeometryType(geometry)) : wkbUnknown;
        if (type != wkbPolygon && type != wkbMultiPolygon) {
            status =
                Error{ErrorCode::InvalidArgument,
                      "feature " + std::to_string(n) + " is not a polygon", path, n, "geometry"};
            OGR_F_Destroy(f);
            break;
        }
        stands.planarAreaM2.push_back(OGR_G_Area(geometry));
        OGRGeometryH copy = OGR_G_Clone(geometry);
        if (!toGeographic || OGR_G_Transform(copy, toGeographic) != OGRERR_NONE) {
            status =
                Error{ErrorCode::CrsMismatch,
                      "cannot take feature " + std::to_string(n) + " to geographic coordinates",
                      path, n, "geometry"};
            OGR_G_DestroyGeometry(copy);
            OGR_F_Destroy(f);
            break;
        }
        double area = 0.0;
        if (type == wkbPolygon)
            area = polygonArea(g, copy);
        else
            for (int i = 0; i < OGR_G_GetGeometryCount(copy); ++i)
                area += polygonArea(g, OGR_G_GetGeometryRef(copy, i));
        stands.areaM2.push_back(area);
        OGR_G_DestroyGeometry(copy);
        OGR_F_Destroy(f);
    }
    if (toGeographic)
        OCTDestroyCoordinateTransformation(toGeographic);
    OSRDestroySpatialReference(source);
    OSRDestroySpatialReference(geographic);
    if (!status)
        return status.error();
    if (stands.areaM2.size() != stands.attributes.rows.size())
        return Error{ErrorCode::CorruptData, "features and attribute rows differ", path, 0, {}};
    return stands;
}

Result<std::vector<int>> locateInStands(const std::string& standsPath, const PointSet& points)
{
    auto opened = openVectorLayer(standsPath);
    if (!opened)
        return opened.error();
    OGRLayerH layer = opened->layer;
    OGRSpatialReferenceH standSrs = OGR_L_GetSpatialRef(layer);
    if (!standSrs)
        return Error{ErrorCode::CrsMissing, {}, standsPath, 0, {}};
    // Feature order = attribute row order: remember each feature's position.
    std::vector<std::pair<GIntBig, int>> order;
    OGR_L_ResetReading(layer);
    int position = 0;
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        order.emplace_back(OGR_F_GetFID(f), position++);
        OGR_F_Destroy(f);
    }
    std::sort(order.begin(), order.end());

    OGRSpatialReferenceH from = OSRNewSpatialReference(points.crsWkt.c_str());
    OSRSetAxisMappingStrategy(from, OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReferenceH to = OSRClone(standSrs);
    OSRSetAxisMappingStrategy(to, OAMS_TRADITIONAL_GIS_ORDER);
    OGRCoordinateTransformationH transform =
        OSRIsSame(from, to) ? nullptr : OCTNewCoordinateTransformation(from, to);
    const bool needed = !OSRIsSame(from, to);
    OSRDestroySpatialReference(from);
    OSRDestroySpatialReference(to);
    if (needed && !transform)
        return Error{
            ErrorCode::CrsMismatch, "no transformation from " + points.crsName, standsPath, 0, {}};

    std::vector<int> located;
    located.reserve(points.points.size());
    for (const SourcePoint& p : points.points) {
        double x = p.x;
        double y = p.y;
        if (transform && !OCTTransform(transform, 1, &x, &y, nullptr)) {
            located.push_back(-1);
            continue;
        }
        GeometryPtr point(OGR_G_CreateGeometry(wkbPoint));
        OGR_G_SetPoint_2D(point.get(), 0, x, y);
        OGR_L_SetSpatialFilter(layer, point.get());
        OGR_L_ResetReading(layer);
        int found = -1;
        while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
            OGRGeometryH g = OGR_F_GetGeometryRef(f);
            if (found < 0 && g && OGR_G_Intersects(g, point.get())) {
                const auto it = std::lower_bound(order.begin(), order.end(),
                                                 std::pair<GIntBig, int>{OGR_F_GetFID(f), 0});
                found = it != order.end() && it->first == OGR_F_GetFID(f) ? it->second : -1;
            }
            OGR_F_Destroy(f);
        }
        located.push_back(found);
    }
    OGR_L_SetSpatialFilter(layer, nullptr);
    if (transform)
        OCTDestroyCoordinateTransformation(transform);
    return located;
}

} // namespace tanhui::gis
