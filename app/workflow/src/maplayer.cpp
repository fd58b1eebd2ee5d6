// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/workflow/maplayer.h"

#include <cmath>
#include <mutex>

#include "tanhui/gis/gdalrastersource.h"
#include "tanhui/gis/rasterwindow.h"
#include "tanhui/gis/transform.h"
#include "tanhui/workflow/jobcontext.h"
#include "tanhui/workflow/projectservice.h"
#include "tanhui/workflow/strata.h"

#include "mapboundary.h"
#include "pool.h"
#include "standmap.h"

namespace tanhui::workflow {

struct MapLayer::Impl
{
    std::string stratification;
    gis::RasterInfo info;
    std::vector<std::string> strata;
    std::vector<int> overviews;
    CellClasses classes;
    std::shared_ptr<const StandMap> standMap; ///< drawn from stand polygons
    std::unique_ptr<MapBoundary> boundary;    ///< clipped to, or only drawn
    /// For a band read as codes: each code's class, made once (empty: values are read as
    /// doubles and classified one by one).
    std::vector<std::uint8_t> classOfCode;
    /// A dataset opened by an earlier render, with the buffer its codes were read into: each
    /// used by one thread at a time (GDAL datasets are not thread-safe).
    struct Worker
    {
        gis::RasterWindowReader reader;
        gis::CodeWindow codes;
    };
    Pool<Worker> pool;
    /// A worker of the pool, or a new one; given back to it when the Lease goes.
    struct Lease
    {
        const Impl* impl;
        std::optional<Worker> worker;
        ~Lease()
        {
            if (worker)
                impl->pool.give(std::move(*worker));
        }
    };
    core::Result<std::unique_ptr<Lease>> lease() const;

    /// To the longitude and latitude of the raster's geographic base CRS (none for a
    /// geographic raster, or a CRS without one); PROJ's object is used by one caller at a time.
    std::optional<gis::CoordinateTransform> toLonLat;
    std::string lonLatName;
    mutable std::mutex transforming;
    /// A geographic map has no longitude and latitude beside its own coordinates.
    void findLonLat();
    /// The boundary the strata were clipped to, or else the project's, only drawn (taken into
    /// the map's CRS: a line drawn changes no count).
    core::Result<void> openBoundary(const Placement& placement);

    /// A classifier may keep state (a lookup it fills as values are met): one caller at a time.
    mutable std::mutex classifying;
    std::uint8_t classOf(double value) const;
    /// Each output pixel's value read, and classified.
    core::Result<void> renderValues(Worker& worker, int width, int height,
                                    const std::atomic<bool>& cancel, ClassImage& image) const;
    /// Each output pixel's class looked up from its code.
    core::Result<void> renderCodes(Worker& worker, int width, int height,
                                   const std::atomic<bool>& cancel, ClassImage& image) const;
};

core::Result<std::unique_ptr<MapLayer::Impl::Lease>> MapLayer::Impl::lease() const
{
    auto l = std::unique_ptr<Lease>(new Lease{this, pool.take()});
    if (l->worker)
        return l;
    auto opened = gis::RasterWindowReader::open(info.path);
    if (!opened)
        return opened.error();
    l->worker.emplace(Worker{std::move(opened).value(), {}});
    return l;
}

void MapLayer::Impl::findLonLat()
{
    if (!info.isGeographic && !info.crsWkt.empty())
        if (auto t = gis::CoordinateTransform::toGeographic(info.crsWkt, &lonLatName))
            toLonLat.emplace(std::move(t).value());
}

core::Result<void> MapLayer::Impl::openBoundary(const Placement& placement)
{
    const bool clips = !placement.boundary.empty();
    const std::string& path = clips ? placement.boundary : placement.outlinedBoundary;
    if (path.empty())
        return {};
    auto opened =
        MapBoundary::open(path, info.crsWkt, clips ? placement.reprojectBoundary : true, clips);
    if (!opened)
        return opened.error();
    boundary = std::move(opened).value();
    return {};
}

std::uint8_t MapLayer::Impl::classOf(double value) const
{
    if (std::isnan(value))
        return ClassImage::kNone;
    const int k = classes.single.classify(value);
    if (classes.implausibleAgeClass >= 0 && k == classes.implausibleAgeClass)
        return ClassImage::kImplausible;
    return k < 0 ? ClassImage::kNone : std::uint8_t(k);
}

core::Result<void> MapLayer::Impl::renderValues(Worker& worker, int width, int height,
                                                const std::atomic<bool>& cancel,
                                                ClassImage& image) const
{
    const auto values = worker.reader.read(
        {image.window.x, image.window.y, image.window.width, image.window.height}, width, height,
        [&](double) { return !cancel.load(); });
    if (!values)
        return values.error();
    const std::lock_guard lock(classifying);
    // Neighbouring cells mostly share a value: the last one's class is kept.
    double last = std::nan("");
    std::uint8_t lastClass = ClassImage::kNone;
    for (int row = 0; row < height; ++row) {
        if (cancel.load())
            return core::Error{core::ErrorCode::Cancelled, "map render", info.path, 0, {}};
        const std::size_t begin = std::size_t(row) * std::size_t(width);
        for (std::size_t i = begin; i < begin + std::size_t(width); ++i) {
            const double v = (*values)[i];
            if (v != last) { // NaN is never equal: classOf answers kNone at once
                lastClass = classOf(v);
                last = v;
            }
            image.classes[i] = lastClass;
        }
    }
    return {};
}

core::Result<void> MapLayer::Impl::renderCodes(Worker& worker, int width, int height,
                                               const std::atomic<bool>& cancel,
                                               ClassImage& image) const
{
    const MapWindow& window = image.window;
    const gis::CodeWindow* codes = &worker.codes;
    if (auto read =
            worker.reader.readCodes({window.x, window.y, window.width, window.height}, width,
                                    height, worker.codes, [&](double) { return !cancel.load(); });
        !read)
        return read.error();
    // Byte codes and classes alias anything: plain pointers declared apart, so that the
    // loop is not reloading the table after every store.
    auto lookUp = [&](const auto* __restrict values) {
        const std::uint8_t* __restrict table = classOfCode.data();
        std::uint8_t* __restrict out = image.classes.data();
        const std::size_t last = classOfCode.size() - 1;
        const std::size_t across = std::size_t(codes->c1 - codes->c0);
        for (int row = codes->r0; row < codes->r1; ++row) {
            std::uint8_t* line =
                out + std::size_t(row) * std::size_t(width) + std::size_t(codes->c0);
            const auto* in = values + std::size_t(row - codes->r0) * across;
            for (std::size_t i = 0; i < across; ++i)
                line[i] = table[std::min<std::size_t>(in[i], last)];
        }
    };
    if (codes->bytes.empty())
        lookUp(codes->words.data());
    else
        lookUp(codes->bytes.data());
    return {};
}

MapLayer::MapLayer(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{}
MapLayer::~MapLayer() = default;

core::Result<std::shared_ptr<const MapLayer>>
MapLayer::open(ProjectService& project, const std::string& stratification, JobContext& context)
{
    auto placement = project.placementFor(stratification);
    if (!placement)
        return placement.error();
    if (placement->boundary.empty()) {
        auto boundary = project.boundaryLayer();
        if (!boundary)
            return boundary.error();
        placement->outlinedBoundary = std::move(boundary).value();
    }
    return open(*placement, stratification, context);
}

core::Result<std::shared_ptr<const MapLayer>>
MapLayer::openStands(const Placement& placement, const std::string& stratification)
{
    auto map = StandMap::open(placement.stands, placement.strata.rulesPath);
    if (!map)
        return map.error();
    auto impl = std::make_unique<Impl>();
    impl->strata = (*map)->strata();
    if (impl->strata.size() >= ClassImage::kImplausible)
        return core::Error{core::ErrorCode::InvalidArgument,
                           "the map of " + stratification + " cannot be drawn: " +
                               std::to_string(impl->strata.size()) + " strata, more than 253",
                           placement.stands,
                           0,
                           {}};
    impl->info.path = placement.stands;
    impl->info.width = (*map)->width();
    impl->info.height = (*map)->height();
    impl->info.geoTransform = (*map)->geoTransform();
    impl->info.crsWkt = (*map)->shapes().crsWkt();
    impl->info.crsName = (*map)->shapes().crsName();
    impl->info.isGeographic = (*map)->shapes().geographic();
    impl->standMap = std::move(map).value();
    impl->findLonLat();
    if (auto boundary = impl->openBoundary(placement); !boundary)
        return boundary.error();
    impl->stratification = stratification;
    return std::shared_ptr<const MapLayer>(new MapLayer(std::move(impl)));
}

core::Result<std::shared_ptr<const MapLayer>>
MapLayer::open(const Placement& placement, const std::string& stratification, JobContext& context)
{
    auto refuse = [&](const std::string& why) {
        return core::Error{core::ErrorCode::InvalidArgument,
                           "the map of " + stratification + " cannot be drawn yet: " + why,
                           placement.raster.empty() ? placement.stands : placement.raster,
                           0,
                           {}};
    };
    if (placement.raster.empty())
        return openStands(placement, stratification);
    if (placement.band != 1) // the window reader reads band 1
        return refuse("it was drawn from band " + std::to_string(placement.band));
    if (placement.strata.ageGroups && placement.strata.ageGroups->stacked())
        return refuse("its species-group or origin rasters are stacked on the ages");
    const auto source = gis::GdalRasterSource::open(placement.raster, placement.band);
    if (!source)
        return source.error();
    auto impl = std::make_unique<Impl>();
    auto classes = buildCellClasses(placement.strata, **source, placement.raster, 0, context);
    if (!classes)
        return classes.error();
    impl->classes = std::move(classes).value();
    impl->strata = impl->classes.names;
    if (impl->classes.implausibleAgeClass >= 0)
        impl->strata.resize(std::size_t(impl->classes.implausibleAgeClass));
    if (impl->strata.size() >= ClassImage::kImplausible)
        return refuse(std::to_string(impl->strata.size()) + " strata, more than 253");
    auto reader = gis::RasterWindowReader::open(placement.raster);
    if (!reader)
        return reader.error();
    impl->info = reader->info();
    impl->overviews = reader->overviewFactors();
    // Codes of at most 16 bits are classified once each, here, when the classifier allows it.
    if (reader->hasCodes() && impl->classes.single.tabulate) {
        const bool byte = impl->info.dataType == "Byte";
        const int offset = impl->info.dataType == "Int16" ? 32768 : 0; // as readCodes gives
        impl->classOfCode.resize(byte ? 256 : 65536);
        for (std::size_t code = 0; code < impl->classOfCode.size(); ++code) {
            const double value = double(int(code) - offset);
            impl->classOfCode[code] = impl->info.noData && value == *impl->info.noData
                                          ? ClassImage::kNone
                                          : impl->classOf(value);
        }
    }
    impl->findLonLat();
    if (auto boundary = impl->openBoundary(placement); !boundary)
        return boundary.error();
    // The dataset opened here serves the first view.
    impl->pool.give({std::move(reader).value(), {}});
    impl->stratification = stratification;
    return std::shared_ptr<const MapLayer>(new MapLayer(std::move(impl)));
}

const std::string& MapLayer::raster() const
{
    return m_impl->info.path;
}
bool MapLayer::polygons() const
{
    return m_impl->standMap != nullptr;
}
const std::string& MapLayer::boundary() const
{
    static const std::string none;
    return m_impl->boundary ? m_impl->boundary->path() : none;
}
bool MapLayer::boundaryClips() const
{
    return m_impl->boundary && m_impl->boundary->clips();
}
int MapLayer::stands() const
{
    return m_impl->standMap ? m_impl->standMap->stands() : 0;
}
std::vector<std::pair<std::string, std::string>> MapLayer::standAttributes(int stand) const
{
    return m_impl->standMap ? m_impl->standMap->attributes(stand)
                            : std::vector<std::pair<std::string, std::string>>{};
}
const std::string& MapLayer::stratification() const
{
    return m_impl->stratification;
}
const std::vector<std::string>& MapLayer::strata() const
{
    return m_impl->strata;
}
int MapLayer::width() const
{
    return m_impl->info.width;
}
int MapLayer::height() const
{
    return m_impl->info.height;
}
const std::array<double, 6>& MapLayer::geoTransform() const
{
    return m_impl->info.geoTransform;
}
const std::string& MapLayer::crsName() const
{
    return m_impl->info.crsName;
}
const std::string& MapLayer::crsWkt() const
{
    return m_impl->info.crsWkt;
}
bool MapLayer::geographic() const
{
    return m_impl->info.isGeographic;
}
std::optional<std::array<double, 2>> MapLayer::lonLat(double x, double y) const
{
    if (!m_impl->toLonLat)
        return std::nullopt;
    const std::lock_guard lock(m_impl->transforming);
    if (!m_impl->toLonLat->apply(x, y))
        return std::nullopt;
    return std::array<double, 2>{x, y};
}
const std::string& MapLayer::lonLatCrsName() const
{
    return m_impl->lonLatName;
}
const std::vector<int>& MapLayer::overviews() const
{
    return m_impl->overviews;
}

core::Result<ClassImage> MapLayer::render(const MapWindow& window, int width, int height,
                                          const std::atomic<bool>& cancel) const
{
    ClassImage image;
    if (auto drawn = render(window, width, height, cancel, image); !drawn)
        return drawn.error();
    return image;
}

core::Result<void> MapLayer::render(const MapWindow& window, int width, int height,
                                    const std::atomic<bool>& cancel, ClassImage& image) const
{
    if (width <= 0 || height <= 0 || !(window.width > 0.0) || !(window.height > 0.0))
        return core::Error{core::ErrorCode::InvalidArgument, "an empty map view", raster(), 0, {}};
    image.window = window;
    image.width = width;
    image.height = height;
    // Over the memory of the image given: no stratum until drawn.
    image.classes.assign(std::size_t(width) * std::size_t(height), ClassImage::kNone);
    image.outlines.clear();
    core::Result<void> drawn;
    if (m_impl->standMap) {
        drawn = m_impl->standMap->render(image, cancel);
    } else {
        const auto lease = m_impl->lease();
        if (!lease)
            return lease.error();
        drawn = m_impl->classOfCode.empty()
                    ? m_impl->renderValues(*(*lease)->worker, width, height, cancel, image)
                    : m_impl->renderCodes(*(*lease)->worker, width, height, cancel, image);
    }
    if (!drawn || !m_impl->boundary)
        return drawn;
    return m_impl->boundary->clip(image, geoTransform(), cancel);
}

core::Result<MapPixel> MapLayer::identify(int column, int row) const
{
    if (m_impl->standMap)
        return m_impl->standMap->identify(column, row);
    const auto lease = m_impl->lease();
    if (!lease)
        return lease.error();
    const auto value = (*lease)->worker->reader.pixel(column, row);
    if (!value)
        return value.error();
    const auto& gt = geoTransform();
    MapPixel p;
    p.column = column;
    p.row = row;
    p.x = gt[0] + (column + 0.5) * gt[1] + (row + 0.5) * gt[2];
    p.y = gt[3] + (column + 0.5) * gt[4] + (row + 0.5) * gt[5];
    p.value = *value;
    if (p.value) {
        const std::lock_guard lock(m_impl->classifying);
        const std::uint8_t k = m_impl->classOf(*p.value);
        p.implausibleAge = k == ClassImage::kImplausible;
        p.stratum = k < ClassImage::kImplausible ? int(k) : -1;
    }
    // Counted only when its centre is inside the boundary, as gis::boundaryMask decides.
    if (m_impl->boundary && m_impl->boundary->clips() && !m_impl->boundary->inside(p.x, p.y)) {
        p.outsideBoundary = true;
        p.stratum = -1;
    }
    return p;
}

core::Result<void> buildOverviews(const std::string& raster, OverviewMethod method,
                                  JobContext& context)
{
    context.beginPhase(Phase::Writing, 1000);
    return gis::buildOverviews(raster,
                               method == OverviewMethod::Mode ? gis::OverviewResampling::Mode
                                                              : gis::OverviewResampling::Nearest,
                               [&](double done) {
                                   context.setProgress(std::int64_t(done * 1000), 1000);
                                   return !context.isCancelled();
                               });
}

} // namespace tanhui::workflow
