// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "tanhui/core/rasterstack.h"
#include "tanhui/core/rastertally.h"
#include "tanhui/core/result.h"
#include "tanhui/core/table.h"

namespace tanhui::core {

/// The five 龄组 of Chinese forest inventory (GB/T 26424-2010).
enum class AgeGroup
{
    Young,      ///< 幼龄林
    Middle,     ///< 中龄林
    NearMature, ///< 近熟林
    Mature,     ///< 成熟林
    OverMature  ///< 过熟林
};
inline constexpr int kAgeGroupCount = 5;

/// Stable identifier ("young", "middle", "near-mature", "mature", "over-mature").
const char* ageGroupName(AgeGroup group);

/// One row of an age-group table: upper bounds (years, inclusive) of the first four groups
/// for a species group, region and origin; older stands are 过熟林.
struct AgeGroupRule
{
    std::string speciesGroup;
    std::vector<std::string> members;
    std::string region; ///< "north", "south" or "both"
    std::string origin; ///< "natural" or "planted"
    std::array<double, 4> upperBounds{};
    double classWidth = 0.0;
    std::string status;
    std::string source;
    std::int64_t sourceRow = 0;

    AgeGroup groupOf(double age) const;
};

/// A versioned age-group table (the national one ships in resources/parameters/).
struct AgeGroupTable
{
    std::string name;
    std::string version;
    std::vector<AgeGroupRule> rules;

    /// The rule for a species group (its number or a member species, e.g. "杉木"), region and
    /// origin; Error{UnknownReference} listing what the table has otherwise.
    Result<const AgeGroupRule*> find(const std::string& speciesGroup, const std::string& region,
                                     const std::string& origin) const;

    /// The rows that apply in `region` (rows for "both" too), in table order: of the species
    /// group `speciesGroup` (number or member species) unless it is nullopt (any group), and
    /// of `origin` unless it is nullopt (any origin).
    std::vector<AgeGroupRule> rowsFor(const std::string& region,
                                      const std::optional<std::string>& speciesGroup,
                                      const std::optional<std::string>& origin) const;

    /// Columns: table, version, species_group, members (;-separated), region, origin,
    /// young_max, middle_max, near_mature_max, mature_max, class_width, status, source.
    /// Bounds must increase; errors name file, row and column.
    static Result<AgeGroupTable> fromTable(const Table& table);
};

/// How the five 龄组 map onto the project's carbon strata (a project design choice to be
/// declared in the PDD). Default: 幼 → young, 中 → middle, 近熟/成熟/过熟 → mature.
struct CarbonClassMapping
{
    std::vector<std::string> names{"young", "middle", "mature"};
    std::array<int, kAgeGroupCount> classOf{0, 1, 2, 2, 2};

    /// Parses "young=1;middle=2;mature=3,4,5" (groups numbered 1–5 from 幼龄林); every group
    /// must be mapped exactly once.
    static Result<CarbonClassMapping> parse(const std::string& text);
};

/// Classifier of stand ages (years at the raster's base year) into carbon classes after
/// adding `yearsSinceBase`; non-positive ages are unclassified.
ValueClassifier ageClassifier(const AgeGroupRule& rule, const CarbonClassMapping& mapping,
                              double yearsSinceBase);

/// The codes of an origin raster, "1=natural;2=planted" (code=natural or code=planted,
/// separated by ;). Error{InvalidArgument, column "origin_codes"} otherwise.
Result<std::map<double, std::string>> parseOriginCodes(const std::string& text);

/// Age groups over stacked rasters: an age band, then optionally a species-group band
/// (values: the table's species_group numbers) and an origin band (coded by
/// `originCodes`). What no band gives is fixed: every row in `rows` then has that group or
/// origin (AgeGroupTable::rowsFor). Class i·|mapping| + c is carbon class c of rows[i].
struct AgeStack
{
    std::vector<AgeGroupRule> rows;
    CarbonClassMapping mapping;
    int yearsSinceBase = 0;
    bool speciesBand = false;
    bool originBand = false;
    std::map<double, std::string> originCodes; ///< with originBand
    std::string fixedOrigin;                   ///< without originBand

    /// "group/origin/class" for every class, in class order.
    std::vector<std::string> classNames() const;
};

/// The classifier of an AgeStack: non-positive ages, origin codes not listed and groups
/// without a row are unclassified. Keeps its own copy of the stack.
StackClassifier ageStackClassifier(const AgeStack& stack);

} // namespace tanhui::core
