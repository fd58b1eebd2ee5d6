// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// Private to gis: owning handles for GDAL/OGR C objects.

#include <memory>
#include <string>
#include <type_traits>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace tanhui::gis::detail {

struct DatasetCloser
{
    void operator()(void* ds) const { GDALClose(ds); }
};
struct GeometryDeleter
{
    void operator()(OGRGeometryH g) const { OGR_G_DestroyGeometry(g); }
};
struct FeatureDeleter
{
    void operator()(OGRFeatureH f) const { OGR_F_Destroy(f); }
};
struct SrsDeleter
{
    void operator()(OGRSpatialReferenceH s) const { OSRDestroySpatialReference(s); }
};

using DatasetPtr = std::unique_ptr<void, DatasetCloser>;
using GeometryPtr = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeometryDeleter>;
using FeaturePtr = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDeleter>;
using SrsPtr = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SrsDeleter>;

/// A CRS from user text (EPSG:n, WKT, PROJ) in lon/lat order for geographic CRSs; null when
/// the text names none.
inline SrsPtr srsFrom(const std::string& text)
{
    SrsPtr srs(OSRNewSpatialReference(nullptr));
    if (OSRSetFromUserInput(srs.get(), text.c_str()) != OGRERR_NONE)
        return nullptr;
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

/// WKT2 (2019) of a CRS.
inline std::string wktOf(OGRSpatialReferenceH srs)
{
    char* wkt = nullptr;
    const char* options[] = {"FORMAT=WKT2_2019", nullptr};
    OSRExportToWktEx(srs, &wkt, options);
    std::string text = wkt ? wkt : "";
    CPLFree(wkt);
    return text;
}

} // namespace tanhui::gis::detail
