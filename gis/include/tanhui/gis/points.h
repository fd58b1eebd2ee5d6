// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "tanhui/core/result.h"
#include "tanhui/core/table.h"
#include "tanhui/gis/rasterinfo.h"

namespace tanhui::gis {

struct PointOptions
{
    std::string xColumn; ///< empty: the layer's point geometry, or a detected column
    std::string yColumn;
    std::string idColumn;  ///< empty: a detected id column (plot_id, id, 样地号…) or the row
    std::string sourceCrs; ///< "EPSG:4490", WKT or PROJ string; empty: the layer's own
    std::string stratumColumn; ///< optional: the stratum recorded in the field for each point
    core::TextEncoding encoding = core::TextEncoding::Detect; ///< of a table's text
};

struct SourcePoint
{
    std::string id;
    double x = 0.0;
    double y = 0.0;
    std::int64_t sourceRow = 0;  ///< file row (header = 1) or feature number
    std::string recordedStratum; ///< from PointOptions::stratumColumn
};

struct PointSet
{
    std::string source;
    std::vector<SourcePoint> points;
    std::string crsWkt;
    std::string crsName;
    bool crsAssumed = false;      ///< WGS 84 assumed for lon/lat columns without a CRS
    std::string xColumn, yColumn; ///< what was used ("geometry" for a point layer)
};

/// Reads points from CSV/XLSX (coordinate columns detected — lon/lat, longitude/latitude,
/// x/y, easting/northing, 经度/纬度 — or named, decimal or DMS text), or from a point layer
/// (Shapefile, GeoPackage). A coordinate cell that is not a coordinate is an error naming
/// file, row and column. Columns named as longitude/latitude without a CRS are taken as
/// WGS 84 (EPSG:4326) and `crsAssumed` says so; x/y columns without a CRS are an error.
core::Result<PointSet> readPoints(const std::string& path, const PointOptions& options);

/// The CRS (as WKT) of coordinates a table of `path` holds in columns named `xColumn` and
/// `yColumn`, as readPoints takes it: `sourceCrs` when given (an unknown one is an error naming
/// column "crs"); else WGS 84 for longitude/latitude columns, with `assumed` set; else empty.
core::Result<std::string> coordinatesCrs(const std::string& path, const std::string& xColumn,
                                         const std::string& yColumn, const std::string& sourceCrs,
                                         bool& assumed);

/// One point looked up in a raster band.
struct SampledPoint
{
    enum class Status
    {
        Value,  ///< inside the raster, on a valid cell
        NoData, ///< on a nodata cell
        Outside ///< outside the raster's extent
    };
    std::string id;
    std::int64_t sourceRow = 0;
    std::string recordedStratum;
    double x = 0.0; ///< in the raster's CRS
    double y = 0.0;
    std::int64_t row = -1;
    std::int64_t col = -1;
    Status status = Status::Outside;
    double value = 0.0;
};

/// The coordinate operation PROJ considers best from one CRS to another (network off), for
/// reports: e.g. a "ballpark" offset of unknown accuracy between Xian 1980 and WGS 84.
struct TransformationInfo
{
    bool needed = false; ///< the CRSs differ
    std::string name;
    double accuracyM = -1; ///< −1 when unknown
    bool ballpark = false; ///< no published parameters: datums treated as identical
};
TransformationInfo describeTransformation(const std::string& fromWkt, const std::string& toWkt);

/// Transforms `points` to the raster's CRS (PROJ, network off, lon/lat order for geographic
/// CRSs) and reads band `band` at each. Fails with CrsMissing when either side has no CRS.
core::Result<std::vector<SampledPoint>> samplePoints(const RasterInfo& raster, int band,
                                                     const PointSet& points);

} // namespace tanhui::gis
