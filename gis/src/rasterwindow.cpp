// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/gis/rasterwindow.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>

#include "tanhui/gis/gisruntime.h"

#include "gdalhandles.h"

namespace tanhui::gis {

using core::Error;
using core::ErrorCode;
using core::Result;
using detail::DatasetPtr;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

int CPL_STDCALL progressThunk(double done, const char*, void* data)
{
    const auto* progress = static_cast<const Progress*>(data);
    return !*progress || (*progress)(std::clamp(done, 0.0, 1.0)) ? TRUE : FALSE;
}

// The output cells [first, last) whose centres fall inside [0, size) of the raster's axis,
// for `count` cells over [start, start + length).
std::pair<int, int> insideCells(double start, double length, int count, int size)
{
    const double step = length / count;
    const int first = std::clamp(int(std::ceil(-start / step - 0.5)), 0, count);
    const int last = std::clamp(int(std::ceil((size - start) / step - 0.5)), first, count);
    return {first, last};
}

// An explicit mask (alpha band, .msk, internal mask), not merely the nodata value.
bool hasExplicitMask(GDALRasterBandH band)
{
    const int flags = GDALGetMaskFlags(band);
    return !(flags & GMF_ALL_VALID) && !(flags & GMF_NODATA);
}

} // namespace

struct RasterWindowReader::Impl
{
    RasterInfo info;
    DatasetPtr ds;
    GDALRasterBandH band = nullptr;
    bool masked = false;
};

RasterWindowReader::RasterWindowReader(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{}
RasterWindowReader::RasterWindowReader(RasterWindowReader&&) noexcept = default;
RasterWindowReader& RasterWindowReader::operator=(RasterWindowReader&&) noexcept = default;
RasterWindowReader::~RasterWindowReader() = default;

Result<RasterWindowReader> RasterWindowReader::open(const std::string& path)
{
    auto info = readRasterInfo(path);
    if (!info)
        return info.error();
    if (info->bandCount < 1)
        return Error{ErrorCode::UnsupportedFormat, "the file has no raster band", path, 0, {}};
    auto impl = std::make_unique<Impl>();
    impl->info = std::move(info).value();
    impl->ds.reset(
        GDALOpenEx(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!impl->ds)
        return Error{ErrorCode::FileUnreadable, CPLGetLastErrorMsg(), path, 0, {}};
    impl->band = GDALGetRasterBand(impl->ds.get(), 1);
    impl->masked = hasExplicitMask(impl->band);
    return RasterWindowReader(std::move(impl));
}

const RasterInfo& RasterWindowReader::info() const
{
    return m_impl->info;
}

Result<std::vector<double>> RasterWindowReader::read(const PixelRect& window, int width, int height,
                                                     const Progress& progress) const
{
    const RasterInfo& info = m_impl->info;
    const bool finite = std::isfinite(window.x) && std::isfinite(window.y) &&
                        std::isfinite(window.width) && std::isfinite(window.height);
    if (width <= 0 || height <= 0 || !finite || window.width <= 0.0 || window.height <= 0.0)
        return Error{ErrorCode::InvalidArgument,
                     "an empty or non-finite window, or no output",
                     info.path,
                     0,
                     {}};
    std::vector<double> out(std::size_t(width) * std::size_t(height), kNaN);
    const auto [c0, c1] = insideCells(window.x, window.width, width, info.width);
    const auto [r0, r1] = insideCells(window.y, window.height, height, info.height);
    if (c0 == c1 || r0 == r1)
        return out; // wholly outside
    const double sx = window.width / width;
    const double sy = window.height / height;
    const double x0 = std::max(0.0, window.x + c0 * sx);
    const double y0 = std::max(0.0, window.y + r0 * sy);
    const double x1 = std::min(double(info.width), window.x + c1 * sx);
    const double y1 = std::min(double(info.height), window.y + r1 * sy);
    GDALRasterIOExtraArg extra;
    INIT_RASTERIO_EXTRA_ARG(extra);
    extra.eResampleAlg = GRIORA_NearestNeighbour;
    extra.bFloatingPointWindowValidity = TRUE;
    extra.dfXOff = x0;
    extra.dfYOff = y0;
    extra.dfXSize = x1 - x0;
    extra.dfYSize = y1 - y0;
    extra.pfnProgress = progressThunk;
    extra.pProgressData = const_cast<Progress*>(&progress);
    const int xOff = int(std::floor(x0));
    const int yOff = int(std::floor(y0));
    const int xSize = std::max(1, std::min(info.width, int(std::ceil(x1))) - xOff);
    const int ySize = std::max(1, std::min(info.height, int(std::ceil(y1))) - yOff);
    const int bufWidth = c1 - c0;
    const int bufHeight = r1 - r0;
    double* first = out.data() + std::size_t(r0) * std::size_t(width) + std::size_t(c0);
    const GSpacing line = GSpacing(sizeof(double)) * width;
    auto readInto = [&](GDALRasterBandH band, void* data, GDALDataType type, GSpacing pixel,
                        GSpacing lineSpace) {
        CPLErrorReset();
        return GDALRasterIOEx(band, GF_Read, xOff, yOff, xSize, ySize, data, bufWidth, bufHeight,
                              type, pixel, lineSpace, &extra);
    };
    if (readInto(m_impl->band, first, GDT_Float64, sizeof(double), line) != CE_None) {
        if (progress && CPLGetLastErrorNo() == CPLE_UserInterrupt)
            return Error{ErrorCode::Cancelled, "reading the map was cancelled", info.path, 0, {}};
        return Error{ErrorCode::CorruptData, CPLGetLastErrorMsg(), info.path, 0, {}};
    }
    for (int r = r0; r < r1; ++r) {
        double* row = out.data() + std::size_t(r) * std::size_t(width);
        if (info.noData)
            std::replace(row + c0, row + c1, *info.noData, kNaN);
    }
    if (m_impl->masked) {
        std::vector<unsigned char> mask(std::size_t(bufWidth) * std::size_t(bufHeight));
        if (readInto(GDALGetMaskBand(m_impl->band), mask.data(), GDT_Byte, 1, bufWidth) != CE_None)
            return Error{ErrorCode::CorruptData, CPLGetLastErrorMsg(), info.path, 0, {}};
        for (int r = 0; r < bufHeight; ++r)
            for (int c = 0; c < bufWidth; ++c)
                if (mask[std::size_t(r) * std::size_t(bufWidth) + std::size_t(c)] == 0)
                    first[std::size_t(r) * std::size_t(width) + std::size_t(c)] = kNaN;
    }
    return out;
}

Result<std::optional<double>> RasterWindowReader::pixel(int column, int row) const
{
    const RasterInfo& info = m_impl->info;
    if (column < 0 || row < 0 || column >= info.width || row >= info.height)
        return Error{ErrorCode::OutOfRange,
                     "pixel " + std::to_string(column) + ", " + std::to_string(row) +
                         " is outside the raster",
                     info.path,
                     0,
                     {}};
    double value = 0.0;
    if (GDALRasterIO(m_impl->band, GF_Read, column, row, 1, 1, &value, 1, 1, GDT_Float64, 0, 0) !=
        CE_None)
        return Error{ErrorCode::CorruptData, CPLGetLastErrorMsg(), info.path, 0, {}};
    if (m_impl->masked) {
        unsigned char valid = 0;
        if (GDALRasterIO(GDALGetMaskBand(m_impl->band), GF_Read, column, row, 1, 1, &valid, 1, 1,
                         GDT_Byte, 0, 0) != CE_None)
            return Error{ErrorCode::CorruptData, CPLGetLastErrorMsg(), info.path, 0, {}};
        if (valid == 0)
            return std::optional<double>();
    }
    if ((info.noData && value == *info.noData) || std::isnan(value))
        return std::optional<double>();
    return std::optional<double>(value);
}

Result<std::vector<int>> overviewFactors(const std::string& path)
{
    ensureGisRuntime();
    DatasetPtr ds(
        GDALOpenEx(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds)
        return Error{ErrorCode::FileUnreadable, CPLGetLastErrorMsg(), path, 0, {}};
    if (GDALGetRasterCount(ds.get()) < 1)
        return std::vector<int>();
    GDALRasterBandH band = GDALGetRasterBand(ds.get(), 1);
    std::vector<int> factors;
    for (int i = 0; i < GDALGetOverviewCount(band); ++i)
        factors.push_back(int(std::lround(double(GDALGetRasterXSize(ds.get())) /
                                          GDALGetRasterBandXSize(GDALGetOverview(band, i)))));
    return factors;
}

std::vector<int> overviewFactorsFor(int width, int height)
{
    const long longer = std::max(width, height);
    std::vector<int> factors;
    for (long f = 2; longer > 256 && (longer + f / 2 - 1) / (f / 2) > 256; f *= 2)
        factors.push_back(int(f)); // the previous level is still longer than 256
    return factors;
}

Result<void> buildOverviews(const std::string& path, OverviewResampling resampling,
                            const Progress& progress)
{
    ensureGisRuntime();
    const std::string ovr = path + ".ovr";
    std::error_code ec;
    const bool existed = std::filesystem::exists(ovr, ec);
    Result<void> result;
    {
        // Read-only: GDAL writes the overviews beside the raster, into <path>.ovr.
        DatasetPtr ds(
            GDALOpenEx(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
        if (!ds)
            return Error{ErrorCode::FileUnreadable, CPLGetLastErrorMsg(), path, 0, {}};
        std::vector<int> factors =
            overviewFactorsFor(GDALGetRasterXSize(ds.get()), GDALGetRasterYSize(ds.get()));
        if (factors.empty())
            return {};
        CPLSetThreadLocalConfigOption("COMPRESS_OVERVIEW", "DEFLATE");
        CPLErrorReset();
        const CPLErr err = GDALBuildOverviews(
            ds.get(), resampling == OverviewResampling::Mode ? "MODE" : "NEAREST",
            int(factors.size()), factors.data(), 0, nullptr, progressThunk,
            const_cast<Progress*>(&progress));
        CPLSetThreadLocalConfigOption("COMPRESS_OVERVIEW", nullptr);
        if (err != CE_None)
            result =
                CPLGetLastErrorNo() == CPLE_UserInterrupt
                    ? Error{ErrorCode::Cancelled, "building overviews was cancelled", path, 0, {}}
                    : Error{ErrorCode::FileUnreadable, CPLGetLastErrorMsg(), ovr, 0, {}};
    }
    if (!result && !existed)
        std::filesystem::remove(ovr, ec); // no half-built overviews left behind
    return result;
}

} // namespace tanhui::gis
