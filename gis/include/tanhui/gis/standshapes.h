// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "tanhui/core/result.h"

namespace tanhui::gis {

/// Stand polygons (小班), or a project boundary's, held for a map: each feature's geometry, in file
/// order (the order readStands gives their attributes), burnt into the windows of views and looked
/// up at a point. Immutable once read, so that render jobs on several threads share it.
class StandShapes
{
public:
    /// The (multi)polygons of the first layer of `path`; CrsMissing without a CRS,
    /// InvalidArgument for a feature that is not a polygon. With `toCrs` (WKT) they are
    /// transformed into it (PROJ, as boundaryMask transforms a boundary): CrsMismatch when
    /// they cannot be.
    static core::Result<std::shared_ptr<const StandShapes>> read(const std::string& path,
                                                                 const std::string& toCrs = {});
    ~StandShapes();

    int size() const;
    /// min x, min y, max x, max y of every stand, in the layer's CRS.
    const std::array<double, 4>& extent() const;
    const std::string& crsWkt() const;
    const std::string& crsName() const;
    bool geographic() const;
    /// The mean area of a stand in the CRS's units² (planar: for how big stands are drawn).
    double meanArea() const;

    /// Into `stands` (width × height, row by row from the top) the 1-based position of the
    /// stand whose polygon holds each output pixel's centre, 0 for none, over the window whose
    /// GDAL geotransform is `geoTransform`. Where stands overlap, the first in the file wins,
    /// as at(). Cancelled (Error Cancelled) when `goOn` says no.
    core::Result<void> burn(const std::array<double, 6>& geoTransform, int width, int height,
                            std::vector<std::int32_t>& stands,
                            const std::function<bool()>& goOn) const;
    /// The position of the first stand that holds (x, y) (OGR's intersection, as
    /// locateInStands decides), −1 for none.
    int at(double x, double y) const;

private:
    struct Impl;
    explicit StandShapes(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace tanhui::gis
