// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The computing steps of the project workflow: stratify, compute, compare.
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "tanhui/equation/muparsercompiler.h"
#include "tanhui/store/computation.h"
#include "tanhui/store/project.h"

#include "biomassinputs.h"
#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"

namespace tanhui::ui {

namespace {

class WorkflowText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::ui::ProjectWorkflow)
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
    static QString notConfirmed(const QString& list)
    {
        return tr("Parameters not CONFIRMED were used (verify them before submission): %1")
            .arg(list);
    }
    static QString outsideRange(int n)
    {
        return tr("%n tree(s) lie outside their equation's validity range (not clamped).", nullptr,
                  n);
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
    static QString noStrata() { return tr("the areas give no stratum"); }
};

std::optional<store::Project> openProject(const QString& path, QTextStream& err)
{
    auto project = store::Project::open(path.toStdString());
    if (!project) {
        reportError(project.error(), err);
        return std::nullopt;
    }
    return std::move(project).value();
}

std::optional<std::int64_t> periodId(store::Project& project, const QString& label,
                                     QTextStream& err)
{
    const auto id = project.findPeriod(label.toStdString());
    if (!id) {
        reportError(id.error(), err);
        return std::nullopt;
    }
    return *id;
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
    auto project = openProject(positional.first(), err);
    if (!project)
        return ExitInputError;
    store::Stratification s;
    s.name = parser.value(nameOption).toStdString();
    // A name in use is refused before a raster is read (addStratification checks it again).
    if (project->findStratification(s.name))
        return failWith({core::ErrorCode::DuplicateId,
                         "a stratification named \"" + s.name + "\" exists already",
                         positional.first().toStdString(), 0, "name"},
                        err);
    if (parser.isSet(areasOption)) {
        const auto table = readTableOrReport(parser.value(areasOption), err);
        if (!table)
            return ExitInputError;
        auto areas = core::stratumAreasFromTable(*table);
        if (!areas)
            return failWith(areas.error(), err);
        s.strata = std::move(areas).value();
        s.method = "table";
        s.rulesJson =
            QJsonDocument(QJsonObject{{QStringLiteral("areas_table"), parser.value(areasOption)}})
                .toJson(QJsonDocument::Compact)
                .toStdString();
    } else {
        // Run `areas` exactly as the user would, and keep its whole JSON answer.
        QStringList areasArguments = positional.mid(1);
        areasArguments.prepend(QStringLiteral("areas"));
        areasArguments << QStringLiteral("--format") << QStringLiteral("json");
        QString json;
        QTextStream jsonStream(&json);
        if (const int code = runAreas(areasArguments, jsonStream, err); code != ExitOk)
            return code;
        jsonStream.flush();
        QJsonObject answer = QJsonDocument::fromJson(json.toUtf8()).object();
        for (const QJsonValue& v : answer.value(QStringLiteral("strata")).toArray()) {
            const QJsonObject o = v.toObject();
            s.strata.push_back({o.value(QStringLiteral("stratum")).toString().toStdString(),
                                o.value(QStringLiteral("area_ha")).toDouble(), 0});
        }
        const bool stands = answer.contains(QStringLiteral("stands"));
        const QString layerPath =
            QFileInfo(answer.value(stands ? QStringLiteral("stands") : QStringLiteral("raster"))
                          .toString())
                .absoluteFilePath();
        s.method = stands                                                  ? "stands"
                   : answer.value(QStringLiteral("age_groups")).isObject() ? "age-group"
                                                                           : "raster";
        auto layer = project->addLayer(stands ? "polygons" : "raster", "stratification",
                                       layerPath.toStdString(), {});
        if (!layer)
            return failWith(layer.error(), err);
        s.layerId = *layer;
        answer.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(positional.mid(1)));
        s.rulesJson = QJsonDocument(answer).toJson(QJsonDocument::Compact).toStdString();
    }
    if (s.strata.empty())
        return failWith({core::ErrorCode::InsufficientData,
                         WorkflowText::noStrata().toStdString(),
                         positional.first().toStdString(),
                         0,
                         {}},
                        err);
    const auto id = project->addStratification(s);
    if (!id)
        return failWith(id.error(), err);
    double total = 0.0;
    for (const core::StratumArea& a : s.strata)
        total += a.areaHa;
    out << WorkflowText::stratified(parser.value(nameOption), int(s.strata.size()), total) << '\n';
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
    const auto period = periodId(*project, parser.value(periodOption), err);
    if (!period)
        return ExitInputError;
    const auto stratification =
        project->findStratification(parser.value(strataOption).toStdString());
    if (!stratification)
        return failWith(stratification.error(), err);

    const auto tables =
        readParameterTables(parser.value(paramsOption), parser.value(classesOption), err);
    if (!tables)
        return ExitInputError;
    const equation::MuParserCompiler compiler;
    const auto parameters =
        project->addParameterSet(tables->species, &tables->rootShootClasses, compiler);
    if (!parameters)
        return failWith(parameters.error(), err);
    const auto results = store::computeStock(*project, *period, stratification->id, *parameters,
                                             compiler, {*confidence});
    if (!results)
        return failWith(results.error(), err);
    if (auto stored = project->replaceResults(*period, *results); !stored)
        return failWith(stored.error(), err);
    const store::PeriodResult& stock = results->back();
    auto number = [&](const char* key) {
        return stock.find(key)->number;
    };
    out << WorkflowText::stock(parser.value(periodOption), number("total_t_co2e"),
                               number("uncertainty"), number("confidence"),
                               number("discount_fraction"), number("conservative_total_t_co2e"))
        << '\n';
    if (const auto& list = stock.find("species_not_confirmed")->text; !list.empty())
        err << WorkflowText::notConfirmed(QString::fromStdString(list)) << '\n';
    if (const int n = int(number("outside_range_trees")); n > 0)
        err << WorkflowText::outsideRange(n) << '\n';
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
    const store::ChangeMethod method =
        methodName == QLatin1String("a")   ? store::ChangeMethod::TwoInventories
        : methodName == QLatin1String("b") ? store::ChangeMethod::PairedPlots
                                           : store::ChangeMethod::Automatic;
    auto project = openProject(parser.positionalArguments().first(), err);
    if (!project)
        return ExitInputError;
    const auto later = periodId(*project, parser.value(periodOption), err);
    if (!later)
        return ExitInputError;
    std::optional<std::int64_t> earlier;
    if (parser.isSet(withOption)) {
        earlier = periodId(*project, parser.value(withOption), err);
        if (!earlier)
            return ExitInputError;
    } else {
        const auto previous = store::previousPeriod(*project, *later);
        if (!previous)
            return failWith(previous.error(), err);
        earlier = *previous;
    }
    const auto change = store::computeChange(*project, *later, *earlier, method);
    if (!change)
        return failWith(change.error(), err);
    if (auto stored = project->replaceResults(*later, {*change}); !stored)
        return failWith(stored.error(), err);
    auto number = [&](const char* key) {
        return change->find(key)->number;
    };
    out << WorkflowText::change(QString::fromStdString(change->find("method")->text),
                                QString::fromStdString(change->find("earlier_period")->text),
                                parser.value(periodOption), number("change_t_co2e"),
                                number("annual_change_t_co2e_yr"), number("uncertainty"))
        << '\n';
    return ExitOk;
}

} // namespace tanhui::ui
