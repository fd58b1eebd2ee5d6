// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// ProjectService: strata recorded with their layers, and field data imported (with plots
// placed in strata by location).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>

#include "tanhui/core/fielddata.h"
#include "tanhui/workflow/inputs.h"
#include "tanhui/workflow/jobcontext.h"
#include "tanhui/workflow/resultjson.h"

#include "plotcrs.h"
#include "projectimpl.h"
#include "treeprefetch.h"

namespace tanhui::workflow {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

// The request as a verifier reads it back: what was asked, not how it was typed.
QJsonObject requestJson(const AreasRequest& r)
{
    QJsonObject json{
        {QStringLiteral("method"), QString::fromLatin1(strataMethodName(r.strata.method))}};
    if (!r.raster.empty()) {
        json.insert(QStringLiteral("raster"), qs(r.raster));
        json.insert(QStringLiteral("band"), r.band);
    }
    if (!r.stands.empty())
        json.insert(QStringLiteral("stands"), qs(r.stands));
    if (!r.strata.rulesPath.empty())
        json.insert(QStringLiteral("rules"), qs(r.strata.rulesPath));
    if (!r.boundary.empty()) {
        json.insert(QStringLiteral("boundary"), qs(r.boundary));
        json.insert(QStringLiteral("reproject_boundary"), r.reprojectBoundary);
    }
    if (const auto& a = r.strata.ageGroups) {
        QJsonObject age{
            {QStringLiteral("table"),
             a->tablePath.empty() ? QStringLiteral("shipped") : qs(a->tablePath)},
            {QStringLiteral("species_group"), qs(a->speciesGroup)},
            {QStringLiteral("region"), qs(a->region)},
            {QStringLiteral("origin"), qs(a->origin)},
            {QStringLiteral("base_year"), a->baseYear ? QJsonValue(*a->baseYear) : QJsonValue()},
            {QStringLiteral("date"), qs(a->date)},
            {QStringLiteral("mapping"), qs(a->mapping)},
            {QStringLiteral("max_plausible_age_years"), a->maxPlausibleAge}};
        if (a->stacked()) {
            age.insert(QStringLiteral("species_raster"), qs(a->speciesRaster));
            age.insert(QStringLiteral("origin_raster"), qs(a->originRaster));
            age.insert(QStringLiteral("origin_codes"), qs(a->originCodes));
        }
        json.insert(QStringLiteral("age_groups"), age);
    }
    return json;
}

// The inverse of requestJson: the strata definition a stratification was computed with.
std::optional<AreasRequest> requestFromJson(const QJsonObject& json)
{
    const auto method =
        strataMethodFromName(json.value(QStringLiteral("method")).toString().toStdString());
    if (!method)
        return std::nullopt;
    AreasRequest r;
    r.raster = json.value(QStringLiteral("raster")).toString().toStdString();
    r.band = json.value(QStringLiteral("band")).toInt(1);
    r.stands = json.value(QStringLiteral("stands")).toString().toStdString();
    r.boundary = json.value(QStringLiteral("boundary")).toString().toStdString();
    r.reprojectBoundary = json.value(QStringLiteral("reproject_boundary")).toBool();
    r.strata.method = *method;
    r.strata.rulesPath = json.value(QStringLiteral("rules")).toString().toStdString();
    const QJsonObject age = json.value(QStringLiteral("age_groups")).toObject();
    if (!age.isEmpty()) {
        AgeGroupChoice a;
        const QString table = age.value(QStringLiteral("table")).toString();
        a.tablePath = table == QLatin1String("shipped") ? std::string() : table.toStdString();
        a.speciesGroup = age.value(QStringLiteral("species_group")).toString().toStdString();
        a.region = age.value(QStringLiteral("region")).toString().toStdString();
        a.origin = age.value(QStringLiteral("origin")).toString().toStdString();
        if (age.value(QStringLiteral("base_year")).isDouble())
            a.baseYear = age.value(QStringLiteral("base_year")).toInt();
        a.date = age.value(QStringLiteral("date")).toString().toStdString();
        a.mapping = age.value(QStringLiteral("mapping")).toString().toStdString();
        a.maxPlausibleAge =
            age.value(QStringLiteral("max_plausible_age_years")).toDouble(a.maxPlausibleAge);
        a.speciesRaster = age.value(QStringLiteral("species_raster")).toString().toStdString();
        a.originRaster = age.value(QStringLiteral("origin_raster")).toString().toStdString();
        if (age.contains(QStringLiteral("origin_codes")))
            a.originCodes = age.value(QStringLiteral("origin_codes")).toString().toStdString();
        r.strata.ageGroups = a;
    }
    return r;
}

std::string compact(const QJsonObject& json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString();
}

// The map's stratum of every plot of the plot table, by plot id, and the CRS the plots were
// read in.
struct MapStrata
{
    std::map<std::string, std::optional<std::string>> byPlot;
    std::string crsWkt;
};

// `idColumn`: the file's name of the column the import reads ids from, so that points and
// plots are the same rows.
core::Result<MapStrata> mapStrata(const Placement& placement, const std::string& idColumn,
                                  const std::string& plotsPath, JobContext& context)
{
    SampleRequest request{plotsPath,        placement.columns, placement.raster,
                          placement.stands, placement.band,    placement.strata};
    request.columns.id = idColumn;
    JobContext inner;
    const auto sampled = runSample(request, inner);
    if (!sampled)
        return sampled.error();
    if (!sampled->hasStrata)
        return core::Error{core::ErrorCode::InvalidArgument,
                           "placing plots by location needs strata rules or age groups",
                           sampled->source,
                           0,
                           {}};
    // What concerns the coordinates is the user's to know; the counts are the import's.
    for (const Notice& n : inner.notices())
        if (n.code == NoticeCode::BallparkTransformation || n.code == NoticeCode::CrsAssumed)
            context.notify(n);
    MapStrata strata;
    strata.crsWkt = sampled->pointsCrsWkt;
    for (const SampledPlot& p : sampled->points)
        strata.byPlot[p.id] = p.stratum;
    return strata;
}

// Recorded strata are kept; plots without one get the map's.
void place(std::vector<core::Plot>& plots,
           const std::map<std::string, std::optional<std::string>>& strata, ImportSummary& summary,
           JobContext& context)
{
    std::string firstDisagreeing;
    for (core::Plot& plot : plots) {
        const auto it = strata.find(plot.plotId);
        const std::optional<std::string> mapped = it == strata.end() ? std::nullopt : it->second;
        if (!mapped) {
            ++summary.outsideStrata;
        } else if (plot.stratum.empty()) {
            plot.stratum = *mapped;
            ++summary.placedByLocation;
        } else if (plot.stratum != *mapped) {
            if (summary.disagreements++ == 0)
                firstDisagreeing = plot.plotId;
        }
    }
    if (summary.placedByLocation > 0)
        context.notify({NoticeCode::PlotsPlacedByLocation, {}, {}, summary.placedByLocation});
    if (summary.disagreements > 0)
        context.notify(
            {NoticeCode::StratumDiffersFromMap, firstDisagreeing, {}, summary.disagreements});
    if (summary.outsideStrata > 0)
        context.notify({NoticeCode::PlotsOutsideStrata, {}, {}, summary.outsideStrata});
}

// Stand ages are screened by the project's limit, not Tanhui's default.
core::Result<void> withProjectAgeLimit(store::Project& project, StrataDefinition& strata)
{
    if (!strata.ageGroups)
        return {};
    const auto limits = project.plausibilityLimits();
    if (!limits)
        return limits.error();
    strata.ageGroups->maxPlausibleAge = core::limitOf(*limits, core::Measure::StandAgeYears).max;
    return {};
}

// The map the plots were placed by, recorded with its hash like a stratification's layers.
core::Result<std::int64_t> recordPlacementLayer(store::Project& project, const Placement& p)
{
    if (!p.stands.empty())
        return project.addLayer(layerKindName(LayerKind::Polygons),
                                layerRoleName(LayerRole::Stands), p.stands, {});
    const LayerRole role =
        p.strata.method == StrataMethod::AgeGroups ? LayerRole::Age : LayerRole::Stands;
    return project.addLayer(layerKindName(LayerKind::Raster), layerRoleName(role), p.raster, {});
}

// Reads, places and imports (all or nothing) the plots and trees of `request` into `period`.
core::Result<ImportSummary> importInto(store::Project& project, std::int64_t period,
                                       const ImportRequest& request, JobContext& context)
{
    context.beginPhase(Phase::ReadingInput);
    auto plotTable = readTable(request.plots, request.plotsReading.encoding);
    if (!plotTable)
        return plotTable.error();
    const std::vector<std::string> fileColumns = plotTable->columns;
    const auto plotsRenamed =
        applyColumnChoice(*plotTable, FieldTable::Plots, request.plotsReading.columns);
    ImportSummary summary;
    core::Problems plotProblems;
    auto plots = core::plotsFromTable(*plotTable, &plotProblems);
    if (!plots)
        return plots.error();
    if (!plotProblems.empty()) {
        // The trees are checked against the plots: they wait until every plot reads.
        summary.problems = plotProblems.listed;
        nameFileColumns(summary.problems, plotTable->source, plotsRenamed);
        summary.unlistedProblems = plotProblems.count - std::int64_t(plotProblems.listed.size());
        return summary;
    }
    // The tally is read a row at a time, as it is written: a county's tally is never held.
    auto treeRows = openTableRows(request.trees, request.treesReading.encoding);
    if (!treeRows)
        return treeRows.error();
    std::vector<std::pair<std::string, std::string>> treesRenamed;
    auto chosen = withColumnChoice(std::move(treeRows).value(), FieldTable::Trees,
                                   request.treesReading.columns, &treesRenamed);
    auto trees = core::TreeRows::open(*chosen);
    if (!trees)
        return trees.error();
    std::string crsWkt;
    if (request.placement) {
        context.beginPhase(Phase::LocatingPoints, std::int64_t(plots->size()));
        Placement placement = *request.placement;
        if (auto screened = withProjectAgeLimit(project, placement.strata); !screened)
            return screened.error();
        const auto id = core::findField(*plotTable, core::kPlotFields, "plot_id");
        // The points placed are the coordinates stored: the same columns, unless chosen.
        for (auto [column, field] : {std::pair{&placement.columns.x, "easting"},
                                     std::pair{&placement.columns.y, "northing"}})
            if (column->empty())
                if (const auto at = core::findField(*plotTable, core::kPlotFields, field))
                    *column = fileColumns[*at];
        const auto strata = mapStrata(placement, fileColumns[*id], request.plots, context);
        if (!strata)
            return strata.error();
        place(*plots, strata->byPlot, summary, context);
        crsWkt = strata->crsWkt;
    } else if (anyCoordinates(*plots)) {
        auto crs = plotTableCrs(*plotTable, fileColumns, request.placeColumns.crs, context);
        if (!crs)
            return crs.error();
        crsWkt = std::move(crs).value();
    }
    summary.plotsCrs = recordedCrs(crsWkt);
    recordCrs(*plots, summary.plotsCrs, context);
    if (context.isCancelled())
        return core::Error{core::ErrorCode::Cancelled, {}, request.plots, 0, {}};
    // Progress in bytes (or rows) of the tally read.
    core::RowSource& rows = *chosen;
    context.beginPhase(Phase::Importing, rows.total());
    TreePrefetch ahead(*trees);
    const auto report = project.importPlotsAndTrees(
        period, *plots, plotTable->source,
        [&](core::Tree& tree, core::Problems& problems) { return ahead.next(tree, problems); },
        trees->source(),
        [&] {
            context.setProgress(ahead.done(), rows.total());
            return !context.isCancelled();
        });
    if (!report)
        return report.error();
    summary.problems = report->problems;
    nameFileColumns(summary.problems, plotTable->source, plotsRenamed);
    nameFileColumns(summary.problems, trees->source(), treesRenamed);
    summary.unlistedProblems = report->unlistedProblems;
    summary.plots = report->plots;
    summary.trees = report->trees;
    context.setProgress(rows.total(), rows.total());
    // The map's layer, hashed, is recorded with the plots; a check writes nothing, so it need
    // not hash what may be a raster of gigabytes.
    if (summary.problems.empty() && request.placement && !request.checkOnly)
        if (auto layer = recordPlacementLayer(project, *request.placement); !layer)
            return layer.error();
    return summary;
}

} // namespace

core::Result<AreasResult> ProjectService::previewAreas(AreasRequest request, JobContext& context)
{
    if (auto screened = withProjectAgeLimit(m_impl->project, request.strata); !screened)
        return screened.error();
    return runAreas(request, context);
}

core::Result<StratifySummary> ProjectService::stratify(const StratifyRequest& request,
                                                       JobContext& context)
{
    store::Project& project = m_impl->project;
    store::Stratification s;
    s.name = request.name;
    // A name in use is refused before a raster is read (addStratification checks it again).
    if (project.findStratification(s.name))
        return projectError(m_impl->path, core::ErrorCode::DuplicateId,
                            "a stratification named \"" + s.name + "\" exists already", "name");
    StratifySummary summary;
    if (!request.areasTable.empty()) {
        context.beginPhase(Phase::ReadingInput);
        auto areas = readStratumAreas(request.areasTable);
        if (!areas)
            return areas.error();
        s.strata = std::move(areas).value();
        s.method = strataMethodName(StrataMethod::Table);
        s.rulesJson = compact(QJsonObject{{QStringLiteral("areas_table"), qs(request.areasTable)}});
        summary.method = StrataMethod::Table;
    } else {
        // Screened as previewAreas screens it; the screened request is what is recorded.
        auto areasRequest = request.areas;
        if (auto screened = withProjectAgeLimit(project, areasRequest.strata); !screened)
            return screened.error();
        auto areas = runAreas(areasRequest, context);
        if (!areas)
            return areas.error();
        for (const StratumAreaRow& row : areas->strata)
            s.strata.push_back({row.stratum, row.area.value(), 0});
        summary.method = request.areas.strata.method;
        s.method = strataMethodName(summary.method);
        // Every layer read, with its hash; the first is the one the strata are drawn from.
        for (const LayerRead& layer : areas->layers) {
            const auto id = project.addLayer(layer.kind, layer.role, layer.path, layer.crsWkt);
            if (!id)
                return id.error();
            if (!s.layerId)
                s.layerId = *id;
        }
        s.rulesJson = compact(QJsonObject{{QStringLiteral("request"), requestJson(areasRequest)},
                                          {QStringLiteral("result"), areasJson(*areas)}});
        summary.areas = std::move(areas).value();
    }
    if (s.strata.empty())
        return projectError(!request.areasTable.empty()     ? request.areasTable
                            : !request.areas.stands.empty() ? request.areas.stands
                                                            : request.areas.raster,
                            core::ErrorCode::InsufficientData, "the areas give no stratum");
    const auto id = project.addStratification(s);
    if (!id)
        return id.error();
    summary.id = *id;
    summary.name = s.name;
    summary.strata = int(s.strata.size());
    for (const core::StratumArea& a : s.strata)
        summary.total += core::Hectares(a.areaHa);
    return summary;
}

core::Result<Placement> ProjectService::placementFor(const std::string& stratification)
{
    const auto s = m_impl->project.findStratification(stratification);
    if (!s)
        return s.error();
    const QJsonObject request = QJsonDocument::fromJson(QByteArray::fromStdString(s->rulesJson))
                                    .object()
                                    .value(QStringLiteral("request"))
                                    .toObject();
    const auto areas = requestFromJson(request);
    if (!areas || areas->strata.method == StrataMethod::RasterValues)
        return projectError(m_impl->path, core::ErrorCode::InvalidArgument,
                            "the stratification " + stratification +
                                " was not drawn from a map by stratum rules, age groups or stand "
                                "rules: it has no map to draw, nor to place plots on",
                            "stratification");
    Placement p;
    p.raster = areas->raster;
    p.stands = areas->stands;
    p.band = areas->band;
    p.strata = areas->strata;
    p.boundary = areas->boundary;
    p.reprojectBoundary = areas->reprojectBoundary;
    // Each map file where it is now: the request recorded the paths as they were typed, and
    // the project may have moved (with its layers) since.
    std::vector<std::string*> files{&p.raster, &p.stands, &p.boundary};
    if (auto& ages = p.strata.ageGroups) {
        files.push_back(&ages->speciesRaster);
        files.push_back(&ages->originRaster);
    }
    for (std::string* file : files) {
        auto now = m_impl->project.layerFileNow(*file);
        if (!now)
            return now.error();
        *file = std::move(now).value();
    }
    return p;
}

core::Result<ImportSummary> ProjectService::importFieldData(const ImportRequest& request,
                                                            JobContext& context)
{
    store::Project& project = m_impl->project;
    const auto period = project.findPeriod(request.period);
    if (!period)
        return period.error();
    if (!request.placeOn.empty() && !request.placement) {
        auto placement = placementFor(request.placeOn);
        if (!placement)
            return placement.error();
        placement->columns = request.placeColumns;
        ImportRequest placed = request;
        placed.placement = std::move(placement).value();
        placed.placeOn.clear();
        return importFieldData(placed, context);
    }
    if (!request.checkOnly)
        return importInto(project, *period, request, context);
    // Checked in a transaction that is always rolled back.
    std::optional<core::Result<ImportSummary>> checked;
    const auto rolledBack = project.transaction([&]() -> core::Result<void> {
        checked = importInto(project, *period, request, context);
        return core::Error{core::ErrorCode::Cancelled, "checked only", request.plots, 0, {}};
    });
    if (!checked)
        return rolledBack.error();
    if (*checked)
        (*checked)->checkedOnly = true;
    return std::move(*checked);
}

} // namespace tanhui::workflow
