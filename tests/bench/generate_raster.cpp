// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// Writes a synthetic stand raster for benchmarks: a tiled, DEFLATE-compressed Byte GeoTIFF
// (CGCS2000 / 3-degree Gauss-Kruger CM 117E, 10 m cells) of irregular stands with age-class
// codes 1–12 and a nodata border; optionally speckle (isolated cells of another class, as in
// classified imagery), in percent of cells. Deterministic.
// Usage: tanhui-generate-raster OUT.tif [size=32768] [tile=256] [speckle%=0]
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_srs_api.h>

namespace {

std::uint32_t hash(std::uint32_t x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUT.tif [size] [tile] [speckle%%]\n", argv[0]);
        return 2;
    }
    const int size = argc > 2 ? std::atoi(argv[2]) : 32768;
    const int tile = argc > 3 ? std::atoi(argv[3]) : 256;
    const double speckle = argc > 4 ? std::atof(argv[4]) / 100.0 : 0.0;
    const auto speckleThreshold = std::uint32_t(speckle * 4294967295.0);
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName("GTiff");
    const std::string blockSize = std::to_string(tile);
    const std::string xsize = "BLOCKXSIZE=" + blockSize;
    const std::string ysize = "BLOCKYSIZE=" + blockSize;
    const char* options[] = {"TILED=YES",
                             "COMPRESS=DEFLATE",
                             "BIGTIFF=IF_SAFER",
                             "NUM_THREADS=ALL_CPUS",
                             xsize.c_str(),
                             ysize.c_str(),
                             nullptr};
    GDALDatasetH ds =
        GDALCreate(driver, argv[1], size, size, 1, GDT_Byte, const_cast<char**>(options));
    if (!ds) {
        std::fprintf(stderr, "cannot create %s: %s\n", argv[1], CPLGetLastErrorMsg());
        return 1;
    }
    double gt[6] = {39500000.0, 10.0, 0.0, 4500000.0, 0.0, -10.0};
    GDALSetGeoTransform(ds, gt);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 4527); // CGCS2000 / 3-degree Gauss-Kruger zone 39
    GDALSetSpatialRef(ds, srs);
    OSRDestroySpatialReference(srs);
    GDALRasterBandH band = GDALGetRasterBand(ds, 1);
    GDALSetRasterNoDataValue(band, 0);
    std::vector<std::uint8_t> block(std::size_t(tile) * std::size_t(tile));
    const int blocks = (size + tile - 1) / tile;
    for (int by = 0; by < blocks; ++by) {
        for (int bx = 0; bx < blocks; ++bx) {
            for (int r = 0; r < tile; ++r)
                for (int c = 0; c < tile; ++c) {
                    const int x = bx * tile + c;
                    const int y = by * tile + r;
                    // Stands: cells of a 61 × 43 lattice, their edges bent by a coarse wave.
                    const std::uint32_t sx = std::uint32_t((x + 9 * ((y / 17) % 5)) / 61);
                    const std::uint32_t sy = std::uint32_t((y + 7 * ((x / 23) % 5)) / 43);
                    std::uint8_t v = std::uint8_t(1 + hash(sx * 7919U + sy * 104729U) % 12);
                    if (hash(std::uint32_t(x) * 73856093U ^ std::uint32_t(y) * 19349663U) <
                        speckleThreshold)
                        v = std::uint8_t(1 + hash(std::uint32_t(x + y)) % 12);
                    if (x < 100 || y < 100 || x >= size - 100 || y >= size - 100)
                        v = 0;
                    block[std::size_t(r) * std::size_t(tile) + std::size_t(c)] = v;
                }
            if (GDALWriteBlock(band, bx, by, block.data()) != CE_None) {
                std::fprintf(stderr, "write failed: %s\n", CPLGetLastErrorMsg());
                GDALClose(ds);
                return 1;
            }
        }
        std::fprintf(stderr, "\rrow of blocks %d / %d", by + 1, blocks);
    }
    std::fprintf(stderr, "\n");
    GDALClose(ds);
    std::printf("%s: %d x %d Byte, %d x %d tiles, DEFLATE, %.1f %% speckle\n", argv[1], size, size,
                tile, tile, 100.0 * speckle);
    return 0;
}
