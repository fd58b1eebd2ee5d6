// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <string>
#include <string_view>

#include "tanhui/core/result.h"
#include "tanhui/core/table.h"

namespace tanhui::core {

/// One CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, quote or
/// line break; as it is otherwise.
std::string csvField(std::string_view text);

/// A table as RFC 4180 CSV text: the header, then one line per row, "\n" line ends. With
/// tableFromCsvText it round-trips exactly (columns, cells and their order).
std::string csvText(const Table& table);

/// Parses RFC 4180 CSV text (UTF-8, "\n" or "\r\n" line ends, quoted fields may hold
/// commas, quotes and line breaks). The first record is the header; rowNumbers are the rows
/// a spreadsheet shows (header = 1, blank lines skipped but counted, a record with a quoted
/// line break one row). A record with another number of cells than the header is an
/// Error{CellCount}, an unterminated quote an Error{CorruptData}, naming `source` and the row.
Result<Table> tableFromCsvText(std::string_view text, const std::string& source);

} // namespace tanhui::core
