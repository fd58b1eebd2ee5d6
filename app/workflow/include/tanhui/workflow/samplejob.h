// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tanhui/core/result.h"
#include "tanhui/core/table.h"
#include "tanhui/workflow/strata.h"

namespace tanhui::workflow {

class JobContext;

/// Where plots are and what the map says there.
struct PointColumns
{
    std::string x; ///< empty: detected (lon/lat, x/y, 经度/纬度 …) or the layer's geometry
    std::string y;
    std::string id;  ///< empty: detected
    std::string crs; ///< "EPSG:4490", WKT or PROJ; empty: the layer's own or WGS 84 for lon/lat
    std::string recordedStratum; ///< column with the stratum recorded in the field
    core::TextEncoding encoding = core::TextEncoding::Detect; ///< of the table's text
};

struct SampleRequest
{
    std::string points;
    PointColumns columns;
    std::string raster; ///< sample this raster, or
    std::string stands; ///< locate in these stand polygons (with strata.rulesPath)
    int band = 1;
    /// The map's strata (RasterRules, AgeGroups or Stands); RasterValues: values only.
    StrataDefinition strata;
};

enum class PointStatus
{
    Value,  ///< on a valid cell, or in a stand
    NoData, ///< on a nodata cell
    Outside ///< outside the raster, or in no stand
};
const char* pointStatusName(PointStatus status);

struct SampledPlot
{
    std::string id;
    std::int64_t sourceRow = 0;
    double x = 0.0, y = 0.0; ///< in the raster's CRS (rasters)
    std::int64_t row = -1, col = -1;
    std::optional<std::int64_t> standRow; ///< file row of the stand (polygons)
    PointStatus status = PointStatus::Outside;
    double value = 0.0;
    std::optional<std::string> stratum; ///< the map's, when strata are defined
    std::string recordedStratum;
    /// Whether the recorded stratum equals the map's (with a recorded column and strata).
    std::optional<bool> agrees;
};

struct Transformation
{
    std::string name;
    double accuracyM = -1.0;
    bool ballpark = false;
};

struct SampleResult
{
    bool polygons = false;
    std::string source; ///< raster or stands
    int band = 1;
    std::string rasterCrs, pointsCrs;
    std::string pointsCrsWkt; ///< the CRS the points were read in
    bool pointsCrsAssumed = false;
    std::optional<Transformation> transformation;
    std::string xColumn, yColumn;
    bool hasStrata = false;   ///< strata were defined
    bool hasRecorded = false; ///< a recorded-stratum column was given
    std::vector<SampledPlot> points;
    int outside = 0, noData = 0, disagreements = 0;
};

/// Locates the points in the raster (transformed with PROJ) or the stands; notices for a
/// ballpark datum shift, an assumed CRS, points outside or on nodata, and disagreements.
core::Result<SampleResult> runSample(const SampleRequest& request, JobContext& context);

} // namespace tanhui::workflow
