// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// A stratification's map for a view: the stand raster read as windows at the output size
// (GDAL chooses the overview), or the stand polygons burnt at it, and each pixel's stratum,
// handed to the window as a class buffer it colours (GUI-ANCHORS.md §1–2).

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tanhui/core/result.h"

namespace tanhui::workflow {

class JobContext;
class ProjectService;
struct Placement;

/// A rectangle of the stand raster in its pixel coordinates: column and row from the
/// top-left corner of the top-left cell; fractional, and partly or wholly outside, allowed.
struct MapWindow
{
    double x = 0.0, y = 0.0, width = 0.0, height = 0.0;
    bool operator==(const MapWindow&) const = default;
};

/// `width` × `height` output pixels of a window, each the stratum of the cell under its
/// centre (nearest neighbour: class codes are never averaged).
struct ClassImage
{
    static constexpr std::uint8_t kNone = 255; ///< nodata, outside the raster, in no stratum
    /// An age beyond the plausible (a code such as 255, a year typed as an age): counted in
    /// no stratum, and shown apart so that it is seen.
    static constexpr std::uint8_t kImplausible = 254;
    MapWindow window;
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> classes;               ///< row by row from the top; k: strata()[k]
    static constexpr std::uint8_t kStandEdge = 1;    ///< its right or lower neighbour is
                                                     ///< another stand, or none
    static constexpr std::uint8_t kBoundaryEdge = 2; ///< on the project boundary
    /// What a pixel is on, when anything: kStandEdge, kBoundaryEdge or 0. Empty when nothing
    /// is outlined (a raster without a boundary; stands too small to outline).
    std::vector<std::uint8_t> outlines;
};

/// One cell, as identify shows it.
struct MapPixel
{
    int column = 0;
    int row = 0;
    double x = 0.0, y = 0.0;      ///< the cell centre in the raster's CRS
    std::optional<double> value;  ///< none: nodata
    int stratum = -1;             ///< index into strata(), −1: in none
    bool implausibleAge = false;  ///< beyond the plausible: in no stratum
    int stand = -1;               ///< stand polygons: the stand (in file order) under it
    bool outsideBoundary = false; ///< outside the project boundary: in no stratum
};

/// The map of one stratification drawn from a stand raster (age groups, or stratum rules on
/// one band) or from stand polygons by their rules. Immutable once opened, so that render
/// jobs on other threads share it; each render or identify opens its own dataset (GDAL
/// datasets are not thread-safe). Polygons are drawn in the pixel space of a grid over their
/// extent (see polygons()).
class MapLayer
{
public:
    /// The map `stratification` of `project` was drawn from. InvalidArgument for one drawn
    /// from a table, every distinct value, or stacked species/origin rasters (not drawn
    /// yet), and for more strata than a class buffer holds (253).
    static core::Result<std::shared_ptr<const MapLayer>>
    open(ProjectService& project, const std::string& stratification, JobContext& context);
    /// The map of `placement`'s raster and strata, named `name` (benchmarks, tests).
    static core::Result<std::shared_ptr<const MapLayer>>
    open(const Placement& placement, const std::string& name, JobContext& context);
    ~MapLayer();

    /// The file drawn: the stand raster, or the stand polygons.
    const std::string& raster() const;
    /// Drawn from stand polygons: width() × height() is a grid of round cells over their
    /// extent, and identify gives the stand under a cell's centre.
    bool polygons() const;
    int stands() const; ///< stand polygons: how many (0 for a raster)
    /// The project boundary outlined on the map (empty: none): the one the stratification was
    /// clipped to (boundaryClips(): outside it the map shows no stratum), or else the boundary
    /// layer the project recorded last, only drawn.
    const std::string& boundary() const;
    bool boundaryClips() const;
    /// A stand's attributes as its file holds them (GBK or UTF-8, decoded), column by column.
    std::vector<std::pair<std::string, std::string>> standAttributes(int stand) const;
    const std::string& stratification() const;
    const std::vector<std::string>& strata() const;
    int width() const;
    int height() const;
    /// GDAL order: x0, dx, rx, y0, ry, dy (CRS units).
    const std::array<double, 6>& geoTransform() const;
    const std::string& crsName() const;
    const std::string& crsWkt() const;
    bool geographic() const;
    /// (x, y) of the raster's CRS as longitude and latitude of the geographic CRS it is based
    /// on (CGCS2000 for a CGCS2000 Gauss–Krüger map); none for a geographic raster or a point
    /// PROJ cannot transform.
    std::optional<std::array<double, 2>> lonLat(double x, double y) const;
    const std::string& lonLatCrsName() const;
    /// Decimation factors of the raster's overviews (none: every zoomed-out view reads the
    /// full resolution, slowly; the window offers to build them).
    const std::vector<int>& overviews() const;

    /// `window` at `width` × `height`. Cancelled (Error Cancelled) once `cancel` is set, at
    /// the next block read or output row.
    core::Result<ClassImage> render(const MapWindow& window, int width, int height,
                                    const std::atomic<bool>& cancel) const;
    /// The same into `image`, whose memory is reused (a view's pixels touch no new page).
    core::Result<void> render(const MapWindow& window, int width, int height,
                              const std::atomic<bool>& cancel, ClassImage& image) const;
    /// The cell at (column, row); OutOfRange outside the raster (stand polygons: in no stand).
    core::Result<MapPixel> identify(int column, int row) const;

private:
    struct Impl;
    static core::Result<std::shared_ptr<const MapLayer>>
    openStands(const Placement& placement, const std::string& stratification);
    explicit MapLayer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// How an overview cell takes the classes of the cells it covers: never by averaging codes.
enum class OverviewMethod
{
    Mode,    ///< the most frequent (the area-faithful choice for a map of strata)
    Nearest, ///< the cell nearest its centre (fastest)
};

/// Overviews of `raster` (2, 4, 8 … until 256 pixels) into `<raster>.ovr` beside it: the
/// raster itself stays byte for byte as it was (its SHA-256 is recorded and verified).
/// Progress in Phase::Writing (thousandths); a cancelled build leaves no .ovr.
core::Result<void> buildOverviews(const std::string& raster, OverviewMethod method,
                                  JobContext& context);

} // namespace tanhui::workflow
