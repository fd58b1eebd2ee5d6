// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <set>

#include "tanhui/core/biomass.h"
#include "tanhui/workflow/inputs.h"

#include "cliapp.h"
#include "clisupport.h"
#include "commandparser.h"
#include "commands.h"

namespace tanhui::cli {

namespace {

class BiomassText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::cli::BiomassCommand)
public:
    static QString description()
    {
        return tr("Tree and plot biomass and carbon (AR-TOOL14 Appendix 1): AGB from each "
                  "species' allometric or volume equation, BGB from its root-shoot rule, "
                  "carbon with its carbon fraction; per-hectare plot totals ready for "
                  "\"tanhui-cli estimate\".");
    }
};

QJsonObject plotJson(const core::PlotBiomass& p)
{
    return QJsonObject{{QStringLiteral("plot_id"), QString::fromStdString(p.plotId)},
                       {QStringLiteral("stratum"), QString::fromStdString(p.stratum)},
                       {QStringLiteral("area_ha"), jsonNumber(p.horizontalAreaHa)},
                       {QStringLiteral("live_trees"), p.liveTrees},
                       {QStringLiteral("dead_trees"), p.deadTrees},
                       {QStringLiteral("outside_range_trees"), p.outsideRangeTrees},
                       {QStringLiteral("agb_t_ha"), jsonNumber(p.agbPerHa)},
                       {QStringLiteral("bgb_t_ha"), jsonNumber(p.bgbPerHa)},
                       {QStringLiteral("biomass_t_ha"), jsonNumber(p.biomassPerHa)},
                       {QStringLiteral("carbon_tc_ha"), jsonNumber(p.carbonPerHa)},
                       {QStringLiteral("co2e_t_ha"), jsonNumber(p.co2ePerHa)}};
}

void writePlotCsv(const std::vector<core::PlotBiomass>& plots, QTextStream& out)
{
    out << "plot_id,stratum,area_ha,live_trees,dead_trees,outside_range_trees,agb_t_ha,"
           "bgb_t_ha,biomass_t_ha,carbon_tc_ha,co2e_t_ha\n";
    for (const core::PlotBiomass& p : plots)
        out << csvField(QString::fromStdString(p.plotId)) << ','
            << csvField(QString::fromStdString(p.stratum)) << ',' << csvNumber(p.horizontalAreaHa)
            << ',' << p.liveTrees << ',' << p.deadTrees << ',' << p.outsideRangeTrees << ','
            << csvNumber(p.agbPerHa) << ',' << csvNumber(p.bgbPerHa) << ','
            << csvNumber(p.biomassPerHa) << ',' << csvNumber(p.carbonPerHa) << ','
            << csvNumber(p.co2ePerHa) << '\n';
}

void writeTreeCsv(const std::vector<core::Tree>& trees, const core::BiomassResult& result,
                  QTextStream& out)
{
    out << "row,plot_id,species,status,dbh_cm,height_m,agb_t,root_shoot,bgb_t,carbon_t,co2e_t,"
           "outside_range\n";
    for (std::size_t i = 0; i < trees.size(); ++i) {
        const core::Tree& t = trees[i];
        const core::TreeBiomass& b = result.trees[i];
        out << t.sourceRow << ',' << csvField(QString::fromStdString(t.plotId)) << ','
            << csvField(QString::fromStdString(t.species)) << ',' << (t.alive ? "alive" : "dead")
            << ',' << csvNumber(t.dbhCm) << ',' << csvNumber(t.heightM) << ',' << csvNumber(b.agb)
            << ',' << csvNumber(b.rootShoot) << ',' << csvNumber(b.bgb) << ','
            << csvNumber(b.carbon) << ',' << csvNumber(b.co2e) << ',' << (b.outsideRange ? 1 : 0)
            << '\n';
    }
}

// The options of `biomass`.
struct BiomassOptions
{
    QCommandLineOption trees{
        QStringLiteral("trees"),
        BiomassText::tr("Tree tally: plot_id, species, dbh (cm); optional height (m), wd, "
                        "status (alive/dead)."),
        QStringLiteral("T.csv")};
    QCommandLineOption params{
        QStringLiteral("params"),
        BiomassText::tr("Species parameter table (default: the shipped set tanhui-default)."),
        QStringLiteral("S.csv")};
    QCommandLineOption classes{
        QStringLiteral("root-shoot-classes"),
        BiomassText::tr("Root-shoot class table (default: IPCC 2006 Table 4.4)."),
        QStringLiteral("R.csv")};
    QCommandLineOption plotArea{QStringLiteral("plot-area-ha"),
                                BiomassText::tr("Area of every plot, ha."), QStringLiteral("HA")};
    QCommandLineOption plots{
        QStringLiteral("plots"),
        BiomassText::tr("Plot table: plot_id, area_ha or area_m2; optional stratum, slope_deg."),
        QStringLiteral("P.csv")};
    QCommandLineOption format{QStringLiteral("format"),
                              BiomassText::tr("json (default: plots and trees) or csv (plots)."),
                              QStringLiteral("F"), QStringLiteral("json")};
    QCommandLineOption treeTable{QStringLiteral("tree-table"),
                                 BiomassText::tr("Also write the per-tree results as CSV."),
                                 QStringLiteral("FILE")};
    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({trees, params, classes, plotArea, plots, format, treeTable});
    }
};

QJsonObject parameterSetJson(const workflow::BiomassInputs& inputs,
                             const std::vector<const core::SpeciesParameters*>& used)
{
    QJsonArray usedJson;
    for (const core::SpeciesParameters* s : used)
        usedJson.append(QJsonObject{{QStringLiteral("species"), QString::fromStdString(s->key)},
                                    {QStringLiteral("status"), QString::fromStdString(s->status)},
                                    {QStringLiteral("source"), QString::fromStdString(s->source)}});
    const core::ParameterSet& parameters = inputs.parameters;
    return QJsonObject{{QStringLiteral("name"), QString::fromStdString(parameters.name)},
                       {QStringLiteral("version"), QString::fromStdString(parameters.version)},
                       {QStringLiteral("file"), QString::fromStdString(inputs.parametersFile)},
                       {QStringLiteral("sha256"), QString::fromStdString(parameters.sha256)},
                       {QStringLiteral("species_used"), usedJson}};
}

QJsonObject biomassJson(const workflow::BiomassInputs& inputs, const core::BiomassResult& result)
{
    QJsonArray plotArray;
    for (const core::PlotBiomass& p : result.plots)
        plotArray.append(plotJson(p));
    QJsonArray treeArray;
    for (std::size_t i = 0; i < inputs.trees.size(); ++i) {
        const core::Tree& t = inputs.trees[i];
        const core::TreeBiomass& b = result.trees[i];
        treeArray.append(QJsonObject{{QStringLiteral("row"), qint64(t.sourceRow)},
                                     {QStringLiteral("plot_id"), QString::fromStdString(t.plotId)},
                                     {QStringLiteral("species"), QString::fromStdString(t.species)},
                                     {QStringLiteral("alive"), b.alive},
                                     {QStringLiteral("agb_t"), jsonNumber(b.agb)},
                                     {QStringLiteral("root_shoot"), jsonNumber(b.rootShoot)},
                                     {QStringLiteral("bgb_t"), jsonNumber(b.bgb)},
                                     {QStringLiteral("carbon_t"), jsonNumber(b.carbon)},
                                     {QStringLiteral("co2e_t"), jsonNumber(b.co2e)},
                                     {QStringLiteral("outside_range"), b.outsideRange}});
    }
    return QJsonObject{
        {QStringLiteral("method"),
         QStringLiteral("CDM AR-TOOL14 v04.2 Appendix 1, Eq. A1.1-A1.5; carbon per Eq. 12")},
        {QStringLiteral("parameter_set"), parameterSetJson(inputs, result.speciesUsed)},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("trees"), qint64(inputs.trees.size())},
                     {QStringLiteral("dead_trees"), result.deadTrees},
                     {QStringLiteral("outside_range_trees"), result.outsideRangeTrees},
                     {QStringLiteral("plots"), qint64(result.plots.size())}}},
        {QStringLiteral("plots"), plotArray},
        {QStringLiteral("trees"), treeArray}};
}

bool writeTreeTable(const QString& path, const workflow::BiomassInputs& inputs,
                    const core::BiomassResult& result, QTextStream& err)
{
    // Written whole or not at all: a full disk leaves no truncated table behind.
    QSaveFile file(path);
    bool written = file.open(QIODevice::WriteOnly);
    if (written) {
        QTextStream treeOut(&file);
        writeTreeCsv(inputs.trees, result, treeOut);
        treeOut.flush();
        written = treeOut.status() == QTextStream::Ok && file.commit();
    }
    if (!written)
        reportError({core::ErrorCode::FileUnreadable,
                     file.errorString().toStdString(),
                     file.fileName().toStdString(),
                     0,
                     {}},
                    err);
    return written;
}

} // namespace

int runBiomass(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(BiomassText::description());
    const BiomassOptions options;
    options.addTo(parser);
    if (auto stop = parser.parse(arguments, 0, out, err))
        return *stop;
    const QString format = parser.value(options.format);
    if (!parser.isSet(options.trees) ||
        parser.isSet(options.plotArea) == parser.isSet(options.plots) ||
        (format != QLatin1String("json") && format != QLatin1String("csv"))) {
        err << BiomassText::tr("Give --trees and one of --plot-area-ha or --plots; --format is "
                               "json or csv.")
            << "\n\n"
            << parser.helpText();
        return ExitUsage;
    }
    std::optional<double> plotArea;
    if (parser.isSet(options.plotArea)) {
        plotArea = parser.number(options.plotArea.names().first(), 0.0, err);
        if (!plotArea)
            return ExitUsage;
    }
    const std::string trees = parser.value(options.trees).toStdString();
    const std::string plots = parser.value(options.plots).toStdString();
    const auto inputs =
        valueOrReport(workflow::readBiomassInputs(parser.value(options.params).toStdString(),
                                                  parser.value(options.classes).toStdString(),
                                                  trees, plots, plotArea),
                      err);
    if (!inputs)
        return ExitInputError;
    const auto result = workflow::computeBiomass(*inputs, trees, plots);
    if (!result)
        return failWith(result.error(), err);

    // What a verifier must see: parameters that are not confirmed, trees outside the range
    // their equation was fitted on.
    CliJob job(err);
    workflow::noticeNotConfirmed(result->speciesUsed, job);
    if (result->outsideRangeTrees > 0)
        job.context().notify(
            {workflow::NoticeCode::TreesOutsideRange, trees, {}, result->outsideRangeTrees});
    if (parser.isSet(options.treeTable) &&
        !writeTreeTable(parser.value(options.treeTable), *inputs, *result, err))
        return ExitInputError;
    if (format == QLatin1String("csv"))
        writePlotCsv(result->plots, out);
    else
        out << QJsonDocument(biomassJson(*inputs, *result)).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace tanhui::cli
