// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/csv.h"

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
    std::vector<std::vector<std::string>> records;
    // The row each record starts on as a spreadsheet shows it: blank lines are rows too, a
    // record with a quoted line break is one row.
    std::vector<std::int64_t> recordRows;
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
        records.push_back(std::move(record));
        recordRows.push_back(row++);
        record.clear();
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
    if (records.empty())
        return Error{ErrorCode::CorruptData, "no header row", source, 1, {}};
    Table table;
    table.source = source;
    table.columns = std::move(records.front());
    for (std::size_t r = 1; r < records.size(); ++r) {
        if (records[r].size() != table.columns.size())
            return Error{ErrorCode::CellCount,
                         std::to_string(records[r].size()) + " cells where the header has " +
                             std::to_string(table.columns.size()),
                         source,
                         recordRows[r],
                         {}};
        table.rows.push_back(std::move(records[r]));
        table.rowNumbers.push_back(recordRows[r]);
    }
    return table;
}

} // namespace tanhui::core
