// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tanhui/core/result.h"

namespace tanhui::gis {

/// What a stand raster is, read from its header without touching pixel data.
struct RasterInfo
{
    std::string path;
    std::string driver; ///< GDAL short driver name, e.g. "GTiff"
    int width = 0;      ///< columns
    int height = 0;     ///< rows
    int bandCount = 0;
    int blockWidth = 0; ///< natural block size of band 1
    int blockHeight = 0;
    std::string dataType;         ///< GDAL data type name of band 1, e.g. "Byte"
    std::optional<double> noData; ///< nodata value of band 1, if set
    /// Affine transform, GDAL order: x0, dx, rx, y0, ry, dy (CRS units).
    std::array<double, 6> geoTransform{};
    std::string crsWkt;      ///< WKT2 of the CRS; empty when the raster has none
    std::string crsName;     ///< e.g. "WGS 84 / UTM zone 22N"
    std::optional<int> epsg; ///< EPSG code when the CRS is identified by one
    bool isGeographic = false;
};

/// Reads `path` (UTF-8). Fails with FileNotFound, UnsupportedFormat (GDAL cannot open it),
/// or CorruptData; detail carries GDAL's message. Thread-safe: opens its own handle.
core::Result<RasterInfo> readRasterInfo(const std::string& path);

/// Writes a single-band Byte GeoTIFF (tiled, DEFLATE) of `width` × `height` cells, row-major
/// `cells`, with the geotransform, CRS (e.g. "EPSG:4527") and nodata value given. For demo
/// data and tests; fails with FileUnreadable when the file cannot be written.
core::Result<void> writeByteRaster(const std::string& path, int width, int height,
                                   const std::array<double, 6>& geoTransform,
                                   const std::string& crs, std::uint8_t noData,
                                   const std::vector<std::uint8_t>& cells);

/// Versions of the GDAL and PROJ libraries in use, e.g. "3.6.2".
std::string gdalVersion();
std::string projVersion();

} // namespace tanhui::gis
