// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/gis/gdalrastersource.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>

#include <cpl_error.h>
#include <gdal.h>
#include <geodesic.h>
#include <ogr_srs_api.h>

#include "tanhui/gis/gisruntime.h"

#include "gdalhandles.h"

namespace tanhui::gis {

using core::Error;
using core::ErrorCode;
using core::PixelType;
using core::Result;
using detail::DatasetPtr;

namespace {

GDALDataType gdalType(PixelType type)
{
    switch (type) {
    case PixelType::Byte:
        return GDT_Byte;
    case PixelType::UInt16:
        return GDT_UInt16;
    case PixelType::Int32:
        return GDT_Int32;
    case PixelType::Float64:
        return GDT_Float64;
    }
    return GDT_Float64;
}

class GdalBlockReader : public core::RasterBlockReader
{
public:
    GdalBlockReader(DatasetPtr ds, GDALRasterBandH band, core::RasterGrid grid, PixelType type,
                    bool native, bool explicitMask, std::string path)
        : m_ds(std::move(ds))
        , m_band(band)
        , m_grid(grid)
        , m_type(type)
        , m_native(native)
        , m_explicitMask(explicitMask)
        , m_path(std::move(path))
    {
        if (m_explicitMask)
            m_mask.resize(std::size_t(grid.blockWidth) * std::size_t(grid.blockHeight));
    }

    Result<void> readBlock(int blockX, int blockY, void* buffer) override
    {
        CPLErr err = CE_None;
        if (m_native) {
            err = GDALReadBlock(m_band, blockX, blockY, buffer);
        } else {
            const int x = blockX * m_grid.blockWidth;
            const int y = blockY * m_grid.blockHeight;
            const int w = std::min(m_grid.blockWidth, m_grid.width - x);
            const int h = std::min(m_grid.blockHeight, m_grid.height - y);
            const int size = int(core::pixelSize(m_type));
            err = GDALRasterIOEx(m_band, GF_Read, x, y, w, h, buffer, w, h, gdalType(m_type), size,
                                 GSpacing(size) * m_grid.blockWidth, nullptr);
            // An explicit mask (alpha band, .msk, internal mask): masked cells become NaN,
            // which the kernel counts as nodata (the source reads Float64 then).
            if (err == CE_None && m_explicitMask) {
                err = GDALRasterIOEx(GDALGetMaskBand(m_band), GF_Read, x, y, w, h, m_mask.data(), w,
                                     h, GDT_Byte, 1, GSpacing(m_grid.blockWidth), nullptr);
                double* cells = static_cast<double*>(buffer);
                for (int r = 0; r < h; ++r)
                    for (int c = 0; c < w; ++c) {
                        const std::size_t i =
                            std::size_t(r) * std::size_t(m_grid.blockWidth) + std::size_t(c);
                        if (m_mask[i] == 0)
                            cells[i] = std::nan("");
                    }
            }
        }
        if (err != CE_None)
            return Error{ErrorCode::CorruptData,
                         "block " + std::to_string(blockX) + "," + std::to_string(blockY) + ": " +
                             CPLGetLastErrorMsg(),
                         m_path,
                         0,
                         {}};
        return {};
    }

private:
    DatasetPtr m_ds;
    GDALRasterBandH m_band;
    core::RasterGrid m_grid;
    PixelType m_type;
    bool m_native;
    bool m_explicitMask;
    std::vector<unsigned char> m_mask;
    std::string m_path;
};

} // namespace

GdalRasterSource::GdalRasterSource(RasterInfo info, int band, PixelType type, bool native,
                                   bool explicitMask)
    : m_info(std::move(info))
    , m_band(band)
    , m_type(type)
    , m_native(native)
    , m_explicitMask(explicitMask)
{}

Result<std::unique_ptr<GdalRasterSource>> GdalRasterSource::open(const std::string& path, int band,
                                                                 int blockWidth, int blockHeight)
{
    auto info = readRasterInfo(path);
    if (!info)
        return info.error();
    if (band < 1 || band > info->bandCount)
        return Error{ErrorCode::OutOfRange,
                     "band " + std::to_string(band) + " of " + std::to_string(info->bandCount),
                     path, 0, "band"};
    DatasetPtr ds(
        GDALOpenEx(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds)
        return Error{ErrorCode::FileUnreadable, CPLGetLastErrorMsg(), path, 0, {}};
    GDALRasterBandH h = GDALGetRasterBand(ds.get(), band);
    int nativeWidth = 0;
    int nativeHeight = 0;
    GDALGetBlockSize(h, &nativeWidth, &nativeHeight);
    const bool imposed = blockWidth > 0 && blockHeight > 0 &&
                         (blockWidth != nativeWidth || blockHeight != nativeHeight);
    info->blockWidth = imposed ? blockWidth : nativeWidth;
    info->blockHeight = imposed ? blockHeight : nativeHeight;
    int hasNoData = 0;
    const double noData = GDALGetRasterNoDataValue(h, &hasNoData);
    info->noData = hasNoData ? std::optional<double>(noData) : std::nullopt;
    const GDALDataType t = GDALGetRasterDataType(h);
    PixelType type = PixelType::Float64;
    if (t == GDT_Byte)
        type = PixelType::Byte;
    else if (t == GDT_UInt16)
        type = PixelType::UInt16;
    else if (t == GDT_Int16 || t == GDT_Int32)
        type = PixelType::Int32;
    const int maskFlags = GDALGetMaskFlags(h);
    const bool explicitMask = !(maskFlags & GMF_ALL_VALID) && !(maskFlags & GMF_NODATA);
    if (explicitMask)
        type = PixelType::Float64;
    const bool native = gdalType(type) == t && !imposed && !explicitMask;
    return std::unique_ptr<GdalRasterSource>(
        new GdalRasterSource(std::move(info).value(), band, type, native, explicitMask));
}

core::RasterGrid GdalRasterSource::grid() const
{
    return {m_info.width, m_info.height, m_info.blockWidth, m_info.blockHeight};
}

Result<std::unique_ptr<core::RasterBlockReader>> GdalRasterSource::openReader() const
{
    ensureGisRuntime();
    DatasetPtr ds(GDALOpenEx(m_info.path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr,
                             nullptr, nullptr));
    if (!ds)
        return Error{ErrorCode::FileUnreadable, CPLGetLastErrorMsg(), m_info.path, 0, {}};
    GDALRasterBandH band = GDALGetRasterBand(ds.get(), m_band);
    return std::unique_ptr<core::RasterBlockReader>(new GdalBlockReader(
        std::move(ds), band, grid(), m_type, m_native, m_explicitMask, m_info.path));
}

Result<CellAreas> cellAreas(const RasterInfo& info)
{
    if (info.crsWkt.empty())
        return Error{ErrorCode::CrsMissing, {}, info.path, 0, {}};
    OGRSpatialReferenceH srs = OSRNewSpatialReference(info.crsWkt.c_str());
    if (!srs)
        return Error{ErrorCode::CrsMissing, "the CRS cannot be read", info.path, 0, {}};
    const auto& gt = info.geoTransform;
    CellAreas areas;
    areas.geographic = OSRIsGeographic(srs) != 0;
    char buffer[256];
    if (!areas.geographic) {
        const double toMetre = OSRGetLinearUnits(srs, nullptr);
        const double cell = std::fabs(gt[1] * gt[5] - gt[2] * gt[4]) * toMetre * toMetre;
        areas.rowAreaM2.assign(std::size_t(info.height), cell);
        std::snprintf(buffer, sizeof buffer,
                      "projected cell area |dx·dy| = %.10g m² (linear unit %.10g m)", cell,
                      toMetre);
        areas.method = buffer;
        OSRDestroySpatialReference(srs);
        return areas;
    }
    if (gt[2] != 0.0 || gt[4] != 0.0) {
        OSRDestroySpatialReference(srs);
        return Error{ErrorCode::InvalidArgument,
                     "rotated geographic grids are not supported",
                     info.path,
                     0,
                     {}};
    }
    OGRErr err = OGRERR_NONE;
    const double a = OSRGetSemiMajor(srs, &err);
    const double inverseFlattening = OSRGetInvFlattening(srs, &err);
    const double toDegree = OSRGetAngularUnits(srs, nullptr) * 180.0 / std::numbers::pi;
    OSRDestroySpatialReference(srs);
    geod_geodesic g;
    geod_init(&g, a, inverseFlattening == 0.0 ? 0.0 : 1.0 / inverseFlattening);
    // Every cell of a row has the same area: compute the first cell of each row.
    const double lon0 = gt[0] * toDegree;
    const double lon1 = (gt[0] + gt[1]) * toDegree;
    areas.rowAreaM2.resize(std::size_t(info.height));
    for (int r = 0; r < info.height; ++r) {
        const double top = (gt[3] + r * gt[5]) * toDegree;
        const double bottom = (gt[3] + (r + 1) * gt[5]) * toDegree;
        double lats[] = {top, top, bottom, bottom};
        double lons[] = {lon0, lon1, lon1, lon0};
        double area = 0.0;
        geod_polygonarea(&g, lats, lons, 4, &area, nullptr);
        areas.rowAreaM2[std::size_t(r)] = std::fabs(area);
    }
    std::snprintf(buffer, sizeof buffer,
                  "ellipsoidal cell area per row (PROJ geodesic, a = %.3f m, 1/f = %.9f)", a,
                  inverseFlattening);
    areas.method = buffer;
    return areas;
}

Result<void> checkSameGrid(const RasterInfo& reference, const RasterInfo& other)
{
    auto mismatch = [&](ErrorCode code, const std::string& what) {
        return Error{
            code, what + " (" + other.path + " against " + reference.path + ")", other.path, 0, {}};
    };
    if (other.width != reference.width || other.height != reference.height)
        return mismatch(ErrorCode::GridMismatch,
                        std::to_string(other.width) + " × " + std::to_string(other.height) +
                            " cells instead of " + std::to_string(reference.width) + " × " +
                            std::to_string(reference.height));
    const double cell =
        std::min(std::fabs(reference.geoTransform[1]), std::fabs(reference.geoTransform[5]));
    for (int i = 0; i < 6; ++i)
        if (std::fabs(other.geoTransform[std::size_t(i)] - reference.geoTransform[std::size_t(i)]) >
            1e-9 * cell)
            return mismatch(ErrorCode::GridMismatch,
                            "origin or cell size differ: geotransform term " + std::to_string(i) +
                                " is " + std::to_string(other.geoTransform[std::size_t(i)]) +
                                " instead of " +
                                std::to_string(reference.geoTransform[std::size_t(i)]));
    if (reference.crsWkt.empty() != other.crsWkt.empty())
        return mismatch(ErrorCode::CrsMismatch, "one raster has no CRS");
    if (!reference.crsWkt.empty()) {
        OGRSpatialReferenceH a = OSRNewSpatialReference(reference.crsWkt.c_str());
        OGRSpatialReferenceH b = OSRNewSpatialReference(other.crsWkt.c_str());
        const bool same = a && b && OSRIsSame(a, b);
        OSRDestroySpatialReference(a);
        OSRDestroySpatialReference(b);
        if (!same)
            return mismatch(ErrorCode::CrsMismatch,
                            other.crsName + " instead of " + reference.crsName);
    }
    return {};
}

} // namespace tanhui::gis
