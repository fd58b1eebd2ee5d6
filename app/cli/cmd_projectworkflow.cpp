// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The computing steps of the project workflow: stratify, compute, compare.
#include <QCoreApplication>
#include <QTextStream>

#include "tanhui/workflow/projectservice.h"

#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"

namespace tanhui::cli {

namespace {

class WorkflowText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::cli::ProjectWorkflow)
public:
    static QString stratifyDescription()
    {
        return tr("Record strata and their areas in a project: after --, the arguments of "
                  "`tanhui-cli areas` (raster with rules or age groups, or --stands), which are "
                  "run and kept with the result; or --areas with a table of stratum, area_ha.");
    }
    static QString computeDescription()
    {
        return tr("Compute a period's carbon stock from its imported plots and trees with a "
                  "stratification and a parameter set, both stored in the project.");
    }
    static QString compareDescription()
    {
        return tr("Stock change of a period against the previous one (or --with): Method B "
                  "(paired permanent plots) when both measured the same plots, else Method A.");
    }
    static QString stratified(const QString& name, int strata, double ha)
    {
        return tr("Stratification %1: %2 strata, %3 ha.").arg(name).arg(strata).arg(ha, 0, 'f', 4);
    }
    static QString stock(const QString& label, double total, double u, double confidence,
                         double discount, double conservative)
    {
        return tr("Period %1: stock %2 t CO2e, uncertainty %3 % (%4 % CI), discount %5 %, "
                  "conservative stock %6 t CO2e.")
            .arg(label)
            .arg(total, 0, 'f', 3)
            .arg(100.0 * u, 0, 'f', 2)
            .arg(100.0 * confidence, 0, 'g', 4)
            .arg(100.0 * discount, 0, 'f', 1)
            .arg(conservative, 0, 'f', 3);
    }
    static QString change(const QString& method, const QString& from, const QString& to,
                          double change, double annual, double u)
    {
        return tr("Change %1 → %2 (Method %3): %4 t CO2e, %5 t CO2e/yr, uncertainty %6 %.")
            .arg(from, to, method)
            .arg(change, 0, 'f', 3)
            .arg(annual, 0, 'f', 3)
            .arg(100.0 * u, 0, 'f', 2);
    }
};

std::optional<workflow::ProjectService> openProject(const QString& path, QTextStream& err)
{
    return valueOrReport(workflow::ProjectService::open(path.toStdString()), err);
}

} // namespace

int runProjectStratify(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(WorkflowText::stratifyDescription());
    parser.addPositionalArgument(QStringLiteral("FILE"), WorkflowText::tr("Project file."));
    parser.addPositionalArgument(QStringLiteral("AREAS-ARGUMENTS"),
                                 WorkflowText::tr("After --: arguments of tanhui-cli areas."),
                                 QStringLiteral("[-- AREAS-ARGUMENTS...]"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        WorkflowText::tr("Name of the stratification."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption areasOption(QStringLiteral("areas"),
                                         WorkflowText::tr("Table of strata: stratum, area_ha."),
                                         QStringLiteral("A.csv"));
    parser.addOptions({nameOption, areasOption});
    if (auto stop = parser.parse(arguments, -1, out, err))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || !parser.isSet(nameOption) ||
        parser.isSet(areasOption) == (positional.size() > 1)) {
        err << parser.helpText();
        return ExitUsage;
    }
    workflow::StratifyRequest request;
    request.name = parser.value(nameOption).toStdString();
    request.areasTable = parser.value(areasOption).toStdString();
    if (!parser.isSet(areasOption)) {
        int exitCode = ExitOk;
        const auto areas = areasRequest(positional.mid(1), out, err, exitCode);
        if (!areas)
            return exitCode;
        request.areas = *areas;
    }
    auto project = openProject(positional.first(), err);
    if (!project)
        return ExitInputError;
    CliJob job(err);
    const auto stratified = project->stratify(request, job);
    if (!stratified)
        return failWith(stratified.error(), err);
    out << WorkflowText::stratified(parser.value(nameOption), stratified->strata,
                                    stratified->total.value())
        << '\n';
    return ExitOk;
}

int runProjectCompute(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(WorkflowText::computeDescription());
    parser.addPositionalArgument(QStringLiteral("FILE"), WorkflowText::tr("Project file."));
    const QCommandLineOption periodOption(QStringLiteral("period"),
                                          WorkflowText::tr("Monitoring period label."),
                                          QStringLiteral("LABEL"));
    const QCommandLineOption strataOption(QStringLiteral("stratification"),
                                          WorkflowText::tr("Stratification name."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption paramsOption(
        QStringLiteral("params"),
        WorkflowText::tr("Species parameter table (default: the shipped set)."),
        QStringLiteral("P.csv"));
    const QCommandLineOption classesOption(
        QStringLiteral("root-shoot-classes"),
        WorkflowText::tr("Root-shoot classes (default: IPCC 2006 Table 4.4)."),
        QStringLiteral("C.csv"));
    const QCommandLineOption confidenceOption(QStringLiteral("confidence"),
                                              WorkflowText::tr("Confidence level (default 0.90)."),
                                              QStringLiteral("P"), QStringLiteral("0.90"));
    parser.addOptions({periodOption, strataOption, paramsOption, classesOption, confidenceOption});
    if (auto stop = parser.parse(arguments, 1, out, err))
        return *stop;
    const auto confidence = parser.number(QStringLiteral("confidence"), 0.90, err);
    if (!parser.isSet(periodOption) || !parser.isSet(strataOption) || !confidence) {
        err << parser.helpText();
        return ExitUsage;
    }
    auto project = openProject(parser.positionalArguments().first(), err);
    if (!project)
        return ExitInputError;
    CliJob job(err);
    const auto stock = project->compute({parser.value(periodOption).toStdString(),
                                         parser.value(strataOption).toStdString(),
                                         parser.value(paramsOption).toStdString(),
                                         parser.value(classesOption).toStdString(), *confidence},
                                        job);
    if (!stock)
        return failWith(stock.error(), err);
    out << WorkflowText::stock(parser.value(periodOption), stock->totalTco2e, stock->uncertainty,
                               stock->confidence, stock->discountFraction,
                               stock->conservativeTotalTco2e)
        << '\n';
    return ExitOk;
}

int runProjectCompare(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(WorkflowText::compareDescription());
    parser.addPositionalArgument(QStringLiteral("FILE"), WorkflowText::tr("Project file."));
    const QCommandLineOption periodOption(
        QStringLiteral("period"), WorkflowText::tr("The later period."), QStringLiteral("LABEL"));
    const QCommandLineOption withOption(
        QStringLiteral("with"), WorkflowText::tr("The earlier period (default: the previous one)."),
        QStringLiteral("LABEL"));
    const QCommandLineOption methodOption(QStringLiteral("method"),
                                          WorkflowText::tr("auto (default), A or B."),
                                          QStringLiteral("M"), QStringLiteral("auto"));
    parser.addOptions({periodOption, withOption, methodOption});
    if (auto stop = parser.parse(arguments, 1, out, err))
        return *stop;
    const QString methodName = parser.value(methodOption).toLower();
    if (!parser.isSet(periodOption) ||
        (methodName != QLatin1String("auto") && methodName != QLatin1String("a") &&
         methodName != QLatin1String("b"))) {
        err << parser.helpText();
        return ExitUsage;
    }
    const workflow::ChangeMethod method =
        methodName == QLatin1String("a")   ? workflow::ChangeMethod::TwoInventories
        : methodName == QLatin1String("b") ? workflow::ChangeMethod::PairedPlots
                                           : workflow::ChangeMethod::Automatic;
    auto project = openProject(parser.positionalArguments().first(), err);
    if (!project)
        return ExitInputError;
    CliJob job(err);
    const auto change = project->compare(
        {parser.value(periodOption).toStdString(), parser.value(withOption).toStdString(), method},
        job);
    if (!change)
        return failWith(change.error(), err);
    out << WorkflowText::change(QString::fromStdString(change->method),
                                QString::fromStdString(change->earlier), parser.value(periodOption),
                                change->changeTco2e, change->annualChangeTco2e, change->uncertainty)
        << '\n';
    return ExitOk;
}

} // namespace tanhui::cli
