// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "biomassinputs.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <set>

#include "tanhui/equation/muparsercompiler.h"
#include "tanhui/store/project.h"

#include "clisupport.h"

namespace tanhui::ui {

namespace {

std::optional<core::ParameterSet> loadParameters(const QString& speciesPath,
                                                 const QString& classesPath, QTextStream& err)
{
    const auto species = readTableOrReport(speciesPath, err);
    const auto classes = species ? readTableOrReport(classesPath, err) : std::nullopt;
    if (!classes)
        return std::nullopt;
    auto set = core::ParameterSet::fromTables(*species, &*classes, equation::MuParserCompiler());
    if (!set) {
        reportError(set.error(), err);
        return std::nullopt;
    }
    if (const auto hash = store::fileSha256(speciesPath.toStdString()))
        set->sha256 = *hash;
    return std::move(set).value();
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

} // namespace

std::optional<BiomassInputs> loadBiomassInputs(const QString& speciesPath,
                                               const QString& classesPath, const QString& treesPath,
                                               const QString& plotsPath,
                                               std::optional<double> plotAreaHa, QTextStream& err)
{
    QTemporaryDir shipped;
    const QString species = speciesPath.isEmpty()
                                ? shippedFile(shipped, QStringLiteral("default_species.csv"))
                                : speciesPath;
    const QString classes =
        classesPath.isEmpty()
            ? shippedFile(shipped, QStringLiteral("ipcc2006_root_shoot_classes.csv"))
            : classesPath;
    auto parameters = loadParameters(species, classes, err);
    if (!parameters)
        return std::nullopt;
    BiomassInputs inputs{std::move(*parameters), QFileInfo(species).fileName(), {}, {}};

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
