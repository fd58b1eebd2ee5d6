// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tanhui/core/result.h"
#include "tanhui/gis/rasterinfo.h"

namespace tanhui::gis {

/// A rectangle of a raster in its pixel coordinates (column, row from the top-left corner of
/// the top-left pixel); fractional and partly or wholly outside the raster are allowed.
struct PixelRect
{
    double x = 0.0, y = 0.0, width = 0.0, height = 0.0;
};

/// Returns false to cancel; `done` in [0, 1].
using Progress = std::function<bool(double done)>;

/// A window of an integer band of at most 16 bits read in its own type: each value as a code
/// `value + offset` (offset 32768 for Int16, else 0), in `bytes` for a Byte band, else in
/// `words`: only the output pixels [c0, c1) × [r0, r1) that lie on the raster, row by row
/// from the top (GDAL reads a contiguous buffer fastest); the others are outside.
struct CodeWindow
{
    std::vector<std::uint8_t> bytes;  ///< (c1 − c0) × (r1 − r0)
    std::vector<std::uint16_t> words; ///< the same, for UInt16 and Int16
    int c0 = 0, c1 = 0, r0 = 0, r1 = 0;
    int offset = 0;
};

/// Band 1 of a raster read as windows at an output size, for a map: GDAL chooses the overview
/// fitting the output and resamples by nearest neighbour (class codes are never averaged).
/// One reader per thread: each opens its own dataset (GDAL datasets are not thread-safe).
class RasterWindowReader
{
public:
    static core::Result<RasterWindowReader> open(const std::string& path);
    RasterWindowReader(RasterWindowReader&&) noexcept;
    RasterWindowReader& operator=(RasterWindowReader&&) noexcept;
    ~RasterWindowReader();

    const RasterInfo& info() const;
    /// Decimation factors of band 1's overviews, as the free overviewFactors(path) reads them.
    std::vector<int> overviewFactors() const;
    /// `window` read into `width` × `height` values, row by row from the top; nodata, masked
    /// cells and whatever lies outside the raster are NaN. `progress` may cancel (Error
    /// Cancelled).
    core::Result<std::vector<double>> read(const PixelRect& window, int width, int height,
                                           const Progress& progress = {}) const;
    /// True for a Byte, UInt16 or Int16 band without an explicit mask: readCodes reads it as
    /// codes, without the conversion to double that costs a map view most of its time.
    bool hasCodes() const;
    /// Like read, as codes (nodata is its own code: the caller knows info().noData), into
    /// `codes`, whose buffers are reused: a map's views, read one after another into the same
    /// buffers, touch no new memory. InvalidArgument unless hasCodes().
    core::Result<void> readCodes(const PixelRect& window, int width, int height, CodeWindow& codes,
                                 const Progress& progress = {}) const;
    /// The value of one full-resolution pixel; nullopt for nodata or masked. OutOfRange
    /// outside the raster.
    core::Result<std::optional<double>> pixel(int column, int row) const;

private:
    struct Impl;
    explicit RasterWindowReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

enum class OverviewResampling
{
    Nearest, ///< GDAL "NEAREST"
    Mode,    ///< GDAL "MODE": the most frequent class of the cells an overview cell covers
};

/// Decimation factors of band 1's overviews (2, 4, 8 …), internal or external.
core::Result<std::vector<int>> overviewFactors(const std::string& path);

/// Overview factors for a raster: 2, 4, 8 … until the overview's longer side is at most
/// 256 pixels (none for a raster that small already).
std::vector<int> overviewFactorsFor(int width, int height);

/// Builds overviews of every band into an external `<path>.ovr` (the raster is opened
/// read-only and stays byte for byte as it was: its SHA-256 is recorded and verified). A
/// cancelled build removes the partial .ovr.
core::Result<void> buildOverviews(const std::string& path, OverviewResampling resampling,
                                  const Progress& progress = {});

} // namespace tanhui::gis
