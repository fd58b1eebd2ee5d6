// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/gis/boundary.h"

#include <memory>

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "tanhui/core/files.h"
#include "tanhui/gis/gisruntime.h"

#include "gdalhandles.h"

namespace tanhui::gis {

using core::Error;
using core::ErrorCode;
using core::Result;
using detail::DatasetPtr;
using detail::GeometryPtr;

namespace {

void addRings(OGRGeometryH polygon, const double* inverse, std::vector<core::CellMask::Ring>& out)
{
    for (int i = 0; i < OGR_G_GetGeometryCount(polygon); ++i) {
        OGRGeometryH ring = OGR_G_GetGeometryRef(polygon, i);
        core::CellMask::Ring cells;
        for (int p = 0; p < OGR_G_GetPointCount(ring); ++p) {
            double col = 0.0;
            double row = 0.0;
            GDALApplyGeoTransform(const_cast<double*>(inverse), OGR_G_GetX(ring, p),
                                  OGR_G_GetY(ring, p), &col, &row);
            cells.emplace_back(col, row);
        }
        out.push_back(std::move(cells));
    }
}

} // namespace

Result<core::CellMask> boundaryMask(const std::string& path, const RasterInfo& raster,
                                    bool reproject)
{
    ensureGisRuntime();
    if (auto file = core::requireRegularFile(path); !file)
        return file.error();
    DatasetPtr ds(GDALOpenEx(path.c_str(),
                             GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr,
                             nullptr, nullptr));
    if (!ds)
        return Error{CPLGetLastErrorNo() == CPLE_OpenFailed ? ErrorCode::UnsupportedFormat
                                                            : ErrorCode::CorruptData,
                     CPLGetLastErrorMsg(),
                     path,
                     0,
                     {}};
    OGRLayerH layer = GDALDatasetGetLayer(ds.get(), 0);
    if (!layer)
        return Error{ErrorCode::CorruptData, "no layer", path, 0, {}};
    OGRSpatialReferenceH boundarySrs = OGR_L_GetSpatialRef(layer);
    if (!boundarySrs)
        return Error{ErrorCode::CrsMissing, {}, path, 0, {}};
    if (raster.crsWkt.empty())
        return Error{ErrorCode::CrsMissing, {}, raster.path, 0, {}};
    OGRSpatialReferenceH rasterSrs = OSRNewSpatialReference(raster.crsWkt.c_str());
    OSRSetAxisMappingStrategy(rasterSrs, OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReferenceH source = OSRClone(boundarySrs);
    OSRSetAxisMappingStrategy(source, OAMS_TRADITIONAL_GIS_ORDER);
    const bool same = OSRIsSame(source, rasterSrs) != 0;
    OGRCoordinateTransformationH transform =
        same || !reproject ? nullptr : OCTNewCoordinateTransformation(source, rasterSrs);
    const std::string boundaryName = OSRGetName(source) ? OSRGetName(source) : "unknown";
    OSRDestroySpatialReference(source);
    OSRDestroySpatialReference(rasterSrs);
    if (!same && !reproject)
        return Error{ErrorCode::CrsMismatch,
                     "boundary in " + boundaryName + ", raster in " + raster.crsName +
                         "; reproject the boundary, or let Tanhui transform it "
                         "(--reproject-boundary in tanhui-cli)",
                     path,
                     0,
                     {}};
    if (!same && !transform)
        return Error{ErrorCode::CrsMismatch,
                     "no transformation from " + boundaryName + " to " + raster.crsName,
                     path,
                     0,
                     {}};

    // One geometry for the whole boundary, so that overlapping features count once.
    GeometryPtr collection(OGR_G_CreateGeometry(wkbMultiPolygon));
    OGR_L_ResetReading(layer);
    std::int64_t n = 0;
    Result<void> status;
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        ++n;
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        const auto type = g ? wkbFlatten(OGR_G_GetGeometryType(g)) : wkbUnknown;
        if (type == wkbPolygon) {
            OGR_G_AddGeometry(collection.get(), g);
        } else if (type == wkbMultiPolygon) {
            for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
                OGR_G_AddGeometry(collection.get(), OGR_G_GetGeometryRef(g, i));
        } else {
            status =
                Error{ErrorCode::InvalidArgument,
                      "feature " + std::to_string(n) + " is not a polygon", path, n, "geometry"};
        }
        OGR_F_Destroy(f);
        if (!status)
            break;
    }
    if (!status) {
        if (transform)
            OCTDestroyCoordinateTransformation(transform);
        return status.error();
    }
    GeometryPtr merged(OGR_G_UnionCascaded(collection.get()));
    if (!merged) {
        if (transform)
            OCTDestroyCoordinateTransformation(transform);
        return Error{ErrorCode::CorruptData,
                     "the boundary polygons cannot be merged: " + std::string(CPLGetLastErrorMsg()),
                     path,
                     0,
                     {}};
    }
    if (transform) {
        const OGRErr err = OGR_G_Transform(merged.get(), transform);
        OCTDestroyCoordinateTransformation(transform);
        if (err != OGRERR_NONE)
            return Error{ErrorCode::CrsMismatch, "the boundary cannot be transformed", path, 0, {}};
    }
    double inverse[6];
    if (!GDALInvGeoTransform(const_cast<double*>(raster.geoTransform.data()), inverse))
        return Error{
            ErrorCode::CorruptData, "the geotransform cannot be inverted", raster.path, 0, {}};
    std::vector<core::CellMask::Ring> rings;
    if (wkbFlatten(OGR_G_GetGeometryType(merged.get())) == wkbPolygon)
        addRings(merged.get(), inverse, rings);
    else
        for (int i = 0; i < OGR_G_GetGeometryCount(merged.get()); ++i)
            addRings(OGR_G_GetGeometryRef(merged.get(), i), inverse, rings);
    return core::CellMask(rings, raster.width, raster.height);
}

} // namespace tanhui::gis
