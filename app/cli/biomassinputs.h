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

/// Reads the species table `speciesPath` and root-shoot classes `classesPath` (empty: the
/// shipped set and IPCC Table 4.4), the tally `treesPath`, and either the plot table
/// `plotsPath` or, when it is empty, one plot of `plotAreaHa` per plot id in the tally.
/// Errors are written to `err`.
std::optional<BiomassInputs> loadBiomassInputs(const QString& speciesPath,
                                               const QString& classesPath, const QString& treesPath,
                                               const QString& plotsPath,
                                               std::optional<double> plotAreaHa, QTextStream& err);

} // namespace tanhui::ui
