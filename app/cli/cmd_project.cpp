// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCoreApplication>
#include <QTextStream>

#include "tanhui/workflow/projectservice.h"

#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"

namespace tanhui::cli {

namespace {

class ProjectText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::cli::ProjectCommand)
public:
    static QString description()
    {
        return tr("Work on a project file (.tanhui). Actions: create, add-layer, stratify, "
                  "add-period, import, compute, compare, seal, export (see `project ACTION "
                  "--help` for stratify, compute and compare). Every change is one transaction "
                  "and audited.");
    }
    static QString imported(qint64 plots, qint64 trees)
    {
        return tr("Imported %1 plots and %2 trees.").arg(plots).arg(trees);
    }
    static QString rejected(int problems)
    {
        return tr("Nothing was imported: %n row(s) have problems.", nullptr, problems);
    }
    static QString sealed(const QString& label, const QString& hash)
    {
        return tr("Period %1 sealed: %2").arg(label, hash);
    }
    static QString exported(qsizetype files, const QString& dir)
    {
        return tr("%1 tables written to %2").arg(files).arg(dir);
    }
    static QString layerAdded(const QString& path)
    {
        return tr("Layer %1 recorded with its SHA-256.").arg(path);
    }
    static QString created(const QString& path) { return tr("Project %1 created.").arg(path); }
    static QString periodAdded(const QString& label) { return tr("Period %1 added.").arg(label); }
    static QString usage()
    {
        return tr("Usage: tanhui-cli project ACTION FILE [options]; ACTION is create, "
                  "add-layer, stratify, add-period, import, compute, compare, seal or export.");
    }
};

int importFieldData(workflow::ProjectService& project, const QString& period, const QString& plots,
                    const QString& trees, QTextStream& out, QTextStream& err)
{
    CliJob job(err);
    const auto report = project.importFieldData(
        {period.toStdString(), plots.toStdString(), trees.toStdString(), std::nullopt}, job);
    if (!report)
        return failWith(report.error(), err);
    if (!report->imported()) {
        for (const core::Error& e : report->problems)
            reportError(e, err);
        err << ProjectText::rejected(int(report->problems.size())) << '\n';
        return ExitInputError;
    }
    out << ProjectText::imported(report->plots, report->trees) << '\n';
    return ExitOk;
}

} // namespace

int runProject(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("stratify"))
        return runProjectStratify(
            QStringList{QStringLiteral("project ") + first} + arguments.mid(2), out, err);
    if (first == QLatin1String("compute"))
        return runProjectCompute(QStringList{QStringLiteral("project ") + first} + arguments.mid(2),
                                 out, err);
    if (first == QLatin1String("compare"))
        return runProjectCompare(QStringList{QStringLiteral("project ") + first} + arguments.mid(2),
                                 out, err);
    CommandParser parser(ProjectText::description());
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 ProjectText::tr("create, add-layer, stratify, add-period, import, "
                                                 "compute, compare, seal or export."));
    parser.addPositionalArgument(QStringLiteral("FILE"), ProjectText::tr("Project file."));
    const QCommandLineOption nameOption(QStringLiteral("name"), ProjectText::tr("Project name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption methodologyOption(
        QStringLiteral("methodology"),
        ProjectText::tr("Methodology, e.g. CCER-14-001-V01 or VM0047."), QStringLiteral("ID"));
    const QCommandLineOption periodOption(QStringLiteral("period"),
                                          ProjectText::tr("Monitoring period label."),
                                          QStringLiteral("LABEL"));
    const QCommandLineOption startOption(QStringLiteral("start"),
                                         ProjectText::tr("Start date, YYYY-MM-DD."),
                                         QStringLiteral("DATE"));
    const QCommandLineOption endOption(
        QStringLiteral("end"), ProjectText::tr("End date, YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption plotsOption(
        QStringLiteral("plots"),
        ProjectText::tr("Plot table: plot_id, area_ha or area_m2; optional stratum, slope_deg."),
        QStringLiteral("P.csv"));
    const QCommandLineOption treesOption(
        QStringLiteral("trees"),
        ProjectText::tr("Tree tally: plot_id, species, dbh; optional height, wd, status."),
        QStringLiteral("T.csv"));
    const QCommandLineOption layerOption(QStringLiteral("layer"),
                                         ProjectText::tr("Layer file to record (with add-layer)."),
                                         QStringLiteral("PATH"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        ProjectText::tr("raster, polygons or boundary."),
                                        QStringLiteral("KIND"), QStringLiteral("raster"));
    const QCommandLineOption roleOption(
        QStringLiteral("role"),
        ProjectText::tr("What the layer holds: stands, age, species-group, origin or boundary."),
        QStringLiteral("ROLE"), QStringLiteral("stands"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), ProjectText::tr("Directory for export."), QStringLiteral("DIR"));
    parser.addOptions({nameOption, methodologyOption, periodOption, startOption, endOption,
                       plotsOption, treesOption, layerOption, kindOption, roleOption, dirOption});
    if (auto stop = parser.parse(arguments, 2, out, err))
        return *stop;
    const QString action = parser.positionalArguments().at(0);
    const std::string file = parser.positionalArguments().at(1).toStdString();

    if (action == QLatin1String("create")) {
        if (!parser.isSet(nameOption) || !parser.isSet(methodologyOption)) {
            err << parser.helpText();
            return ExitUsage;
        }
        const auto project =
            workflow::ProjectService::create(file, parser.value(nameOption).toStdString(),
                                             parser.value(methodologyOption).toStdString());
        if (!project)
            return failWith(project.error(), err);
        out << ProjectText::created(QString::fromStdString(file)) << '\n';
        return ExitOk;
    }
    const auto kind = workflow::layerKindFromName(parser.value(kindOption).toStdString());
    const auto role = workflow::layerRoleFromName(parser.value(roleOption).toStdString());
    const bool needs =
        action == QLatin1String("add-period")
            ? parser.isSet(periodOption) && parser.isSet(startOption) && parser.isSet(endOption)
        : action == QLatin1String("add-layer") ? parser.isSet(layerOption) && kind && role
        : action == QLatin1String("import")
            ? parser.isSet(periodOption) && parser.isSet(plotsOption) && parser.isSet(treesOption)
        : action == QLatin1String("export") ? parser.isSet(dirOption)
                                            : true;
    if (!needs) {
        err << parser.helpText();
        return ExitUsage;
    }
    auto project = workflow::ProjectService::open(file);
    if (!project)
        return failWith(project.error(), err);
    if (action == QLatin1String("add-period")) {
        const auto id = project->addPeriod(parser.value(periodOption).toStdString(),
                                           parser.value(startOption).toStdString(),
                                           parser.value(endOption).toStdString());
        if (!id)
            return failWith(id.error(), err);
        out << ProjectText::periodAdded(parser.value(periodOption)) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("add-layer")) {
        const auto id = project->addLayer(*kind, *role, parser.value(layerOption).toStdString());
        if (!id)
            return failWith(id.error(), err);
        out << ProjectText::layerAdded(parser.value(layerOption)) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("import"))
        return importFieldData(*project, parser.value(periodOption), parser.value(plotsOption),
                               parser.value(treesOption), out, err);
    if (action == QLatin1String("seal")) {
        const auto seal = project->seal(parser.value(periodOption).toStdString());
        if (!seal)
            return failWith(seal.error(), err);
        out << ProjectText::sealed(parser.value(periodOption), QString::fromStdString(seal->digest))
            << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("export")) {
        const auto files = project->exportCsv(parser.value(dirOption).toStdString());
        if (!files)
            return failWith(files.error(), err);
        out << ProjectText::exported(qsizetype(files->size()), parser.value(dirOption)) << '\n';
        return ExitOk;
    }
    err << ProjectText::usage() << '\n';
    return ExitUsage;
}

} // namespace tanhui::cli
