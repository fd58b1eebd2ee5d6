// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QJsonObject>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tanhui/core/result.h"
#include "tanhui/core/units.h"
#include "tanhui/workflow/strata.h"

namespace tanhui::workflow {

class JobContext;

/// Area per stratum of a stand raster (with stacked rasters and a boundary) or of stand
/// polygons.
struct AreasRequest
{
    std::string raster; ///< the stand (or age) raster; empty with `stands`
    int band = 1;
    std::string stands; ///< stand polygons (Shapefile, GeoPackage) instead of a raster
    StrataDefinition strata;
    std::string boundary; ///< project boundary polygons: only cells whose centre is inside
    bool reprojectBoundary = false;
    int threads = 0; ///< 0: all cores
};

/// A file the job read, with what it was for (recorded as a layer by stratify).
struct LayerRead
{
    std::string path;
    std::string kind; ///< raster, polygons, boundary
    std::string role; ///< age, species-group, origin, stands, boundary
    std::string crsWkt;
};

struct StratumAreaRow
{
    std::string stratum;
    std::optional<double> value; ///< the cell value, when every value is a stratum
    std::int64_t units = 0;      ///< pixels, or stands for polygons
    core::Hectares area;
};

struct AreasResult
{
    bool polygons = false;
    std::string source; ///< raster or stands path
    int band = 1;
    std::string crsName, crsWkt;
    std::optional<int> epsg;
    bool geographic = false;
    std::array<double, 2> pixelSize{}; ///< dx, dy (rasters)
    std::string areaMethod;
    std::string attributeEncoding;             ///< stands
    QJsonObject ageGroups;                     ///< age-group provenance, empty when not used
    std::optional<std::int64_t> boundaryCells; ///< cells inside the boundary, when given
    std::string boundary;
    bool boundaryReprojected = false;
    std::vector<StratumAreaRow> strata;
    std::int64_t noDataPixels = 0;
    core::Hectares noDataArea;
    std::int64_t unclassified = 0; ///< pixels or stands no stratum took
    core::Hectares unclassifiedArea;
    core::Hectares total;
    std::vector<LayerRead> layers;
};

/// Runs the request: rasters streamed on worker threads with progress (Phase::Stratifying,
/// blocks) and cancel (Error Cancelled); notices for unclassified stands and age-group rows
/// that are not CONFIRMED.
core::Result<AreasResult> runAreas(const AreasRequest& request, JobContext& context);

} // namespace tanhui::workflow
