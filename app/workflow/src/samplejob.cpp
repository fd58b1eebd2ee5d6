// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/workflow/samplejob.h"

#include "tanhui/core/standrules.h"
#include "tanhui/gis/gdalrastersource.h"
#include "tanhui/gis/points.h"
#include "tanhui/gis/stands.h"
#include "tanhui/workflow/inputs.h"
#include "tanhui/workflow/jobcontext.h"

#include "standstrata.h"

namespace tanhui::workflow {

namespace {

void noticeDisagreements(const SampleResult& result, JobContext& context)
{
    for (const SampledPlot& p : result.points)
        if (p.agrees && !*p.agrees) {
            context.notify({NoticeCode::StratumDiffersFromMap, p.id, {}, result.disagreements});
            return;
        }
}

// Points located in stand polygons; the stratum of a point is its stand's.
core::Result<SampleResult> sampleStands(const SampleRequest& request, const gis::PointSet& points,
                                        JobContext& context)
{
    const auto classified = readClassifiedStands(request.strata.rulesPath, request.stands);
    if (!classified)
        return classified.error();
    const auto* rules = &classified->rules;
    const auto* stands = &classified->stands;
    const auto* strata = &classified->strata;
    context.beginPhase(Phase::LocatingPoints, std::int64_t(points.points.size()));
    const auto located = gis::locateInStands(request.stands, points);
    if (!located)
        return located.error();
    SampleResult result;
    result.polygons = true;
    result.source = request.stands;
    result.pointsCrs = points.crsName;
    result.pointsCrsWkt = points.crsWkt;
    result.hasStrata = true;
    result.hasRecorded = !request.columns.recordedStratum.empty();
    for (std::size_t i = 0; i < points.points.size(); ++i) {
        const gis::SourcePoint& p = points.points[i];
        const int stand = (*located)[i];
        SampledPlot s;
        s.id = p.id;
        s.sourceRow = p.sourceRow;
        s.recordedStratum = p.recordedStratum;
        s.status = stand < 0 ? PointStatus::Outside : PointStatus::Value;
        if (stand >= 0) {
            s.standRow = stands->attributes.rowNumbers[std::size_t(stand)];
            if (const int k = (*strata)[std::size_t(stand)]; k >= 0)
                s.stratum = (*rules)[std::size_t(k)].name;
        }
        if (result.hasRecorded) {
            s.agrees = s.stratum.value_or(std::string()) == p.recordedStratum;
            result.disagreements += !*s.agrees;
        }
        result.outside += stand < 0;
        result.points.push_back(std::move(s));
    }
    context.setProgress(std::int64_t(points.points.size()), std::int64_t(points.points.size()));
    if (result.outside > 0)
        context.notify({NoticeCode::PointsOutsideStands, request.stands, {}, result.outside});
    noticeDisagreements(result, context);
    return result;
}

// The map's classes at the sampled cells, when the definition names strata.
core::Result<std::optional<CellClasses>>
rasterStrata(const SampleRequest& request, const std::string& rasterPath, JobContext& context)
{
    if (request.strata.method != StrataMethod::RasterRules &&
        request.strata.method != StrataMethod::AgeGroups)
        return std::optional<CellClasses>();
    const auto source = gis::GdalRasterSource::open(rasterPath, request.band);
    if (!source)
        return source.error();
    auto classes = buildCellClasses(request.strata, **source, rasterPath, 0, context);
    if (!classes)
        return classes.error();
    if (classes->stacked)
        return core::Error{core::ErrorCode::InvalidArgument,
                           "stacked species or origin rasters are not sampled at points",
                           rasterPath,
                           0,
                           {}};
    return std::optional<CellClasses>(std::move(classes).value());
}

void noticeTransformation(const gis::PointSet& points, const gis::RasterInfo& raster,
                          const gis::TransformationInfo& t, JobContext& context)
{
    if (t.ballpark)
        context.notify({NoticeCode::BallparkTransformation, points.crsName + " → " + raster.crsName,
                        t.name, 0});
}

core::Result<SampleResult> sampleRaster(const SampleRequest& request, const gis::PointSet& points,
                                        JobContext& context)
{
    const auto raster = gis::readRasterInfo(request.raster);
    if (!raster)
        return raster.error();
    const gis::TransformationInfo transformation =
        gis::describeTransformation(points.crsWkt, raster->crsWkt);
    noticeTransformation(points, *raster, transformation, context);
    context.beginPhase(Phase::LocatingPoints, std::int64_t(points.points.size()));
    const auto sampled = gis::samplePoints(*raster, request.band, points);
    if (!sampled)
        return sampled.error();
    const auto classes = rasterStrata(request, raster->path, context);
    if (!classes)
        return classes.error();

    SampleResult result;
    result.source = raster->path;
    result.band = request.band;
    result.rasterCrs = raster->crsName;
    result.pointsCrs = points.crsName;
    result.pointsCrsWkt = points.crsWkt;
    result.pointsCrsAssumed = points.crsAssumed;
    if (transformation.needed)
        result.transformation =
            Transformation{transformation.name, transformation.accuracyM, transformation.ballpark};
    result.xColumn = points.xColumn;
    result.yColumn = points.yColumn;
    result.hasStrata = classes->has_value();
    result.hasRecorded = !request.columns.recordedStratum.empty();
    for (const gis::SampledPoint& p : *sampled) {
        SampledPlot s{p.id,
                      p.sourceRow,
                      p.x,
                      p.y,
                      p.row,
                      p.col,
                      std::nullopt,
                      PointStatus::Outside,
                      p.value,
                      std::nullopt,
                      p.recordedStratum,
                      std::nullopt};
        s.status = p.status == gis::SampledPoint::Status::Value    ? PointStatus::Value
                   : p.status == gis::SampledPoint::Status::NoData ? PointStatus::NoData
                                                                   : PointStatus::Outside;
        if (*classes && s.status == PointStatus::Value)
            if (const int k = (*classes)->single.classify(p.value);
                k >= 0 && k != (*classes)->implausibleAgeClass)
                s.stratum = (*classes)->names[std::size_t(k)];
        if (result.hasRecorded && result.hasStrata) {
            s.agrees = s.stratum.value_or(std::string()) == p.recordedStratum;
            result.disagreements += !*s.agrees;
        }
        result.outside += s.status == PointStatus::Outside;
        result.noData += s.status == PointStatus::NoData;
        result.points.push_back(std::move(s));
    }
    context.setProgress(std::int64_t(sampled->size()), std::int64_t(sampled->size()));
    if (!result.points.empty() && result.outside == int(result.points.size()))
        return core::Error{core::ErrorCode::CrsMismatch,
                           "none of the " + std::to_string(result.points.size()) +
                               " points lies on the raster (points read as " + points.crsName +
                               ", raster in " + raster->crsName +
                               "): are the coordinates in the CRS given?",
                           request.points,
                           0,
                           {}};
    noticeDisagreements(result, context);
    if (points.crsAssumed)
        context.notify({NoticeCode::CrsAssumed, points.xColumn + ", " + points.yColumn, {}, 0});
    if (result.outside > 0)
        context.notify({NoticeCode::PointsOutsideRaster, raster->path, {}, result.outside});
    if (result.noData > 0)
        context.notify({NoticeCode::PointsOnNoData, raster->path, {}, result.noData});
    return result;
}

} // namespace

const char* pointStatusName(PointStatus status)
{
    switch (status) {
    case PointStatus::Value:
        return "value";
    case PointStatus::NoData:
        return "nodata";
    case PointStatus::Outside:
        return "outside";
    }
    return "";
}

core::Result<SampleResult> runSample(const SampleRequest& request, JobContext& context)
{
    context.beginPhase(Phase::ReadingInput);
    const gis::PointOptions options{request.columns.x,
                                    request.columns.y,
                                    request.columns.id,
                                    request.columns.crs,
                                    request.columns.recordedStratum,
                                    request.columns.encoding};
    const auto points = gis::readPoints(request.points, options);
    if (!points)
        return points.error();
    if (!request.stands.empty())
        return sampleStands(request, *points, context);
    return sampleRaster(request, *points, context);
}

} // namespace tanhui::workflow
