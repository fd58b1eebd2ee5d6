// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "tanhui/workflow/resultjson.h"
#include "tanhui/workflow/samplejob.h"

#include "ageoptions.h"
#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"

namespace tanhui::cli {

namespace {

class SampleText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::cli::SampleCommand)
public:
    static QString description()
    {
        return tr("Raster values at points (plots): the points are transformed to the raster's "
                  "CRS with PROJ; each gets its row, column and value, or is reported as "
                  "outside the raster or on nodata.");
    }
};

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QJsonValue optionalText(const std::optional<std::string>& text)
{
    return text ? QJsonValue(qs(*text)) : QJsonValue();
}

QJsonObject standsJson(const workflow::SampleResult& r)
{
    QJsonArray array;
    for (const workflow::SampledPlot& p : r.points) {
        QJsonObject point{
            {QStringLiteral("id"), qs(p.id)},
            {QStringLiteral("source_row"), qint64(p.sourceRow)},
            {QStringLiteral("stand_row"),
             p.standRow ? QJsonValue(qint64(*p.standRow)) : QJsonValue()},
            {QStringLiteral("status"), QString::fromLatin1(workflow::pointStatusName(p.status))},
            {QStringLiteral("stratum"), optionalText(p.stratum)}};
        if (p.agrees) {
            point.insert(QStringLiteral("recorded_stratum"), qs(p.recordedStratum));
            point.insert(QStringLiteral("agrees"), *p.agrees);
        }
        array.append(point);
    }
    return QJsonObject{{QStringLiteral("stands"), qs(r.source)},
                       {QStringLiteral("points_crs"), qs(r.pointsCrs)},
                       {QStringLiteral("outside"), r.outside},
                       {QStringLiteral("disagreements"), r.disagreements},
                       {QStringLiteral("points"), array}};
}

QJsonObject pointJson(const workflow::SampleResult& r, const workflow::SampledPlot& p)
{
    const bool onCell = p.status == workflow::PointStatus::Value;
    QJsonObject point{
        {QStringLiteral("id"), qs(p.id)},
        {QStringLiteral("source_row"), qint64(p.sourceRow)},
        {QStringLiteral("x"), workflow::jsonNumber(p.x)},
        {QStringLiteral("y"), workflow::jsonNumber(p.y)},
        {QStringLiteral("row"), p.row >= 0 ? QJsonValue(qint64(p.row)) : QJsonValue()},
        {QStringLiteral("col"), p.col >= 0 ? QJsonValue(qint64(p.col)) : QJsonValue()},
        {QStringLiteral("status"), QString::fromLatin1(workflow::pointStatusName(p.status))},
        {QStringLiteral("value"), onCell ? workflow::jsonNumber(p.value) : QJsonValue()}};
    if (r.hasStrata)
        point.insert(QStringLiteral("stratum"), optionalText(p.stratum));
    if (r.hasRecorded) {
        point.insert(QStringLiteral("recorded_stratum"), qs(p.recordedStratum));
        if (p.agrees)
            point.insert(QStringLiteral("agrees"), *p.agrees);
    }
    return point;
}

QJsonObject rasterJson(const workflow::SampleResult& r)
{
    QJsonArray array;
    for (const workflow::SampledPlot& p : r.points)
        array.append(pointJson(r, p));
    const auto& t = r.transformation;
    return QJsonObject{
        {QStringLiteral("raster"), qs(r.source)},
        {QStringLiteral("band"), r.band},
        {QStringLiteral("raster_crs"), qs(r.rasterCrs)},
        {QStringLiteral("points_crs"), qs(r.pointsCrs)},
        {QStringLiteral("points_crs_assumed"), r.pointsCrsAssumed},
        {QStringLiteral("transformation"),
         t ? QJsonValue(QJsonObject{{QStringLiteral("name"), qs(t->name)},
                                    {QStringLiteral("accuracy_m"),
                                     t->accuracyM >= 0 ? QJsonValue(t->accuracyM) : QJsonValue()},
                                    {QStringLiteral("ballpark"), t->ballpark}})
           : QJsonValue()},
        {QStringLiteral("x_column"), qs(r.xColumn)},
        {QStringLiteral("y_column"), qs(r.yColumn)},
        {QStringLiteral("outside"), r.outside},
        {QStringLiteral("nodata"), r.noData},
        {QStringLiteral("disagreements"), r.disagreements},
        {QStringLiteral("points"), array}};
}

void writeCsv(const workflow::SampleResult& r, QTextStream& out)
{
    out << "id,source_row,x,y,row,col,status,value,stratum,recorded_stratum,agrees\n";
    for (const workflow::SampledPlot& p : r.points)
        out << csvField(p.id) << ',' << p.sourceRow << ',' << csvNumber(p.x) << ','
            << csvNumber(p.y) << ',' << (p.row >= 0 ? QString::number(p.row) : QString()) << ','
            << (p.col >= 0 ? QString::number(p.col) : QString()) << ','
            << workflow::pointStatusName(p.status) << ','
            << (p.status == workflow::PointStatus::Value ? csvNumber(p.value) : QString()) << ','
            << csvField(p.stratum.value_or(std::string())) << ',' << csvField(p.recordedStratum)
            << ',' << (p.agrees ? (*p.agrees ? "1" : "0") : "") << '\n';
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
    const AgeGroupOptions ageOptions;
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
    const auto strata = ageOptions.strata(parser, parser.value(rulesOption), err);
    if (!strata)
        return ExitUsage;
    workflow::SampleRequest request;
    request.points = parser.value(pointsOption).toStdString();
    request.columns = {parser.value(xOption).toStdString(), parser.value(yOption).toStdString(),
                       parser.value(idOption).toStdString(), parser.value(crsOption).toStdString(),
                       parser.value(stratumOption).toStdString()};
    request.band = band;
    request.strata = *strata;
    if (stands) {
        request.stands = parser.value(standsOption).toStdString();
        request.strata.method = workflow::StrataMethod::Stands;
    } else {
        request.raster = parser.positionalArguments().first().toStdString();
    }
    CliJob job(err);
    const auto sampled = workflow::runSample(request, job);
    if (!sampled)
        return failWith(sampled.error(), err);
    if (format == QLatin1String("csv") && !stands)
        writeCsv(*sampled, out);
    else
        out << QJsonDocument(stands ? standsJson(*sampled) : rasterJson(*sampled))
                   .toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace tanhui::cli
