// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// Results as JSON: what tanhui-cli prints and what a project keeps as provenance. Keys are
// stable API (English, snake_case); numbers keep round-trip precision; NaN becomes null.

#include <QJsonObject>
#include <QJsonValue>

#include "tanhui/core/result.h"
#include "tanhui/core/stockchange.h"
#include "tanhui/core/stratifiedestimate.h"
#include "tanhui/workflow/areasjob.h"

namespace tanhui::workflow {

/// A number as JSON: finite values as numbers, NaN and infinities as null.
QJsonValue jsonNumber(double value);

/// {"strata": [{stratum, n, mean, sd, se, area_ha, weight, total}], "overall": {...}}
QJsonObject estimateJson(const core::StratifiedEstimate& estimate);

/// {change, uncertainty_pct, discount_pct, conservative_change, years, annual_change,
///  conservative_annual_change}
QJsonObject changeJson(const core::StockChange& change);

/// A raster's {raster, band, crs, pixel_size, area_method, age_groups, boundary, strata,
/// nodata…, unclassified…, total…}, or stand polygons' {stands, crs, attribute_encoding,
/// area_method, strata, unclassified_stands, …}.
QJsonObject areasJson(const AreasResult& result);

/// What a raster is, from its header: {path, driver, width, height, bands, block_width,
/// block_height, data_type, geotransform, crs_name, crs_geographic, crs_wkt, epsg, nodata}.
core::Result<QJsonObject> rasterInfoJson(const std::string& path);

} // namespace tanhui::workflow
