// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// tanhui-bench-map RASTER [views=60]: the map view's render (workflow::MapLayer::render, what
// the view's MapRenderer runs) of random 1600×1000 views - zooms from the whole raster to one
// cell per pixel - beside the floor: the same windows read by a plain GDALRasterIOEx at the
// output size (nearest, from a dataset kept open, as the layer keeps its own). Prints the median
// and 95th percentile of each, their ratio, the time to the first whole-raster image after
// opening, and the peak memory. The strata are the age groups of China fir plantations
// (south).
// tanhui-bench-map --stands STANDS RULES [views=60]: the same for stand polygons classified by
// RULES, zooms from the whole layer to a stand across the view, beside a plain
// GDALRasterizeLayers of the layer (spatially filtered to the window) into a MEM dataset at
// the output size. A benchmark, not a test: run it by hand (README).
#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include <gdal.h>
#include <gdal_alg.h>
#include <ogr_api.h>

#include "tanhui/workflow/jobcontext.h"
#include "tanhui/workflow/maplayer.h"
#include "tanhui/workflow/projecttypes.h"

#include <sys/resource.h>

namespace {

using namespace tanhui;
using Clock = std::chrono::steady_clock;

constexpr int kWidth = 1600;
constexpr int kHeight = 1000;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// The floor: the window read at the output size from a dataset kept open (as the map layer
// keeps its own), nothing else done with it.
bool plainRead(GDALDatasetH dataset, const workflow::MapWindow& w, std::vector<unsigned char>& out)
{
    GDALRasterBandH band = GDALGetRasterBand(dataset, 1);
    // GDAL reads the part inside the raster; the render fills the rest with nodata.
    const double x0 = std::max(0.0, w.x), y0 = std::max(0.0, w.y);
    const double x1 = std::min<double>(GDALGetRasterXSize(dataset), w.x + w.width);
    const double y1 = std::min<double>(GDALGetRasterYSize(dataset), w.y + w.height);
    bool ok = true;
    if (x1 > x0 && y1 > y0) {
        const int outW = std::max(1, int(std::lround((x1 - x0) / w.width * kWidth)));
        const int outH = std::max(1, int(std::lround((y1 - y0) / w.height * kHeight)));
        GDALRasterIOExtraArg extra;
        INIT_RASTERIO_EXTRA_ARG(extra);
        extra.eResampleAlg = GRIORA_NearestNeighbour;
        extra.bFloatingPointWindowValidity = TRUE;
        extra.dfXOff = x0;
        extra.dfYOff = y0;
        extra.dfXSize = x1 - x0;
        extra.dfYSize = y1 - y0;
        // In the band's own type: the floor converts nothing.
        const GDALDataType type = GDALGetRasterDataType(band);
        out.resize(std::size_t(outW) * std::size_t(outH) *
                   std::size_t(GDALGetDataTypeSizeBytes(type)));
        ok = GDALRasterIOEx(band, GF_Read, int(x0), int(y0), std::max(1, int(x1 - x0)),
                            std::max(1, int(y1 - y0)), out.data(), outW, outH, type, 0, 0,
                            &extra) == CE_None;
    }
    return ok;
}

// The floor for polygons: the layer burnt as it is into a kept MEM dataset at the output size,
// over the window's extent (the layer's spatial filter picks the features).
bool plainRasterize(OGRLayerH stands, GDALDatasetH mem, const std::array<double, 6>& grid,
                    const workflow::MapWindow& w)
{
    double gt[6] = {
        grid[0] + w.x * grid[1],     w.width * grid[1] / kWidth, 0.0, grid[3] + w.y * grid[5], 0.0,
        w.height * grid[5] / kHeight};
    GDALSetGeoTransform(mem, gt);
    GDALRasterBandH band = GDALGetRasterBand(mem, 1);
    GDALFillRaster(band, 0.0, 0.0);
    OGR_L_SetSpatialFilterRect(stands, gt[0], gt[3] + kHeight * gt[5], gt[0] + kWidth * gt[1],
                               gt[3]);
    int bands[] = {1};
    double burn[] = {1.0};
    return GDALRasterizeLayers(mem, 1, bands, 1, &stands, nullptr, nullptr, burn, nullptr, nullptr,
                               nullptr) == CE_None;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const double at = p * double(v.size() - 1);
    const std::size_t lo = std::size_t(std::floor(at));
    const std::size_t hi = std::min(v.size() - 1, lo + 1);
    return v[lo] + (v[hi] - v[lo]) * (at - double(lo));
}

} // namespace

int main(int argc, char** argv)
{
    const bool polygons = argc > 1 && std::string(argv[1]) == "--stands";
    if (argc < 2 || (polygons && argc < 4)) {
        std::fprintf(stderr,
                     "usage: %s RASTER [views=60]\n       %s --stands STANDS RULES "
                     "[views=60]\n",
                     argv[0], argv[0]);
        return 2;
    }
    const int first = polygons ? 2 : 1;
    const std::string path = argv[first];
    const int views =
        argc > first + 1 + polygons ? std::max(2, std::atoi(argv[first + 1 + polygons])) : 60;
    GDALAllRegister();

    workflow::Placement placement;
    if (polygons) {
        placement.stands = path;
        placement.strata = {workflow::StrataMethod::Stands, argv[3], {}};
    } else {
        placement.raster = path;
        workflow::AgeGroupChoice ages;
        ages.speciesGroup = "杉木";
        placement.strata = {workflow::StrataMethod::AgeGroups, {}, ages};
    }
    const std::atomic<bool> go{false};
    const auto opening = Clock::now();
    workflow::JobContext context;
    const auto layer = workflow::MapLayer::open(placement, "bench", context);
    if (!layer) {
        std::fprintf(stderr, "%s: %s\n", path.c_str(), layer.error().detail.c_str());
        return 1;
    }
    const double W = (*layer)->width(), H = (*layer)->height();
    const double whole = std::max(W / kWidth, H / kHeight); // cells per pixel, whole in view
    const auto firstImage = (*layer)->render(
        {W / 2 - whole * kWidth / 2, H / 2 - whole * kHeight / 2, whole * kWidth, whole * kHeight},
        kWidth, kHeight, go);
    if (!firstImage) {
        std::fprintf(stderr, "%s\n", firstImage.error().detail.c_str());
        return 1;
    }
    const double firstMs = msSince(opening);

    std::mt19937_64 random(20261202);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::vector<double> ours, floor;
    std::vector<unsigned char> buffer;
    workflow::ClassImage image; // drawn into again and again, as the view's renderer does
    GDALDatasetH dataset =
        GDALOpenEx(path.c_str(), (polygons ? GDAL_OF_VECTOR : GDAL_OF_RASTER) | GDAL_OF_READONLY,
                   nullptr, nullptr, nullptr);
    if (!dataset)
        return 1;
    GDALDatasetH mem = polygons ? GDALCreate(GDALGetDriverByName("MEM"), "", kWidth, kHeight, 1,
                                             GDT_Int32, nullptr)
                                : nullptr;
    // Polygons: from the whole layer to a stand (~1/100 of the whole, ~200 m) across the view.
    const double closest = polygons ? whole / 100.0 : 1.0;
    for (int i = 0; i < views; ++i) {
        // Log-uniform zoom from the whole raster to one cell per pixel, centre on the raster.
        const double scale =
            std::exp(std::log(closest) + (std::log(whole) - std::log(closest)) * unit(random));
        const double cx = W * unit(random), cy = H * unit(random);
        const workflow::MapWindow w{cx - scale * kWidth / 2, cy - scale * kHeight / 2,
                                    scale * kWidth, scale * kHeight};
        // Alternately first, so that neither reads only blocks the other has cached.
        for (int pass = 0; pass < 2; ++pass) {
            const auto start = Clock::now();
            if ((pass == 0) == (i % 2 == 0)) {
                if (polygons ? !plainRasterize(GDALDatasetGetLayer(dataset, 0), mem,
                                               (*layer)->geoTransform(), w)
                             : !plainRead(dataset, w, buffer))
                    return 1;
                floor.push_back(msSince(start));
            } else {
                if (!(*layer)->render(w, kWidth, kHeight, go, image))
                    return 1;
                ours.push_back(msSince(start));
            }
        }
    }
    if (mem)
        GDALClose(mem);
    GDALClose(dataset);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double medianOurs = percentile(ours, 0.5), medianFloor = percentile(floor, 0.5);
    if (polygons)
        std::printf("stands %s: %d polygons, grid %.0f x %.0f, %d views of %dx%d\n", path.c_str(),
                    (*layer)->stands(), W, H, views, kWidth, kHeight);
    else
        std::printf("raster %s: %.0f x %.0f cells, overviews %zu, %d views of %dx%d\n",
                    path.c_str(), W, H, (*layer)->overviews().size(), views, kWidth, kHeight);
    std::printf("first whole image after opening: %.1f ms\n", firstMs);
    std::printf("map render   median %.1f ms  p95 %.1f ms\n", medianOurs, percentile(ours, 0.95));
    std::printf(polygons ? "plain rasterize median %.1f ms  p95 %.1f ms\n"
                         : "plain GDAL   median %.1f ms  p95 %.1f ms\n",
                medianFloor, percentile(floor, 0.95));
    std::printf("ratio (median) %.2f\n", medianOurs / medianFloor);
    std::printf("peak memory %.1f MB\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
