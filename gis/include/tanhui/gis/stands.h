// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <string>
#include <vector>

#include "tanhui/core/result.h"
#include "tanhui/core/table.h"

namespace tanhui::gis {

/// Stand polygons (小班) with their attributes and areas.
struct StandLayer
{
    core::Table attributes;           ///< one row per feature, UTF-8 (GBK detected per file)
    std::vector<double> areaM2;       ///< ellipsoidal area of each feature, m²
    std::vector<double> planarAreaM2; ///< area in the layer's own CRS units², for reference
    std::string crsName;
    std::string ellipsoid; ///< e.g. "WGS 84 (a = 6378137, 1/f = 298.257223563)"
};

/// Reads the first layer of a Shapefile or GeoPackage of (multi)polygons. Areas are
/// ellipsoidal: every ring's vertices are taken to geographic coordinates on the layer's
/// own datum and measured with PROJ geod_polygonarea (outer rings minus holes). Fails with
/// CrsMissing without a CRS, InvalidArgument for a feature that is not a polygon.
core::Result<StandLayer> readStands(const std::string& path);

struct PointSet;

/// For every point, the index of the stand (feature, in file order) that contains it, or −1
/// when it lies in none. Points are transformed to the stands' CRS first. Thread-safe.
core::Result<std::vector<int>> locateInStands(const std::string& standsPath,
                                              const PointSet& points);

} // namespace tanhui::gis
