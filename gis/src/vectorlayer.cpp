// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "vectorlayer.h"

#include <cpl_error.h>

#include "tanhui/core/files.h"
#include "tanhui/gis/gisruntime.h"

namespace tanhui::gis::detail {

core::Result<VectorLayer> openVectorLayer(const std::string& path)
{
    ensureGisRuntime();
    if (auto file = core::requireRegularFile(path); !file)
        return file.error();
    VectorLayer v;
    v.dataset.reset(GDALOpenEx(path.c_str(),
                               GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr,
                               nullptr, nullptr));
    if (!v.dataset)
        return core::Error{core::ErrorCode::UnsupportedFormat, CPLGetLastErrorMsg(), path, 0, {}};
    v.layer = GDALDatasetGetLayer(v.dataset.get(), 0);
    if (!v.layer)
        return core::Error{core::ErrorCode::UnsupportedFormat, "no layer", path, 0, {}};
    return v;
}

} // namespace tanhui::gis::detail
