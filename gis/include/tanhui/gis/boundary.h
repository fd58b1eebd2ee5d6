// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <string>

#include "tanhui/core/cellmask.h"
#include "tanhui/core/result.h"
#include "tanhui/gis/rasterinfo.h"

namespace tanhui::gis {

/// The cells of `raster` whose centres lie inside the union of the polygons of `path` (a
/// project boundary). When the boundary's CRS differs from the raster's, this is an
/// Error{CrsMismatch} naming both, unless `reproject` is true (the user chose to transform
/// the boundary to the raster's CRS).
core::Result<core::CellMask> boundaryMask(const std::string& path, const RasterInfo& raster,
                                          bool reproject);

} // namespace tanhui::gis
