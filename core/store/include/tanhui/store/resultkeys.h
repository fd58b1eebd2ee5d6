// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// The keys of stored results that are read back (by the change, the verification and the
// workflow's summaries): written once here, so that a writer and its readers cannot drift.
// They are part of the sealed content: renaming one changes every seal made after.

#include <string>

namespace tanhui::store::keys {

// Result kinds.
inline constexpr const char* kStock = "stock";
inline constexpr const char* kPlotCarbon = "plot_carbon";
inline constexpr const char* kChange = "change";

// A stock ("stock"), in t CO2e.
inline constexpr const char* kParameterSet = "parameter_set";
inline constexpr const char* kStratification = "stratification";
inline constexpr const char* kSpeciesNotConfirmed = "species_not_confirmed"; ///< "key STATUS; …"
inline constexpr const char* kConfidence = "confidence";
inline constexpr const char* kPlots = "plots";
inline constexpr const char* kTrees = "trees";
inline constexpr const char* kOutsideRangeTrees = "outside_range_trees";
inline constexpr const char* kAreaHa = "area_ha";
inline constexpr const char* kTotal = "total_t_co2e";
inline constexpr const char* kUncertainty = "uncertainty"; ///< fraction
inline constexpr const char* kDiscountFraction = "discount_fraction";
inline constexpr const char* kConservativeTotal = "conservative_total_t_co2e";

// Per stratum of a stock: "stratum:<name>:<field>".
inline constexpr const char* kStratumPrefix = "stratum:";
inline constexpr const char* kStratumPlots = "n";
inline constexpr const char* kStratumArea = "area_ha";
inline constexpr const char* kStratumMean = "mean_t_co2e_ha";
inline constexpr const char* kStratumSd = "sd_t_co2e_ha";
inline constexpr const char* kStratumSe = "se_t_co2e_ha";
inline constexpr const char* kStratumTotal = "total_t_co2e";
inline std::string stratumKey(const std::string& stratum, const char* field)
{
    return kStratumPrefix + stratum + ":" + field;
}

// A change ("change").
inline constexpr const char* kMethod = "method"; ///< "A" or "B"
inline constexpr const char* kEarlierPeriod = "earlier_period";
inline constexpr const char* kYears = "years";
inline constexpr const char* kChangeTotal = "change_t_co2e";
inline constexpr const char* kAnnualChange = "annual_change_t_co2e_yr";
inline constexpr const char* kConservativeChange = "conservative_change_t_co2e";

} // namespace tanhui::store::keys
