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
    });
}

} // namespace tanhui::gis
