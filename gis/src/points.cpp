// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/gis/points.h"

#include <cmath>
#include <memory>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <proj.h>

#include "tanhui/core/coordinate.h"
#include "tanhui/core/files.h"
#include "tanhui/gis/gisruntime.h"
#include "tanhui/gis/tablereader.h"
#include "tanhui/gis/transform.h"

#include "gdalhandles.h"

namespace tanhui::gis {

using core::Error;
using core::ErrorCode;
using core::Result;
using detail::DatasetPtr;
using detail::srsFrom;
using detail::SrsPtr;
using detail::wktOf;

namespace {

const std::vector<std::string_view> kLongitudeNames = {"lon", "long", "longitude", "经度"};
const std::vector<std::string_view> kLatitudeNames = {"lat", "latitude", "纬度"};

Result<PointSet> pointsFromGeometry(const std::string& path, const PointOptions& options)
{
    DatasetPtr ds(GDALOpenEx(path.c_str(),
                             GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr,
                             nullptr, nullptr));
    if (!ds)
        return Error{ErrorCode::UnsupportedFormat, CPLGetLastErrorMsg(), path, 0, {}};
    OGRLayerH layer = GDALDatasetGetLayer(ds.get(), 0);
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    PointSet set;
    set.source = path;
    set.xColumn = set.yColumn = "geometry";
    if (OGRSpatialReferenceH layerSrs = OGR_L_GetSpatialRef(layer))
        set.crsWkt = wktOf(layerSrs);
    int idField = -1;
    for (const char* name : {options.idColumn.c_str(), "plot_id", "id", "treeID", "样地号", "fid"})
        if (*name && idField < 0)
            idField = OGR_FD_GetFieldIndex(definition, name);
    const int stratumField = options.stratumColumn.empty()
                                 ? -1
                                 : OGR_FD_GetFieldIndex(definition, options.stratumColumn.c_str());
    if (!options.stratumColumn.empty() && stratumField < 0)
        return Error{ErrorCode::MissingColumn, {}, path, 1, options.stratumColumn};
    OGR_L_ResetReading(layer);
    std::int64_t n = 0;
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        ++n;
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        if (!g || wkbFlatten(OGR_G_GetGeometryType(g)) != wkbPoint) {
            OGR_F_Destroy(f);
            return Error{ErrorCode::InvalidArgument,
                         "feature " + std::to_string(n) + " has no point geometry", path, n,
                         "geometry"};
        }
        SourcePoint p;
        p.sourceRow = n;
        p.x = OGR_G_GetX(g, 0);
        p.y = OGR_G_GetY(g, 0);
        p.id = idField >= 0 ? OGR_F_GetFieldAsString(f, idField) : std::to_string(n);
        if (stratumField >= 0)
            p.recordedStratum = OGR_F_GetFieldAsString(f, stratumField);
        set.points.push_back(std::move(p));
        OGR_F_Destroy(f);
    }
    return set;
}

bool isPointLayer(const std::string& path)
{
    DatasetPtr ds(
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds || GDALDatasetGetLayerCount(ds.get()) < 1)
        return false;
    return wkbFlatten(OGR_L_GetGeomType(GDALDatasetGetLayer(ds.get(), 0))) == wkbPoint;
}

} // namespace

Result<PointSet> readPoints(const std::string& path, const PointOptions& options)
{
    ensureGisRuntime();
    if (auto file = core::requireRegularFile(path); !file)
        return file.error();
    Result<PointSet> result = Error{};
    if (options.xColumn.empty() && isPointLayer(path)) {
        result = pointsFromGeometry(path, options);
    } else {
        auto table = readTable(path, options.encoding);
        if (!table)
            return table.error();
        const auto pick =
            [&](const std::string& given,
                std::initializer_list<std::string_view> names) -> Result<std::size_t> {
            if (!given.empty())
                return table->requireColumn({given});
            return table->requireColumn(names);
        };
        const auto x = pick(options.xColumn, {"lon", "long", "longitude", "经度", "x", "easting",
                                              "x坐标", "横坐标"});
        const auto y =
            pick(options.yColumn, {"lat", "latitude", "纬度", "y", "northing", "y坐标", "纵坐标"});
        if (!x)
            return x.error();
        if (!y)
            return y.error();
        std::optional<std::size_t> id = table->findColumn(
            {options.idColumn.empty() ? std::string_view("plot_id") : options.idColumn, "plot_id",
             "id", "plot", "样地号"});
        std::optional<std::size_t> stratum;
        if (!options.stratumColumn.empty()) {
            const auto c = table->requireColumn({options.stratumColumn});
            if (!c)
                return c.error();
            stratum = *c;
        }
        PointSet set;
        set.source = path;
        set.xColumn = table->columns[*x];
        set.yColumn = table->columns[*y];
        for (std::size_t r = 0; r < table->rows.size(); ++r) {
            SourcePoint p;
            p.sourceRow = table->rowNumbers[r];
            p.id = id ? table->text(r, *id) : std::to_string(p.sourceRow);
            if (stratum)
                p.recordedStratum = table->text(r, *stratum);
            for (const auto& [column, target] : {std::pair{*x, &p.x}, std::pair{*y, &p.y}}) {
                const auto v = core::parseCoordinate(table->text(r, column));
                if (!v)
                    return table->errorAt(ErrorCode::NotANumber, r, column,
                                          "\"" + table->text(r, column) +
                                              "\" is not a coordinate (decimal or DMS)");
                *target = *v;
            }
            set.points.push_back(std::move(p));
        }
        auto crs =
            coordinatesCrs(path, set.xColumn, set.yColumn, options.sourceCrs, set.crsAssumed);
        if (!crs)
            return crs.error();
        set.crsWkt = std::move(crs).value();
        result = std::move(set);
    }
    if (!result)
        return result;
    if (!options.sourceCrs.empty()) {
        SrsPtr srs = srsFrom(options.sourceCrs);
        if (!srs)
            return Error{ErrorCode::InvalidArgument, "unknown CRS \"" + options.sourceCrs + "\"",
                         path, 0, "crs"};
        result->crsWkt = wktOf(srs.get());
        result->crsAssumed = false;
    }
    if (result->crsWkt.empty())
        return Error{ErrorCode::CrsMissing,
                     "the coordinates' CRS is unknown: give it (e.g. --crs EPSG:4527)",
                     path,
                     0,
                     {}};
    if (SrsPtr srs = srsFrom(result->crsWkt))
        if (const char* name = OSRGetName(srs.get()))
            result->crsName = name;
    return result;
}

Result<std::string> coordinatesCrs(const std::string& path, const std::string& xColumn,
                                   const std::string& yColumn, const std::string& sourceCrs,
                                   bool& assumed)
{
    ensureGisRuntime();
    assumed = false;
    if (!sourceCrs.empty()) {
        SrsPtr srs = srsFrom(sourceCrs);
        if (!srs)
            return Error{ErrorCode::InvalidArgument, "unknown CRS \"" + sourceCrs + "\"", path, 0,
                         "crs"};
        return wktOf(srs.get());
    }
    const core::Table names{path, {xColumn, yColumn}, {}, {}};
    if (!names.columnMatches(0, kLongitudeNames) || !names.columnMatches(1, kLatitudeNames))
        return std::string();
    assumed = true;
    return wktOf(srsFrom("EPSG:4326").get());
}

Result<std::vector<SampledPoint>> samplePoints(const RasterInfo& raster, int band,
                                               const PointSet& points)
{
    ensureGisRuntime();
    if (raster.crsWkt.empty())
        return Error{ErrorCode::CrsMissing, {}, raster.path, 0, {}};
    auto transform = CoordinateTransform::create(points.crsWkt, raster.crsWkt);
    if (!transform) {
        if (transform.error().code == ErrorCode::InvalidArgument)
            return Error{ErrorCode::CrsMissing, "a CRS cannot be read", points.source, 0, {}};
        return Error{ErrorCode::CrsMismatch,
                     "no transformation from " + points.crsName + " to " + raster.crsName + ": " +
                         transform.error().detail,
                     points.source,
                     0,
                     {}};
    }
    DatasetPtr ds(GDALOpenEx(raster.path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr,
                             nullptr, nullptr));
    if (!ds)
        return Error{ErrorCode::FileUnreadable, CPLGetLastErrorMsg(), raster.path, 0, {}};
    GDALRasterBandH h = GDALGetRasterBand(ds.get(), band);
    if (!h)
        return Error{ErrorCode::OutOfRange, "no band " + std::to_string(band), raster.path, 0,
                     "band"};
    int hasNoData = 0;
    const double noData = GDALGetRasterNoDataValue(h, &hasNoData);
    double inverse[6];
    if (!GDALInvGeoTransform(const_cast<double*>(raster.geoTransform.data()), inverse))
        return Error{
            ErrorCode::CorruptData, "the geotransform cannot be inverted", raster.path, 0, {}};
    std::vector<SampledPoint> out;
    out.reserve(points.points.size());
    for (const SourcePoint& p : points.points) {
        SampledPoint s;
        s.id = p.id;
        s.sourceRow = p.sourceRow;
        s.recordedStratum = p.recordedStratum;
        s.x = p.x;
        s.y = p.y;
        if (!transform->apply(s.x, s.y)) {
            out.push_back(s); // Outside: not representable in the raster's CRS
            continue;
        }
        double col = 0.0;
        double row = 0.0;
        GDALApplyGeoTransform(inverse, s.x, s.y, &col, &row);
        if (col < 0.0 || row < 0.0 || col >= raster.width || row >= raster.height) {
            out.push_back(s);
            continue;
        }
        s.col = std::int64_t(std::floor(col));
        s.row = std::int64_t(std::floor(row));
        double value = 0.0;
        if (GDALRasterIO(h, GF_Read, int(s.col), int(s.row), 1, 1, &value, 1, 1, GDT_Float64, 0,
                         0) != CE_None)
            return Error{ErrorCode::CorruptData, CPLGetLastErrorMsg(), raster.path, 0, {}};
        s.value = value;
        s.status = std::isnan(value) || (hasNoData && value == noData)
                       ? SampledPoint::Status::NoData
                       : SampledPoint::Status::Value;
        out.push_back(s);
    }
    return out;
}

TransformationInfo describeTransformation(const std::string& fromWkt, const std::string& toWkt)
{
    TransformationInfo info;
    PJ_CONTEXT* ctx = proj_context_create();
    proj_context_set_enable_network(ctx, 0);
    PJ* from = proj_create(ctx, fromWkt.c_str());
    PJ* to = proj_create(ctx, toWkt.c_str());
    if (from && to && !proj_is_equivalent_to(from, to, PJ_COMP_EQUIVALENT)) {
        info.needed = true;
        PJ_OPERATION_FACTORY_CONTEXT* factory = proj_create_operation_factory_context(ctx, nullptr);
        proj_operation_factory_context_set_grid_availability_use(
            ctx, factory, PROJ_GRID_AVAILABILITY_DISCARD_OPERATION_IF_MISSING_GRID);
        proj_operation_factory_context_set_spatial_criterion(
            ctx, factory, PROJ_SPATIAL_CRITERION_PARTIAL_INTERSECTION);
        if (PJ_OBJ_LIST* ops = proj_create_operations(ctx, from, to, factory)) {
            if (proj_list_get_count(ops) > 0) {
                PJ* best = proj_list_get(ctx, ops, 0);
                info.name = proj_get_name(best) ? proj_get_name(best) : "";
                info.accuracyM = proj_coordoperation_get_accuracy(ctx, best);
                info.ballpark = proj_coordoperation_has_ballpark_transformation(ctx, best) != 0;
                proj_destroy(best);
            }
            proj_list_destroy(ops);
        }
        proj_operation_factory_context_destroy(factory);
    }
    proj_destroy(from);
    proj_destroy(to);
    proj_context_destroy(ctx);
    return info;
}

} // namespace tanhui::gis
