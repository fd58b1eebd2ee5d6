// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cstdint>
#include <string>

namespace tanhui::workflow {

/// Something a user (and a verifier) must be told about a job that did not fail: a stable
/// code that app/base/noticetext turns into a sentence, with its particulars as data.
enum class NoticeCode
{
    ParameterNotConfirmed,   ///< subject: species key; detail: "STATUS: source"
    AgeGroupRowNotConfirmed, ///< subject: "group/origin"; detail: "STATUS: source"
    TreesOutsideRange,       ///< count: trees outside their equation's DBH/height range
    BallparkTransformation,  ///< subject: "from CRS → to CRS"; detail: PROJ's operation
    CrsAssumed,              ///< subject: "x column, y column" taken as WGS 84 lon/lat
    PointsOutsideRaster,     ///< count
    PointsOnNoData,          ///< count
    PointsOutsideStands,     ///< count
    StratumDiffersFromMap,   ///< count; subject: the first plot (or point) id
    PlotsOutsideStrata,      ///< count of plots placed by location that fall in no stratum
    PlotsPlacedByLocation,   ///< count of plots without a recorded stratum given the map's
    UnclassifiedStands,      ///< count of stands no rule took
    AgesBeyondPlausible,     ///< count of cells; subject: raster; detail: the limit (years)
    ConservativeBelowZero,   ///< subject: period; detail: the conservative value (t CO2e)
    ZeroAreaStrata,          ///< count of strata of 0 ha; subject: the first
    PlotsCrsUnknown,         ///< count of plots with coordinates in no CRS given
};

/// Stable untranslated identifier ("parameter-not-confirmed"), for JSON, logs and tests.
const char* noticeCodeName(NoticeCode code);

struct Notice
{
    NoticeCode code = NoticeCode::ParameterNotConfirmed;
    std::string subject;
    std::string detail;
    std::int64_t count = 0;
};

} // namespace tanhui::workflow
