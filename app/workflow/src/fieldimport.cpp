// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/workflow/fieldimport.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "tanhui/core/coordinate.h"
#include "tanhui/core/fielddata.h"
#include "tanhui/gis/crscatalogue.h"
#include "tanhui/workflow/inputs.h"

namespace tanhui::workflow {

namespace {

const std::vector<core::FieldNames>& namesOf(FieldTable table)
{
    return table == FieldTable::Plots ? core::kPlotFields : core::kTreeFields;
}

std::string trimmedText(const std::string& s)
{
    const auto first = s.find_first_not_of(" \t");
    return first == std::string::npos ? std::string()
                                      : s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

// The header as the readers will see it after `choice`, and the rows of the source.
class ChosenColumns final : public core::RowSource
{
public:
    ChosenColumns(std::unique_ptr<core::RowSource> rows, FieldTable table,
                  const ColumnChoice& choice,
                  std::vector<std::pair<std::string, std::string>>* renamed)
        : m_rows(std::move(rows))
        , m_header(m_rows->header())
    {
        auto changes = applyColumnChoice(m_header, table, choice);
        if (renamed)
            *renamed = std::move(changes);
    }
    const core::Table& header() const override { return m_header; }
    core::Result<bool> next(core::SourceRow& row) override { return m_rows->next(row); }
    std::int64_t done() const override { return m_rows->done(); }
    std::int64_t total() const override { return m_rows->total(); }

private:
    std::unique_ptr<core::RowSource> m_rows;
    core::Table m_header;
};

// The middle value of the column's coordinates in the preview; none when it has none.
std::optional<double> median(const TablePreview& p, const std::string& column)
{
    const auto it = std::find(p.header.begin(), p.header.end(), column);
    if (column.empty() || it == p.header.end())
        return std::nullopt;
    const auto c = std::size_t(it - p.header.begin());
    std::vector<double> values;
    for (const auto& row : p.rows)
        if (c < row.size())
            if (const auto v = core::parseCoordinate(trimmedText(row[c])))
                values.push_back(*v);
    if (values.empty())
        return std::nullopt;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(values.size() / 2),
                     values.end());
    return values[values.size() / 2];
}

// The zone of a "… Gauss-Kruger zone NN" CRS.
std::optional<int> zoneOf(const std::string& name)
{
    const auto at = name.rfind("zone ");
    if (at == std::string::npos)
        return std::nullopt;
    try {
        return std::stoi(name.substr(at + 5));
    } catch (...) {
        return std::nullopt;
    }
}

} // namespace

std::vector<FieldInfo> fieldsOf(FieldTable table)
{
    std::vector<FieldInfo> fields;
    for (const core::FieldNames& f : namesOf(table))
        fields.push_back({std::string(f.field), f.required});
    return fields;
}

std::vector<std::pair<std::string, std::string>>
applyColumnChoice(core::Table& header, FieldTable table, const ColumnChoice& choice)
{
    // Chosen by the original names first, then renamed: a column set aside for one field may
    // be the one chosen for another (northing in a column called X).
    std::vector<std::pair<std::string, std::optional<std::size_t>>> chosen;
    for (const auto& [field, column] : choice) {
        // Both trimmed: a choice names the header's cell as the preview showed it, blanks and
        // all, or as a script typed it.
        const std::string wanted = trimmedText(column);
        std::optional<std::size_t> index;
        for (std::size_t i = 0; i < header.columns.size() && !wanted.empty(); ++i)
            if (trimmedText(header.columns[i]) == wanted)
                index = i;
        chosen.emplace_back(field, index);
    }
    auto isChosen = [&chosen](std::size_t i) {
        return std::any_of(chosen.begin(), chosen.end(),
                           [i](const auto& c) { return c.second == i; });
    };
    core::Table original; // the names only: `header` may hold a whole plot table
    original.columns = header.columns;
    for (const auto& [field, index] : chosen)
        for (const core::FieldNames& f : namesOf(table))
            if (f.field == field)
                for (std::size_t i = 0; i < original.columns.size(); ++i)
                    if (!isChosen(i) && original.columnMatches(i, f.names))
                        header.columns[i] = original.columns[i] + " (not used)";
    for (const auto& [field, index] : chosen)
        if (index)
            header.columns[*index] = field;
    std::vector<std::pair<std::string, std::string>> renamed;
    for (std::size_t i = 0; i < original.columns.size(); ++i)
        if (header.columns[i] != original.columns[i])
            renamed.emplace_back(header.columns[i], original.columns[i]);
    return renamed;
}

void nameFileColumns(std::vector<core::Error>& problems, const std::string& file,
                     const std::vector<std::pair<std::string, std::string>>& renamed)
{
    for (core::Error& e : problems)
        if (e.file == file)
            for (const auto& [now, before] : renamed)
                if (e.column == now) {
                    e.column = before;
                    break;
                }
}

std::unique_ptr<core::RowSource>
withColumnChoice(std::unique_ptr<core::RowSource> rows, FieldTable table,
                 const ColumnChoice& choice,
                 std::vector<std::pair<std::string, std::string>>* renamed)
{
    if (choice.empty())
        return rows;
    return std::make_unique<ChosenColumns>(std::move(rows), table, choice, renamed);
}

core::Result<TablePreview> previewTable(const std::string& path, FieldTable table,
                                        core::TextEncoding encoding, std::size_t maxRows)
{
    auto rows = openTableRows(path, encoding);
    if (!rows)
        return rows.error();
    const core::Table& header = (*rows)->header();
    TablePreview p{path, header.columns, {}, {}, header.sourceEncoding, {}};
    core::SourceRow row;
    while (p.rows.size() < maxRows) {
        const auto more = (*rows)->next(row);
        if (!more)
            return more.error();
        if (!*more)
            break;
        p.rows.push_back(row.problem ? std::vector<std::string>(header.columns.size()) : row.cells);
        p.rowNumbers.push_back(row.number);
    }
    for (const core::FieldNames& f : namesOf(table)) {
        const auto column = header.findColumn(f.names);
        p.detected.emplace_back(std::string(f.field),
                                column ? header.columns[*column] : std::string());
    }
    return p;
}

std::vector<CrsInfo> surveyCrs()
{
    std::vector<CrsInfo> out;
    for (const gis::CrsEntry& e : gis::surveyCrsCatalogue())
        out.push_back({e.code, e.name, e.geographic, e.zonePrefixed});
    return out;
}

std::vector<CoordinateWarning> checkCoordinates(const TablePreview& preview,
                                                const std::string& eastingColumn,
                                                const std::string& northingColumn,
                                                const CrsInfo& crs)
{
    const auto e = median(preview, eastingColumn);
    const auto n = median(preview, northingColumn);
    std::vector<CoordinateWarning> warnings;
    if (!e || !n)
        return warnings;
    if (crs.geographic) {
        // China: longitudes 73–135°, latitudes 3–54°.
        if (std::fabs(*e) <= 55.0 && std::fabs(*n) >= 70.0 && std::fabs(*n) <= 180.0)
            warnings.push_back(CoordinateWarning::LooksSwapped);
        else if (std::fabs(*e) > 180.0 || std::fabs(*n) > 90.0)
            warnings.push_back(CoordinateWarning::NotDegrees);
        return warnings;
    }
    // In China northings have 7 digits (1 800 000 – 6 000 000 m); eastings 6 (500 000 m at the
    // central meridian), or 8 with the zone number in front.
    const bool eastingLikeNorthing = *e >= 1.0e6 && *e < 1.0e7;
    const bool northingLikeEasting = *n < 1.0e6 || *n >= 1.0e7;
    if (eastingLikeNorthing && northingLikeEasting) {
        warnings.push_back(CoordinateWarning::LooksSwapped);
        return warnings;
    }
    if (*e >= 1.0e7 && !crs.zonePrefixed)
        warnings.push_back(CoordinateWarning::PrefixedEastingWithoutZoneCrs);
    else if (*e < 1.0e6 && crs.zonePrefixed)
        warnings.push_back(CoordinateWarning::ZoneCrsWithoutPrefix);
    else if (*e >= 1.0e7 && crs.zonePrefixed)
        if (const auto zone = zoneOf(crs.name); zone && int(*e / 1.0e6) != *zone)
            warnings.push_back(CoordinateWarning::ZoneDiffers);
    return warnings;
}

} // namespace tanhui::workflow
