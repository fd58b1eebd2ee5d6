// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/workflow/inputs.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cmath>
#include <set>

#include "tanhui/core/fielddata.h"
#include "tanhui/core/files.h"
#include "tanhui/core/version.h"
#include "tanhui/equation/muparsercompiler.h"
#include "tanhui/gis/stands.h"
#include "tanhui/gis/tablereader.h"
#include "tanhui/store/project.h"
#include "tanhui/workflow/jobcontext.h"

#include "standstrata.h"

namespace tanhui::workflow {

namespace {

core::Error fileError(core::ErrorCode code, const std::string& detail, const std::string& path)
{
    return {code, detail, path, 0, {}};
}

// Plots named by the trees, all of the same area: for tallies without a plot table.
std::vector<core::Plot> plotsOfTrees(const std::vector<core::Tree>& trees, double areaHa)
{
    std::vector<core::Plot> plots;
    std::set<std::string> seen;
    for (const core::Tree& t : trees)
        if (seen.insert(t.plotId).second)
            plots.push_back({t.plotId, {}, areaHa, NAN, t.sourceRow});
    return plots;
}

// The "strata" array of a rules file.
core::Result<QJsonArray> readStrata(const std::string& path)
{
    const auto doc = readJson(path);
    if (!doc)
        return doc.error();
    QJsonArray strata = doc->object().value(QStringLiteral("strata")).toArray();
    if (strata.isEmpty())
        return fileError(core::ErrorCode::CorruptData, "expected {\"strata\": [...]}", path);
    return strata;
}

core::Error badRules(const std::string& path, const std::string& what)
{
    return fileError(core::ErrorCode::CorruptData, what, path);
}

} // namespace

core::Result<core::Table> readTable(const std::string& path, core::TextEncoding encoding)
{
    return gis::readTable(path, encoding);
}

core::Result<std::unique_ptr<core::RowSource>> openTableRows(const std::string& path,
                                                             core::TextEncoding encoding)
{
    return gis::openTableRows(path, encoding);
}

core::Result<core::Table> readShippedTable(const std::string& name, std::string* sha256)
{
    // OGR reads files, not Qt resources: the compiled-in copy goes to a temporary file.
    QTemporaryDir dir;
    const QString target = dir.filePath(QString::fromStdString(name));
    if (!dir.isValid() ||
        !QFile::copy(QStringLiteral(":/parameters/") + QString::fromStdString(name), target))
        return fileError(core::ErrorCode::FileNotFound, "not shipped with this build", name);
    auto table = gis::readTable(target.toStdString());
    if (!table)
        return table.error();
    table->source = name + " (shipped with Tanhui " + core::kVersionString + ")";
    if (sha256) {
        const auto hash = store::fileSha256(target.toStdString());
        *sha256 = hash ? *hash : std::string();
    }
    return table;
}

core::Result<QJsonDocument> readJson(const std::string& path)
{
    if (auto regular = core::requireRegularFile(path); !regular)
        return regular.error();
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        return fileError(file.exists() ? core::ErrorCode::FileUnreadable
                                       : core::ErrorCode::FileNotFound,
                         file.errorString().toStdString(), path);
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull())
        return fileError(core::ErrorCode::CorruptData, parseError.errorString().toStdString(),
                         path);
    return doc;
}

core::Result<ParameterTables> readParameterTables(const std::string& speciesPath,
                                                  const std::string& classesPath)
{
    ParameterTables tables;
    if (speciesPath.empty()) {
        auto species = readShippedTable(kShippedSpecies, &tables.speciesSha256);
        if (!species)
            return species.error();
        tables.species = std::move(species).value();
        tables.speciesFile = kShippedSpecies;
    } else {
        auto species = readTable(speciesPath);
        if (!species)
            return species.error();
        tables.species = std::move(species).value();
        tables.speciesFile =
            QFileInfo(QString::fromStdString(speciesPath)).fileName().toStdString();
        const auto hash = store::fileSha256(speciesPath);
        tables.speciesSha256 = hash ? *hash : std::string();
    }
    auto classes =
        classesPath.empty() ? readShippedTable(kShippedRootShootClasses) : readTable(classesPath);
    if (!classes)
        return classes.error();
    tables.rootShootClasses = std::move(classes).value();
    return tables;
}

core::Result<BiomassInputs> readBiomassInputs(const std::string& speciesPath,
                                              const std::string& classesPath,
                                              const std::string& treesPath,
                                              const std::string& plotsPath,
                                              std::optional<double> plotAreaHa)
{
    const auto tables = readParameterTables(speciesPath, classesPath);
    if (!tables)
        return tables.error();
    auto parameters = core::ParameterSet::fromTables(tables->species, &tables->rootShootClasses,
                                                     equation::MuParserCompiler());
    if (!parameters)
        return parameters.error();
    parameters->sha256 = tables->speciesSha256;
    BiomassInputs inputs{std::move(parameters).value(), tables->speciesFile, {}, {}};

    const auto treeTable = readTable(treesPath);
    auto trees = treeTable ? core::treesFromTable(*treeTable)
                           : core::Result<std::vector<core::Tree>>(treeTable.error());
    if (!trees)
        return trees.error();
    inputs.trees = std::move(trees).value();
    if (plotsPath.empty()) {
        inputs.plots = plotsOfTrees(inputs.trees, plotAreaHa.value_or(NAN));
        return inputs;
    }
    const auto plotTable = readTable(plotsPath);
    auto plots = plotTable ? core::plotsFromTable(*plotTable)
                           : core::Result<std::vector<core::Plot>>(plotTable.error());
    if (!plots)
        return plots.error();
    inputs.plots = std::move(plots).value();
    return inputs;
}

core::Result<core::BiomassResult> computeBiomass(const BiomassInputs& inputs,
                                                 const std::string& treesPath,
                                                 const std::string& plotsPath)
{
    return core::computeBiomass(inputs.trees, inputs.plots, inputs.parameters,
                                equation::MuParserCompiler(), {treesPath, plotsPath});
}

core::Result<std::vector<core::PlotValue>> readPlotValues(const std::string& path,
                                                          const std::string& valueColumn)
{
    const auto table = readTable(path);
    if (!table)
        return table.error();
    return core::plotValuesFromTable(*table, valueColumn);
}

core::Result<std::vector<core::StratumArea>> readStratumAreas(const std::string& path)
{
    const auto table = readTable(path);
    if (!table)
        return table.error();
    return core::stratumAreasFromTable(*table);
}

core::Result<PlotSample> readPlotSample(const std::string& plotsPath,
                                        const std::string& valueColumn,
                                        const std::string& areasPath)
{
    auto plots = readPlotValues(plotsPath, valueColumn);
    if (!plots)
        return plots.error();
    auto areas = readStratumAreas(areasPath);
    if (!areas)
        return areas.error();
    return PlotSample{std::move(plots).value(), std::move(areas).value()};
}

core::Result<std::vector<core::StratumRule>> readRasterRules(const std::string& path)
{
    const auto strata = readStrata(path);
    if (!strata)
        return strata.error();
    std::vector<core::StratumRule> rules;
    for (const QJsonValue& item : *strata) {
        const QJsonObject o = item.toObject();
        core::StratumRule rule;
        rule.name = o.value(QStringLiteral("name")).toString().toStdString();
        for (const QJsonValue& v : o.value(QStringLiteral("values")).toArray())
            rule.values.push_back(v.toDouble());
        if (o.contains(QStringLiteral("min")))
            rule.min = o.value(QStringLiteral("min")).toDouble();
        if (o.contains(QStringLiteral("max")))
            rule.max = o.value(QStringLiteral("max")).toDouble();
        if (rule.name.empty() || (rule.values.empty() && !rule.min && !rule.max))
            return badRules(path, "every stratum needs a name, and values or a min/max range");
        rules.push_back(std::move(rule));
    }
    return rules;
}

core::Result<std::vector<core::StandRule>> readStandRules(const std::string& path)
{
    const auto strata = readStrata(path);
    if (!strata)
        return strata.error();
    const core::Error bad = badRules(
        path, "every stratum needs a name and conditions, each with a field and values or a "
              "min/max range");
    std::vector<core::StandRule> rules;
    for (const QJsonValue& item : *strata) {
        const QJsonObject o = item.toObject();
        core::StandRule rule{o.value(QStringLiteral("name")).toString().toStdString(), {}};
        for (const QJsonValue& c : o.value(QStringLiteral("conditions")).toArray()) {
            const QJsonObject condition = c.toObject();
            core::FieldCondition fc;
            fc.field = condition.value(QStringLiteral("field")).toString().toStdString();
            for (const QJsonValue& v : condition.value(QStringLiteral("values")).toArray())
                fc.values.push_back(v.isString()
                                        ? v.toString().toStdString()
                                        : QString::number(v.toDouble(), 'g', 17).toStdString());
            if (condition.contains(QStringLiteral("min")))
                fc.min = condition.value(QStringLiteral("min")).toDouble();
            if (condition.contains(QStringLiteral("max")))
                fc.max = condition.value(QStringLiteral("max")).toDouble();
            if (fc.field.empty() || (fc.values.empty() && !fc.min && !fc.max))
                return bad;
            rule.conditions.push_back(std::move(fc));
        }
        if (rule.name.empty() || rule.conditions.empty())
            return bad;
        rules.push_back(std::move(rule));
    }
    return rules;
}

core::Result<ClassifiedStands> readClassifiedStands(const std::string& rulesPath,
                                                    const std::string& standsPath)
{
    auto rules = readStandRules(rulesPath);
    if (!rules)
        return rules.error();
    auto stands = gis::readStands(standsPath);
    if (!stands)
        return stands.error();
    auto strata = core::classifyStands(stands->attributes, *rules);
    if (!strata)
        return strata.error();
    return ClassifiedStands{std::move(rules).value(), std::move(stands).value(),
                            std::move(strata).value()};
}

void noticeNotConfirmed(const std::vector<const core::SpeciesParameters*>& species,
                        JobContext& context)
{
    for (const core::SpeciesParameters* s : species)
        if (s->status != "CONFIRMED")
            context.notify(
                {NoticeCode::ParameterNotConfirmed, s->key, s->status + ": " + s->source, 1});
}

} // namespace tanhui::workflow
