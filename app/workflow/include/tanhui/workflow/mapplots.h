// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// A period's sample plots where they lie on a stratification's map: what the map's plot
// layer draws and what a click on a plot shows.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tanhui/core/error.h"
#include "tanhui/core/result.h"

namespace tanhui::workflow {

class MapLayer;
class ProjectService;

/// How a plot's recorded stratum stands against the map's at its location.
enum class PlotAgreement
{
    Agrees,       ///< the same stratum (or none recorded: it was given the map's)
    Differs,      ///< the recorded stratum is kept and differs from the map's
    OutsideStrata ///< the map puts it in no stratum (nodata, outside, an implausible age)
};

struct MapPlot
{
    std::string id;
    double x = 0.0, y = 0.0;               ///< in the map's CRS
    double column = 0.0, row = 0.0;        ///< in the raster's pixel space (fractional)
    std::string recordedStratum;           ///< as stored with the plot (empty: none)
    std::optional<std::string> mapStratum; ///< the map's at its location
    PlotAgreement agreement = PlotAgreement::Agrees;
    std::int64_t trees = 0;
    std::optional<double> co2eTHa; ///< this period's t CO2e/ha, when its stock is computed
};

struct MapPlots
{
    std::string period;
    std::vector<MapPlot> plots; ///< those that can be drawn, in import order
    int withoutCoordinates = 0; ///< no x/y recorded
    int withoutCrs = 0;         ///< x/y in no recorded CRS (imported without one)
    int withoutTransform = 0;   ///< recorded in a CRS with no transformation to the map's
    std::optional<core::Error> transformError; ///< why, for the first such CRS
    int unrepresentable = 0; ///< transformed, but to no point of the map (out of domain)
    int differing() const;
    int outside() const;
};

/// The plots of the latest revision of `period` located on `layer`: transformed from the CRS
/// recorded with them into the map's (PROJ, network off), their map stratum read as identify
/// reads it, with their tree counts and, when the period's stock is computed, t CO2e/ha.
core::Result<MapPlots> locatePlots(ProjectService& project, const std::string& period,
                                   const MapLayer& layer);

} // namespace tanhui::workflow
