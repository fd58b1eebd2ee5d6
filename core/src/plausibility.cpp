// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/plausibility.h"

#include <array>

namespace tanhui::core {

namespace {
constexpr std::array kMeasures{Measure::DbhCm, Measure::HeightM, Measure::PlotAreaHa,
                               Measure::SlopeDeg, Measure::StandAgeYears};
} // namespace

const char* measureName(Measure measure)
{
    switch (measure) {
    case Measure::DbhCm:
        return "dbh_cm";
    case Measure::HeightM:
        return "height_m";
    case Measure::PlotAreaHa:
        return "plot_area_ha";
    case Measure::SlopeDeg:
        return "slope_deg";
    case Measure::StandAgeYears:
        return "stand_age_years";
    }
    return "";
}

std::optional<Measure> measureFromName(const std::string& name)
{
    for (Measure m : kMeasures)
        if (name == measureName(m))
            return m;
    return std::nullopt;
}

std::vector<PlausibilityLimit> defaultPlausibilityLimits()
{
    // No methodology sets these: they are Tanhui's screening defaults, stated as such.
    const std::string tanhui = "Tanhui screening default, not from a methodology: ";
    return {
        {Measure::DbhCm, 0.1, 300.0, "UNCONFIRMED",
         tanhui + "stems of forest inventory plots stay far below 3 m DBH; 0.1 cm is below any "
                  "calliper reading. A larger value is usually mm typed as cm; widen for "
                  "veteran trees."},
        {Measure::HeightM, 0.1, 120.0, "UNCONFIRMED",
         tanhui + "above the tallest trees recorded (about 116 m worldwide, about 102 m in "
                  "China), recollection not checked against a source."},
        {Measure::PlotAreaHa, 0.01, 1.0, "UNCONFIRMED",
         tanhui + "sample plots of CCER and VCS forest projects are of the order of "
                  "0.04-0.1 ha (667 m2 = 1 mu); an area in m2 given as ha exceeds 1 ha."},
        {Measure::SlopeDeg, 0.0, 70.0, "UNCONFIRMED",
         tanhui + "the steepest inventory slope class (险坡) starts at 46 degrees; the slope "
                  "correction cos(slope) makes steeper values dominate the plot area."},
        {Measure::StandAgeYears, 0.0, 250.0, "UNCONFIRMED",
         tanhui + "the mature classes of the national 龄组 table (cn_age_groups.csv) end by "
                  "160 years; 255, the largest Byte value, is a common code for water or "
                  "non-forest in age rasters. Widen for old-growth stands."},
    };
}

PlausibilityLimit limitOf(const std::vector<PlausibilityLimit>& limits, Measure measure)
{
    for (const PlausibilityLimit& l : limits)
        if (l.measure == measure)
            return l;
    for (const PlausibilityLimit& l : defaultPlausibilityLimits())
        if (l.measure == measure)
            return l;
    return {};
}

} // namespace tanhui::core
