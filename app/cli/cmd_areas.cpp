// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include "tanhui/workflow/areasjob.h"
#include "tanhui/workflow/resultjson.h"

#include "ageoptions.h"
#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"

namespace tanhui::cli {

namespace {

class AreasText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::cli::AreasCommand)
public:
    static QString description()
    {
        return tr("Area of each stratum of a categorical stand raster, in ha and mu: projected "
                  "cell area, or ellipsoidal area per row for a geographic CRS. Without rules "
                  "every distinct cell value is a stratum.");
    }
    static QString usage() { return tr("Give a RASTER, or --stands with --rules."); }
};

void writeCsv(const workflow::AreasResult& areas, QTextStream& out)
{
    out << (areas.polygons ? "stratum,stands,area_ha,area_mu\n"
                           : "stratum,value,pixels,area_ha,area_mu\n");
    for (const workflow::StratumAreaRow& s : areas.strata) {
        out << csvField(s.stratum) << ',';
        if (!areas.polygons)
            out << (s.value ? csvNumber(*s.value) : QString()) << ',';
        out << s.units << ',' << csvNumber(s.area.value()) << ','
            << csvNumber(core::toMu(s.area).value()) << '\n';
    }
}

struct AreasParse
{
    std::optional<workflow::AreasRequest> request;
    QString format;
    int exitCode = ExitOk; ///< when request is nullopt
};

// The options of `areas`, parsed into a request (stratify takes them after --).
AreasParse parseAreas(const QStringList& arguments, QTextStream& out, QTextStream& err)
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
    const AgeGroupOptions ageOptions;
    const QCommandLineOption boundaryOption(
        QStringLiteral("boundary"),
        AreasText::tr("Project boundary (polygons): only cells whose centre lies inside count."),
        QStringLiteral("B.gpkg"));
    const QCommandLineOption reprojectOption(
        QStringLiteral("reproject-boundary"),
        AreasText::tr("Transform the boundary to the raster's CRS when they differ (otherwise "
                      "a CRS mismatch is an error)."));
    parser.addOptions({standsOption, rulesOption, boundaryOption, reprojectOption, bandOption,
                       threadsOption, formatOption});
    ageOptions.addTo(parser);
    if (auto stop = parser.parse(arguments, -1, out, err))
        return {std::nullopt, {}, *stop};
    const bool polygons = parser.isSet(standsOption);
    if (parser.positionalArguments().size() != (polygons ? 0 : 1) ||
        (polygons && !parser.isSet(rulesOption))) {
        err << AreasText::usage() << "\n\n" << parser.helpText();
        return {std::nullopt, {}, ExitUsage};
    }
    bool bandOk = false;
    bool threadsOk = false;
    workflow::AreasRequest request;
    request.band = parser.value(bandOption).toInt(&bandOk);
    request.threads = parser.value(threadsOption).toInt(&threadsOk);
    const QString format = parser.value(formatOption);
    const auto strata = ageOptions.strata(parser, parser.value(rulesOption), err);
    if (!bandOk || !threadsOk || !strata ||
        (format != QLatin1String("json") && format != QLatin1String("csv"))) {
        err << parser.helpText();
        return {std::nullopt, {}, ExitUsage};
    }
    request.strata = *strata;
    if (polygons) {
        request.stands = parser.value(standsOption).toStdString();
        request.strata.method = workflow::StrataMethod::Stands;
    } else {
        request.raster = parser.positionalArguments().first().toStdString();
        request.boundary = parser.value(boundaryOption).toStdString();
        request.reprojectBoundary = parser.isSet(reprojectOption);
    }
    return {request, format, ExitOk};
}

} // namespace

std::optional<workflow::AreasRequest> areasRequest(const QStringList& arguments, QTextStream& out,
                                                   QTextStream& err, int& exitCode)
{
    QStringList withCommand = arguments;
    withCommand.prepend(QStringLiteral("areas"));
    AreasParse parsed = parseAreas(withCommand, out, err);
    exitCode = parsed.exitCode;
    return parsed.request;
}

int runAreas(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const AreasParse parsed = parseAreas(arguments, out, err);
    if (!parsed.request)
        return parsed.exitCode;
    CliJob job(err);
    const auto areas = workflow::runAreas(*parsed.request, job);
    if (!areas)
        return failWith(areas.error(), err);
    if (parsed.format == QLatin1String("csv"))
        writeCsv(*areas, out);
    else
        out << QJsonDocument(workflow::areasJson(*areas)).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace tanhui::cli
