// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/workflow/areasjob.h"

#include <QFileInfo>
#include <memory>

#include "tanhui/core/classareas.h"
#include "tanhui/core/standrules.h"
#include "tanhui/gis/boundary.h"
#include "tanhui/gis/gdalrastersource.h"
#include "tanhui/gis/stands.h"
#include "tanhui/workflow/inputs.h"
#include "tanhui/workflow/jobcontext.h"

#include "standstrata.h"

namespace tanhui::workflow {

namespace {

std::string absolute(const std::string& path)
{
    return QFileInfo(QString::fromStdString(path)).absoluteFilePath().toStdString();
}

// Stand polygons: the area of each stratum is the sum of its stands' ellipsoidal areas.
core::Result<AreasResult> standAreas(const AreasRequest& request, JobContext& context)
{
    context.beginPhase(Phase::ReadingInput);
    const auto classified = readClassifiedStands(request.strata.rulesPath, request.stands);
    if (!classified)
        return classified.error();
    const auto* rules = &classified->rules;
    const auto* stands = &classified->stands;
    const auto* strata = &classified->strata;
    std::vector<double> m2(rules->size() + 1, 0.0); // last: stands no rule took
    std::vector<std::int64_t> count(rules->size() + 1, 0);
    for (std::size_t i = 0; i < strata->size(); ++i) {
        const std::size_t k = (*strata)[i] < 0 ? rules->size() : std::size_t((*strata)[i]);
        m2[k] += stands->areaM2[i];
        ++count[k];
    }
    AreasResult result;
    result.polygons = true;
    result.source = request.stands;
    result.crsName = stands->crsName;
    result.attributeEncoding = stands->attributes.sourceEncoding;
    result.areaMethod = "ellipsoidal polygon area (PROJ geodesic) on " + stands->ellipsoid;
    for (std::size_t k = 0; k < rules->size(); ++k) {
        const core::Hectares ha = core::toHectares(core::SquareMetres(m2[k]));
        result.total += ha;
        result.strata.push_back({(*rules)[k].name, std::nullopt, count[k], ha});
    }
    result.unclassified = count.back();
    result.unclassifiedArea = core::toHectares(core::SquareMetres(m2.back()));
    if (result.unclassified > 0)
        context.notify({NoticeCode::UnclassifiedStands, request.stands, {}, result.unclassified});
    result.layers.push_back({absolute(request.stands), "polygons", "stands", {}});
    return result;
}

// The age raster's companions (species groups, origins) on its grid, recorded as layers read.
core::Result<std::vector<std::unique_ptr<gis::GdalRasterSource>>>
openStack(const gis::GdalRasterSource& reference, const AgeGroupChoice& choice, AreasResult& result)
{
    std::vector<std::unique_ptr<gis::GdalRasterSource>> extra;
    const std::pair<const std::string*, const char*> bands[] = {
        {&choice.speciesRaster, "species-group"}, {&choice.originRaster, "origin"}};
    for (const auto& [path, role] : bands) {
        if (path->empty())
            continue;
        auto other = gis::GdalRasterSource::open(*path, 1, reference.info().blockWidth,
                                                 reference.info().blockHeight);
        if (!other)
            return other.error();
        if (auto same = gis::checkSameGrid(reference.info(), (*other)->info()); !same)
            return same.error();
        result.layers.push_back({absolute(*path), "raster", role, reference.info().crsWkt});
        extra.push_back(std::move(other).value());
    }
    return extra;
}

// The cells inside the project boundary, recorded as a layer read.
core::Result<core::CellMask> boundaryOf(const AreasRequest& request, const gis::RasterInfo& raster,
                                        AreasResult& result)
{
    auto mask = gis::boundaryMask(request.boundary, raster, request.reprojectBoundary);
    if (!mask)
        return mask.error();
    result.boundary = request.boundary;
    result.boundaryCells = mask->cellCount();
    result.boundaryReprojected = request.reprojectBoundary;
    result.layers.push_back({absolute(request.boundary), "boundary", "boundary", {}});
    return mask;
}

void describeRaster(const gis::GdalRasterSource& source, const gis::CellAreas& areas,
                    AreasResult& result)
{
    const gis::RasterInfo& info = source.info();
    result.crsName = info.crsName;
    result.crsWkt = info.crsWkt;
    result.epsg = info.epsg;
    result.geographic = info.isGeographic;
    result.pixelSize = {info.geoTransform[1], info.geoTransform[5]};
    result.areaMethod = areas.method;
}

core::Result<AreasResult> rasterAreas(const AreasRequest& request, JobContext& context)
{
    context.beginPhase(Phase::ReadingInput);
    const auto source = gis::GdalRasterSource::open(request.raster, request.band);
    if (!source)
        return source.error();
    const auto areas = gis::cellAreas((*source)->info());
    if (!areas)
        return areas.error();
    AreasResult result;
    result.source = request.raster;
    result.band = request.band;
    describeRaster(**source, *areas, result);
    const bool ages = request.strata.method == StrataMethod::AgeGroups;
    result.layers.push_back(
        {absolute(request.raster), "raster", ages ? "age" : "stands", (*source)->info().crsWkt});

    std::optional<core::CellMask> mask;
    if (!request.boundary.empty()) {
        auto boundary = boundaryOf(request, (*source)->info(), result);
        if (!boundary)
            return boundary.error();
        mask = std::move(boundary).value();
    }
    const core::TallyOptions options{request.threads, areas->geographic, mask ? &*mask : nullptr};

    std::vector<std::unique_ptr<gis::GdalRasterSource>> extra;
    if (ages && request.strata.ageGroups && request.strata.ageGroups->stacked()) {
        auto opened = openStack(**source, *request.strata.ageGroups, result);
        if (!opened)
            return opened.error();
        extra = std::move(opened).value();
    }
    const auto classes =
        buildCellClasses(request.strata, **source, request.raster, request.threads, context);
    if (!classes)
        return classes.error();
    result.ageGroups = classes->ageGroups;

    context.beginPhase(Phase::Stratifying);
    core::Result<core::RasterTally> tally = core::Error{};
    if (classes->stacked) {
        std::vector<const core::RasterSource*> stack{source->get()};
        for (const auto& e : extra)
            stack.push_back(e.get());
        tally = core::tallyStack(stack, classes->stack, options, context.coreProgress());
    } else {
        tally = core::tallyRaster(**source, classes->single, options, context.coreProgress());
    }
    if (!tally) {
        core::Error e = tally.error();
        e.file = request.raster;
        return e;
    }
    const core::ClassAreas sums = core::sumClassAreas(*tally, areas->rowAreaM2);
    result.noDataPixels = sums.noData.cells;
    result.noDataArea = sums.noData.area;
    result.unclassified = sums.unclassified.cells;
    result.unclassifiedArea = sums.unclassified.area;
    for (int k = 0; k < tally->classCount; ++k) {
        const core::ClassArea& c = sums.classes[std::size_t(k)];
        if (k == classes->implausibleAgeClass) {
            result.unclassified += c.cells;
            result.unclassifiedArea += c.area;
            if (c.cells > 0)
                context.notify({NoticeCode::AgesBeyondPlausible, request.raster,
                                QString::number(request.strata.ageGroups->maxPlausibleAge, 'g', 15)
                                    .toStdString(),
                                c.cells});
            continue;
        }
        result.strata.push_back(
            {classes->names[std::size_t(k)], classes->values[std::size_t(k)], c.cells, c.area});
        result.total += c.area;
    }
    return result;
}

} // namespace

// Areas that mean nothing are not results: no stratum with area at all is an error that
// names the CRS; a stratum of 0 ha among others is a notice.
core::Result<AreasResult> checkMeaningful(core::Result<AreasResult> areas, JobContext& context)
{
    if (!areas)
        return areas;
    std::int64_t empty = 0;
    std::string first;
    for (const StratumAreaRow& s : areas->strata)
        if (!(s.area.value() > 0.0) && empty++ == 0)
            first = s.stratum;
    if (!(areas->total.value() > 0.0))
        return core::Error{core::ErrorCode::InsufficientData,
                           "no stratum has any area (" + std::to_string(areas->noDataPixels) +
                               " nodata and " + std::to_string(areas->unclassified) +
                               " unclassified cells or stands): check the rules, the nodata "
                               "value and the CRS (" +
                               (areas->crsName.empty() ? std::string("none") : areas->crsName) +
                               ")",
                           areas->source,
                           0,
                           {}};
    if (empty > 0)
        context.notify({NoticeCode::ZeroAreaStrata, first, {}, empty});
    return areas;
}

core::Result<AreasResult> runAreas(const AreasRequest& request, JobContext& context)
{
    return checkMeaningful(request.stands.empty() ? rasterAreas(request, context)
                                                  : standAreas(request, context),
                           context);
}

} // namespace tanhui::workflow
