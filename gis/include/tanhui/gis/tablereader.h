// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <string>

#include "tanhui/core/result.h"
#include "tanhui/core/table.h"

namespace tanhui::gis {

/// Reads the first layer of a tabular file through OGR: CSV, XLSX, ODS, Shapefile (.dbf
/// attributes), GeoPackage. Every cell comes back as UTF-8 text (numbers are not
/// interpreted here). Text that is not valid UTF-8 is taken to be GBK (CP936), the usual
/// encoding of Chinese Excel exports, and converted; `Table::rowNumbers` hold the row in
/// the file (header = 1) for CSV and spreadsheets.
/// Fails with FileNotFound, UnsupportedFormat, or CorruptData. Thread-safe.
core::Result<core::Table> readTable(const std::string& path);

} // namespace tanhui::gis
