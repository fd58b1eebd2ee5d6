// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/gis/rasterinfo.h"

#include <filesystem>
#include <memory>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <ogr_srs_api.h>
#include <proj.h>

#include "tanhui/core/files.h"
#include "tanhui/gis/gisruntime.h"

#include "gdalhandles.h"

namespace tanhui::gis {

using core::Error;
using core::ErrorCode;
using core::Result;
using detail::DatasetPtr;

namespace {} // namespace

Result<RasterInfo> readRasterInfo(const std::string& path)
{
    ensureGisRuntime();
    if (auto file = core::requireRegularFile(path); !file)
        return file.error();
    CPLErrorReset();
    DatasetPtr ds(GDALOpenEx(path.c_str(),
                             GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr,
                             nullptr, nullptr));
    if (!ds) {
        // GDAL reports "not recognized as a supported file format" as CPLE_OpenFailed; a
        // driver that recognised the file but could not parse it reports anything else.
        const bool unrecognised = CPLGetLastErrorNo() == CPLE_OpenFailed;
        return Error{unrecognised ? ErrorCode::UnsupportedFormat : ErrorCode::CorruptData,
                     CPLGetLastErrorMsg(),
                     path,
                     0,
                     {}};
    }
    RasterInfo info;
    info.path = path;
    info.driver = GDALGetDriverShortName(GDALGetDatasetDriver(ds.get()));
    info.width = GDALGetRasterXSize(ds.get());
    info.height = GDALGetRasterYSize(ds.get());
    info.bandCount = GDALGetRasterCount(ds.get());
    if (GDALGetGeoTransform(ds.get(), info.geoTransform.data()) != CE_None)
        info.geoTransform = {0, 1, 0, 0, 0, 1};
    if (info.bandCount > 0) {
        GDALRasterBandH band = GDALGetRasterBand(ds.get(), 1);
        GDALGetBlockSize(band, &info.blockWidth, &info.blockHeight);
        info.dataType = GDALGetDataTypeName(GDALGetRasterDataType(band));
        int hasNoData = 0;
        const double noData = GDALGetRasterNoDataValue(band, &hasNoData);
        if (hasNoData)
            info.noData = noData;
    }
    if (OGRSpatialReferenceH srs = GDALGetSpatialRef(ds.get())) {
        char* wkt = nullptr;
        const char* options[] = {"FORMAT=WKT2_2019", nullptr};
        if (OSRExportToWktEx(srs, &wkt, options) == OGRERR_NONE && wkt)
            info.crsWkt = wkt;
        CPLFree(wkt);
        if (const char* name = OSRGetName(srs))
            info.crsName = name;
        info.isGeographic = OSRIsGeographic(srs) != 0;
        const char* authority = OSRGetAuthorityName(srs, nullptr);
        const char* code = OSRGetAuthorityCode(srs, nullptr);
        if (authority && code && std::string(authority) == "EPSG")
            info.epsg = std::stoi(code);
    }
    return info;
}

Result<void> writeByteRaster(const std::string& path, int width, int height,
                             const std::array<double, 6>& geoTransform, const std::string& crs,
                             std::uint8_t noData, const std::vector<std::uint8_t>& cells)
{
    ensureGisRuntime();
    if (cells.size() != std::size_t(width) * std::size_t(height))
        return Error{ErrorCode::InvalidArgument, "cell count does not match the size", path, 0, {}};
    const char* options[] = {"TILED=YES", "COMPRESS=DEFLATE", nullptr};
    DatasetPtr ds(GDALCreate(GDALGetDriverByName("GTiff"), path.c_str(), width, height, 1, GDT_Byte,
                             const_cast<char**>(options)));
    if (!ds)
        return Error{ErrorCode::FileUnreadable, CPLGetLastErrorMsg(), path, 0, {}};
    GDALSetGeoTransform(ds.get(), const_cast<double*>(geoTransform.data()));
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    const bool crsOk = OSRSetFromUserInput(srs, crs.c_str()) == OGRERR_NONE;
    if (crsOk)
        GDALSetSpatialRef(ds.get(), srs);
    OSRDestroySpatialReference(srs);
    if (!crsOk)
        return Error{ErrorCode::InvalidArgument, "unknown CRS " + crs, path, 0, {}};
    GDALRasterBandH band = GDALGetRasterBand(ds.get(), 1);
    GDALSetRasterNoDataValue(band, noData);
    if (GDALRasterIO(band, GF_Write, 0, 0, width, height, const_cast<std::uint8_t*>(cells.data()),
                     width, height, GDT_Byte, 0, 0) != CE_None)
        return Error{ErrorCode::FileUnreadable, CPLGetLastErrorMsg(), path, 0, {}};
    return {};
}

std::string gdalVersion()
{
    return GDALVersionInfo("RELEASE_NAME");
}

std::string projVersion()
{
    const PJ_INFO info = proj_info();
    return info.version;
}

} // namespace tanhui::gis
