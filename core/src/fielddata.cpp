// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// Field data from tables: plots whole, trees whole or one row at a time.
#include "tanhui/core/fielddata.h"

#include "tanhui/core/coordinate.h"

namespace tanhui::core {

const std::vector<FieldNames> kPlotFields = {
    {"plot_id", {"plot_id", "plot", "样地号"}, true},
    {"area_ha", {"area_ha", "plot_area_ha"}, false},
    {"area_m2", {"area_m2", "plot_area_m2"}, false},
    {"stratum", {"stratum", "碳层"}, false},
    {"slope_deg", {"slope_deg", "slope", "坡度"}, false},
    {"easting", {"easting", "x", "lon", "longitude", "经度", "东坐标"}, false},
    {"northing", {"northing", "y", "lat", "latitude", "纬度", "北坐标"}, false},
};

const std::vector<FieldNames> kTreeFields = {
    {"plot_id", {"plot_id", "plot", "样地号"}, true},
    {"species", {"species", "树种"}, true},
    {"dbh", {"dbh", "dbh_cm", "d", "胸径"}, true},
    {"height", {"height", "height_m", "h", "树高"}, false},
    {"wd", {"wd", "wood_density"}, false},
    {"status", {"status", "状态"}, false},
};

namespace {

// Null for a field the list does not have: a misspelt field is never read as another.
const FieldNames* fieldNames(const std::vector<FieldNames>& fields, std::string_view field)
{
    for (const FieldNames& f : fields)
        if (f.field == field)
            return &f;
    return nullptr;
}

} // namespace

std::optional<std::size_t> findField(const Table& t, const std::vector<FieldNames>& fields,
                                     std::string_view field)
{
    const FieldNames* f = fieldNames(fields, field);
    return f ? t.findColumn(f->names) : std::nullopt;
}

Result<std::size_t> requireField(const Table& t, const std::vector<FieldNames>& fields,
                                 std::string_view field)
{
    const FieldNames* f = fieldNames(fields, field);
    if (!f)
        return Error{ErrorCode::InvalidArgument, "no field \"" + std::string(field) + "\" is known",
                     t.source, 0, std::string(field)};
    return t.requireColumn(f->names);
}

namespace {

Result<TreeRows::Columns> treeColumns(const Table& t)
{
    const auto plot = requireField(t, kTreeFields, "plot_id");
    const auto species = requireField(t, kTreeFields, "species");
    const auto dbh = requireField(t, kTreeFields, "dbh");
    for (const auto& c : {plot, species, dbh})
        if (!c)
            return c.error();
    return TreeRows::Columns{*plot,
                             *species,
                             *dbh,
                             findField(t, kTreeFields, "height"),
                             findField(t, kTreeFields, "wd"),
                             findField(t, kTreeFields, "status")};
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

namespace {

struct PlotColumns
{
    std::size_t id = 0;
    std::optional<std::size_t> areaHa, areaM2, stratum, slope, x, y;
};

Result<PlotColumns> plotColumns(const Table& t)
{
    const auto id = requireField(t, kPlotFields, "plot_id");
    if (!id)
        return id.error();
    PlotColumns c{*id,
                  findField(t, kPlotFields, "area_ha"),
                  findField(t, kPlotFields, "area_m2"),
                  findField(t, kPlotFields, "stratum"),
                  findField(t, kPlotFields, "slope_deg"),
                  findField(t, kPlotFields, "easting"),
                  findField(t, kPlotFields, "northing")};
    if (!c.areaHa && !c.areaM2)
        return requireField(t, kPlotFields, "area_ha").error();
    return c;
}

// A coordinate cell that is not a coordinate is a problem of its row, checked here so that
// what the map shows later was read once.
Result<void> coordinate(const Table& t, std::size_t r, std::size_t column, double& out)
{
    if (t.text(r, column).empty())
        return {};
    const auto value = parseCoordinate(t.text(r, column));
    if (!value)
        return t.errorAt(ErrorCode::NotANumber, r, column,
                         "a coordinate was expected (decimal, or degrees minutes seconds), got \"" +
                             t.text(r, column) + "\"");
    out = *value;
    return {};
}

Result<Plot> plotAt(const Table& t, const PlotColumns& c, std::size_t r)
{
    Plot p;
    p.sourceRow = t.rowNumbers[r];
    p.plotId = t.text(r, c.id);
    p.stratum = c.stratum ? t.text(r, *c.stratum) : std::string();
    const std::size_t areaColumn = c.areaHa ? *c.areaHa : *c.areaM2;
    const auto area = t.number(r, areaColumn);
    if (!area)
        return area.error();
    p.areaHa = c.areaHa ? *area : *area / 10000.0;
    if (!(p.areaHa > 0.0))
        return t.errorAt(ErrorCode::OutOfRange, r, areaColumn, "plot area must be positive");
    if (c.slope && !t.text(r, *c.slope).empty()) {
        const auto s = t.number(r, *c.slope);
        if (!s)
            return s.error();
        if (!(*s >= 0.0 && *s < 90.0))
            return t.errorAt(ErrorCode::OutOfRange, r, *c.slope,
                             "slope must be in [0, 90) degrees");
        p.slopeDeg = *s;
    }
    if (c.x && c.y) {
        if (auto ok = coordinate(t, r, *c.x, p.x); !ok)
            return ok.error();
        if (auto ok = coordinate(t, r, *c.y, p.y); !ok)
            return ok.error();
    }
    return p;
}

} // namespace

Result<std::vector<Plot>> plotsFromTable(const Table& t, Problems* problems)
{
    const auto columns = plotColumns(t);
    if (!columns)
        return columns.error();
    std::vector<Plot> plots;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        auto plot = plotAt(t, *columns, r);
        if (plot)
            plots.push_back(std::move(plot).value());
        else if (problems)
            problems->add(plot.error());
        else
            return plot.error();
    }
    return plots;
}

} // namespace tanhui::core
