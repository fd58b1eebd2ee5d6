// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCoreApplication>
#include <array>

#include "clicommand.h"
#include "commands.h"

namespace tanhui::cli {

std::span<const CliCommand> cliCommands()
{
    static const std::array commands{
        CliCommand{"biomass",
                   QT_TRANSLATE_NOOP("tanhui::cli::Cli",
                                     "Tree and plot biomass, carbon and CO2e per hectare"),
                   &runBiomass},
        CliCommand{"estimate",
                   QT_TRANSLATE_NOOP("tanhui::cli::Cli",
                                     "Stratified estimate with uncertainty and discount"),
                   &runEstimate},
        CliCommand{"change",
                   QT_TRANSLATE_NOOP("tanhui::cli::Cli",
                                     "Stock change between two monitoring events, annualised"),
                   &runChange},
        CliCommand{
            "plan",
            QT_TRANSLATE_NOOP("tanhui::cli::Cli", "Number of sample plots for a target precision"),
            &runPlan},
        CliCommand{"areas",
                   QT_TRANSLATE_NOOP("tanhui::cli::Cli",
                                     "Stratum areas of a stand raster (ha, mu), true areas"),
                   &runAreas},
        CliCommand{"sample",
                   QT_TRANSLATE_NOOP("tanhui::cli::Cli",
                                     "Raster values at points, with CRS transformation"),
                   &runSample},
        CliCommand{"uncertainty",
                   QT_TRANSLATE_NOOP("tanhui::cli::Cli",
                                     "Monte Carlo model uncertainty beside sampling uncertainty"),
                   &runUncertainty},
        CliCommand{"demo",
                   QT_TRANSLATE_NOOP("tanhui::cli::Cli",
                                     "Create a demo forest farm (raster, plots, project file)"),
                   &runDemo},
        CliCommand{"project",
                   QT_TRANSLATE_NOOP("tanhui::cli::Cli",
                                     "Project file: create, add-period, import, seal, export"),
                   &runProject},
        CliCommand{
            "verify",
            QT_TRANSLATE_NOOP("tanhui::cli::Cli", "Check the seals of a project's sealed periods"),
            &runVerify},
        CliCommand{
            "keygen",
            QT_TRANSLATE_NOOP("tanhui::cli::Cli", "Make the key pair that signs seals (Ed25519)"),
            &runKeygen},
        CliCommand{"raster-info",
                   QT_TRANSLATE_NOOP("tanhui::cli::Cli",
                                     "Describe a raster: size, grid, CRS, nodata (JSON)"),
                   &runRasterInfo},
    };
    return commands;
}

} // namespace tanhui::cli
