// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "tanhui/core/standrules.h"
#include "tanhui/gis/gdalrastersource.h"
#include "tanhui/gis/points.h"
#include "tanhui/gis/stands.h"

#include "ageclasses.h"
#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"
#include "rasterclasses.h"

namespace tanhui::ui {

namespace {

class SampleText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::ui::SampleCommand)
public:
    static QString description()
    {
        return tr("Raster values at points (plots): the points are transformed to the raster's "
                  "CRS with PROJ; each gets its row, column and value, or is reported as "
                  "outside the raster or on nodata.");
    }
};

QString statusName(gis::SampledPoint::Status status)
{
    switch (status) {
    case gis::SampledPoint::Status::Value:
        return QStringLiteral("value");
    case gis::SampledPoint::Status::NoData:
        return QStringLiteral("nodata");
    case gis::SampledPoint::Status::Outside:
        return QStringLiteral("outside");
    }
    return {};
}

// Points located in stand polygons; the stratum of a point is its stand's.
int sampleStands(const QString& standsPath, const QString& rulesPath, const gis::PointSet& points,
                 bool compare, QTextStream& out, QTextStream& err)
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
    const auto located = strata ? gis::locateInStands(standsPath.toStdString(), points)
                                : core::Result<std::vector<int>>(strata.error());
    if (!located) {
        reportError(located.error(), err);
        return ExitInputError;
    }
    QJsonArray array;
    int outside = 0;
    int disagree = 0;
    for (std::size_t i = 0; i < points.points.size(); ++i) {
        const gis::SourcePoint& p = points.points[i];
        const int stand = (*located)[i];
        outside += stand < 0;
        const int k = stand < 0 ? -1 : (*strata)[std::size_t(stand)];
        const QJsonValue stratum =
            k < 0 ? QJsonValue()
                  : QJsonValue(QString::fromStdString((*rules)[std::size_t(k)].name));
        QJsonObject point{
            {QStringLiteral("id"), QString::fromStdString(p.id)},
            {QStringLiteral("source_row"), qint64(p.sourceRow)},
            {QStringLiteral("stand_row"),
             stand < 0 ? QJsonValue()
                       : QJsonValue(qint64(stands->attributes.rowNumbers[std::size_t(stand)]))},
            {QStringLiteral("status"),
             stand < 0 ? QStringLiteral("outside") : QStringLiteral("value")},
            {QStringLiteral("stratum"), stratum}};
        if (compare) {
            const bool agrees = stratum.toString() == QString::fromStdString(p.recordedStratum);
            disagree += !agrees;
            point.insert(QStringLiteral("recorded_stratum"),
                         QString::fromStdString(p.recordedStratum));
            point.insert(QStringLiteral("agrees"), agrees);
        }
        array.append(point);
    }
    if (outside > 0)
        err << SampleText::tr("Note: %n point(s) lie in no stand.", nullptr, outside) << '\n';
    if (disagree > 0)
        err << SampleText::tr("Note: %n point(s) have a recorded stratum that differs from the "
                              "map's (flagged \"agrees\": false).",
                              nullptr, disagree)
            << '\n';
    out << QJsonDocument(
               QJsonObject{{QStringLiteral("stands"), standsPath},
                           {QStringLiteral("points_crs"), QString::fromStdString(points.crsName)},
                           {QStringLiteral("outside"), outside},
                           {QStringLiteral("disagreements"), disagree},
                           {QStringLiteral("points"), array}})
               .toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace

int runSample(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(SampleText::description());
    parser.addPositionalArgument(QStringLiteral("RASTER"), SampleText::tr("Raster to sample."),
                                 QStringLiteral("[RASTER]"));
    const QCommandLineOption pointsOption(
        QStringLiteral("points"),
        SampleText::tr("Points: CSV/XLSX with coordinate columns, or a point layer (SHP, GPKG)."),
        QStringLiteral("FILE"));
    const QCommandLineOption xOption(QStringLiteral("x"), SampleText::tr("X or longitude column."),
                                     QStringLiteral("COL"));
    const QCommandLineOption yOption(QStringLiteral("y"), SampleText::tr("Y or latitude column."),
                                     QStringLiteral("COL"));
    const QCommandLineOption idOption(QStringLiteral("id"), SampleText::tr("Point id column."),
                                      QStringLiteral("COL"));
    const QCommandLineOption crsOption(
        QStringLiteral("crs"),
        SampleText::tr("CRS of the coordinates, e.g. EPSG:4490 (CGCS2000) or EPSG:4527."),
        QStringLiteral("CRS"));
    const QCommandLineOption bandOption(QStringLiteral("band"), SampleText::tr("Band (default 1)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          SampleText::tr("json (default) or csv."),
                                          QStringLiteral("F"), QStringLiteral("json"));
    const QCommandLineOption rulesOption(
        QStringLiteral("rules"),
        SampleText::tr("Stratum rules (as for areas): each point gets the stratum of its cell."),
        QStringLiteral("R.json"));
    const QCommandLineOption stratumOption(
        QStringLiteral("stratum-column"),
        SampleText::tr("Column with the stratum recorded in the field; points whose recorded "
                       "stratum differs from the map's are flagged."),
        QStringLiteral("COL"));
    const QCommandLineOption standsOption(
        QStringLiteral("stands"),
        SampleText::tr("Stand polygons instead of a raster: each point gets the stand it lies in "
                       "and that stand's stratum by --rules (attribute conditions)."),
        QStringLiteral("STANDS"));
    const AgeClassOptions ageOptions;
    parser.addOptions({pointsOption, xOption, yOption, idOption, crsOption, bandOption, rulesOption,
                       stratumOption, standsOption, formatOption});
    ageOptions.addTo(parser);
    if (auto stop = parser.parse(arguments, -1, out, err))
        return *stop;
    const QString format = parser.value(formatOption);
    bool bandOk = false;
    const int band = parser.value(bandOption).toInt(&bandOk);
    const bool stands = parser.isSet(standsOption);
    if (!parser.isSet(pointsOption) || !bandOk ||
        parser.positionalArguments().size() != (stands ? 0 : 1) ||
        (stands && !parser.isSet(rulesOption)) ||
        (format != QLatin1String("json") && format != QLatin1String("csv"))) {
        err << parser.helpText();
        return ExitUsage;
    }
    gis::PointOptions options{
        parser.value(xOption).toStdString(), parser.value(yOption).toStdString(),
        parser.value(idOption).toStdString(), parser.value(crsOption).toStdString(),
        parser.value(stratumOption).toStdString()};
    const auto points = gis::readPoints(parser.value(pointsOption).toStdString(), options);
    if (!points) {
        reportError(points.error(), err);
        return ExitInputError;
    }
    if (stands)
        return sampleStands(parser.value(standsOption), parser.value(rulesOption), *points,
                            parser.isSet(stratumOption), out, err);
    const auto raster = gis::readRasterInfo(parser.positionalArguments().first().toStdString());
    if (!raster) {
        reportError(raster.error(), err);
        return ExitInputError;
    }
    const gis::TransformationInfo transformation =
        gis::describeTransformation(points->crsWkt, raster->crsWkt);
    if (transformation.ballpark)
        err << SampleText::tr("Note: from %1 to %2 PROJ has only a ballpark transformation "
                              "(\"%3\", accuracy unknown): the datums are treated as identical. "
                              "For Beijing 1954 or Xian 1980 coordinates give a CRS with "
                              "published datum parameters.")
                   .arg(QString::fromStdString(points->crsName),
                        QString::fromStdString(raster->crsName),
                        QString::fromStdString(transformation.name))
            << '\n';
    const auto sampled = gis::samplePoints(*raster, band, *points);
    if (!sampled) {
        reportError(sampled.error(), err);
        return ExitInputError;
    }
    // Strata of the map at each point, when rules or age groups are given.
    std::optional<RasterClasses> classes;
    const auto age = ageOptions.request(parser);
    if (age || parser.isSet(rulesOption)) {
        const auto source = gis::GdalRasterSource::open(raster->path, band);
        if (!source) {
            reportError(source.error(), err);
            return ExitInputError;
        }
        classes = rasterClasses(parser.value(rulesOption), age, **source,
                                QString::fromStdString(raster->path), 0, err);
        if (!classes)
            return ExitInputError;
    }
    auto stratumOf = [&](const gis::SampledPoint& p) -> QJsonValue {
        if (!classes || p.status != gis::SampledPoint::Status::Value)
            return QJsonValue();
        const int k = classes->classifier.classify(p.value);
        return k < 0 ? QJsonValue() : QJsonValue(classes->names[std::size_t(k)]);
    };
    int outside = 0;
    int noData = 0;
    int disagree = 0;
    for (const gis::SampledPoint& p : *sampled) {
        outside += p.status == gis::SampledPoint::Status::Outside;
        noData += p.status == gis::SampledPoint::Status::NoData;
        disagree += parser.isSet(stratumOption) && classes &&
                    stratumOf(p).toString() != QString::fromStdString(p.recordedStratum);
    }
    if (disagree > 0)
        err << SampleText::tr("Note: %n point(s) have a recorded stratum that differs from the "
                              "map's (flagged \"agrees\": false).",
                              nullptr, disagree)
            << '\n';
    if (points->crsAssumed)
        err << SampleText::tr("Note: %1 and %2 are taken as WGS 84 longitude and latitude "
                              "(EPSG:4326); give --crs if they are not.")
                   .arg(QString::fromStdString(points->xColumn),
                        QString::fromStdString(points->yColumn))
            << '\n';
    if (outside + noData > 0)
        err << SampleText::tr("Note: %1 point(s) outside the raster, %2 on nodata cells.")
                   .arg(outside)
                   .arg(noData)
            << '\n';

    if (format == QLatin1String("csv")) {
        out << "id,source_row,x,y,row,col,status,value,stratum,recorded_stratum,agrees\n";
        for (const gis::SampledPoint& p : *sampled)
            out << csvField(QString::fromStdString(p.id)) << ',' << p.sourceRow << ','
                << csvNumber(p.x) << ',' << csvNumber(p.y) << ','
                << (p.row >= 0 ? QString::number(p.row) : QString()) << ','
                << (p.col >= 0 ? QString::number(p.col) : QString()) << ',' << statusName(p.status)
                << ','
                << (p.status == gis::SampledPoint::Status::Value ? csvNumber(p.value) : QString())
                << ',' << csvField(stratumOf(p).toString()) << ','
                << csvField(QString::fromStdString(p.recordedStratum)) << ','
                << (parser.isSet(stratumOption) && classes
                        ? (stratumOf(p).toString() == QString::fromStdString(p.recordedStratum)
                               ? "1"
                               : "0")
                        : "")
                << '\n';
        return ExitOk;
    }
    QJsonArray array;
    for (const gis::SampledPoint& p : *sampled) {
        QJsonObject point{
            {QStringLiteral("id"), QString::fromStdString(p.id)},
            {QStringLiteral("source_row"), qint64(p.sourceRow)},
            {QStringLiteral("x"), jsonNumber(p.x)},
            {QStringLiteral("y"), jsonNumber(p.y)},
            {QStringLiteral("row"), p.row >= 0 ? QJsonValue(qint64(p.row)) : QJsonValue()},
            {QStringLiteral("col"), p.col >= 0 ? QJsonValue(qint64(p.col)) : QJsonValue()},
            {QStringLiteral("status"), statusName(p.status)},
            {QStringLiteral("value"),
             p.status == gis::SampledPoint::Status::Value ? jsonNumber(p.value) : QJsonValue()}};
        if (classes)
            point.insert(QStringLiteral("stratum"), stratumOf(p));
        if (parser.isSet(stratumOption)) {
            point.insert(QStringLiteral("recorded_stratum"),
                         QString::fromStdString(p.recordedStratum));
            if (classes)
                point.insert(QStringLiteral("agrees"),
                             stratumOf(p).toString() == QString::fromStdString(p.recordedStratum));
        }
        array.append(point);
    }
    const QJsonObject json{
        {QStringLiteral("raster"), QString::fromStdString(raster->path)},
        {QStringLiteral("band"), band},
        {QStringLiteral("raster_crs"), QString::fromStdString(raster->crsName)},
        {QStringLiteral("points_crs"), QString::fromStdString(points->crsName)},
        {QStringLiteral("points_crs_assumed"), points->crsAssumed},
        {QStringLiteral("transformation"),
         transformation.needed
             ? QJsonValue(QJsonObject{
                   {QStringLiteral("name"), QString::fromStdString(transformation.name)},
                   {QStringLiteral("accuracy_m"), transformation.accuracyM >= 0
                                                      ? QJsonValue(transformation.accuracyM)
                                                      : QJsonValue()},
                   {QStringLiteral("ballpark"), transformation.ballpark}})
             : QJsonValue()},
        {QStringLiteral("x_column"), QString::fromStdString(points->xColumn)},
        {QStringLiteral("y_column"), QString::fromStdString(points->yColumn)},
        {QStringLiteral("outside"), outside},
        {QStringLiteral("nodata"), noData},
        {QStringLiteral("disagreements"), disagree},
        {QStringLiteral("points"), array}};
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace tanhui::ui
