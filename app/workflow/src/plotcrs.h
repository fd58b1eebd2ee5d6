// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// The CRS a plot table's coordinates are in, recorded with the plots at import so that the
// map can draw them where they are.

#include <string>
#include <vector>

#include "tanhui/core/biomass.h"
#include "tanhui/core/result.h"
#include "tanhui/core/table.h"

namespace tanhui::workflow {

class JobContext;

/// Whether any plot has both coordinates.
bool anyCoordinates(const std::vector<core::Plot>& plots);

/// "EPSG:4527" for a CRS PROJ identifies, else its WKT; empty for an empty WKT.
std::string recordedCrs(const std::string& wkt);

/// The WKT of the CRS the coordinates of `plots` (read from the file's columns `fileColumns`)
/// are in, as placement reads them: `crs`, or WGS 84 for longitude/latitude columns (a
/// CrsAssumed notice says so). Empty when no CRS is given; an unknown `crs` is an error.
core::Result<std::string> plotTableCrs(const core::Table& plots,
                                       const std::vector<std::string>& fileColumns,
                                       const std::string& crs, JobContext& context);

/// Gives every plot with coordinates `crs`; when `crs` is empty and some have coordinates, a
/// PlotsCrsUnknown notice counts them (they cannot be drawn on a map).
void recordCrs(std::vector<core::Plot>& plots, const std::string& crs, JobContext& context);

} // namespace tanhui::workflow
