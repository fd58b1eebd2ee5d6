// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// Plausibility limits: the range outside which a field measurement is taken for a mistake
// (a unit slip, a shifted column, a typed 9999) rather than a tree. They are not equation
// validity ranges (a tree outside those is computed and reported): a value outside a limit is
// refused at import until the project widens the limit, with a reason, in its audit log.

#include <optional>
#include <string>
#include <vector>

namespace tanhui::core {

enum class Measure
{
    DbhCm,
    HeightM,
    PlotAreaHa,
    SlopeDeg,
    StandAgeYears,
};

/// Stable name ("dbh_cm", "height_m", "plot_area_ha", "slope_deg", "stand_age_years").
const char* measureName(Measure measure);
std::optional<Measure> measureFromName(const std::string& name);

/// Inclusive limits of one measure, with where they come from.
struct PlausibilityLimit
{
    Measure measure = Measure::DbhCm;
    double min = 0.0;
    double max = 0.0;
    std::string status; ///< CONFIRMED, SECONDARY or UNCONFIRMED (METHODOLOGY.md's scale)
    std::string source;
    bool contains(double value) const { return value >= min && value <= max; }
};

/// Tanhui's defaults for every measure, each with its status and reasoning.
std::vector<PlausibilityLimit> defaultPlausibilityLimits();

/// The limit of `measure` in `limits`, or its default.
PlausibilityLimit limitOf(const std::vector<PlausibilityLimit>& limits, Measure measure);

} // namespace tanhui::core
