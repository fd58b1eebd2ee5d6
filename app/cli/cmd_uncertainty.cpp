// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cmath>

#include "tanhui/core/montecarlo.h"
#include "tanhui/workflow/inputs.h"

#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"

namespace tanhui::cli {

namespace {

class UncertaintyText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::cli::UncertaintyCommand)
public:
    static QString description()
    {
        return tr("Monte Carlo propagation of parameter and allometric uncertainty to the "
                  "stratified total CO2e, beside the analytic sampling uncertainty, with a "
                  "variance budget. The species table's *_rsd and residual_sd_log columns give "
                  "the uncertainties; empty means exact.");
    }
};

QJsonObject summaryJson(const core::MonteCarloSummary& s)
{
    return QJsonObject{{QStringLiteral("mean"), jsonNumber(s.mean)},
                       {QStringLiteral("sd"), jsonNumber(s.sd)},
                       {QStringLiteral("lower"), jsonNumber(s.lower)},
                       {QStringLiteral("upper"), jsonNumber(s.upper)}};
}

QJsonObject uncertaintyJson(const workflow::BiomassInputs& inputs, const core::MonteCarloResult& r)
{
    const double samplingSe = std::sqrt(r.samplingVariance);
    return QJsonObject{
        {QStringLiteral("method"),
         QStringLiteral("Sampling: AR-TOOL14 Eq. 13-17 (analytic). Model: Monte Carlo over "
                        "mean-one lognormal parameter factors per species and per-tree "
                        "allometric residuals (summed per plot as one normal draw with the "
                        "exact variance), the plot sample held fixed.")},
        {QStringLiteral("value"), QStringLiteral("co2e_t")},
        {QStringLiteral("parameter_set"),
         QJsonObject{{QStringLiteral("name"), QString::fromStdString(inputs.parameters.name)},
                     {QStringLiteral("version"), QString::fromStdString(inputs.parameters.version)},
                     {QStringLiteral("file"), QString::fromStdString(inputs.parametersFile)},
                     {QStringLiteral("sha256"), QString::fromStdString(inputs.parameters.sha256)}}},
        {QStringLiteral("analytic"),
         QJsonObject{{QStringLiteral("total"), jsonNumber(r.analyticTotal)},
                     {QStringLiteral("sampling_se"), jsonNumber(samplingSe)}}},
        {QStringLiteral("monte_carlo"),
         QJsonObject{{QStringLiteral("iterations"), r.iterations},
                     {QStringLiteral("seed"), QString::number(r.seed)},
                     {QStringLiteral("interval"), 0.90},
                     {QStringLiteral("parameters"), summaryJson(r.parameters)},
                     {QStringLiteral("allometry"), summaryJson(r.allometry)},
                     {QStringLiteral("combined"), summaryJson(r.combined)}}},
        {QStringLiteral("total_sd"), jsonNumber(std::sqrt(r.totalVariance))},
        {QStringLiteral("variance_budget_pct"),
         QJsonObject{{QStringLiteral("sampling"), jsonNumber(100.0 * r.samplingShare)},
                     {QStringLiteral("parameters"), jsonNumber(100.0 * r.parameterShare)},
                     {QStringLiteral("allometry"), jsonNumber(100.0 * r.allometryShare)}}}};
}

} // namespace

int runUncertainty(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(UncertaintyText::description());
    const QCommandLineOption treesOption(QStringLiteral("trees"),
                                         UncertaintyText::tr("Tree tally (as for biomass)."),
                                         QStringLiteral("T.csv"));
    const QCommandLineOption plotsOption(
        QStringLiteral("plots"), UncertaintyText::tr("Plot table with plot_id, stratum, area."),
        QStringLiteral("P.csv"));
    const QCommandLineOption areasOption(QStringLiteral("areas"),
                                         UncertaintyText::tr("Stratum areas (stratum, area_ha)."),
                                         QStringLiteral("A.csv"));
    const QCommandLineOption paramsOption(
        QStringLiteral("params"),
        UncertaintyText::tr("Species parameter table (default: shipped)."),
        QStringLiteral("S.csv"));
    const QCommandLineOption classesOption(
        QStringLiteral("root-shoot-classes"),
        UncertaintyText::tr("Root-shoot class table (default: IPCC 2006 Table 4.4)."),
        QStringLiteral("R.csv"));
    const QCommandLineOption iterationsOption(
        QStringLiteral("iterations"),
        UncertaintyText::tr("Monte Carlo iterations (default 10000)."), QStringLiteral("N"),
        QStringLiteral("10000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        UncertaintyText::tr("Random seed (default 20261124)."),
                                        QStringLiteral("S"), QStringLiteral("20261124"));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"), UncertaintyText::tr("Worker threads (default: all cores)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({treesOption, plotsOption, areasOption, paramsOption, classesOption,
                       iterationsOption, seedOption, threadsOption});
    if (auto stop = parser.parse(arguments, 0, out, err))
        return *stop;
    bool iterationsOk = false;
    bool seedOk = false;
    bool threadsOk = false;
    core::MonteCarloOptions options;
    options.iterations = parser.value(iterationsOption).toInt(&iterationsOk);
    options.seed = parser.value(seedOption).toULongLong(&seedOk);
    options.threads = parser.value(threadsOption).toInt(&threadsOk);
    if (!parser.isSet(treesOption) || !parser.isSet(plotsOption) || !parser.isSet(areasOption) ||
        !iterationsOk || !seedOk || !threadsOk) {
        err << UncertaintyText::tr("--trees, --plots and --areas are required; --iterations, "
                                   "--seed and --threads are whole numbers.")
            << "\n\n"
            << parser.helpText();
        return ExitUsage;
    }
    const auto inputs = valueOrReport(
        workflow::readBiomassInputs(parser.value(paramsOption).toStdString(),
                                    parser.value(classesOption).toStdString(),
                                    parser.value(treesOption).toStdString(),
                                    parser.value(plotsOption).toStdString(), std::nullopt),
        err);
    const auto areas =
        inputs ? valueOrReport(workflow::readStratumAreas(parser.value(areasOption).toStdString()),
                               err)
               : std::nullopt;
    if (!areas)
        return ExitInputError;
    const auto biomass = workflow::computeBiomass(*inputs, parser.value(treesOption).toStdString(),
                                                  parser.value(plotsOption).toStdString());
    if (!biomass) {
        reportError(biomass.error(), err);
        return ExitInputError;
    }
    const auto r = core::propagateUncertainty(inputs->trees, inputs->plots, *biomass,
                                              inputs->parameters, *areas, options);
    if (!r) {
        reportError(r.error(), err);
        return ExitInputError;
    }
    out << QJsonDocument(uncertaintyJson(*inputs, *r)).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace tanhui::cli
