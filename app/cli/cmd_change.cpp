// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "tanhui/core/stockchange.h"
#include "tanhui/workflow/inputs.h"

#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"

namespace tanhui::cli {

namespace {

class ChangeText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::cli::ChangeCommand)
public:
    static QString description()
    {
        return tr("Change in stock between two monitoring events, annualised. Either from two "
                  "estimates written by \"tanhui-cli estimate\" (AR-TOOL14 Method A, Eq. 1-2), "
                  "or from the same permanent plots measured twice (Method B, Eq. 3-8).");
    }
};

// The stock and its relative uncertainty from an estimate JSON written by `estimate`.
std::optional<core::UncertainValue> readEstimateTotal(const QString& path, QTextStream& err)
{
    const auto doc = valueOrReport(workflow::readJson(path.toStdString()), err);
    if (!doc)
        return std::nullopt;
    const QJsonObject overall = doc->object().value(QStringLiteral("overall")).toObject();
    for (const char* key : {"total", "uncertainty_pct"}) {
        if (!overall.value(QLatin1String(key)).isDouble()) {
            reportError({core::ErrorCode::MissingColumn,
                         "not an estimate written by tanhui-cli estimate", path.toStdString(), 0,
                         std::string("overall.") + key},
                        err);
            return std::nullopt;
        }
    }
    return core::UncertainValue{overall.value(QStringLiteral("total")).toDouble(),
                                overall.value(QStringLiteral("uncertainty_pct")).toDouble() /
                                    100.0};
}

QJsonObject stockJson(const QString& path, core::UncertainValue v)
{
    return QJsonObject{{QStringLiteral("file"), path},
                       {QStringLiteral("total"), jsonNumber(v.value)},
                       {QStringLiteral("uncertainty_pct"), jsonNumber(100.0 * v.uncertainty)}};
}

} // namespace

int runChange(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(ChangeText::description());
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        ChangeText::tr("Estimate JSON of the earlier event."),
                                        QStringLiteral("E1.json"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      ChangeText::tr("Estimate JSON of the later event."),
                                      QStringLiteral("E2.json"));
    const QCommandLineOption fromPlotsOption(
        QStringLiteral("from-plots"),
        ChangeText::tr("Permanent plots at the earlier event (stratum, plot_id, value)."),
        QStringLiteral("P1.csv"));
    const QCommandLineOption toPlotsOption(
        QStringLiteral("to-plots"),
        ChangeText::tr("The same plots at the later event; their strata are used."),
        QStringLiteral("P2.csv"));
    const QCommandLineOption areasOption(
        QStringLiteral("areas"),
        ChangeText::tr("Stratum areas at the later event (stratum, area_ha), for --to-plots."),
        QStringLiteral("A.csv"));
    const QCommandLineOption valueOption(
        QStringLiteral("value"), ChangeText::tr("Column of the per-hectare value (default value)."),
        QStringLiteral("COL"), QStringLiteral("value"));
    const QCommandLineOption yearsOption(
        QStringLiteral("years"),
        ChangeText::tr("Years between the two events; may be fractional (4 yr 5 mo = 4.417)."),
        QStringLiteral("T"));
    const QCommandLineOption fromDateOption(
        QStringLiteral("from-date"),
        ChangeText::tr("Date of the earlier event (YYYY-MM-DD), instead of --years."),
        QStringLiteral("DATE"));
    const QCommandLineOption toDateOption(QStringLiteral("to-date"),
                                          ChangeText::tr("Date of the later event (YYYY-MM-DD)."),
                                          QStringLiteral("DATE"));
    const QCommandLineOption confidenceOption(QStringLiteral("confidence"),
                                              ChangeText::tr("Two-sided confidence level for "
                                                             "Method B (default 0.90)."),
                                              QStringLiteral("LEVEL"), QStringLiteral("0.90"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            ChangeText::tr("project (default) or baseline."),
                                            QStringLiteral("S"), QStringLiteral("project"));
    parser.addOptions({fromOption, toOption, fromPlotsOption, toPlotsOption, areasOption,
                       valueOption, yearsOption, fromDateOption, toDateOption, confidenceOption,
                       scenarioOption});
    if (auto stop = parser.parse(arguments, 0, out, err))
        return *stop;

    const bool inventories = parser.isSet(fromOption) && parser.isSet(toOption);
    const bool paired =
        parser.isSet(fromPlotsOption) && parser.isSet(toPlotsOption) && parser.isSet(areasOption);
    const auto scenario = scenarioFromName(parser.value(scenarioOption));
    const bool dates = parser.isSet(fromDateOption) && parser.isSet(toDateOption);
    if (inventories == paired || parser.isSet(yearsOption) == dates || !scenario) {
        err << ChangeText::tr("Give --years (or --from-date and --to-date) and either --from "
                              "and --to, or --from-plots, --to-plots and --areas; --scenario is "
                              "project or baseline.")
            << "\n\n"
            << parser.helpText();
        return ExitUsage;
    }
    const auto confidence = parser.number(confidenceOption.names().first(), 0.90, err);
    std::optional<double> years;
    if (dates) {
        const auto between = core::yearsBetween(parser.value(fromDateOption).toStdString(),
                                                parser.value(toDateOption).toStdString());
        if (!between) {
            reportError(between.error(), err);
            return ExitUsage;
        }
        years = *between;
    } else {
        years = parser.number(yearsOption.names().first(), 0.0, err);
    }
    if (!years || !confidence)
        return ExitUsage;

    QJsonObject json;
    if (inventories) {
        const auto earlier = readEstimateTotal(parser.value(fromOption), err);
        const auto later = earlier ? readEstimateTotal(parser.value(toOption), err) : std::nullopt;
        if (!earlier || !later)
            return ExitInputError;
        const auto change = core::changeFromTwoInventories(*earlier, *later, *years, *scenario);
        if (!change) {
            reportError(change.error(), err);
            return ExitInputError;
        }
        json = workflow::changeJson(*change);
        json.insert(QStringLiteral("method"),
                    QStringLiteral("CDM AR-TOOL14 v04.2, section 6.1, Eq. 1-2 (difference of two "
                                   "independent inventories), annualised per Eq. 11"));
        json.insert(QStringLiteral("from"), stockJson(parser.value(fromOption), *earlier));
        json.insert(QStringLiteral("to"), stockJson(parser.value(toOption), *later));
    } else {
        const QString value = parser.value(valueOption);
        const auto earlier =
            valueOrReport(workflow::readPlotValues(parser.value(fromPlotsOption).toStdString(),
                                                   value.toStdString()),
                          err);
        const auto later =
            earlier
                ? valueOrReport(workflow::readPlotValues(parser.value(toPlotsOption).toStdString(),
                                                         value.toStdString()),
                                err)
                : std::nullopt;
        const auto areas =
            later ? valueOrReport(
                        workflow::readStratumAreas(parser.value(areasOption).toStdString()), err)
                  : std::nullopt;
        if (!areas)
            return ExitInputError;
        core::EstimateOptions options;
        options.confidence = *confidence;
        options.scenario = *scenario;
        options.plotsSource = parser.value(toPlotsOption).toStdString();
        options.areasSource = parser.value(areasOption).toStdString();
        const auto change = core::changeFromPairedPlots(
            *earlier, *later, *areas, *years, options, parser.value(fromPlotsOption).toStdString());
        if (!change) {
            reportError(change.error(), err);
            return ExitInputError;
        }
        json = workflow::changeJson(change->change);
        json.insert(QStringLiteral("method"),
                    QStringLiteral("CDM AR-TOOL14 v04.2, section 6.2, Eq. 3-8 (re-measured "
                                   "permanent plots), annualised per Eq. 11"));
        json.insert(QStringLiteral("value_column"), value);
        json.insert(QStringLiteral("per_hectare_change"), workflow::estimateJson(change->estimate));
    }
    json.insert(QStringLiteral("scenario"), scenarioName(*scenario));
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace tanhui::cli
