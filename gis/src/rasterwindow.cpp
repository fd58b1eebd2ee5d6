// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/gis/rasterwindow.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <tuple>

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

namespace {

// The output pixels of `window` that lie on the raster, and the raster area they cover.
struct WindowRead
{
    int c0 = 0, c1 = 0, r0 = 0, r1 = 0;
    int xOff = 0, yOff = 0, xSize = 0, ySize = 0;
    GDALRasterIOExtraArg extra;
    bool empty() const { return c0 == c1 || r0 == r1; }
};

Result<WindowRead> planRead(const RasterInfo& info, const PixelRect& window, int width, int height,
                            const Progress& progress)
{
    const bool finite = std::isfinite(window.x) && std::isfinite(window.y) &&
                        std::isfinite(window.width) && std::isfinite(window.height);
    if (width <= 0 || height <= 0 || !finite || window.width <= 0.0 || window.height <= 0.0)
        return Error{ErrorCode::InvalidArgument,
                     "an empty or non-finite window, or no output",
                     info.path,
                     0,
                     {}};
    WindowRead r;
    std::tie(r.c0, r.c1) = insideCells(window.x, window.width, width, info.width);
    std::tie(r.r0, r.r1) = insideCells(window.y, window.height, height, info.height);
    if (r.empty())
        return r; // wholly outside
    const double sx = window.width / width;
    const double sy = window.height / height;
    const double x0 = std::max(0.0, window.x + r.c0 * sx);
    const double y0 = std::max(0.0, window.y + r.r0 * sy);
    const double x1 = std::min(double(info.width), window.x + r.c1 * sx);
    const double y1 = std::min(double(info.height), window.y + r.r1 * sy);
    INIT_RASTERIO_EXTRA_ARG(r.extra);
    r.extra.eResampleAlg = GRIORA_NearestNeighbour;
    r.extra.bFloatingPointWindowValidity = TRUE;
    r.extra.dfXOff = x0;
    r.extra.dfYOff = y0;
    r.extra.dfXSize = x1 - x0;
    r.extra.dfYSize = y1 - y0;
    r.extra.pfnProgress = progressThunk;
    r.extra.pProgressData = const_cast<Progress*>(&progress);
    r.xOff = int(std::floor(x0));
    r.yOff = int(std::floor(y0));
    r.xSize = std::max(1, std::min(info.width, int(std::ceil(x1))) - r.xOff);
    r.ySize = std::max(1, std::min(info.height, int(std::ceil(y1))) - r.yOff);
    return r;
}

// `plan`'s pixels into `first` (the output's pixel (c0, r0)); Cancelled or CorruptData.
Result<void> readPlanned(GDALRasterBandH band, WindowRead& plan, void* first, GDALDataType type,
                         GSpacing pixel, GSpacing line, const Progress& progress,
                         const std::string& path)
{
    CPLErrorReset();
    if (GDALRasterIOEx(band, GF_Read, plan.xOff, plan.yOff, plan.xSize, plan.ySize, first,
                       plan.c1 - plan.c0, plan.r1 - plan.r0, type, pixel, line,
                       &plan.extra) == CE_None)
        return {};
    if (progress && CPLGetLastErrorNo() == CPLE_UserInterrupt)
        return Error{ErrorCode::Cancelled, "reading the map was cancelled", path, 0, {}};
    return Error{ErrorCode::CorruptData, CPLGetLastErrorMsg(), path, 0, {}};
}

} // namespace

Result<std::vector<double>> RasterWindowReader::read(const PixelRect& window, int width, int height,
                                                     const Progress& progress) const
{
    const RasterInfo& info = m_impl->info;
    auto plan = planRead(info, window, width, height, progress);
    if (!plan)
        return plan.error();
    std::vector<double> out(std::size_t(width) * std::size_t(height), kNaN);
    if (plan->empty())
        return out;
    const auto [c0, c1, r0, r1] = std::tuple{plan->c0, plan->c1, plan->r0, plan->r1};
    const int bufWidth = c1 - c0;
    const int bufHeight = r1 - r0;
    double* first = out.data() + std::size_t(r0) * std::size_t(width) + std::size_t(c0);
    if (auto ok = readPlanned(m_impl->band, *plan, first, GDT_Float64, sizeof(double),
                              GSpacing(sizeof(double)) * width, progress, info.path);
        !ok)
        return ok.error();
    for (int r = r0; r < r1; ++r) {
        double* row = out.data() + std::size_t(r) * std::size_t(width);
        if (info.noData)
            std::replace(row + c0, row + c1, *info.noData, kNaN);
    }
    if (m_impl->masked) {
        std::vector<unsigned char> mask(std::size_t(bufWidth) * std::size_t(bufHeight));
        if (auto ok = readPlanned(GDALGetMaskBand(m_impl->band), *plan, mask.data(), GDT_Byte, 1,
                                  bufWidth, progress, info.path);
            !ok)
            return ok.error();
        for (int r = 0; r < bufHeight; ++r)
            for (int c = 0; c < bufWidth; ++c)
                if (mask[std::size_t(r) * std::size_t(bufWidth) + std::size_t(c)] == 0)
                    first[std::size_t(r) * std::size_t(width) + std::size_t(c)] = kNaN;
    }
    return out;
}

bool RasterWindowReader::hasCodes() const
{
    const GDALDataType type = GDALGetRasterDataType(m_impl->band);
    return !m_impl->masked && (type == GDT_Byte || type == GDT_UInt16 || type == GDT_Int16);
}

Result<void> RasterWindowReader::readCodes(const PixelRect& window, int width, int height,
                                           CodeWindow& out, const Progress& progress) const
{
    const RasterInfo& info = m_impl->info;
    if (!hasCodes())
        return Error{ErrorCode::InvalidArgument,
                     "not a Byte, UInt16 or Int16 band without a mask",
                     info.path,
                     0,
                     {}};
    auto plan = planRead(info, window, width, height, progress);
    if (!plan)
        return plan.error();
    std::tie(out.c0, out.c1, out.r0, out.r1) = std::tuple{plan->c0, plan->c1, plan->r0, plan->r1};
    out.offset = 0;
    const GDALDataType type = GDALGetRasterDataType(m_impl->band);
    const int bufWidth = out.c1 - out.c0;
    const std::size_t size = std::size_t(bufWidth) * std::size_t(out.r1 - out.r0);
    // Every element is written by the read: resized, never cleared.
    if (type == GDT_Byte) {
        out.words.clear();
        out.bytes.resize(size);
        if (plan->empty())
            return {};
        return readPlanned(m_impl->band, *plan, out.bytes.data(), GDT_Byte, 1, bufWidth, progress,
                           info.path);
    }
    out.bytes.clear();
    out.words.resize(size);
    if (plan->empty())
        return {};
    out.offset = type == GDT_Int16 ? 32768 : 0;
    if (auto ok = readPlanned(m_impl->band, *plan, out.words.data(), type, sizeof(std::uint16_t),
                              GSpacing(sizeof(std::uint16_t)) * bufWidth, progress, info.path);
        !ok)
        return ok.error();
    if (out.offset != 0) // Int16 read as it is: its bits, moved up to 0..65535
        for (std::uint16_t& code : out.words)
            code = std::uint16_t(std::int16_t(code) + 32768);
    return {};
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

namespace {

std::vector<int> factorsOf(GDALDatasetH ds)
{
    if (GDALGetRasterCount(ds) < 1)
        return {};
    GDALRasterBandH band = GDALGetRasterBand(ds, 1);
    std::vector<int> factors;
    for (int i = 0; i < GDALGetOverviewCount(band); ++i)
        factors.push_back(int(std::lround(double(GDALGetRasterXSize(ds)) /
                                          GDALGetRasterBandXSize(GDALGetOverview(band, i)))));
    return factors;
}

} // namespace

std::vector<int> RasterWindowReader::overviewFactors() const
{
    return factorsOf(m_impl->ds.get());
}

Result<std::vector<int>> overviewFactors(const std::string& path)
{
    ensureGisRuntime();
    DatasetPtr ds(
        GDALOpenEx(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds)
        return Error{ErrorCode::FileUnreadable, CPLGetLastErrorMsg(), path, 0, {}};
    return factorsOf(ds.get());
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
