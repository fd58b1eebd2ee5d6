// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// project import: a period's plots and trees, all or nothing, optionally with the plots
// placed in strata by their coordinates.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "tanhui/workflow/projectservice.h"

#include "ageoptions.h"
#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"

namespace tanhui::cli {

namespace {

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::cli::ProjectCommand)
public:
    static QString description()
    {
        return tr("Import a period's plots and tree tally, all or nothing: every problem is "
                  "listed with file, row and column, and nothing is written while one remains. "
                  "With --place-raster or --place-stands, plots are placed in strata by their "
                  "coordinates: plots without a recorded stratum get the map's, a recorded one "
                  "is kept and a disagreement is reported.");
    }
    static QString imported(qint64 plots, qint64 trees)
    {
        return tr("Imported %1 plots and %2 trees.").arg(plots).arg(trees);
    }
    static QString checked(qint64 plots, qint64 trees)
    {
        return tr("Checked: %1 plots and %2 trees would be imported; nothing was written.")
            .arg(plots)
            .arg(trees);
    }
    static QString coordinatesIn(const std::string& crs)
    {
        return tr("Plot coordinates recorded in %1.")
            .arg(QString::fromStdString(crs.size() > 40 ? crs.substr(0, 40) + "…" : crs));
    }
    static QString rejected(int problems)
    {
        return tr("Nothing was imported: %n problem(s) found.", nullptr, problems);
    }
    static QString unlisted(int problems)
    {
        return tr("… and %n more problem(s) of these rows, not listed.", nullptr, problems);
    }
};

struct ImportOptions
{
    QCommandLineOption period{QStringLiteral("period"), ImportText::tr("Monitoring period label."),
                              QStringLiteral("LABEL")};
    QCommandLineOption plots{
        QStringLiteral("plots"),
        ImportText::tr("Plot table: plot_id, area_ha or area_m2; optional stratum, slope_deg."),
        QStringLiteral("P.csv")};
    QCommandLineOption trees{
        QStringLiteral("trees"),
        ImportText::tr("Tree tally: plot_id, species, dbh; optional height, wd, status."),
        QStringLiteral("T.csv")};
    QCommandLineOption placeRaster{
        QStringLiteral("place-raster"),
        ImportText::tr("Place plots in strata on this stand raster (with --rules or --age-group)."),
        QStringLiteral("R.tif")};
    QCommandLineOption placeStands{
        QStringLiteral("place-stands"),
        ImportText::tr("Place plots in strata by the stand polygons they lie in (with --rules)."),
        QStringLiteral("STANDS")};
    QCommandLineOption rules{QStringLiteral("rules"),
                             ImportText::tr("Stratum rules of the map (as for areas)."),
                             QStringLiteral("R.json")};
    QCommandLineOption band{QStringLiteral("band"), ImportText::tr("Band (default 1)."),
                            QStringLiteral("N"), QStringLiteral("1")};
    QCommandLineOption x{QStringLiteral("x"),
                         ImportText::tr("Easting or longitude column (default: detected)."),
                         QStringLiteral("COL")};
    QCommandLineOption y{QStringLiteral("y"),
                         ImportText::tr("Northing or latitude column (default: detected)."),
                         QStringLiteral("COL")};
    QCommandLineOption crs{
        QStringLiteral("crs"),
        ImportText::tr("CRS of the plot coordinates, e.g. EPSG:4490 (CGCS2000) or EPSG:4527."),
        QStringLiteral("CRS")};
    AgeGroupOptions ages;
    QCommandLineOption check{
        QStringLiteral("check"),
        ImportText::tr("Check everything as the import would, and write nothing.")};
    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions(
            {period, plots, trees, placeRaster, placeStands, rules, band, x, y, crs, check});
        ages.addTo(parser);
    }
};

// The placement the options ask for (none without --place-*); nullopt on a usage error.
std::optional<std::optional<workflow::Placement>>
placementOf(const CommandParser& parser, const ImportOptions& o, QTextStream& err)
{
    const bool raster = parser.isSet(o.placeRaster);
    const bool stands = parser.isSet(o.placeStands);
    if (!raster && !stands)
        return std::optional<workflow::Placement>();
    bool bandOk = false;
    workflow::Placement placement;
    placement.band = parser.value(o.band).toInt(&bandOk);
    const auto strata = o.ages.strata(parser, parser.value(o.rules), err);
    if (!strata || !bandOk || (raster && stands) || (stands && !parser.isSet(o.rules)))
        return std::nullopt;
    placement.strata = *strata;
    if (stands) {
        placement.stands = parser.value(o.placeStands).toStdString();
        placement.strata.method = workflow::StrataMethod::Stands;
    } else {
        placement.raster = parser.value(o.placeRaster).toStdString();
    }
    placement.columns.x = parser.value(o.x).toStdString();
    placement.columns.y = parser.value(o.y).toStdString();
    placement.columns.crs = parser.value(o.crs).toStdString();
    return std::optional<workflow::Placement>(placement);
}

} // namespace

int runProjectImport(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(ImportText::description());
    parser.addPositionalArgument(QStringLiteral("FILE"), ImportText::tr("Project file."));
    const ImportOptions o;
    o.addTo(parser);
    if (auto stop = parser.parse(arguments, 1, out, err))
        return *stop;
    const auto placement = placementOf(parser, o, err);
    if (!placement || !parser.isSet(o.period) || !parser.isSet(o.plots) || !parser.isSet(o.trees)) {
        err << parser.helpText();
        return ExitUsage;
    }
    auto project =
        workflow::ProjectService::open(parser.positionalArguments().first().toStdString());
    if (!project)
        return failWith(project.error(), err);
    CliJob job(err);
    workflow::ImportRequest request;
    request.period = parser.value(o.period).toStdString();
    request.plots = parser.value(o.plots).toStdString();
    request.trees = parser.value(o.trees).toStdString();
    request.placement = *placement;
    request.placeColumns.x = parser.value(o.x).toStdString();
    request.placeColumns.y = parser.value(o.y).toStdString();
    request.placeColumns.crs = parser.value(o.crs).toStdString();
    request.checkOnly = parser.isSet(o.check);
    const auto report = project->importFieldData(request, job);
    if (!report)
        return failWith(report.error(), err);
    if (!report->problems.empty()) {
        for (const core::Error& e : report->problems)
            reportError(e, err);
        if (report->unlistedProblems > 0)
            err << ImportText::unlisted(int(report->unlistedProblems)) << '\n';
        err << ImportText::rejected(int(report->problems.size() + report->unlistedProblems))
            << '\n';
        return ExitInputError;
    }
    out << (report->checkedOnly ? ImportText::checked(report->plots, report->trees)
                                : ImportText::imported(report->plots, report->trees))
        << '\n';
    if (!report->plotsCrs.empty())
        out << ImportText::coordinatesIn(report->plotsCrs) << '\n';
    return ExitOk;
}

} // namespace tanhui::cli
