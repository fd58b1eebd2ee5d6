// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// How cells or stands become strata: the one description the front ends fill in, and the
// classes built from it.

#include <QJsonObject>
#include <optional>
#include <string>
#include <vector>

#include "tanhui/core/rasterstack.h"
#include "tanhui/core/rastertally.h"
#include "tanhui/core/result.h"

namespace tanhui::workflow {

class JobContext;

enum class StrataMethod
{
    Table,        ///< a table of stratum, area_ha
    RasterValues, ///< every distinct cell value is a stratum
    RasterRules,  ///< values or ranges of cell values per stratum (rules JSON)
    AgeGroups,    ///< stand ages by a 龄组 table, optionally stacked with species/origin rasters
    Stands,       ///< stand polygons by attribute conditions (rules JSON)
};

/// Stable name stored in the project: "table", "raster-values", "raster-rules",
/// "age-group", "stands".
const char* strataMethodName(StrataMethod method);
/// The method of a stored name; "raster" (written by Tanhui 0.1 for rules and values
/// alike) reads as RasterRules.
std::optional<StrataMethod> strataMethodFromName(const std::string& name);

/// Which row of which age-group table, how ages are rolled forward, and how the five 龄组
/// map onto carbon strata.
struct AgeGroupChoice
{
    std::string tablePath;    ///< empty: the shipped national table
    std::string speciesGroup; ///< group number or member species (杉木)
    std::string region = "south";
    std::string origin = "planted";
    std::optional<int> baseYear; ///< year the raster's ages refer to (none: no roll-forward)
    std::string date;            ///< monitoring date YYYY-MM-DD (with baseYear)
    std::string mapping;         ///< e.g. "young=1;middle=2;mature=3,4,5" (empty: that default)
    /// Stacked rasters on the age raster's grid: species groups and/or origins per cell.
    std::string speciesRaster;
    std::string originRaster;
    std::string originCodes = "1=natural;2=planted";
    /// Cells whose age in the raster exceeds this are not classified (a code such as 255, or a
    /// year typed as an age) and are reported; default: the stand_age_years plausibility limit.
    double maxPlausibleAge = defaultMaxPlausibleAge();
    static double defaultMaxPlausibleAge();
    bool stacked() const { return !speciesRaster.empty() || !originRaster.empty(); }
};

/// How cells or stands become strata.
struct StrataDefinition
{
    StrataMethod method = StrataMethod::RasterValues;
    std::string rulesPath;                   ///< RasterRules, Stands
    std::optional<AgeGroupChoice> ageGroups; ///< AgeGroups
};

/// The strata of a raster definition, ready to tally: one classifier over the stack of
/// bands (age, then species, then origin) or over a single band.
struct CellClasses
{
    std::vector<std::string> names;            ///< one per class
    std::vector<std::optional<double>> values; ///< the cell value of each class (RasterValues)
    core::ValueClassifier single;              ///< when the definition reads one band
    core::StackClassifier stack;               ///< when it reads several (stacked age groups)
    bool stacked = false;
    /// The class that takes ages beyond the plausible (AgeGroups), −1 without one: not a
    /// stratum; its cells are reported and counted as unclassified.
    int implausibleAgeClass = -1;
    QJsonObject ageGroups; ///< the age-group table, rows, status, roll-forward and mapping used
};

/// The species the shipped age-group table names (its members, each once, in table order),
/// for a front end to offer.
core::Result<std::vector<std::string>> shippedAgeGroupSpecies();

/// Builds the classes of a raster definition (not Stands or Table). For RasterValues the
/// distinct values of `source` are read (OutOfRange with a hint when there are too many).
/// Age-group rows that are not CONFIRMED are notices.
core::Result<CellClasses> buildCellClasses(const StrataDefinition& definition,
                                           const core::RasterSource& source,
                                           const std::string& rasterPath, int threads,
                                           JobContext& context);

} // namespace tanhui::workflow
