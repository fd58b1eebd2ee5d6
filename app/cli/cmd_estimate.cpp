// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "tanhui/core/stratifiedestimate.h"
#include "tanhui/workflow/inputs.h"

#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"

namespace tanhui::cli {

namespace {

class EstimateText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::cli::EstimateCommand)
public:
    static QString description()
    {
        return tr("Stratified estimate of a per-hectare value (AR-TOOL14 Eq. 12-17): per-stratum "
                  "mean, SD and SE, the stratified mean and total, the confidence interval "
                  "with Student's t at df = n - M, the relative uncertainty and the "
                  "conservative discount.");
    }
};

const QString kMethod = QStringLiteral(
    "CDM AR-TOOL14 v04.2, section 8.1.1, Eq. 13-17 (stratified random sampling); discount "
    "from Appendix 2 Table 1");

void writeCsv(const core::StratifiedEstimate& e, QTextStream& out)
{
    out << "level,stratum,n,mean,sd,se,area_ha,total,total_se,df,t,ci_half_width,"
           "uncertainty_pct,discount_pct,conservative_total\n";
    for (const core::StratumEstimate& s : e.strata)
        out << "stratum," << csvField(QString::fromStdString(s.stratum)) << ',' << s.n << ','
            << csvNumber(s.mean) << ',' << csvNumber(s.sd) << ',' << csvNumber(s.se) << ','
            << csvNumber(s.areaHa) << ',' << csvNumber(s.total) << ",,,,,,,\n";
    int n = 0;
    for (const core::StratumEstimate& s : e.strata)
        n += s.n;
    out << "overall,," << n << ',' << csvNumber(e.mean) << ",," << csvNumber(e.se) << ','
        << csvNumber(e.areaHa) << ',' << csvNumber(e.total) << ',' << csvNumber(e.totalSe) << ','
        << e.df << ',' << csvNumber(e.t) << ',' << csvNumber(e.ciHalfWidth) << ','
        << csvNumber(100.0 * e.uncertainty) << ',' << csvNumber(100.0 * e.discountFraction) << ','
        << csvNumber(e.conservativeTotal) << '\n';
}

} // namespace

int runEstimate(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(EstimateText::description());
    const QCommandLineOption plotsOption(
        QStringLiteral("plots"),
        EstimateText::tr("Plot table (CSV/XLSX) with columns stratum, plot_id and the value."),
        QStringLiteral("P.csv"));
    const QCommandLineOption areasOption(
        QStringLiteral("areas"), EstimateText::tr("Stratum table with columns stratum, area_ha."),
        QStringLiteral("A.csv"));
    const QCommandLineOption valueOption(
        QStringLiteral("value"),
        EstimateText::tr("Column holding the per-hectare value (default: value)."),
        QStringLiteral("COL"), QStringLiteral("value"));
    const QCommandLineOption confidenceOption(
        QStringLiteral("confidence"),
        EstimateText::tr("Two-sided confidence level (default 0.90; 0.95 as an option)."),
        QStringLiteral("LEVEL"), QStringLiteral("0.90"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        EstimateText::tr("project (discount lowers the value, default) or baseline (raises it)."),
        QStringLiteral("S"), QStringLiteral("project"));
    const QCommandLineOption fpcOption(
        QStringLiteral("fpc-plot-area"),
        EstimateText::tr("Apply the finite-population correction with this plot area in ha "
                         "(not part of AR-TOOL14)."),
        QStringLiteral("HA"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          EstimateText::tr("json (default) or csv."),
                                          QStringLiteral("F"), QStringLiteral("json"));
    parser.addOptions({plotsOption, areasOption, valueOption, confidenceOption, scenarioOption,
                       fpcOption, formatOption});
    if (auto stop = parser.parse(arguments, 0, out, err))
        return *stop;
    if (!parser.isSet(plotsOption) || !parser.isSet(areasOption)) {
        err << EstimateText::tr("Both --plots and --areas are required.") << "\n\n"
            << parser.helpText();
        return ExitUsage;
    }
    const QString format = parser.value(formatOption);
    const auto scenario = scenarioFromName(parser.value(scenarioOption));
    if ((format != QLatin1String("json") && format != QLatin1String("csv")) || !scenario) {
        err << EstimateText::tr("--format must be json or csv; --scenario project or baseline.")
            << '\n';
        return ExitUsage;
    }
    const auto confidence = parser.number(confidenceOption.names().first(), 0.90, err);
    const auto plotArea = parser.isSet(fpcOption)
                              ? parser.number(fpcOption.names().first(), 0.0, err)
                              : std::optional<double>(0.0);
    if (!confidence || !plotArea)
        return ExitUsage;
    core::EstimateOptions options;
    options.confidence = *confidence;
    options.scenario = *scenario;
    if (parser.isSet(fpcOption))
        options.fpcPlotAreaHa = *plotArea;
    options.plotsSource = parser.value(plotsOption).toStdString();
    options.areasSource = parser.value(areasOption).toStdString();
    const auto sample = valueOrReport(
        workflow::readPlotSample(options.plotsSource, parser.value(valueOption).toStdString(),
                                 options.areasSource),
        err);
    const auto estimate =
        sample ? valueOrReport(core::estimateStratified(sample->plots, sample->areas, options), err)
               : std::nullopt;
    if (!estimate)
        return ExitInputError;
    if (format == QLatin1String("csv")) {
        writeCsv(*estimate, out);
        return ExitOk;
    }
    QJsonObject json = workflow::estimateJson(*estimate);
    json.insert(QStringLiteral("method"), kMethod);
    json.insert(QStringLiteral("value_column"), parser.value(valueOption));
    json.insert(QStringLiteral("scenario"), scenarioName(options.scenario));
    json.insert(QStringLiteral("finite_population_correction"), options.fpcPlotAreaHa.has_value());
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace tanhui::cli
