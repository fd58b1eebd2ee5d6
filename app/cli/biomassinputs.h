// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QString>
#include <optional>
#include <vector>

#include "tanhui/core/biomass.h"
#include "tanhui/core/parameterset.h"

class QTextStream;

namespace tanhui::ui {

/// What the biomass commands read: a parameter set, a tree tally and the plots.
struct BiomassInputs
{
    core::ParameterSet parameters;
    QString parametersFile; ///< file name of the species table (default_species.csv if shipped)
    std::vector<core::Tree> trees;
    std::vector<core::Plot> plots;
};

/// A parameter set's tables as read, before they are parsed.
struct ParameterTables
{
    core::Table species;
    core::Table rootShootClasses;
    QString speciesFile;       ///< file name of the species table (default_species.csv if shipped)
    std::string speciesSha256; ///< of the species table's file
};

/// The species table `speciesPath` and root-shoot classes `classesPath`; an empty path
/// means the shipped file, whose source then reads "<name> (shipped with Tanhui <version>)".
/// Errors are written to `err`.
std::optional<ParameterTables> readParameterTables(const QString& speciesPath,
                                                   const QString& classesPath, QTextStream& err);

/// Reads the species table `speciesPath` and root-shoot classes `classesPath` (empty: the
/// shipped set and IPCC Table 4.4), the tally `treesPath`, and either the plot table
/// `plotsPath` or, when it is empty, one plot of `plotAreaHa` per plot id in the tally.
/// Errors are written to `err`.
std::optional<BiomassInputs> loadBiomassInputs(const QString& speciesPath,
                                               const QString& classesPath, const QString& treesPath,
                                               const QString& plotsPath,
                                               std::optional<double> plotAreaHa, QTextStream& err);

} // namespace tanhui::ui
