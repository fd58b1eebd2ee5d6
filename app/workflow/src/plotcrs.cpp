// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "plotcrs.h"

#include <cmath>

#include "tanhui/core/fielddata.h"
#include "tanhui/gis/crscatalogue.h"
#include "tanhui/gis/points.h"
#include "tanhui/workflow/jobcontext.h"

namespace tanhui::workflow {

namespace {

bool hasCoordinates(const core::Plot& p)
{
    return !std::isnan(p.x) && !std::isnan(p.y);
}

} // namespace

bool anyCoordinates(const std::vector<core::Plot>& plots)
{
    for (const core::Plot& p : plots)
        if (hasCoordinates(p))
            return true;
    return false;
}

std::string recordedCrs(const std::string& wkt)
{
    if (wkt.empty())
        return {};
    const std::string code = gis::crsCode(wkt);
    return code.empty() ? wkt : code;
}

core::Result<std::string> plotTableCrs(const core::Table& plots,
                                       const std::vector<std::string>& fileColumns,
                                       const std::string& crs, JobContext& context)
{
    const auto x = core::findField(plots, core::kPlotFields, "easting");
    const auto y = core::findField(plots, core::kPlotFields, "northing");
    if (!x || !y)
        return std::string();
    bool assumed = false;
    auto wkt = gis::coordinatesCrs(plots.source, fileColumns[*x], fileColumns[*y], crs, assumed);
    if (wkt && assumed)
        context.notify({NoticeCode::CrsAssumed, fileColumns[*x] + ", " + fileColumns[*y], {}, 0});
    return wkt;
}

void recordCrs(std::vector<core::Plot>& plots, const std::string& crs, JobContext& context)
{
    std::int64_t unknown = 0;
    for (core::Plot& p : plots) {
        if (!hasCoordinates(p))
            continue;
        p.crs = crs;
        unknown += crs.empty();
    }
    if (unknown > 0)
        context.notify({NoticeCode::PlotsCrsUnknown, {}, {}, unknown});
}

} // namespace tanhui::workflow
