// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <memory>
#include <string>

#include "tanhui/core/result.h"
#include "tanhui/core/rowsource.h"
#include "tanhui/core/table.h"

namespace tanhui::gis {

/// Reads a tabular file whole: CSV (.csv, .txt) with the project's RFC 4180 reader; XLSX,
/// ODS, Shapefile (.dbf attributes), GeoPackage through OGR (its first layer). Every cell
/// comes back as UTF-8 text (numbers are not interpreted here). A file that is not valid
/// UTF-8 is taken to be GB18030 (a superset of GBK/CP936, the usual encoding of Chinese Excel
/// exports) and converted, unless `encoding` says otherwise; `Table::rowNumbers` hold the row in
/// the file (header = 1) for CSV and spreadsheets. A column named twice is an Error{DuplicateId}.
/// Fails with FileNotFound, UnsupportedFormat, CorruptData, CellCount (the first record that is not
/// a row). Thread-safe.
core::Result<core::Table> readTable(const std::string& path,
                                    core::TextEncoding encoding = core::TextEncoding::Detect);

/// The same table read one row at a time: a CSV is read in blocks, so that a tally of any
/// size is held one row at a time (a record that is not a row is a problem of its row, and
/// reading goes on); spreadsheets and attribute tables are read whole by their GDAL drivers
/// and handed out row by row.
core::Result<std::unique_ptr<core::RowSource>>
openTableRows(const std::string& path, core::TextEncoding encoding = core::TextEncoding::Detect);

} // namespace tanhui::gis
