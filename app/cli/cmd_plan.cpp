// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCommandLineParser>
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

struct PlanCliOptions
{
    QCommandLineOption plots{
        QStringLiteral("plots"),
        PlanText::tr("Measured plots (stratum, plot_id, value): SD, mean and count per stratum."),
        QStringLiteral("P.csv")};
    QCommandLineOption areas{QStringLiteral("areas"),
                             PlanText::tr("Stratum areas (stratum, area_ha)."),
                             QStringLiteral("A.csv")};
    QCommandLineOption value{QStringLiteral("value"),
                             PlanText::tr("Column of the per-hectare value (default value)."),
                             QStringLiteral("COL"), QStringLiteral("value")};
    QCommandLineOption target{
        QStringLiteral("target"),
        PlanText::tr("Precision: CI half-width as a fraction of the mean (default 0.10)."),
        QStringLiteral("E"), QStringLiteral("0.10")};
    QCommandLineOption confidence{QStringLiteral("confidence"),
                                  PlanText::tr("Two-sided confidence level (default 0.90)."),
                                  QStringLiteral("LEVEL"), QStringLiteral("0.90")};
    QCommandLineOption plotArea{
        QStringLiteral("plot-area"),
        PlanText::tr("Plot area in ha: use the finite-population form (Eq. 1) with N = A / plot "
                     "area; without it, Eq. 2."),
        QStringLiteral("HA")};
    QCommandLineOption allocation{QStringLiteral("allocation"),
                                  PlanText::tr("neyman (default, Eq. 4) or proportional."),
                                  QStringLiteral("A"), QStringLiteral("neyman")};
    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({plots, areas, value, target, confidence, plotArea, allocation});
    }
};

// The numbers of the options; nullopt after a bad number was reported.
std::optional<core::PlanOptions> planOptions(const CommandParser& parser, const PlanCliOptions& o,
                                             QTextStream& err)
{
    core::PlanOptions options;
    options.allocation = parser.value(o.allocation) == QLatin1String("neyman")
                             ? core::Allocation::Neyman
                             : core::Allocation::Proportional;
    const auto target = parser.number(o.target.names().first(), 0.10, err);
    const auto confidence = parser.number(o.confidence.names().first(), 0.90, err);
    if (!target || !confidence)
        return std::nullopt;
    options.targetPrecision = *target;
    options.confidence = *confidence;
    if (parser.isSet(o.plotArea)) {
        const auto plotArea = parser.number(o.plotArea.names().first(), 0.0, err);
        if (!plotArea)
            return std::nullopt;
        options.plotAreaHa = *plotArea;
    }
    return options;
}

QJsonObject planJson(const core::SamplePlan& plan, const std::vector<core::PlanStratum>& pilot,
                     const core::PlanOptions& options, const QString& allocation)
{
    QJsonArray strata;
    for (std::size_t i = 0; i < plan.strata.size(); ++i) {
        const core::PlannedStratum& s = plan.strata[i];
        strata.append(QJsonObject{{QStringLiteral("stratum"), QString::fromStdString(s.stratum)},
                                  {QStringLiteral("weight"), jsonNumber(s.weight)},
                                  {QStringLiteral("sd"), jsonNumber(pilot[i].sd)},
                                  {QStringLiteral("mean"), jsonNumber(pilot[i].mean)},
                                  {QStringLiteral("measured"), s.measured},
                                  {QStringLiteral("allocated"), jsonNumber(s.allocated)},
                                  {QStringLiteral("required"), s.required},
                                  {QStringLiteral("still_needed"), s.stillNeeded}});
    }
    return QJsonObject{
        {QStringLiteral("method"),
         QStringLiteral("CDM AR-TOOL03 v02.1.0: Eq. 1 or 2, t at df = infinity, recomputed "
                        "once at df = n - 1 when n < 30; allocation Eq. 4 (Neyman) or "
                        "proportional; plots rounded up per stratum")},
        {QStringLiteral("target_pct"), jsonNumber(100.0 * options.targetPrecision)},
        {QStringLiteral("confidence"), options.confidence},
        {QStringLiteral("allocation"), allocation},
        {QStringLiteral("finite_population"), plan.finitePopulation},
        {QStringLiteral("margin"), jsonNumber(plan.margin)},
        {QStringLiteral("first_n"), jsonNumber(plan.firstN)},
        {QStringLiteral("small_sample_iteration"), plan.smallSampleIteration},
        {QStringLiteral("df"), jsonNumber(plan.df)},
        {QStringLiteral("t"), jsonNumber(plan.t)},
        {QStringLiteral("n"), jsonNumber(plan.n)},
        {QStringLiteral("required"), plan.required},
        {QStringLiteral("still_needed"), plan.stillNeeded},
        {QStringLiteral("strata"), strata}};
}

} // namespace

int runPlan(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(PlanText::description());
    const PlanCliOptions o;
    o.addTo(parser);
    if (auto stop = parser.parse(arguments, 0, out, err))
        return *stop;
    const QString allocation = parser.value(o.allocation);
    if (!parser.isSet(o.plots) || !parser.isSet(o.areas) ||
        (allocation != QLatin1String("neyman") && allocation != QLatin1String("proportional"))) {
        err << PlanText::tr("--plots and --areas are required; --allocation is neyman or "
                            "proportional.")
            << "\n\n"
            << parser.helpText();
        return ExitUsage;
    }
    const auto options = planOptions(parser, o, err);
    if (!options)
        return ExitUsage;
    core::EstimateOptions sources;
    sources.plotsSource = parser.value(o.plots).toStdString();
    sources.areasSource = parser.value(o.areas).toStdString();
    const auto sample = valueOrReport(workflow::readPlotSample(sources.plotsSource,
                                                               parser.value(o.value).toStdString(),
                                                               sources.areasSource),
                                      err);
    const auto pilot =
        sample
            ? valueOrReport(core::planStrataFromPlots(sample->plots, sample->areas, sources), err)
            : std::nullopt;
    const auto plan =
        pilot ? valueOrReport(core::planSampleSize(*pilot, *options), err) : std::nullopt;
    if (!plan)
        return ExitInputError;
    out << QJsonDocument(planJson(*plan, *pilot, *options, allocation))
               .toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace tanhui::cli
