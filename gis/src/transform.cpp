// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/gis/transform.h"

#include <cpl_error.h>

#include "tanhui/gis/gisruntime.h"

#include "gdalhandles.h"

namespace tanhui::gis {

struct CoordinateTransform::Impl
{
    OGRCoordinateTransformationH handle = nullptr; ///< null: the same CRS
    ~Impl()
    {
        if (handle)
            OCTDestroyCoordinateTransformation(handle);
    }
};

CoordinateTransform::CoordinateTransform(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{}
CoordinateTransform::CoordinateTransform(CoordinateTransform&&) noexcept = default;
CoordinateTransform& CoordinateTransform::operator=(CoordinateTransform&&) noexcept = default;
CoordinateTransform::~CoordinateTransform() = default;

core::Result<CoordinateTransform> CoordinateTransform::create(const std::string& from,
                                                              const std::string& to)
{
    ensureGisRuntime();
    const detail::SrsPtr source = detail::srsFrom(from);
    const detail::SrsPtr target = detail::srsFrom(to);
    if (!source || !target)
        return core::Error{core::ErrorCode::InvalidArgument,
                           "unknown CRS \"" + (source ? to : from) + "\"",
                           {},
                           0,
                           "crs"};
    auto impl = std::make_unique<Impl>();
    if (!OSRIsSame(source.get(), target.get())) {
        impl->handle = OCTNewCoordinateTransformation(source.get(), target.get());
        if (!impl->handle)
            return core::Error{core::ErrorCode::CrsMismatch,
                               std::string("no transformation between the CRSs: ") +
                                   CPLGetLastErrorMsg(),
                               {},
                               0,
                               "crs"};
    }
    return CoordinateTransform(std::move(impl));
}

core::Result<CoordinateTransform> CoordinateTransform::toGeographic(const std::string& crs,
                                                                    std::string* geographicName)
{
    ensureGisRuntime();
    const detail::SrsPtr source = detail::srsFrom(crs);
    if (!source)
        return core::Error{
            core::ErrorCode::InvalidArgument, "unknown CRS \"" + crs + "\"", {}, 0, "crs"};
    const detail::SrsPtr geographic(OSRCloneGeogCS(source.get()));
    if (!geographic)
        return core::Error{
            core::ErrorCode::CrsMismatch, "the CRS has no geographic base", {}, 0, "crs"};
    OSRSetAxisMappingStrategy(geographic.get(), OAMS_TRADITIONAL_GIS_ORDER);
    if (geographicName)
        *geographicName = OSRGetName(geographic.get()) ? OSRGetName(geographic.get()) : "";
    return create(crs, detail::wktOf(geographic.get()));
}

bool CoordinateTransform::identity() const
{
    return m_impl->handle == nullptr;
}

bool CoordinateTransform::apply(double& x, double& y) const
{
    return !m_impl->handle || OCTTransform(m_impl->handle, 1, &x, &y, nullptr);
}

} // namespace tanhui::gis
