// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/csv.h"

#include <optional>
#include <vector>

namespace tanhui::core {

std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"\n\r") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string csvText(const Table& table)
{
    std::string out;
    auto line = [&out](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i)
                out += ',';
            out += csvField(cells[i]);
        }
        out += '\n';
    };
    line(table.columns);
    for (const std::vector<std::string>& row : table.rows)
        line(row);
    return out;
}

Result<Table> tableFromCsvText(std::string_view text, const std::string& source)
{
    // Records go straight into the table (the first is the header): a million-row tally is
    // held once. The row of a record is the one a spreadsheet shows: blank lines are rows too,
    // a record with a quoted line break is one row.
    Table table;
    table.source = source;
    bool header = true;
    std::optional<Error> shape; // the first record with another number of cells
    std::int64_t row = 1;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false;
    bool fieldStarted = false;
    std::size_t i = 0;
    auto endField = [&] {
        record.push_back(std::move(field));
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        if (header) {
            table.columns = std::move(record);
            header = false;
        } else if (record.size() != table.columns.size()) {
            if (!shape)
                shape = Error{ErrorCode::CellCount,
                              std::to_string(record.size()) + " cells where the header has " +
                                  std::to_string(table.columns.size()),
                              source,
                              row,
                              {}};
        } else {
            table.rows.push_back(std::move(record));
            table.rowNumbers.push_back(row);
        }
        ++row;
        // Exactly one cell per column: a growing vector would hold up to twice that per row.
        record = {};
        record.reserve(table.columns.size());
    };
    while (i < text.size()) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                i += 2;
                continue;
            }
            if (c == '"')
                quoted = false;
            else
                field += c;
            ++i;
            continue;
        }
        if (c == '"' && !fieldStarted && field.empty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            endField();
        } else if (c == '\n' || (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
            if (c == '\r')
                ++i;
            if (record.empty() && !fieldStarted) { // a blank line
                ++i;
                ++row;
            } else {
                endRecord();
                ++i;
            }
            continue;
        } else {
            field += c;
            fieldStarted = true;
        }
        ++i;
    }
    if (quoted)
        return Error{ErrorCode::CorruptData, "a quoted field is not closed", source, row, {}};
    if (fieldStarted || !field.empty() || !record.empty())
        endRecord();
    if (header)
        return Error{ErrorCode::CorruptData, "no header row", source, 1, {}};
    if (shape)
        return *shape;
    return table;
}

} // namespace tanhui::core
