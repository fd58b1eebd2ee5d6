// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "tanhui/core/rasterstack.h"
#include "tanhui/core/standrules.h"
#include "tanhui/core/stratumrules.h"
#include "tanhui/core/units.h"
#include "tanhui/gis/boundary.h"
#include "tanhui/gis/gdalrastersource.h"
#include "tanhui/gis/stands.h"

#include "ageclasses.h"
#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"
#include "rasterclasses.h"

namespace tanhui::ui {

namespace {

class AreasText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::ui::AreasCommand)
public:
    static QString description()
    {
        return tr("Area of each stratum of a categorical stand raster, in ha and mu: projected "
                  "cell area, or ellipsoidal area per row for a geographic CRS. Without rules "
                  "every distinct cell value is a stratum.");
    }
    static QString unclassifiedStands(int n)
    {
        return tr("Note: %n stand(s) match no rule; their area is reported as unclassified.",
                  nullptr, n);
    }
    static QString usage() { return tr("Give a RASTER, or --stands with --rules."); }
};

// Stand polygons: the area of each stratum is the sum of its stands' ellipsoidal areas.
int standAreas(const QString& standsPath, const QString& rulesPath, const QString& format,
               QTextStream& out, QTextStream& err)
{
    const auto rules = readStandRules(rulesPath, err);
    if (!rules)
        return ExitInputError;
    const auto stands = gis::readStands(standsPath.toStdString());
    if (!stands) {
        reportError(stands.error(), err);
        return ExitInputError;
    }
    const auto strata = core::classifyStands(stands->attributes, *rules);
    if (!strata) {
        reportError(strata.error(), err);
        return ExitInputError;
    }
    std::vector<double> m2(rules->size() + 1, 0.0); // last: stands no rule took
    std::vector<int> count(rules->size() + 1, 0);
    for (std::size_t i = 0; i < strata->size(); ++i) {
        const std::size_t k = (*strata)[i] < 0 ? rules->size() : std::size_t((*strata)[i]);
        m2[k] += stands->areaM2[i];
        ++count[k];
    }
    QJsonArray array;
    QString csv = QStringLiteral("stratum,stands,area_ha,area_mu\n");
    core::Hectares total;
    for (std::size_t k = 0; k < rules->size(); ++k) {
        const core::Hectares ha = core::toHectares(core::SquareMetres(m2[k]));
        total += ha;
        const QString name = QString::fromStdString((*rules)[k].name);
        array.append(QJsonObject{{QStringLiteral("stratum"), name},
                                 {QStringLiteral("stands"), count[k]},
                                 {QStringLiteral("area_ha"), jsonNumber(ha.value())},
                                 {QStringLiteral("area_mu"), jsonNumber(core::toMu(ha).value())}});
        csv += csvField(name) + QLatin1Char(',') + QString::number(count[k]) + QLatin1Char(',') +
               csvNumber(ha.value()) + QLatin1Char(',') + csvNumber(core::toMu(ha).value()) +
               QLatin1Char('\n');
    }
    if (count.back() > 0)
        err << AreasText::unclassifiedStands(count.back()) << '\n';
    if (format == QLatin1String("csv")) {
        out << csv;
        return ExitOk;
    }
    const core::Hectares other = core::toHectares(core::SquareMetres(m2.back()));
    const QJsonObject json{
        {QStringLiteral("stands"), standsPath},
        {QStringLiteral("crs"), QString::fromStdString(stands->crsName)},
        {QStringLiteral("attribute_encoding"),
         QString::fromStdString(stands->attributes.sourceEncoding)},
        {QStringLiteral("area_method"),
         QString(QStringLiteral("ellipsoidal polygon area (PROJ geodesic) on ") +
                 QString::fromStdString(stands->ellipsoid))},
        {QStringLiteral("strata"), array},
        {QStringLiteral("unclassified_stands"), count.back()},
        {QStringLiteral("unclassified_area_ha"), jsonNumber(other.value())},
        {QStringLiteral("total_area_ha"), jsonNumber(total.value())},
        {QStringLiteral("total_area_mu"), jsonNumber(core::toMu(total).value())}};
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace

int runAreas(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(AreasText::description());
    parser.addPositionalArgument(QStringLiteral("RASTER"), AreasText::tr("Stand raster."),
                                 QStringLiteral("[RASTER]"));
    const QCommandLineOption standsOption(
        QStringLiteral("stands"),
        AreasText::tr("Stand polygons (Shapefile, GeoPackage) instead of a raster; needs --rules "
                      "with attribute conditions."),
        QStringLiteral("STANDS"));
    const QCommandLineOption rulesOption(
        QStringLiteral("rules"),
        AreasText::tr("Stratum rules (JSON: values or min/max per stratum)."),
        QStringLiteral("R.json"));
    const QCommandLineOption bandOption(QStringLiteral("band"), AreasText::tr("Band (default 1)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           AreasText::tr("Worker threads (default: all cores)."),
                                           QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          AreasText::tr("json (default) or csv."),
                                          QStringLiteral("F"), QStringLiteral("json"));
    const AgeClassOptions ageOptions;
    const QCommandLineOption boundaryOption(
        QStringLiteral("boundary"),
        AreasText::tr("Project boundary (polygons): only cells whose centre lies inside count."),
        QStringLiteral("B.gpkg"));
    const QCommandLineOption reprojectOption(
        QStringLiteral("reproject-boundary"),
        AreasText::tr("Transform the boundary to the raster's CRS when they differ (otherwise "
                      "a CRS mismatch is an error)."));
    const QCommandLineOption speciesRasterOption(
        QStringLiteral("species-raster"),
        AreasText::tr("Species-group raster on the age raster's grid (values: the age table's "
                      "species_group numbers); strata become group/origin/class."),
        QStringLiteral("S.tif"));
    const QCommandLineOption originRasterOption(
        QStringLiteral("origin-raster"),
        AreasText::tr("Origin raster on the age raster's grid, coded by --origin-codes."),
        QStringLiteral("O.tif"));
    const QCommandLineOption originCodesOption(
        QStringLiteral("origin-codes"),
        AreasText::tr("Codes of the origin raster (default \"1=natural;2=planted\")."),
        QStringLiteral("CODES"), QStringLiteral("1=natural;2=planted"));
    parser.addOptions({standsOption, rulesOption, boundaryOption, reprojectOption, bandOption,
                       threadsOption, formatOption, speciesRasterOption, originRasterOption,
                       originCodesOption});
    ageOptions.addTo(parser);
    if (auto stop = parser.parse(arguments, -1, out, err))
        return *stop;
    const bool polygons = parser.isSet(standsOption);
    if (parser.positionalArguments().size() != (polygons ? 0 : 1) ||
        (polygons && !parser.isSet(rulesOption))) {
        err << AreasText::usage() << "\n\n" << parser.helpText();
        return ExitUsage;
    }
    bool bandOk = false;
    bool threadsOk = false;
    const int band = parser.value(bandOption).toInt(&bandOk);
    const int threads = parser.value(threadsOption).toInt(&threadsOk);
    const QString format = parser.value(formatOption);
    if (!bandOk || !threadsOk ||
        (format != QLatin1String("json") && format != QLatin1String("csv"))) {
        err << parser.helpText();
        return ExitUsage;
    }
    if (polygons)
        return standAreas(parser.value(standsOption), parser.value(rulesOption), format, out, err);
    const QString path = parser.positionalArguments().first();
    const auto source = gis::GdalRasterSource::open(path.toStdString(), band);
    if (!source) {
        reportError(source.error(), err);
        return ExitInputError;
    }
    const auto areas = gis::cellAreas((*source)->info());
    if (!areas) {
        reportError(areas.error(), err);
        return ExitInputError;
    }

    std::optional<core::CellMask> mask;
    if (parser.isSet(boundaryOption)) {
        auto boundary = gis::boundaryMask(parser.value(boundaryOption).toStdString(),
                                          (*source)->info(), parser.isSet(reprojectOption));
        if (!boundary) {
            reportError(boundary.error(), err);
            return ExitInputError;
        }
        mask = std::move(boundary).value();
    }
    const core::TallyOptions tallyOptions{threads, areas->geographic, mask ? &*mask : nullptr};

    std::vector<QString> names;
    std::vector<QJsonValue> classValues;
    QJsonObject ageGroups;
    core::Result<core::RasterTally> tally = core::Error{};
    if (parser.isSet(speciesRasterOption) || parser.isSet(originRasterOption)) {
        // Age, species-group and origin rasters on one grid.
        std::vector<std::unique_ptr<gis::GdalRasterSource>> extra;
        for (const QCommandLineOption* option : {&speciesRasterOption, &originRasterOption}) {
            if (!parser.isSet(*option))
                continue;
            auto other = gis::GdalRasterSource::open(parser.value(*option).toStdString(), 1,
                                                     (*source)->info().blockWidth,
                                                     (*source)->info().blockHeight);
            const auto same = other ? gis::checkSameGrid((*source)->info(), (*other)->info())
                                    : core::Result<void>(other.error());
            if (!same) {
                reportError(same.error(), err);
                return ExitInputError;
            }
            extra.push_back(std::move(other).value());
        }
        const AgeClassRequest request{
            parser.value(ageOptions.table),    parser.value(ageOptions.ageGroup),
            parser.value(ageOptions.region),   parser.value(ageOptions.origin),
            parser.value(ageOptions.baseYear), parser.value(ageOptions.date),
            parser.value(ageOptions.mapping)};
        const auto setup =
            ageStackSetup(request, parser.isSet(speciesRasterOption),
                          parser.isSet(originRasterOption), parser.value(originCodesOption), err);
        if (!setup)
            return ExitInputError;
        std::vector<const core::RasterSource*> stack{source->get()};
        for (const auto& e : extra)
            stack.push_back(e.get());
        names = setup->names;
        classValues.resize(names.size());
        ageGroups = setup->description;
        tally = core::tallyStack(stack, setup->classifier, tallyOptions);
    } else {
        auto classes = rasterClasses(parser.value(rulesOption), ageOptions.request(parser),
                                     **source, path, threads, err);
        if (!classes)
            return ExitInputError;
        names = classes->names;
        classValues = classes->values;
        ageGroups = classes->ageGroups;
        tally = core::tallyRaster(**source, classes->classifier, tallyOptions);
    }
    if (!tally) {
        core::Error e = tally.error();
        e.file = path.toStdString();
        reportError(e, err);
        return ExitInputError;
    }

    auto areaOf = [&](auto countInRow) {
        double m2 = 0.0;
        std::int64_t cells = 0;
        for (int r = 0; r < tally->rowCount; ++r) {
            const std::int64_t n = countInRow(r);
            cells += n;
            m2 += double(n) * areas->rowAreaM2[std::size_t(r)];
        }
        return std::pair{cells, core::toHectares(core::SquareMetres(m2))};
    };
    QJsonArray strata;
    QString csv = QStringLiteral("stratum,value,pixels,area_ha,area_mu\n");
    core::Hectares total;
    for (int k = 0; k < tally->classCount; ++k) {
        const auto [cells, ha] = areaOf([&](int r) { return tally->count(k, r); });
        total += ha;
        const QString& name = names[std::size_t(k)];
        const QJsonValue& value = classValues[std::size_t(k)];
        strata.append(QJsonObject{{QStringLiteral("stratum"), name},
                                  {QStringLiteral("value"), value},
                                  {QStringLiteral("pixels"), qint64(cells)},
                                  {QStringLiteral("area_ha"), jsonNumber(ha.value())},
                                  {QStringLiteral("area_mu"), jsonNumber(core::toMu(ha).value())}});
        csv += csvField(name) + QLatin1Char(',') +
               (value.isDouble() ? csvNumber(value.toDouble()) : QString()) + QLatin1Char(',') +
               QString::number(cells) + QLatin1Char(',') + csvNumber(ha.value()) +
               QLatin1Char(',') + csvNumber(core::toMu(ha).value()) + QLatin1Char('\n');
    }
    const auto [noDataCells, noDataHa] =
        areaOf([&](int r) { return tally->noDataPerRow[std::size_t(r)]; });
    const auto [otherCells, otherHa] =
        areaOf([&](int r) { return tally->unclassifiedPerRow[std::size_t(r)]; });
    if (format == QLatin1String("csv")) {
        out << csv;
        return ExitOk;
    }
    const gis::RasterInfo& info = (*source)->info();
    const QJsonObject json{
        {QStringLiteral("raster"), path},
        {QStringLiteral("band"), band},
        {QStringLiteral("crs"),
         QJsonObject{{QStringLiteral("name"), QString::fromStdString(info.crsName)},
                     {QStringLiteral("epsg"), info.epsg ? QJsonValue(*info.epsg) : QJsonValue()},
                     {QStringLiteral("geographic"), info.isGeographic},
                     {QStringLiteral("wkt"), QString::fromStdString(info.crsWkt)}}},
        {QStringLiteral("pixel_size"), QJsonArray{info.geoTransform[1], info.geoTransform[5]}},
        {QStringLiteral("area_method"), QString::fromStdString(areas->method)},
        {QStringLiteral("age_groups"), ageGroups.isEmpty() ? QJsonValue() : QJsonValue(ageGroups)},
        {QStringLiteral("boundary"),
         mask ? QJsonValue(
                    QJsonObject{{QStringLiteral("file"), parser.value(boundaryOption)},
                                {QStringLiteral("cells_inside"), qint64(mask->cellCount())},
                                {QStringLiteral("reprojected"), parser.isSet(reprojectOption)}})
              : QJsonValue()},
        {QStringLiteral("strata"), strata},
        {QStringLiteral("nodata_pixels"), qint64(noDataCells)},
        {QStringLiteral("nodata_area_ha"), jsonNumber(noDataHa.value())},
        {QStringLiteral("unclassified_pixels"), qint64(otherCells)},
        {QStringLiteral("unclassified_area_ha"), jsonNumber(otherHa.value())},
        {QStringLiteral("total_area_ha"), jsonNumber(total.value())},
        {QStringLiteral("total_area_mu"), jsonNumber(core::toMu(total).value())}};
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace tanhui::ui
