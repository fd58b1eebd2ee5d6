// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tanhui/core/result.h"
#include "tanhui/core/table.h"

namespace tanhui::core {

/// One data row of a table read row by row.
struct SourceRow
{
    std::vector<std::string> cells; ///< one per column of the header
    std::int64_t number = 0;        ///< the row a spreadsheet shows (header = 1)
    /// Set when the record does not read as a row (another number of cells than the header);
    /// `cells` then holds nothing to use, and reading goes on with the next record.
    std::optional<Error> problem;
};

/// A table read one row at a time, so that an input of any size (a county's tree tally) is
/// held one row at a time: the header first, then each data row. The CSV reader (core) and
/// the spreadsheet and attribute-table readers (gis) implement it.
class RowSource
{
public:
    virtual ~RowSource() = default;
    /// The header, file name and encoding, as a Table without rows (for finding columns and
    /// naming the file in messages).
    virtual const Table& header() const = 0;
    /// Reads the next row into `row`; false at the end. An Error means the file cannot be read
    /// on (a read error, a quoted field never closed).
    virtual Result<bool> next(SourceRow& row) = 0;
    /// How far reading has come, for progress: units read (bytes or rows) and their total.
    virtual std::int64_t done() const = 0;
    virtual std::int64_t total() const = 0;
};

/// The rows of a table held whole, as a RowSource (moved out one at a time as they are read).
class TableRows final : public RowSource
{
public:
    explicit TableRows(Table table);
    const Table& header() const override { return m_header; }
    Result<bool> next(SourceRow& row) override;
    std::int64_t done() const override { return std::int64_t(m_next); }
    std::int64_t total() const override { return std::int64_t(m_rows.size()); }

private:
    std::vector<std::vector<std::string>> m_rows;
    std::vector<std::int64_t> m_numbers;
    Table m_header;
    std::size_t m_next = 0;
};

/// Every row of `rows` into one Table; the first row that does not read as one is the Error.
Result<Table> readAllRows(RowSource& rows);

} // namespace tanhui::core
