// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/gis/standshapes.h"

#include <algorithm>

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_alg.h>

#include "gdalhandles.h"
#include "vectorlayer.h"

namespace tanhui::gis {

using core::Error;
using core::ErrorCode;
using namespace detail;

struct StandShapes::Impl
{
    std::string path;
    std::vector<GeometryPtr> shapes;
    std::vector<OGREnvelope> envelopes;
    std::array<double, 4> extent{0.0, 0.0, 0.0, 0.0};
    std::string crsWkt;
    std::string crsName;
    bool geographic = false;
    double meanArea = 0.0;
};

StandShapes::StandShapes(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{}
StandShapes::~StandShapes() = default;

namespace {

// From the layer's CRS to `toCrs`: none when it is the same (or none asked for).
core::Result<std::unique_ptr<void, void (*)(OGRCoordinateTransformationH)>>
transformTo(OGRSpatialReferenceH from, const std::string& toCrs, const std::string& path)
{
    using Owned = std::unique_ptr<void, void (*)(OGRCoordinateTransformationH)>;
    Owned none(nullptr, OCTDestroyCoordinateTransformation);
    if (toCrs.empty())
        return none;
    SrsPtr source(OSRClone(from));
    OSRSetAxisMappingStrategy(source.get(), OAMS_TRADITIONAL_GIS_ORDER);
    SrsPtr target = srsFrom(toCrs);
    if (!target)
        return Error{ErrorCode::CrsMismatch, "an unreadable CRS to draw it in", path, 0, {}};
    if (OSRIsSame(source.get(), target.get()))
        return none;
    Owned transform(OCTNewCoordinateTransformation(source.get(), target.get()),
                    OCTDestroyCoordinateTransformation);
    if (!transform)
        return Error{ErrorCode::CrsMismatch,
                     std::string("no transformation from ") +
                         (OSRGetName(source.get()) ? OSRGetName(source.get()) : "its CRS") +
                         " to " +
                         (OSRGetName(target.get()) ? OSRGetName(target.get()) : "the map's"),
                     path,
                     0,
                     {}};
    return transform;
}

} // namespace

core::Result<std::shared_ptr<const StandShapes>> StandShapes::read(const std::string& path,
                                                                   const std::string& toCrs)
{
    auto opened = openVectorLayer(path);
    if (!opened)
        return opened.error();
    OGRLayerH layer = opened->layer;
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
    if (!srs)
        return Error{ErrorCode::CrsMissing, {}, path, 0, {}};
    auto transform = transformTo(srs, toCrs, path);
    if (!transform)
        return transform.error();
    SrsPtr drawnIn(*transform ? srsFrom(toCrs).release() : OSRClone(srs));
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->crsWkt = wktOf(drawnIn.get());
    impl->crsName = OSRGetName(drawnIn.get()) ? OSRGetName(drawnIn.get()) : "";
    impl->geographic = OSRIsGeographic(drawnIn.get()) != 0;
    OGR_L_ResetReading(layer);
    std::int64_t n = 0;
    while (FeaturePtr f{OGR_L_GetNextFeature(layer)}) {
        ++n;
        OGRGeometryH geometry = OGR_F_GetGeometryRef(f.get());
        const OGRwkbGeometryType type =
            geometry ? wkbFlatten(OGR_G_GetGeometryType(geometry)) : wkbUnknown;
        if (type != wkbPolygon && type != wkbMultiPolygon)
            return Error{ErrorCode::InvalidArgument,
                         "feature " + std::to_string(n) + " is not a polygon", path, n, "geometry"};
        if (*transform && OGR_G_Transform(geometry, transform->get()) != OGRERR_NONE)
            return Error{ErrorCode::CrsMismatch,
                         "cannot transform feature " + std::to_string(n) + " into the map's CRS",
                         path, n, "geometry"};
        OGREnvelope envelope;
        OGR_G_GetEnvelope(geometry, &envelope);
        impl->envelopes.push_back(envelope);
        impl->meanArea += OGR_G_Area(geometry);
        impl->shapes.emplace_back(OGR_F_StealGeometry(f.get()));
    }
    if (!impl->envelopes.empty()) {
        impl->meanArea /= double(impl->envelopes.size());
        OGREnvelope all = impl->envelopes.front();
        for (const OGREnvelope& e : impl->envelopes)
            all.Merge(e);
        impl->extent = {all.MinX, all.MinY, all.MaxX, all.MaxY};
    }
    return std::shared_ptr<const StandShapes>(new StandShapes(std::move(impl)));
}

int StandShapes::size() const
{
    return int(m_impl->shapes.size());
}
const std::array<double, 4>& StandShapes::extent() const
{
    return m_impl->extent;
}
const std::string& StandShapes::crsWkt() const
{
    return m_impl->crsWkt;
}
const std::string& StandShapes::crsName() const
{
    return m_impl->crsName;
}
bool StandShapes::geographic() const
{
    return m_impl->geographic;
}
double StandShapes::meanArea() const
{
    return m_impl->meanArea;
}

namespace {

int keepGoing(double, const char*, void* goOn)
{
    return (*static_cast<const std::function<bool()>*>(goOn))() ? TRUE : FALSE;
}

} // namespace

core::Result<void> StandShapes::burn(const std::array<double, 6>& gt, int width, int height,
                                     std::vector<std::int32_t>& stands,
                                     const std::function<bool()>& goOn) const
{
    stands.assign(std::size_t(width) * std::size_t(height), 0);
    // The stands whose envelope meets the window (north-up: gt[2] = gt[4] = 0); the last
    // burnt covers the others, so the first in the file is burnt last.
    const double x0 = std::min(gt[0], gt[0] + width * gt[1]);
    const double x1 = std::max(gt[0], gt[0] + width * gt[1]);
    const double y0 = std::min(gt[3], gt[3] + height * gt[5]);
    const double y1 = std::max(gt[3], gt[3] + height * gt[5]);
    std::vector<OGRGeometryH> shapes;
    std::vector<double> values;
    for (int i = size() - 1; i >= 0; --i) {
        const OGREnvelope& e = m_impl->envelopes[std::size_t(i)];
        if (e.MaxX < x0 || e.MinX > x1 || e.MaxY < y0 || e.MinY > y1)
            continue;
        shapes.push_back(m_impl->shapes[std::size_t(i)].get());
        values.push_back(double(i + 1));
    }
    if (shapes.empty())
        return {};
    GDALDriverH mem = GDALGetDriverByName("MEM");
    DatasetPtr ds(GDALCreate(mem, "", width, height, 0, GDT_Int32, nullptr));
    if (!ds)
        return Error{ErrorCode::FileUnreadable, CPLGetLastErrorMsg(), m_impl->path, 0, {}};
    char pointer[64] = {};
    CPLPrintPointer(pointer, stands.data(), sizeof pointer - 1);
    const std::string option = std::string("DATAPOINTER=") + pointer;
    const char* options[] = {option.c_str(), nullptr};
    if (GDALAddBand(ds.get(), GDT_Int32, const_cast<char**>(options)) != CE_None)
        return Error{ErrorCode::FileUnreadable, CPLGetLastErrorMsg(), m_impl->path, 0, {}};
    double transform[6];
    std::copy(gt.begin(), gt.end(), transform);
    GDALSetGeoTransform(ds.get(), transform);
    const int band = 1;
    const CPLErr burnt = GDALRasterizeGeometries(
        ds.get(), 1, &band, int(shapes.size()), shapes.data(), nullptr, nullptr, values.data(),
        nullptr, keepGoing, const_cast<std::function<bool()>*>(&goOn));
    if (!goOn())
        return Error{ErrorCode::Cancelled, "map render", m_impl->path, 0, {}};
    if (burnt != CE_None)
        return Error{ErrorCode::FileUnreadable, CPLGetLastErrorMsg(), m_impl->path, 0, {}};
    return {};
}

int StandShapes::at(double x, double y) const
{
    GeometryPtr point(OGR_G_CreateGeometry(wkbPoint));
    OGR_G_SetPoint_2D(point.get(), 0, x, y);
    for (int i = 0; i < size(); ++i) {
        const OGREnvelope& e = m_impl->envelopes[std::size_t(i)];
        if (x < e.MinX || x > e.MaxX || y < e.MinY || y > e.MaxY)
            continue;
        if (OGR_G_Intersects(m_impl->shapes[std::size_t(i)].get(), point.get()))
            return i;
    }
    return -1;
}

} // namespace tanhui::gis
