// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/gis/gisruntime.h"

#include <cstdlib>
#include <mutex>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>

namespace tanhui::gis {

void ensureGisRuntime()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Results must not depend on grids fetched over a network the user may not have.
        if (!std::getenv("PROJ_NETWORK"))
            CPLSetConfigOption("PROJ_NETWORK", "OFF");
        // Errors are returned as values with CPLGetLastErrorMsg(); don't print them too.
        CPLSetErrorHandler(CPLQuietErrorHandler);
        GDALAllRegister();
        // GDAL's block cache defaults to 5 % of the RAM (1.2 GB on 24 GB): the map reads
        // windows at the screen's size and the areas job every block once, so 192 MB holds all
        // either reads again, unless the user sets GDAL_CACHEMAX.
        constexpr GIntBig kCache = GIntBig(192) << 20;
        if (!std::getenv("GDAL_CACHEMAX") && GDALGetCacheMax64() > kCache)
            GDALSetCacheMax64(kCache);
    });
}

} // namespace tanhui::gis
