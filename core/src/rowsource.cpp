// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/rowsource.h"

#include <iterator>

namespace tanhui::core {

TableRows::TableRows(Table table)
    : m_rows(std::move(table.rows))
    , m_numbers(std::move(table.rowNumbers))
{
    table.rows.clear();
    table.rowNumbers.clear();
    m_header = std::move(table);
}

Result<bool> TableRows::next(SourceRow& row)
{
    row.problem.reset();
    if (m_next >= m_rows.size())
        return false;
    row.cells = std::move(m_rows[m_next]);
    row.number = m_next < m_numbers.size() ? m_numbers[m_next] : std::int64_t(m_next) + 2;
    ++m_next;
    return true;
}

Result<Table> readAllRows(RowSource& rows)
{
    Table table = rows.header();
    SourceRow row;
    std::optional<Error> shape; // the first record that is not a row
    while (true) {
        const auto more = rows.next(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (row.problem) {
            if (!shape)
                shape = row.problem;
            continue;
        }
        // Exactly one cell per column: a vector grown cell by cell holds up to twice that.
        table.rows.emplace_back(std::make_move_iterator(row.cells.begin()),
                                std::make_move_iterator(row.cells.end()));
        table.rowNumbers.push_back(row.number);
    }
    if (shape)
        return *shape;
    return table;
}

} // namespace tanhui::core
