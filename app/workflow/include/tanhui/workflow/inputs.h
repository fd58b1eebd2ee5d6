// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// The input files a survey engineer hands Tanhui, read into core's types. Every reader
// returns a located Error (file, row, column) instead of writing anything.

#include <QJsonDocument>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tanhui/core/biomass.h"
#include "tanhui/core/parameterset.h"
#include "tanhui/core/result.h"
#include "tanhui/core/rowsource.h"
#include "tanhui/core/standrules.h"
#include "tanhui/core/stratifiedestimate.h"
#include "tanhui/core/stratumrules.h"
#include "tanhui/core/table.h"

namespace tanhui::workflow {

/// The parameter files shipped with Tanhui (resources/parameters/, compiled in).
inline constexpr const char* kShippedSpecies = "default_species.csv";
inline constexpr const char* kShippedRootShootClasses = "ipcc2006_root_shoot_classes.csv";
inline constexpr const char* kShippedAgeGroups = "cn_age_groups.csv";

/// A CSV, XLSX, ODS or attribute table (Shapefile, GeoPackage) as text cells, decoded as
/// detected (UTF-8, else GB18030) or as `encoding` says.
core::Result<core::Table> readTable(const std::string& path,
                                    core::TextEncoding encoding = core::TextEncoding::Detect);
/// The same read one row at a time (a CSV in blocks): for inputs of any size.
core::Result<std::unique_ptr<core::RowSource>>
openTableRows(const std::string& path, core::TextEncoding encoding = core::TextEncoding::Detect);

/// A shipped parameter file as a table; its source reads "<name> (shipped with Tanhui
/// <version>)". `sha256`, when given, receives the SHA-256 of the file's bytes.
core::Result<core::Table> readShippedTable(const std::string& name, std::string* sha256 = nullptr);

/// A JSON file; missing, unreadable or malformed files are located errors.
core::Result<QJsonDocument> readJson(const std::string& path);

/// A parameter set's tables as read, before they are parsed.
struct ParameterTables
{
    core::Table species;
    core::Table rootShootClasses;
    std::string speciesFile;   ///< file name of the species table (default_species.csv if shipped)
    std::string speciesSha256; ///< of the species table's file
};

/// The species table `speciesPath` and root-shoot classes `classesPath`; an empty path
/// means the shipped file.
core::Result<ParameterTables> readParameterTables(const std::string& speciesPath,
                                                  const std::string& classesPath);

/// What the stand-alone biomass commands read: a parameter set, a tree tally and the plots.
struct BiomassInputs
{
    core::ParameterSet parameters;
    std::string parametersFile;
    std::vector<core::Tree> trees;
    std::vector<core::Plot> plots;
};

/// The parameter tables (empty paths: shipped), the tally `treesPath`, and either the plot
/// table `plotsPath` or, when it is empty, one plot of `plotAreaHa` per plot id in the tally.
core::Result<BiomassInputs> readBiomassInputs(const std::string& speciesPath,
                                              const std::string& classesPath,
                                              const std::string& treesPath,
                                              const std::string& plotsPath,
                                              std::optional<double> plotAreaHa);

/// Tree and plot biomass of the inputs with their parameter set's equations (AR-TOOL14
/// Appendix 1); errors name `treesPath` / `plotsPath` and the row.
core::Result<core::BiomassResult> computeBiomass(const BiomassInputs& inputs,
                                                 const std::string& treesPath,
                                                 const std::string& plotsPath);

/// Plots (stratum, plot_id, `valueColumn`) from a table file.
core::Result<std::vector<core::PlotValue>> readPlotValues(const std::string& path,
                                                          const std::string& valueColumn);

/// Stratum areas (stratum, area_ha) from a table file.
core::Result<std::vector<core::StratumArea>> readStratumAreas(const std::string& path);

/// A plot sample and the stratum areas it is expanded over (estimate, plan).
struct PlotSample
{
    std::vector<core::PlotValue> plots;
    std::vector<core::StratumArea> areas;
};
core::Result<PlotSample> readPlotSample(const std::string& plotsPath,
                                        const std::string& valueColumn,
                                        const std::string& areasPath);

/// Raster stratum rules, JSON: {"strata": [{"name": "forest", "values": [41, 42]},
/// {"name": "young", "min": 1, "max": 10}]}.
core::Result<std::vector<core::StratumRule>> readRasterRules(const std::string& path);

/// Stand rules, JSON: {"strata": [{"name": "杉木幼龄林", "conditions": [{"field": "树种",
/// "values": ["杉木"]}, {"field": "林龄", "min": 0, "max": 10}]}]}.
core::Result<std::vector<core::StandRule>> readStandRules(const std::string& path);

class JobContext;

/// What a verifier must see: one notice per species of `species` whose parameters are not
/// CONFIRMED (SECONDARY or UNCONFIRMED), with their status and source.
void noticeNotConfirmed(const std::vector<const core::SpeciesParameters*>& species,
                        JobContext& context);

} // namespace tanhui::workflow
