// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// What an import wizard needs before the import: a preview of a plot table or tree tally as
// it will be decoded, the columns detected for each field (and the user's choice of them),
// the survey CRS to choose from, and warnings about coordinates that do not fit the CRS.

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "tanhui/core/result.h"
#include "tanhui/core/rowsource.h"
#include "tanhui/core/table.h"

namespace tanhui::workflow {

enum class FieldTable
{
    Plots,
    Trees
};

struct FieldInfo
{
    std::string field; ///< plot_id, area_ha, …, easting, northing; plot_id, species, dbh, …
    bool required = false;
};
/// The fields of a table, in the order a wizard shows them.
std::vector<FieldInfo> fieldsOf(FieldTable table);

/// Field → the file's column ("" for none): what the user chose, or what was detected.
using ColumnChoice = std::vector<std::pair<std::string, std::string>>;

/// How a table is read: its encoding and the column of each field named in `columns` (fields
/// not named are found by their header names, as without a wizard).
struct TableReading
{
    core::TextEncoding encoding = core::TextEncoding::Detect;
    ColumnChoice columns;
};

struct TablePreview
{
    std::string path;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows; ///< the first rows, as decoded
    std::vector<std::int64_t> rowNumbers;       ///< of those rows in the file (header = 1)
    std::string encoding;                       ///< decoded as: UTF-8 or GB18030
    ColumnChoice detected;                      ///< every field with the column found for it
};

/// The first `maxRows` rows of `path` decoded by `encoding`, with the columns detected for
/// `table`'s fields. A CSV is read only that far; spreadsheets and attribute tables whole
/// (their drivers read them so), so run it as a job.
core::Result<TablePreview> previewTable(const std::string& path, FieldTable table,
                                        core::TextEncoding encoding, std::size_t maxRows = 20);

/// `header` with its columns renamed as `choice` says: the chosen column takes the field's
/// name and any other column the field's names would match is set aside, so that the readers
/// find every field where the user put it. Returns each renamed column as (name now, name in
/// the file), so that problems can name the file's column.
std::vector<std::pair<std::string, std::string>>
applyColumnChoice(core::Table& header, FieldTable table, const ColumnChoice& choice);
/// `problems` of `file` with the columns `renamed` named as the file names them.
void nameFileColumns(std::vector<core::Error>& problems, const std::string& file,
                     const std::vector<std::pair<std::string, std::string>>& renamed);
/// The rows of `rows` under the header applyColumnChoice makes; `renamed` receives what it
/// renamed.
std::unique_ptr<core::RowSource>
withColumnChoice(std::unique_ptr<core::RowSource> rows, FieldTable table,
                 const ColumnChoice& choice,
                 std::vector<std::pair<std::string, std::string>>* renamed = nullptr);

struct CrsInfo
{
    std::string code; ///< EPSG:4527
    std::string name;
    bool geographic = false;
    bool zonePrefixed = false; ///< eastings carry the zone number (8 digits)
};
/// The CRS of Chinese surveys (WGS 84, CGCS2000, Beijing 1954, Xian 1980, geographic and
/// Gauss–Krüger), from PROJ's database.
std::vector<CrsInfo> surveyCrs();

enum class CoordinateWarning
{
    PrefixedEastingWithoutZoneCrs, ///< 8-digit eastings, a CRS without the zone prefix
    ZoneCrsWithoutPrefix,          ///< 6-digit eastings, a CRS whose eastings carry the zone
    ZoneDiffers,                   ///< the eastings' zone prefix is not the CRS's zone
    LooksSwapped, ///< the "easting" column holds northings (GK sheets call northing X)
    NotDegrees,   ///< a geographic CRS, values outside longitude/latitude
};
/// What does not fit in the preview's coordinates (the columns chosen for easting and
/// northing) under `crs`.
std::vector<CoordinateWarning> checkCoordinates(const TablePreview& preview,
                                                const std::string& eastingColumn,
                                                const std::string& northingColumn,
                                                const CrsInfo& crs);

} // namespace tanhui::workflow
