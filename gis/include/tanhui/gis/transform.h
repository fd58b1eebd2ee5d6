// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <memory>
#include <string>

#include "tanhui/core/result.h"

namespace tanhui::gis {

/// PROJ's transformation of coordinates from one CRS to another (network off; lon/lat order
/// for geographic CRSs, as a map and a plot table write them). Not thread-safe: one user at
/// a time.
class CoordinateTransform
{
public:
    /// From `from` to `to`, each EPSG:n, WKT or a PROJ string. InvalidArgument when either
    /// names no CRS; CrsMismatch when PROJ has no transformation between them.
    static core::Result<CoordinateTransform> create(const std::string& from, const std::string& to);
    /// From `crs` to the geographic CRS it is based on (CGCS2000 for a CGCS2000 Gauss–Krüger
    /// CRS), longitude first; `geographicName` gets that CRS's name.
    static core::Result<CoordinateTransform> toGeographic(const std::string& crs,
                                                          std::string* geographicName = nullptr);
    CoordinateTransform(CoordinateTransform&&) noexcept;
    CoordinateTransform& operator=(CoordinateTransform&&) noexcept;
    ~CoordinateTransform();

    /// Whether the two CRSs are the same (points pass unchanged).
    bool identity() const;
    /// Transforms (x, y) in place; false when the point has no place in the target CRS.
    bool apply(double& x, double& y) const;

private:
    struct Impl;
    explicit CoordinateTransform(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace tanhui::gis
