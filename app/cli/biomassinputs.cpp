// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "biomassinputs.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <set>

#include "tanhui/core/version.h"
#include "tanhui/equation/muparsercompiler.h"
#include "tanhui/store/project.h"

#include "clisupport.h"

namespace tanhui::ui {

namespace {

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

} // namespace

std::optional<ParameterTables> readParameterTables(const QString& speciesPath,
                                                   const QString& classesPath, QTextStream& err)
{
    QTemporaryDir shipped;
    auto read = [&](const QString& path, const QString& shippedName) -> std::optional<core::Table> {
        if (!path.isEmpty())
            return readTableOrReport(path, err);
        auto table = readTableOrReport(shippedFile(shipped, shippedName), err);
        if (table)
            table->source = QStringLiteral("%1 (shipped with Tanhui %2)")
                                .arg(shippedName, QString::fromLatin1(core::kVersionString))
                                .toStdString();
        return table;
    };
    const QString speciesName = QStringLiteral("default_species.csv");
    auto species = read(speciesPath, speciesName);
    auto classes = species ? read(classesPath, QStringLiteral("ipcc2006_root_shoot_classes.csv"))
                           : std::nullopt;
    if (!classes)
        return std::nullopt;
    const QString speciesFile = speciesPath.isEmpty() ? shipped.filePath(speciesName) : speciesPath;
    const auto hash = store::fileSha256(speciesFile.toStdString());
    return ParameterTables{std::move(*species), std::move(*classes),
                           QFileInfo(speciesFile).fileName(), hash ? *hash : std::string()};
}

std::optional<BiomassInputs> loadBiomassInputs(const QString& speciesPath,
                                               const QString& classesPath, const QString& treesPath,
                                               const QString& plotsPath,
                                               std::optional<double> plotAreaHa, QTextStream& err)
{
    const auto tables = readParameterTables(speciesPath, classesPath, err);
    if (!tables)
        return std::nullopt;
    auto parameters = core::ParameterSet::fromTables(tables->species, &tables->rootShootClasses,
                                                     equation::MuParserCompiler());
    if (!parameters) {
        reportError(parameters.error(), err);
        return std::nullopt;
    }
    parameters->sha256 = tables->speciesSha256;
    BiomassInputs inputs{std::move(parameters).value(), tables->speciesFile, {}, {}};

    const auto treeTable = readTableOrReport(treesPath, err);
    if (!treeTable)
        return std::nullopt;
    auto trees = core::treesFromTable(*treeTable);
    if (!trees) {
        reportError(trees.error(), err);
        return std::nullopt;
    }
    inputs.trees = std::move(trees).value();
    if (!plotsPath.isEmpty()) {
        const auto plotTable = readTableOrReport(plotsPath, err);
        if (!plotTable)
            return std::nullopt;
        auto plots = core::plotsFromTable(*plotTable);
        if (!plots) {
            reportError(plots.error(), err);
            return std::nullopt;
        }
        inputs.plots = std::move(plots).value();
    } else {
        inputs.plots = plotsOfTrees(inputs.trees, plotAreaHa.value_or(NAN));
    }
    return inputs;
}

} // namespace tanhui::ui
