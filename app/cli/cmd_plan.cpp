// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cmath>

#include "tanhui/core/sampleplan.h"
#include "tanhui/workflow/inputs.h"

#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"

namespace tanhui::cli {

namespace {

class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::cli::PlanCommand)
public:
    static QString description()
    {
        return tr("Number of sample plots for a target precision (AR-TOOL03 v02.1.0), from "
                  "pilot or earlier plots: total, allocation per stratum and plots still "
                  "needed.");
    }
};

} // namespace

int runPlan(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(PlanText::description());
    const QCommandLineOption plotsOption(
        QStringLiteral("plots"),
        PlanText::tr("Measured plots (stratum, plot_id, value): SD, mean and count per stratum."),
        QStringLiteral("P.csv"));
    const QCommandLineOption areasOption(QStringLiteral("areas"),
                                         PlanText::tr("Stratum areas (stratum, area_ha)."),
                                         QStringLiteral("A.csv"));
    const QCommandLineOption valueOption(
        QStringLiteral("value"), PlanText::tr("Column of the per-hectare value (default value)."),
        QStringLiteral("COL"), QStringLiteral("value"));
    const QCommandLineOption targetOption(
        QStringLiteral("target"),
        PlanText::tr("Precision: CI half-width as a fraction of the mean (default 0.10)."),
        QStringLiteral("E"), QStringLiteral("0.10"));
    const QCommandLineOption confidenceOption(
        QStringLiteral("confidence"), PlanText::tr("Two-sided confidence level (default 0.90)."),
        QStringLiteral("LEVEL"), QStringLiteral("0.90"));
    const QCommandLineOption plotAreaOption(
        QStringLiteral("plot-area"),
        PlanText::tr("Plot area in ha: use the finite-population form (Eq. 1) with N = A / plot "
                     "area; without it, Eq. 2."),
        QStringLiteral("HA"));
    const QCommandLineOption allocationOption(
        QStringLiteral("allocation"), PlanText::tr("neyman (default, Eq. 4) or proportional."),
        QStringLiteral("A"), QStringLiteral("neyman"));
    parser.addOptions({plotsOption, areasOption, valueOption, targetOption, confidenceOption,
                       plotAreaOption, allocationOption});
    if (auto stop = parser.parse(arguments, 0, out, err))
        return *stop;
    const QString allocation = parser.value(allocationOption);
    if (!parser.isSet(plotsOption) || !parser.isSet(areasOption) ||
        (allocation != QLatin1String("neyman") && allocation != QLatin1String("proportional"))) {
        err << PlanText::tr("--plots and --areas are required; --allocation is neyman or "
                            "proportional.")
            << "\n\n"
            << parser.helpText();
        return ExitUsage;
    }
    core::PlanOptions options;
    options.allocation = allocation == QLatin1String("neyman") ? core::Allocation::Neyman
                                                               : core::Allocation::Proportional;
    const auto target = parser.number(targetOption.names().first(), 0.10, err);
    const auto confidence = parser.number(confidenceOption.names().first(), 0.90, err);
    if (!target || !confidence)
        return ExitUsage;
    options.targetPrecision = *target;
    options.confidence = *confidence;
    if (parser.isSet(plotAreaOption)) {
        const auto plotArea = parser.number(plotAreaOption.names().first(), 0.0, err);
        if (!plotArea)
            return ExitUsage;
        options.plotAreaHa = *plotArea;
    }

    const auto sample =
        valueOrReport(workflow::readPlotSample(parser.value(plotsOption).toStdString(),
                                               parser.value(valueOption).toStdString(),
                                               parser.value(areasOption).toStdString()),
                      err);
    if (!sample)
        return ExitInputError;
    core::EstimateOptions sources;
    sources.plotsSource = parser.value(plotsOption).toStdString();
    sources.areasSource = parser.value(areasOption).toStdString();
    const auto pilot = core::planStrataFromPlots(sample->plots, sample->areas, sources);
    if (!pilot) {
        reportError(pilot.error(), err);
        return ExitInputError;
    }
    const auto plan = core::planSampleSize(*pilot, options);
    if (!plan) {
        reportError(plan.error(), err);
        return ExitInputError;
    }
    QJsonArray strata;
    for (std::size_t i = 0; i < plan->strata.size(); ++i) {
        const core::PlannedStratum& s = plan->strata[i];
        strata.append(QJsonObject{{QStringLiteral("stratum"), QString::fromStdString(s.stratum)},
                                  {QStringLiteral("weight"), jsonNumber(s.weight)},
                                  {QStringLiteral("sd"), jsonNumber((*pilot)[i].sd)},
                                  {QStringLiteral("mean"), jsonNumber((*pilot)[i].mean)},
                                  {QStringLiteral("measured"), s.measured},
                                  {QStringLiteral("allocated"), jsonNumber(s.allocated)},
                                  {QStringLiteral("required"), s.required},
                                  {QStringLiteral("still_needed"), s.stillNeeded}});
    }
    const QJsonObject json{
        {QStringLiteral("method"),
         QStringLiteral("CDM AR-TOOL03 v02.1.0: Eq. 1 or 2, t at df = infinity, recomputed "
                        "once at df = n - 1 when n < 30; allocation Eq. 4 (Neyman) or "
                        "proportional; plots rounded up per stratum")},
        {QStringLiteral("target_pct"), jsonNumber(100.0 * options.targetPrecision)},
        {QStringLiteral("confidence"), options.confidence},
        {QStringLiteral("allocation"), allocation},
        {QStringLiteral("finite_population"), plan->finitePopulation},
        {QStringLiteral("margin"), jsonNumber(plan->margin)},
        {QStringLiteral("first_n"), jsonNumber(plan->firstN)},
        {QStringLiteral("small_sample_iteration"), plan->smallSampleIteration},
        {QStringLiteral("df"), jsonNumber(plan->df)},
        {QStringLiteral("t"), jsonNumber(plan->t)},
        {QStringLiteral("n"), jsonNumber(plan->n)},
        {QStringLiteral("required"), plan->required},
        {QStringLiteral("still_needed"), plan->stillNeeded},
        {QStringLiteral("strata"), strata}};
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace tanhui::cli
