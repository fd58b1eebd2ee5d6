// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tanhui/core/result.h"

namespace tanhui::core {

/// How a table's text is decoded: detected (UTF-8, with or without a BOM, when every byte of
/// the file is valid UTF-8, else GB18030), or as chosen.
enum class TextEncoding
{
    Detect,
    Utf8,
    Gb18030,
};

/// A table of text cells as read from a CSV, XLSX or attribute table, before any cell is
/// interpreted. Cells are UTF-8. Readers (gis/) fill it; core parses it into typed records
/// and reports bad cells by file, row and column.
struct Table
{
    std::string source;                         ///< file name, for messages
    std::vector<std::string> columns;           ///< header names, in file order
    std::vector<std::vector<std::string>> rows; ///< one entry per data row, columns.size() cells
    std::vector<std::int64_t> rowNumbers;       ///< file row of each data row (header = 1)
    std::string sourceEncoding = "UTF-8";       ///< encoding the reader converted from

    /// Index of the first column whose name matches one of `names`, ignoring ASCII case
    /// and surrounding blanks; nullopt when none does.
    std::optional<std::size_t> findColumn(std::initializer_list<std::string_view> names) const;
    std::optional<std::size_t> findColumn(const std::vector<std::string_view>& names) const;
    /// Whether column `column`'s name matches one of `names`, as findColumn matches them.
    bool columnMatches(std::size_t column, const std::vector<std::string_view>& names) const;

    /// Like findColumn, but a missing column is an Error{MissingColumn} naming the file and
    /// the first of `names`, with the columns present in the detail.
    Result<std::size_t> requireColumn(std::initializer_list<std::string_view> names) const;
    Result<std::size_t> requireColumn(const std::vector<std::string_view>& names) const;

    /// Cell `column` of data row `row` parsed as a finite number (see parseNumber); an
    /// Error{NotANumber} names file, row and column otherwise.
    Result<double> number(std::size_t row, std::size_t column) const;

    /// Cell text with surrounding blanks removed.
    std::string text(std::size_t row, std::size_t column) const;

    /// An Error located at data row `row` and `column` of this table.
    Error errorAt(ErrorCode code, std::size_t row, std::size_t column, std::string detail) const;
};

/// Parses a decimal number ("12.5", " -3e2 ", "+7"); blanks around it are allowed, nothing
/// else is: no thousands separators, no decimal commas, no units, no NaN or infinity.
std::optional<double> parseNumber(std::string_view text);

} // namespace tanhui::core
