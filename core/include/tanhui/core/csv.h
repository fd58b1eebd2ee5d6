// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "tanhui/core/result.h"
#include "tanhui/core/rowsource.h"
#include "tanhui/core/table.h"

namespace tanhui::core {

/// One CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, quote or
/// line break; as it is otherwise.
std::string csvField(std::string_view text);

/// A text field for a file a spreadsheet will open: one that starts as a formula would (=, +,
/// -, @, a tab or a carriage return, as a hostile tally's cell could) gets a leading quote, as
/// OWASP advises for CSV injection; then csvField. Not for numbers, which it would alter.
std::string spreadsheetTextField(std::string_view text);

/// A table as RFC 4180 CSV text: the header, then one line per row, "\n" line ends. With
/// tableFromCsvText it round-trips exactly (columns, cells and their order).
std::string csvText(const Table& table);

/// Parses RFC 4180 CSV text (UTF-8, "\n" or "\r\n" line ends, quoted fields may hold
/// commas, quotes and line breaks). The first record is the header; rowNumbers are the rows
/// a spreadsheet shows (header = 1, blank lines skipped but counted, a record with a quoted
/// line break one row). A record with another number of cells than the header is an
/// Error{CellCount}, an unterminated quote an Error{CorruptData}, naming `source` and the row.
Result<Table> tableFromCsvText(std::string_view text, const std::string& source);

/// RFC 4180 CSV read one record at a time, from a file read in blocks (a million-row tally is
/// never held whole) or from text held whole. Rows are numbered as tableFromCsvText numbers
/// them; a record with another number of cells than the header is a problem of its row
/// (Error{CellCount}) and reading goes on; a UTF-8 byte order mark is skipped.
class CsvReader final : public RowSource
{
public:
    /// Converts a cell (and each header name) to UTF-8, for files in another encoding.
    using Recode = std::function<std::string(const std::string&)>;

    /// Opens `path` and reads its header: Error{FileUnreadable} when it cannot be read,
    /// Error{CorruptData} when it has no header row. `encoding` names what `recode` converts.
    static Result<std::unique_ptr<CsvReader>> open(const std::string& path, Recode recode = {},
                                                   const std::string& encoding = "UTF-8");
    /// Reads `text` (which must outlive the reader); `source` names it in messages.
    static Result<std::unique_ptr<CsvReader>> fromText(std::string_view text,
                                                       const std::string& source);
    ~CsvReader() override;
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    const Table& header() const override { return m_header; }
    Result<bool> next(SourceRow& row) override;
    std::int64_t done() const override { return m_before + std::int64_t(m_pos); }
    std::int64_t total() const override { return m_total; }

private:
    CsvReader() = default;
    Result<void> start();
    /// The next record into `cells`; false at the end of the input.
    Result<bool> record(std::vector<std::string>& cells, std::int64_t& row);
    /// The byte `ahead` bytes past the read position (refilling from the file), -1 past the end.
    int peek(std::size_t ahead = 0);
    bool refill();
    /// Appends bytes up to (not including) the first of `stops` or the end to `field`.
    void appendUntil(std::string& field, std::string_view stops);

    std::FILE* m_file = nullptr;
    std::string m_buffer;
    std::string_view m_data;
    std::size_t m_pos = 0;
    std::int64_t m_before = 0; ///< bytes consumed before m_data
    std::int64_t m_total = 0;
    std::int64_t m_row = 1;
    bool m_readError = false;
    Table m_header;
    Recode m_recode;
};

} // namespace tanhui::core
