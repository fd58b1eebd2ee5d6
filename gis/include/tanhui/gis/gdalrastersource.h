// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "tanhui/core/rastersource.h"
#include "tanhui/core/result.h"
#include "tanhui/gis/rasterinfo.h"

namespace tanhui::gis {

/// One band of a GDAL raster as a core::RasterSource. Each reader opens its own dataset
/// handle, so readers can work on different threads. Byte and UInt16 bands are read in
/// their own type with GDALReadBlock; Int16/Int32 are widened to Int32 and the rest to
/// Float64 through RasterIO. A band with an explicit mask (alpha band, .msk file, internal
/// mask) is read as Float64 with masked cells set to NaN, so they count as nodata.
class GdalRasterSource : public core::RasterSource
{
public:
    /// Opens `path`, band `band` (1-based). Fails like readRasterInfo, or with OutOfRange
    /// for a band that does not exist. `blockWidth`/`blockHeight` > 0 impose a block size
    /// (read through RasterIO) so that rasters stored differently can be streamed together.
    static core::Result<std::unique_ptr<GdalRasterSource>>
    open(const std::string& path, int band, int blockWidth = 0, int blockHeight = 0);

    core::RasterGrid grid() const override;
    core::PixelType pixelType() const override { return m_type; }
    std::optional<double> noData() const override { return m_info.noData; }
    core::Result<std::unique_ptr<core::RasterBlockReader>> openReader() const override;

    const RasterInfo& info() const { return m_info; }
    int band() const { return m_band; }

private:
    GdalRasterSource(RasterInfo info, int band, core::PixelType type, bool native,
                     bool explicitMask);
    RasterInfo m_info;
    int m_band = 1;
    core::PixelType m_type;
    bool m_native = false;       ///< the band's own type is m_type: blocks are read as stored
    bool m_explicitMask = false; ///< a mask band (alpha, .msk) marks invalid cells
};

/// Area of one cell of each row, m², for a north-up raster: |dx·dy| in the CRS's linear unit
/// converted to metres for a projected CRS; for a geographic CRS the ellipsoidal area of the
/// row's cell quadrilateral on the CRS's ellipsoid (PROJ geod_polygonarea). Fails with
/// CrsMissing without a CRS and InvalidArgument for a rotated geographic grid.
struct CellAreas
{
    std::vector<double> rowAreaM2;
    bool geographic = false;
    std::string method; ///< how they were computed, for reports
};
core::Result<CellAreas> cellAreas(const RasterInfo& info);

/// Whether `other` lies on the grid of `reference`: same size, same geotransform (to 1e-9
/// of a cell) and the same CRS. Error{GridMismatch} or Error{CrsMismatch} saying what
/// differs, with both values.
core::Result<void> checkSameGrid(const RasterInfo& reference, const RasterInfo& other);

} // namespace tanhui::gis
