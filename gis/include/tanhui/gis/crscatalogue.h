// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <string>
#include <vector>

namespace tanhui::gis {

/// A coordinate reference system field plots are surveyed in, as PROJ's database names it.
struct CrsEntry
{
    std::string code; ///< "EPSG:4527"
    std::string name; ///< "CGCS2000 / 3-degree Gauss-Kruger zone 39"
    bool geographic = false;
    /// Its eastings carry the zone number in front (false easting NN 500 000 m, 8 digits), as
    /// the Gauss–Krüger "zone" systems do; the "CM" systems and UTM do not (6 digits).
    bool zonePrefixed = false;
};

/// The systems of Chinese forest surveys and their usual companions, from PROJ's database
/// (not deprecated): WGS 84 and its UTM zones over China, CGCS2000, Beijing 1954, New Beijing
/// and Xian 1980, geographic and Gauss–Krüger (zone and CM forms). Sorted by code.
std::vector<CrsEntry> surveyCrsCatalogue();

/// "EPSG:4527" for a CRS given as WKT: its own identifier, or else the one PROJ identifies it
/// with at 100 % confidence; empty when neither (or the WKT does not parse).
std::string crsCode(const std::string& wkt);

} // namespace tanhui::gis
