// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "tanhui/core/biomass.h"
#include "tanhui/core/result.h"
#include "tanhui/core/rowsource.h"
#include "tanhui/core/table.h"

namespace tanhui::core {

/// Problems of an input, every one counted and the first `kListed` kept with file, row and
/// column: a tally of millions of bad rows is reported without holding millions of messages.
struct Problems
{
    static constexpr std::size_t kListed = 10000;
    std::vector<Error> listed;
    std::int64_t count = 0;

    void add(Error problem)
    {
        ++count;
        if (listed.size() < kListed)
            listed.push_back(std::move(problem));
    }
    bool empty() const { return count == 0; }
};

/// A column of a plot table or tree tally: the field, the header names it is found under
/// (ASCII case ignored; the first is the field's own name), and whether it is required.
struct FieldNames
{
    std::string_view field;
    std::vector<std::string_view> names;
    bool required = false;
};
/// The plot table's fields: plot_id, area_ha or area_m2, stratum, slope_deg, easting,
/// northing — in the order a front end shows them.
extern const std::vector<FieldNames> kPlotFields;
/// The tree tally's fields: plot_id, species, dbh, height, wd, status.
extern const std::vector<FieldNames> kTreeFields;
/// The column of `field` (one of `fields`) in `table`.
std::optional<std::size_t> findField(const Table& table, const std::vector<FieldNames>& fields,
                                     std::string_view field);
Result<std::size_t> requireField(const Table& table, const std::vector<FieldNames>& fields,
                                 std::string_view field);

/// Trees from a tally table: plot_id, species, dbh (cm); optional height (m), wd, status
/// (alive/dead, live/dead, 1/0, 活/死, 生/枯). Chinese headers 样地号, 树种, 胸径, 树高 work too.
/// The first row that does not read as a tree is the Error.
Result<std::vector<Tree>> treesFromTable(const Table& table);

/// Plots from a table: plot_id, area_ha or area_m2; optional stratum, slope_deg and
/// coordinates (easting/x/lon/经度, northing/y/lat/纬度; decimal or degrees minutes seconds).
/// A row that does not read as a plot is the Error, or with `problems` a problem of its row
/// (listed, the row skipped, reading going on).
Result<std::vector<Plot>> plotsFromTable(const Table& table, Problems* problems = nullptr);

/// The trees of a tally read one row at a time (a county's tally is never held whole): the
/// columns are found as treesFromTable finds them, and a row that does not read as a tree is
/// a problem of its row, listed while reading goes on.
class TreeRows
{
public:
    /// Error{MissingColumn} when the tally lacks plot_id, species or dbh.
    static Result<TreeRows> open(RowSource& rows);
    /// The next tree into `tree`; false at the end. Rows that are not trees go to `problems`.
    Result<bool> next(Tree& tree, Problems& problems);
    const std::string& source() const { return m_window.source; }
    RowSource& rows() { return *m_rows; }

    struct Columns
    {
        std::size_t plot = 0, species = 0, dbh = 0;
        std::optional<std::size_t> height, wd, status;
    };

private:
    TreeRows(RowSource& rows, Columns columns);
    RowSource* m_rows;
    Columns m_columns;
    Table m_window; ///< the header and the one row being read, for cell errors
    SourceRow m_row;
};

} // namespace tanhui::core
