// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/gis/stands.h"

#include <cmath>
#include <cstdio>
#include <memory>

#include <cpl_error.h>
#include <gdal.h>
#include <geodesic.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "tanhui/gis/gisruntime.h"
#include "tanhui/gis/tablereader.h"

namespace tanhui::gis {

using core::Error;
using core::ErrorCode;
using core::Result;

namespace {

struct DatasetCloser
{
    void operator()(void* ds) const { GDALClose(ds); }
};

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
    std::unique_ptr<void, DatasetCloser> ds(
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr,
                   nullptr, nullptr));
    if (!ds)
        return Error{ErrorCode::UnsupportedFormat, CPLGetLastErrorMsg(), path, 0, {}};
    OGRLayerH layer = GDALDatasetGetLayer(ds.get(), 0);
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

} // namespace tanhui::gis
