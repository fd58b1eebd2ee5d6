// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCommandLineParser>
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

struct ChangeOptions
{
    QCommandLineOption from{QStringLiteral("from"),
                            ChangeText::tr("Estimate JSON of the earlier event."),
                            QStringLiteral("E1.json")};
    QCommandLineOption to{QStringLiteral("to"), ChangeText::tr("Estimate JSON of the later event."),
                          QStringLiteral("E2.json")};
    QCommandLineOption fromPlots{
        QStringLiteral("from-plots"),
        ChangeText::tr("Permanent plots at the earlier event (stratum, plot_id, value)."),
        QStringLiteral("P1.csv")};
    QCommandLineOption toPlots{
        QStringLiteral("to-plots"),
        ChangeText::tr("The same plots at the later event; their strata are used."),
        QStringLiteral("P2.csv")};
    QCommandLineOption areas{
        QStringLiteral("areas"),
        ChangeText::tr("Stratum areas at the later event (stratum, area_ha), for --to-plots."),
        QStringLiteral("A.csv")};
    QCommandLineOption value{QStringLiteral("value"),
                             ChangeText::tr("Column of the per-hectare value (default value)."),
                             QStringLiteral("COL"), QStringLiteral("value")};
    QCommandLineOption years{
        QStringLiteral("years"),
        ChangeText::tr("Years between the two events; may be fractional (4 yr 5 mo = 4.417)."),
        QStringLiteral("T")};
    QCommandLineOption fromDate{
        QStringLiteral("from-date"),
        ChangeText::tr("Date of the earlier event (YYYY-MM-DD), instead of --years."),
        QStringLiteral("DATE")};
    QCommandLineOption toDate{QStringLiteral("to-date"),
                              ChangeText::tr("Date of the later event (YYYY-MM-DD)."),
                              QStringLiteral("DATE")};
    QCommandLineOption confidence{
        QStringLiteral("confidence"),
        ChangeText::tr("Two-sided confidence level for Method B (default 0.90)."),
        QStringLiteral("LEVEL"), QStringLiteral("0.90")};
    QCommandLineOption scenario{QStringLiteral("scenario"),
                                ChangeText::tr("project (default) or baseline."),
                                QStringLiteral("S"), QStringLiteral("project")};
    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({from, to, fromPlots, toPlots, areas, value, years, fromDate, toDate,
                           confidence, scenario});
    }
};

// --years, or the years between --from-date and --to-date (AR-TOOL14 Eq. 11's T).
std::optional<double> yearsOf(const CommandParser& parser, const ChangeOptions& o, QTextStream& err)
{
    if (!parser.isSet(o.fromDate) || !parser.isSet(o.toDate))
        return parser.number(o.years.names().first(), 0.0, err);
    const auto between = core::yearsBetween(parser.value(o.fromDate).toStdString(),
                                            parser.value(o.toDate).toStdString());
    if (!between) {
        reportError(between.error(), err);
        return std::nullopt;
    }
    return *between;
}

// Method A: the difference of two estimates written by `estimate`.
std::optional<QJsonObject> inventoryChange(const CommandParser& parser, const ChangeOptions& o,
                                           double years, core::Scenario scenario, QTextStream& err)
{
    const auto earlier = readEstimateTotal(parser.value(o.from), err);
    const auto later = earlier ? readEstimateTotal(parser.value(o.to), err) : std::nullopt;
    if (!earlier || !later)
        return std::nullopt;
    const auto change =
        valueOrReport(core::changeFromTwoInventories(*earlier, *later, years, scenario), err);
    if (!change)
        return std::nullopt;
    QJsonObject json = workflow::changeJson(*change);
    json.insert(QStringLiteral("method"),
                QStringLiteral("CDM AR-TOOL14 v04.2, section 6.1, Eq. 1-2 (difference of two "
                               "independent inventories), annualised per Eq. 11"));
    json.insert(QStringLiteral("from"), stockJson(parser.value(o.from), *earlier));
    json.insert(QStringLiteral("to"), stockJson(parser.value(o.to), *later));
    return json;
}

// Method B: the same permanent plots measured twice.
std::optional<QJsonObject> pairedChange(const CommandParser& parser, const ChangeOptions& o,
                                        double years, double confidence, core::Scenario scenario,
                                        QTextStream& err)
{
    const std::string value = parser.value(o.value).toStdString();
    const std::string laterPlots = parser.value(o.toPlots).toStdString();
    const std::string areasPath = parser.value(o.areas).toStdString();
    const auto earlier = valueOrReport(
        workflow::readPlotValues(parser.value(o.fromPlots).toStdString(), value), err);
    const auto later =
        earlier ? valueOrReport(workflow::readPlotSample(laterPlots, value, areasPath), err)
                : std::nullopt;
    if (!later)
        return std::nullopt;
    core::EstimateOptions options;
    options.confidence = confidence;
    options.scenario = scenario;
    options.plotsSource = laterPlots;
    options.areasSource = areasPath;
    const auto change =
        valueOrReport(core::changeFromPairedPlots(*earlier, later->plots, later->areas, years,
                                                  options, parser.value(o.fromPlots).toStdString()),
                      err);
    if (!change)
        return std::nullopt;
    QJsonObject json = workflow::changeJson(change->change);
    json.insert(QStringLiteral("method"),
                QStringLiteral("CDM AR-TOOL14 v04.2, section 6.2, Eq. 3-8 (re-measured "
                               "permanent plots), annualised per Eq. 11"));
    json.insert(QStringLiteral("value_column"), parser.value(o.value));
    json.insert(QStringLiteral("per_hectare_change"), workflow::estimateJson(change->estimate));
    return json;
}

} // namespace

int runChange(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(ChangeText::description());
    const ChangeOptions o;
    o.addTo(parser);
    if (auto stop = parser.parse(arguments, 0, out, err))
        return *stop;
    const bool inventories = parser.isSet(o.from) && parser.isSet(o.to);
    const bool paired =
        parser.isSet(o.fromPlots) && parser.isSet(o.toPlots) && parser.isSet(o.areas);
    const auto scenario = scenarioFromName(parser.value(o.scenario));
    const bool dates = parser.isSet(o.fromDate) && parser.isSet(o.toDate);
    if (inventories == paired || parser.isSet(o.years) == dates || !scenario) {
        err << ChangeText::tr("Give --years (or --from-date and --to-date) and either --from "
                              "and --to, or --from-plots, --to-plots and --areas; --scenario is "
                              "project or baseline.")
            << "\n\n"
            << parser.helpText();
        return ExitUsage;
    }
    const auto confidence = parser.number(o.confidence.names().first(), 0.90, err);
    const auto years = confidence ? yearsOf(parser, o, err) : std::nullopt;
    if (!years)
        return ExitUsage;
    auto json = inventories ? inventoryChange(parser, o, *years, *scenario, err)
                            : pairedChange(parser, o, *years, *confidence, *scenario, err);
    if (!json)
        return ExitInputError;
    json->insert(QStringLiteral("scenario"), scenarioName(*scenario));
    out << QJsonDocument(*json).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace tanhui::cli
