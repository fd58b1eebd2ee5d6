// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// Private to gis: the first layer of a vector file, as stands, points and maps read it.

#include <string>

#include "tanhui/core/result.h"

#include "gdalhandles.h"

namespace tanhui::gis::detail {

struct VectorLayer
{
    DatasetPtr dataset; ///< owns the layer
    OGRLayerH layer = nullptr;
};

/// The first layer of `path`: FileNotFound or FileUnreadable for no readable file,
/// UnsupportedFormat (GDAL's message) for one OGR cannot open or without layers.
core::Result<VectorLayer> openVectorLayer(const std::string& path);

} // namespace tanhui::gis::detail
