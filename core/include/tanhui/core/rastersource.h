// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include "tanhui/core/result.h"

namespace tanhui::core {

/// The cell types the raster kernel reads. Other types are converted by the reader.
enum class PixelType
{
    Byte,   ///< uint8_t
    UInt16, ///< uint16_t
    Int32,  ///< int32_t (Int8/Int16 rasters are widened to it)
    Float64 ///< double (UInt32 and float rasters are widened to it)
};

/// Size in bytes of one cell of `type`.
constexpr std::size_t pixelSize(PixelType type)
{
    switch (type) {
    case PixelType::Byte:
        return 1;
    case PixelType::UInt16:
        return 2;
    case PixelType::Int32:
        return 4;
    case PixelType::Float64:
        return 8;
    }
    return 8;
}

/// A raster's grid as the kernel sees it: size and natural block size, in cells.
struct RasterGrid
{
    int width = 0;
    int height = 0;
    int blockWidth = 0;
    int blockHeight = 0;

    int blocksAcross() const { return (width + blockWidth - 1) / blockWidth; }
    int blocksDown() const { return (height + blockHeight - 1) / blockHeight; }
};

/// Reads blocks of one band. One reader belongs to one thread (GDAL handles are not
/// shareable); a RasterSource hands out as many as there are threads.
class RasterBlockReader
{
public:
    virtual ~RasterBlockReader() = default;
    /// Fills `buffer` (blockWidth × blockHeight cells of the source's PixelType, row-major)
    /// with block (blockX, blockY); cells beyond the raster's edge are unspecified.
    virtual Result<void> readBlock(int blockX, int blockY, void* buffer) = 0;
};

/// A single-band raster to stream (exactextract-style port: gis/ implements it with GDAL,
/// tests with memory).
class RasterSource
{
public:
    virtual ~RasterSource() = default;
    virtual RasterGrid grid() const = 0;
    virtual PixelType pixelType() const = 0;
    virtual std::optional<double> noData() const = 0;
    /// A new reader with its own handle; safe to call from any thread.
    virtual Result<std::unique_ptr<RasterBlockReader>> openReader() const = 0;
};

} // namespace tanhui::core
