// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// Field data from tables: plots whole, trees whole or one row at a time.
#include "tanhui/core/fielddata.h"

#include "tanhui/core/coordinate.h"

namespace tanhui::core {

namespace {

Result<TreeRows::Columns> treeColumns(const Table& t)
{
    const auto plot = t.requireColumn({"plot_id", "plot", "样地号"});
    const auto species = t.requireColumn({"species", "树种"});
    const auto dbh = t.requireColumn({"dbh", "dbh_cm", "d", "胸径"});
    for (const auto& c : {plot, species, dbh})
        if (!c)
            return c.error();
    return TreeRows::Columns{*plot,
                             *species,
                             *dbh,
                             t.findColumn({"height", "height_m", "h", "树高"}),
                             t.findColumn({"wd", "wood_density"}),
                             t.findColumn({"status", "状态"})};
}

// The tree of data row `r` of `t`; a cell that does not read is the Error (file, row, column).
Result<Tree> treeAt(const Table& t, const TreeRows::Columns& c, std::size_t r)
{
    Tree tree;
    tree.sourceRow = t.rowNumbers[r];
    tree.plotId = t.text(r, c.plot);
    tree.species = t.text(r, c.species);
    const auto d = t.number(r, c.dbh);
    if (!d)
        return d.error();
    tree.dbhCm = *d;
    for (const auto& [column, target] :
         {std::pair{c.height, &tree.heightM}, {c.wd, &tree.woodDensity}}) {
        if (!column || t.text(r, *column).empty())
            continue;
        const auto v = t.number(r, *column);
        if (!v)
            return v.error();
        *target = *v;
    }
    if (c.status) {
        const std::string s = t.text(r, *c.status);
        if (s == "dead" || s == "Dead" || s == "DEAD" || s == "0" || s == "死" || s == "枯" ||
            s == "枯死")
            tree.alive = false;
        else if (!(s.empty() || s == "alive" || s == "live" || s == "Alive" || s == "Live" ||
                   s == "1" || s == "活" || s == "生"))
            return t.errorAt(ErrorCode::InvalidArgument, r, *c.status,
                             "status must be alive or dead, got \"" + s + "\"");
    }
    return tree;
}

} // namespace

Result<std::vector<Tree>> treesFromTable(const Table& t)
{
    const auto columns = treeColumns(t);
    if (!columns)
        return columns.error();
    std::vector<Tree> trees;
    trees.reserve(t.rows.size());
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        auto tree = treeAt(t, *columns, r);
        if (!tree)
            return tree.error();
        trees.push_back(std::move(tree).value());
    }
    return trees;
}

Result<TreeRows> TreeRows::open(RowSource& rows)
{
    const auto columns = treeColumns(rows.header());
    if (!columns)
        return columns.error();
    return TreeRows(rows, *columns);
}

TreeRows::TreeRows(RowSource& rows, Columns columns)
    : m_rows(&rows)
    , m_columns(columns)
    , m_window(rows.header())
{
    m_window.rows.resize(1);
    m_window.rowNumbers.resize(1);
}

Result<bool> TreeRows::next(Tree& tree, Problems& problems)
{
    while (true) {
        const auto more = m_rows->next(m_row);
        if (!more || !*more)
            return more;
        if (m_row.problem) {
            problems.add(*m_row.problem);
            continue;
        }
        // The row's cells are swapped in and out, so that neither side allocates per row.
        std::swap(m_window.rows[0], m_row.cells);
        m_window.rowNumbers[0] = m_row.number;
        auto read = treeAt(m_window, m_columns, 0);
        std::swap(m_window.rows[0], m_row.cells);
        if (read) {
            tree = std::move(read).value();
            return true;
        }
        problems.add(read.error());
    }
}

Result<std::vector<Plot>> plotsFromTable(const Table& t)
{
    const auto id = t.requireColumn({"plot_id", "plot", "样地号"});
    if (!id)
        return id.error();
    const auto areaHa = t.findColumn({"area_ha", "plot_area_ha"});
    const auto areaM2 = t.findColumn({"area_m2", "plot_area_m2"});
    if (!areaHa && !areaM2)
        return t.requireColumn({"area_ha"}).error();
    const auto stratum = t.findColumn({"stratum", "碳层"});
    const auto slope = t.findColumn({"slope_deg", "slope", "坡度"});
    const auto x = t.findColumn({"x", "easting", "lon", "longitude", "经度", "东坐标"});
    const auto y = t.findColumn({"y", "northing", "lat", "latitude", "纬度", "北坐标"});
    // A coordinate cell that is not a coordinate is a problem of its row, checked here so that
    // what the map shows later was read once.
    auto coordinate = [&t](std::size_t r, const std::optional<std::size_t>& column,
                           double& out) -> Result<void> {
        if (!column || t.text(r, *column).empty())
            return {};
        const auto value = parseCoordinate(t.text(r, *column));
        if (!value)
            return t.errorAt(ErrorCode::NotANumber, r, *column,
                             "a coordinate was expected (decimal, or degrees minutes seconds), "
                             "got \"" +
                                 t.text(r, *column) + "\"");
        out = *value;
        return {};
    };
    std::vector<Plot> plots;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        Plot p;
        p.sourceRow = t.rowNumbers[r];
        p.plotId = t.text(r, *id);
        p.stratum = stratum ? t.text(r, *stratum) : std::string();
        const auto area = t.number(r, areaHa ? *areaHa : *areaM2);
        if (!area)
            return area.error();
        p.areaHa = areaHa ? *area : *area / 10000.0;
        if (!(p.areaHa > 0.0))
            return t.errorAt(ErrorCode::OutOfRange, r, areaHa ? *areaHa : *areaM2,
                             "plot area must be positive");
        if (slope && !t.text(r, *slope).empty()) {
            const auto s = t.number(r, *slope);
            if (!s)
                return s.error();
            if (!(*s >= 0.0 && *s < 90.0))
                return t.errorAt(ErrorCode::OutOfRange, r, *slope,
                                 "slope must be in [0, 90) degrees");
            p.slopeDeg = *s;
        }
        if (x && y) {
            if (auto ok = coordinate(r, x, p.x); !ok)
                return ok.error();
            if (auto ok = coordinate(r, y, p.y); !ok)
                return ok.error();
        }
        plots.push_back(std::move(p));
    }
    return plots;
}

} // namespace tanhui::core
