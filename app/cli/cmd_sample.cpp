// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "tanhui/gis/points.h"

#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"

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

} // namespace

int runSample(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(SampleText::description());
    parser.addPositionalArgument(QStringLiteral("RASTER"), SampleText::tr("Raster to sample."));
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
    parser.addOptions(
        {pointsOption, xOption, yOption, idOption, crsOption, bandOption, formatOption});
    if (auto stop = parser.parse(arguments, 1, out, err))
        return *stop;
    const QString format = parser.value(formatOption);
    bool bandOk = false;
    const int band = parser.value(bandOption).toInt(&bandOk);
    if (!parser.isSet(pointsOption) || !bandOk ||
        (format != QLatin1String("json") && format != QLatin1String("csv"))) {
        err << parser.helpText();
        return ExitUsage;
    }
    const auto raster = gis::readRasterInfo(parser.positionalArguments().first().toStdString());
    if (!raster) {
        reportError(raster.error(), err);
        return ExitInputError;
    }
    gis::PointOptions options{
        parser.value(xOption).toStdString(), parser.value(yOption).toStdString(),
        parser.value(idOption).toStdString(), parser.value(crsOption).toStdString()};
    const auto points = gis::readPoints(parser.value(pointsOption).toStdString(), options);
    if (!points) {
        reportError(points.error(), err);
        return ExitInputError;
    }
    const auto sampled = gis::samplePoints(*raster, band, *points);
    if (!sampled) {
        reportError(sampled.error(), err);
        return ExitInputError;
    }
    int outside = 0;
    int noData = 0;
    for (const gis::SampledPoint& p : *sampled) {
        outside += p.status == gis::SampledPoint::Status::Outside;
        noData += p.status == gis::SampledPoint::Status::NoData;
    }
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
        out << "id,source_row,x,y,row,col,status,value\n";
        for (const gis::SampledPoint& p : *sampled)
            out << csvField(QString::fromStdString(p.id)) << ',' << p.sourceRow << ','
                << csvNumber(p.x) << ',' << csvNumber(p.y) << ','
                << (p.row >= 0 ? QString::number(p.row) : QString()) << ','
                << (p.col >= 0 ? QString::number(p.col) : QString()) << ',' << statusName(p.status)
                << ','
                << (p.status == gis::SampledPoint::Status::Value ? csvNumber(p.value) : QString())
                << '\n';
        return ExitOk;
    }
    QJsonArray array;
    for (const gis::SampledPoint& p : *sampled)
        array.append(QJsonObject{
            {QStringLiteral("id"), QString::fromStdString(p.id)},
            {QStringLiteral("source_row"), qint64(p.sourceRow)},
            {QStringLiteral("x"), jsonNumber(p.x)},
            {QStringLiteral("y"), jsonNumber(p.y)},
            {QStringLiteral("row"), p.row >= 0 ? QJsonValue(qint64(p.row)) : QJsonValue()},
            {QStringLiteral("col"), p.col >= 0 ? QJsonValue(qint64(p.col)) : QJsonValue()},
            {QStringLiteral("status"), statusName(p.status)},
            {QStringLiteral("value"),
             p.status == gis::SampledPoint::Status::Value ? jsonNumber(p.value) : QJsonValue()}});
    const QJsonObject json{{QStringLiteral("raster"), QString::fromStdString(raster->path)},
                           {QStringLiteral("band"), band},
                           {QStringLiteral("raster_crs"), QString::fromStdString(raster->crsName)},
                           {QStringLiteral("points_crs"), QString::fromStdString(points->crsName)},
                           {QStringLiteral("points_crs_assumed"), points->crsAssumed},
                           {QStringLiteral("x_column"), QString::fromStdString(points->xColumn)},
                           {QStringLiteral("y_column"), QString::fromStdString(points->yColumn)},
                           {QStringLiteral("outside"), outside},
                           {QStringLiteral("nodata"), noData},
                           {QStringLiteral("points"), array}};
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace tanhui::ui
