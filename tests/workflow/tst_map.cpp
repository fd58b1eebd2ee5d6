// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The map of a stratification as the view draws it: class buffers that agree with the
// stratification's own tally, cells identified as the raster holds them, and a renderer that
// reports only the newest view and never leaves a worker behind.
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>
#include <algorithm>
#include <map>

#include "tanhui/workflow/areasjob.h"
#include "tanhui/workflow/demofarm.h"
#include "tanhui/workflow/jobcontext.h"
#include "tanhui/workflow/maplayer.h"
#include "tanhui/workflow/mapplots.h"
#include "tanhui/workflow/maprenderer.h"
#include "tanhui/workflow/projectservice.h"
#include "tanhui/workflow/projecttypes.h"
#include "tanhui/workflow/samplejob.h"

#include "testutil.h"

using namespace tanhui;
using namespace tanhui::workflow;

class TestMap : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void classesAgreeWithTheTally();
    void identifiesCellsAsTheRasterHoldsThem();
    void givesLongitudeAndLatitudeAsCs2csDoes();
    void drawsAndIdentifiesARealLandCoverMap();
    void zoomedOutViewsKeepClassCodes();
    void cellsNoRuleTakesAreInNoStratum();
    void standPolygonsAreBurntAtTheViewsSize();
    void standsAreIdentifiedWithTheirAttributes();
    void theBoundaryClipsAsTheAreasCountedIt();
    void theProjectsBoundaryIsDrawnOnItsMaps();
    void plotsLieWhereTheSampleJobPutsThem();
    void plotsOfEveryKindNotDrawnAreCounted();
    void rendererReportsOnlyTheNewestView();
    void rendererDrawsIntoTheImageLetGo();
    void destroyedRendererLeavesNoWorker();

private:
    std::shared_ptr<const MapLayer> openLayer(const std::string& stratification);
    std::shared_ptr<const MapLayer> openQuesnelBlocks();
    /// A pentagon over most of the farm as GeoJSON, in its CRS or (`degrees`) in CGCS2000
    /// longitude and latitude by cs2cs; empty when cs2cs fails.
    QString pentagon(bool degrees);
    QTemporaryDir m_dir;
    DemoFarm m_farm;
};

void TestMap::initTestCase()
{
    QVERIFY(m_dir.isValid());
    JobContext context;
    auto farm = createDemoFarm(m_dir.filePath(QStringLiteral("farm")).toStdString(), context);
    QVERIFY(farm);
    m_farm = *farm;
}

std::shared_ptr<const MapLayer> TestMap::openLayer(const std::string& stratification)
{
    auto project = ProjectService::open(m_farm.project);
    if (!project)
        return nullptr;
    JobContext context;
    auto layer = MapLayer::open(*project, stratification, context);
    if (!layer)
        qWarning() << layer.error().detail.c_str();
    return layer ? *layer : nullptr;
}

// At one output pixel per cell, the class buffer counts what the stratify job tallied.
void TestMap::classesAgreeWithTheTally()
{
    const auto layer = openLayer("age-groups-2024");
    QVERIFY(layer);
    QCOMPARE(layer->strata(), (std::vector<std::string>{"young", "middle", "mature"}));
    QCOMPARE(layer->width(), 300);
    QCOMPARE(layer->height(), 200);
    QCOMPARE(layer->raster(), m_farm.ageRaster);
    const std::atomic<bool> go{false};
    const auto image = layer->render({0, 0, 300, 200}, 300, 200, go);
    QVERIFY2(image, image ? "" : image.error().detail.c_str());
    std::map<int, std::int64_t> counts;
    for (std::uint8_t k : image->classes)
        ++counts[k];

    auto project = ProjectService::open(m_farm.project);
    const auto placement = project->placementFor("age-groups-2024");
    QVERIFY(placement);
    JobContext context;
    AreasRequest request;
    request.raster = placement->raster;
    request.strata = placement->strata;
    const auto areas = runAreas(request, context);
    QVERIFY(areas);
    std::int64_t classified = 0;
    for (std::size_t k = 0; k < layer->strata().size(); ++k) {
        QCOMPARE(areas->strata[k].stratum, layer->strata()[k]);
        QCOMPARE(counts[int(k)], areas->strata[k].units);
        QVERIFY(areas->strata[k].units > 1000);
        classified += areas->strata[k].units;
    }
    // The rest is nodata (the farm's edge), drawn as no stratum.
    QCOMPARE(counts[ClassImage::kNone], 300 * 200 - classified);
    QVERIFY(counts[ClassImage::kNone] > 0);
}

void TestMap::identifiesCellsAsTheRasterHoldsThem()
{
    const auto layer = openLayer("age-groups-2024");
    QVERIFY(layer);
    const std::atomic<bool> go{false};
    const auto image = layer->render({0, 0, 300, 200}, 300, 200, go);
    QVERIFY(image);
    const auto& gt = layer->geoTransform();
    for (const auto& [column, row] : {std::pair{0, 0}, {150, 100}, {299, 199}, {17, 123}}) {
        const auto cell = layer->identify(column, row);
        QVERIFY(cell);
        // The centre of the cell, in the raster's CRS.
        QCOMPARE(cell->x, gt[0] + (column + 0.5) * gt[1]);
        QCOMPARE(cell->y, gt[3] + (row + 0.5) * gt[5]);
        const std::uint8_t drawn = image->classes[std::size_t(row) * 300 + std::size_t(column)];
        QCOMPARE(cell->stratum, drawn == ClassImage::kNone ? -1 : int(drawn));
        QCOMPARE(cell->value.has_value(), drawn != ClassImage::kNone);
    }
    QCOMPARE(layer->identify(300, 0).error().code, core::ErrorCode::OutOfRange);
    QCOMPARE(layer->identify(0, -1).error().code, core::ErrorCode::OutOfRange);
}

// Zoomed out, an output pixel takes the class of one cell (nearest), never a mean of codes;
// The demo map's corner and the centre of cell (149, 99) in CGCS2000 longitude and latitude,
// as PROJ's own command gives them:
// echo "2910000 39420000" | cs2cs -f %.9f EPSG:4527 EPSG:4490 → 26.297116816 116.198930684
// echo "2909005 39421495" | cs2cs -f %.9f EPSG:4527 EPSG:4490 → 26.288219710 116.213960074
void TestMap::givesLongitudeAndLatitudeAsCs2csDoes()
{
    const auto layer = openLayer("age-groups-2024");
    QVERIFY(layer);
    QCOMPARE(layer->lonLatCrsName(), std::string("China Geodetic Coordinate System 2000"));
    const auto corner = layer->lonLat(39420000.0, 2910000.0);
    QVERIFY(corner);
    QVERIFY(std::abs((*corner)[0] - 116.198930684) < 1e-9);
    QVERIFY(std::abs((*corner)[1] - 26.297116816) < 1e-9);
    const auto pixel = layer->identify(149, 99);
    QVERIFY(pixel);
    const auto centre = layer->lonLat(pixel->x, pixel->y);
    QVERIFY(centre);
    QVERIFY(std::abs((*centre)[0] - 116.213960074) < 1e-9);
    QVERIFY(std::abs((*centre)[1] - 26.288219710) < 1e-9);
}

// A real NLCD land-cover raster (landscapemetrics' augusta_nlcd, Albers, 30 m) as a map of two
// strata by rules: its cells identified as gdallocationinfo reads them
// (gdallocationinfo -valonly augusta_nlcd.tif 0 0 → 42, 100 100 → 21, 300 200 → 22,
// 450 37 → 42, 677 439 → 23), and the 1:1 class buffer counting what the areas job tallies.
void TestMap::drawsAndIdentifiesARealLandCoverMap()
{
    const QString path =
        tanhui::test::realDataPath(QStringLiteral("landscapemetrics_landcover/augusta_nlcd.tif"));
    TANHUI_REQUIRE_REAL_DATA(path);
    QFile rules(m_dir.filePath(QStringLiteral("nlcd.json")));
    QVERIFY(rules.open(QIODevice::WriteOnly));
    rules.write(R"({"strata": [{"name": "forest", "values": [41, 42, 43]},
                               {"name": "developed", "values": [21, 22, 23, 24]}]})");
    rules.close();
    Placement placement;
    placement.raster = path.toStdString();
    placement.strata = {StrataMethod::RasterRules, rules.fileName().toStdString(), {}};
    JobContext context;
    const auto layer = MapLayer::open(placement, "nlcd", context);
    QVERIFY2(layer, layer ? "" : layer.error().detail.c_str());
    QCOMPARE((*layer)->strata(), (std::vector<std::string>{"forest", "developed"}));
    const struct
    {
        int column, row;
        double value;
        int stratum;
    } cells[] = {
        {0, 0, 42, 0}, {100, 100, 21, 1}, {300, 200, 22, 1}, {450, 37, 42, 0}, {677, 439, 23, 1}};
    for (const auto& c : cells) {
        const auto pixel = (*layer)->identify(c.column, c.row);
        QVERIFY(pixel && pixel->value);
        QCOMPARE(*pixel->value, c.value);
        QCOMPARE(pixel->stratum, c.stratum);
        QCOMPARE(pixel->x, 1249665.0 + (c.column + 0.5) * 30.0);
        QCOMPARE(pixel->y, 1260015.0 - (c.row + 0.5) * 30.0);
    }
    const std::atomic<bool> go{false};
    const auto image = (*layer)->render({0, 0, 678, 440}, 678, 440, go);
    QVERIFY(image);
    std::map<int, std::int64_t> counts;
    for (std::uint8_t k : image->classes)
        ++counts[k];
    AreasRequest request;
    request.raster = placement.raster;
    request.strata = placement.strata;
    const auto areas = runAreas(request, context);
    QVERIFY(areas);
    int compared = 0;
    for (const auto& s : areas->strata)
        if (s.stratum == "forest" || s.stratum == "developed") {
            QCOMPARE(counts[s.stratum == "forest" ? 0 : 1], s.units);
            ++compared;
        }
    QCOMPARE(compared, 2);
}

// beyond the raster's edge it is no stratum.
void TestMap::zoomedOutViewsKeepClassCodes()
{
    const auto layer = openLayer("age-groups-2024");
    QVERIFY(layer);
    const std::atomic<bool> go{false};
    const auto full = layer->render({0, 0, 300, 200}, 300, 200, go);
    const auto small = layer->render({-300, 0, 600, 200}, 60, 20, go);
    QVERIFY(full && small);
    for (int row = 0; row < 20; ++row)
        for (int column = 0; column < 60; ++column) {
            const std::uint8_t k = small->classes[std::size_t(row * 60 + column)];
            if (column < 30) {
                QCOMPARE(k, ClassImage::kNone);
                continue;
            }
            // The output pixel's centre falls in cell (10·(column−30)+5, 10·row+5).
            const std::size_t cell = std::size_t((10 * row + 5) * 300 + 10 * (column - 30) + 5);
            QCOMPARE(k, full->classes[cell]);
        }
    QCOMPARE(layer->render({0, 0, 0, 200}, 10, 10, go).error().code,
             core::ErrorCode::InvalidArgument);
}

// Stratum rules that take only some ages: the others are in no stratum (not "implausible",
// which only age groups have); a band other than the first is refused, not drawn from band 1.
void TestMap::cellsNoRuleTakesAreInNoStratum()
{
    QFile rules(m_dir.filePath(QStringLiteral("old.json")));
    QVERIFY(rules.open(QIODevice::WriteOnly));
    rules.write(R"({"strata": [{"name": "old", "min": 20}]})");
    rules.close();
    Placement placement;
    placement.raster = m_farm.ageRaster;
    placement.strata = {StrataMethod::RasterRules, rules.fileName().toStdString(), {}};
    JobContext context;
    const auto layer = MapLayer::open(placement, "old", context);
    QVERIFY2(layer, layer ? "" : layer.error().detail.c_str());
    QCOMPARE((*layer)->strata(), std::vector<std::string>{"old"});
    const std::atomic<bool> go{false};
    const auto image = (*layer)->render({0, 0, 300, 200}, 300, 200, go);
    QVERIFY(image);
    int old = 0, none = 0;
    for (int row = 0; row < 200; ++row)
        for (int column = 0; column < 300; ++column) {
            const std::uint8_t k = image->classes[std::size_t(row * 300 + column)];
            QVERIFY(k == 0 || k == ClassImage::kNone);
            old += k == 0;
            none += k == ClassImage::kNone;
        }
    QVERIFY(old > 0 && none > 0);
    for (int column = 0; column < 300; ++column) {
        const auto cell = (*layer)->identify(column, 100);
        QVERIFY(cell && !cell->implausibleAge);
        QCOMPARE(cell->stratum, cell->value && *cell->value >= 20 ? 0 : -1);
    }
    placement.band = 2;
    const auto second = MapLayer::open(placement, "old", context);
    QVERIFY(!second);
    QCOMPARE(second.error().code, core::ErrorCode::InvalidArgument);
}

// The nine Quesnel cut blocks (real, UTM 10N) in two strata by BlockID; 993-2 in none.
std::shared_ptr<const MapLayer> TestMap::openQuesnelBlocks()
{
    const QString blocks =
        test::realDataPath(QStringLiteral("foresttools_bc_cutblocks/quesnelBlocks.gpkg"));
    Placement placement;
    placement.stands = blocks.toStdString();
    placement.strata.method = StrataMethod::Stands;
    placement.strata.rulesPath =
        test::writeFile(QDir(m_dir.path()), QStringLiteral("blocks.json"), R"({"strata": [
        {"name": "first", "conditions": [{"field": "BlockID", "values": ["1050", "1020", "1021"]}]},
        {"name": "rest", "conditions": [{"field": "BlockID",
                                         "values": ["1022", "1023", "1034", "993-1", "1049"]}]}]})")
            .toStdString();
    JobContext context;
    auto layer = MapLayer::open(placement, "blocks", context);
    if (!layer)
        qWarning() << layer.error().detail.c_str();
    return layer ? *layer : nullptr;
}

// Stand polygons drawn at a view's size: each stratum's pixels cover the planar area SpatiaLite
// gives its blocks (ST_Area, through ogrinfo); outlines only where stands are big enough to
// have them; a cancelled view stops.
void TestMap::standPolygonsAreBurntAtTheViewsSize()
{
    const auto layer = openQuesnelBlocks();
    QVERIFY(layer);
    QVERIFY(layer->polygons());
    QCOMPARE(layer->stands(), 9);
    QCOMPARE(layer->strata(), (std::vector<std::string>{"first", "rest"}));
    QVERIFY(layer->crsName().find("UTM zone 10N") != std::string::npos);
    // ogrinfo -so: extent (492859.524514, 5820060.795320) - (494335.108716, 5821353.022905):
    // 1475.6 m across, over 16 384 cells: 0.05 m ones.
    const auto& gt = layer->geoTransform();
    QCOMPARE(gt[1], 0.05);
    QCOMPARE(gt[5], -0.05);
    QVERIFY(gt[0] <= 492859.524514 && gt[0] + 0.05 > 492859.524514);
    QVERIFY(gt[3] >= 5821353.022905 && gt[3] - 0.05 < 5821353.022905);
    QVERIFY(gt[0] + layer->width() * gt[1] >= 494335.108716);
    QVERIFY(gt[3] + layer->height() * gt[5] <= 5820060.795320);

    const std::atomic<bool> go{false};
    const int width = 2400;
    const int height = int(std::lround(width * double(layer->height()) / layer->width()));
    const MapWindow whole{0, 0, double(layer->width()), double(layer->height())};
    const auto image = layer->render(whole, width, height, go);
    QVERIFY2(image, image ? "" : image.error().detail.c_str());
    std::vector<double> m2(2, 0.0);
    const double pixel = (whole.width * gt[1] / width) * (whole.height * gt[1] / height);
    for (const std::uint8_t k : image->classes)
        if (k < 2)
            m2[k] += pixel;
    // ogrinfo -dialect sqlite -sql "select BlockID, ST_Area(geom) from quesnelBlocks"
    const double first = 203078.984046144 + 184074.347688377 + 149363.630649242;
    const double rest =
        265291.772873431 + 194146.234103707 + 79711.462229766 + 38529.0305904532 + 99298.2314060284;
    TANHUI_COMPARE_REL(m2[0], first, 2e-4);
    TANHUI_COMPARE_REL(m2[1], rest, 2e-4);
    const auto edges = std::count(image->outlines.begin(), image->outlines.end(), 1);
    QVERIFY2(edges > 2 * width && edges < int(image->classes.size()) / 20,
             std::to_string(edges).c_str());
    // Zoomed out to a thumbnail the stands are a few pixels each: no outlines.
    const auto thumbnail = layer->render(whole, 16, 14, go);
    QVERIFY(thumbnail);
    QVERIFY(thumbnail->outlines.empty());
    const std::atomic<bool> stop{true};
    const auto cancelled = layer->render(whole, width, height, stop);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, core::ErrorCode::Cancelled);
}

// A click on a stand gives its attributes: the BlockID of the block SpatiaLite puts the point
// on (PointOnSurface), its stratum by the rules, none for a block no rule takes; the rendered
// pixel there is that stratum's.
void TestMap::standsAreIdentifiedWithTheirAttributes()
{
    const auto layer = openQuesnelBlocks();
    QVERIFY(layer);
    struct Inside
    {
        const char* block;
        double x, y;
        int stratum;
    };
    // ogrinfo -dialect sqlite -sql "select BlockID, ST_X(PointOnSurface(geom)), ..."
    const Inside points[] = {{"1050", 493732.415594947, 5820395.11923174, 0},
                             {"1022", 493689.308364499, 5820687.05255604, 1},
                             {"993-1", 494211.525302881, 5820938.41568211, 1},
                             {"993-2", 494072.270667286, 5820348.58165577, -1}};
    const auto& gt = layer->geoTransform();
    const std::atomic<bool> go{false};
    for (const Inside& p : points) {
        const int column = int((p.x - gt[0]) / gt[1]);
        const int row = int((p.y - gt[3]) / gt[5]);
        const auto cell = layer->identify(column, row);
        QVERIFY(cell);
        QVERIFY2(cell->stand >= 0, p.block);
        const auto attributes = layer->standAttributes(cell->stand);
        QCOMPARE(attributes.size(), std::size_t(1));
        QCOMPARE(attributes[0].first, std::string("BlockID"));
        QCOMPARE(attributes[0].second, std::string(p.block));
        QCOMPARE(cell->stratum, p.stratum);
        QVERIFY(std::abs(cell->x - p.x) <= 0.025 && std::abs(cell->y - p.y) <= 0.025);
        const auto one = layer->render({double(column), double(row), 1, 1}, 1, 1, go);
        QVERIFY(one);
        QCOMPARE(int(one->classes[0]), p.stratum < 0 ? int(ClassImage::kNone) : p.stratum);
    }
    const auto outside = layer->identify(0, 0); // the extent's corner lies in no block
    QVERIFY(outside);
    QCOMPARE(outside->stand, -1);
    const auto beyond = layer->identify(layer->width() + 100, -5); // beyond the grid
    QVERIFY(beyond && beyond->stand == -1 && beyond->stratum == -1);
}

QString TestMap::pentagon(bool degrees)
{
    // Over most of the farm (39420000–39423000 E, 2908000–2910000 N), its edges across cells
    // at all angles.
    const std::vector<std::pair<double, double>> corners = {{39420123.4, 2908234.5},
                                                            {39422890.1, 2908045.6},
                                                            {39422712.3, 2909321.7},
                                                            {39421503.9, 2909954.2},
                                                            {39420234.5, 2909687.8}};
    QStringList points;
    if (degrees) {
        QProcess cs2cs;
        cs2cs.start(QStringLiteral("cs2cs"),
                    {QStringLiteral("-f"), QStringLiteral("%.10f"), QStringLiteral("EPSG:4527"),
                     QStringLiteral("EPSG:4490")});
        if (!cs2cs.waitForStarted())
            return {};
        // cs2cs reads and writes EPSG axis order: northing easting in, latitude longitude out.
        for (const auto& [x, y] : corners)
            cs2cs.write(QByteArray::number(y, 'f', 3) + ' ' + QByteArray::number(x, 'f', 3) + '\n');
        cs2cs.closeWriteChannel();
        if (!cs2cs.waitForFinished())
            return {};
        for (const QByteArray& line : cs2cs.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() >= 2)
                points << QStringLiteral("[%1, %2]")
                              .arg(QString::fromLatin1(f[1]), QString::fromLatin1(f[0]));
        }
        if (points.size() != int(corners.size()))
            return {};
    } else {
        for (const auto& [x, y] : corners)
            points << QStringLiteral("[%1, %2]").arg(x, 0, 'f', 1).arg(y, 0, 'f', 1);
    }
    points << points.front();
    const QString geoJson =
        QStringLiteral(R"({"type": "FeatureCollection", "crs": {"type": "name", "properties":
        {"name": "urn:ogc:def:crs:EPSG::%1"}}, "features": [{"type": "Feature", "properties": {},
        "geometry": {"type": "Polygon", "coordinates": [[%2]]}}]})")
            .arg(degrees ? 4490 : 4527)
            .arg(points.join(QStringLiteral(", ")));
    return test::writeFile(QDir(m_dir.path()),
                           degrees ? QStringLiteral("boundary_4490.geojson")
                                   : QStringLiteral("boundary.geojson"),
                           geoJson.toUtf8());
}

// A stratification clipped to a project boundary: at one pixel a cell, each stratum's pixels
// are the cells gis::boundaryMask let the areas job count (an independent scanline), for a
// boundary in the raster's CRS and for one in CGCS2000 longitude and latitude transformed to
// it; the boundary's edge is outlined, and a cell outside it is identified as outside.
void TestMap::theBoundaryClipsAsTheAreasCountedIt()
{
    auto project = ProjectService::open(m_farm.project);
    QVERIFY(project);
    auto placement = project->placementFor("age-groups-2024");
    QVERIFY(placement);
    const QString projected = pentagon(false);
    const QString geographic = pentagon(true);
    QVERIFY(!projected.isEmpty() && !geographic.isEmpty());
    for (const auto& [file, reproject] : {std::pair{projected, false}, {geographic, true}}) {
        placement->boundary = file.toStdString();
        placement->reprojectBoundary = reproject;
        JobContext context;
        const auto layer = MapLayer::open(*placement, "clipped", context);
        QVERIFY2(layer, layer ? "" : layer.error().detail.c_str());
        QCOMPARE((*layer)->boundary(), file.toStdString());
        const std::atomic<bool> go{false};
        const auto image = (*layer)->render({0, 0, 300, 200}, 300, 200, go);
        QVERIFY(image);
        std::map<int, std::int64_t> counts;
        for (std::uint8_t k : image->classes)
            ++counts[k];
        AreasRequest request;
        request.raster = placement->raster;
        request.strata = placement->strata;
        request.boundary = file.toStdString();
        request.reprojectBoundary = reproject;
        const auto areas = runAreas(request, context);
        QVERIFY2(areas, areas ? "" : areas.error().detail.c_str());
        std::int64_t inStrata = 0;
        for (std::size_t k = 0; k < areas->strata.size(); ++k) {
            QCOMPARE(counts[int(k)], areas->strata[k].units);
            inStrata += areas->strata[k].units;
        }
        QVERIFY(inStrata > 20000 && inStrata < 50000); // the pentagon, less the stream
        const auto edges =
            std::count(image->outlines.begin(), image->outlines.end(), ClassImage::kBoundaryEdge);
        QVERIFY2(edges > 1000 && edges < 4000, std::to_string(edges).c_str());
        // (0, 0) is north-west of the pentagon; (150, 150) inside it.
        const auto outside = (*layer)->identify(0, 0);
        QVERIFY(outside && outside->outsideBoundary && outside->stratum == -1);
        QVERIFY(outside->value.has_value());
        const auto inside = (*layer)->identify(150, 150);
        QVERIFY(inside && !inside->outsideBoundary);
    }
}

// Stratified in a project, a boundary clips its map as it was counted; recorded with the
// project, it is drawn over the project's other maps, clipping none: their strata are the cells
// they counted, every one.
void TestMap::theProjectsBoundaryIsDrawnOnItsMaps()
{
    auto project = ProjectService::open(m_farm.project);
    QVERIFY(project);
    auto placement = project->placementFor("age-groups-2024");
    QVERIFY(placement);
    const QString geographic = pentagon(true);
    QVERIFY(!geographic.isEmpty());
    StratifyRequest clipped{"clipped", {}, {}};
    clipped.areas.raster = placement->raster;
    clipped.areas.strata = placement->strata;
    clipped.areas.boundary = geographic.toStdString();
    clipped.areas.reprojectBoundary = true;
    JobContext context;
    QVERIFY(project->stratify(clipped, context));
    const auto recorded = project->placementFor("clipped");
    QVERIFY(recorded);
    QCOMPARE(recorded->boundary, geographic.toStdString());
    QVERIFY(recorded->reprojectBoundary);
    const auto layer = MapLayer::open(*project, "clipped", context);
    QVERIFY(layer);
    QCOMPARE((*layer)->boundary(), geographic.toStdString());
    QVERIFY((*layer)->boundaryClips());
    const auto other = MapLayer::open(*project, "age-groups-2024", context);
    QVERIFY(other);
    QVERIFY(QString::fromStdString((*other)->boundary()).endsWith(QStringLiteral("4490.geojson")));
    QVERIFY(!(*other)->boundaryClips());
    const auto bare = MapLayer::open(*placement, "bare", context);
    QVERIFY(bare && (*bare)->boundary().empty());
    const std::atomic<bool> go{false};
    const auto drawn = (*other)->render({0, 0, 300, 200}, 300, 200, go);
    const auto plain = (*bare)->render({0, 0, 300, 200}, 300, 200, go);
    QVERIFY(drawn && plain);
    QVERIFY(drawn->classes == plain->classes);
    QVERIFY(plain->outlines.empty());
    QVERIFY(std::count(drawn->outlines.begin(), drawn->outlines.end(), ClassImage::kBoundaryEdge) >
            1000);
    const auto corner = (*other)->identify(0, 0);
    QVERIFY(corner && !corner->outsideBoundary && corner->stratum >= 0);
}

// The 2024 plots on the 2024 map: where their recorded coordinates (EPSG:4527) put them, in
// the stratum the sample job reads there (an independent path: gis::samplePoints and the
// stratification's classifier), differing from their recorded stratum where it says so.
void TestMap::plotsLieWhereTheSampleJobPutsThem()
{
    const auto layer = openLayer("age-groups-2024");
    QVERIFY(layer);
    auto project = ProjectService::open(m_farm.project);
    QVERIFY(project);
    const auto located = locatePlots(*project, "2024", *layer);
    QVERIFY2(located, located ? "" : located.error().detail.c_str());
    QCOMPARE(int(located->plots.size()), 30);
    QCOMPARE(located->withoutCrs + located->withoutCoordinates + located->unrepresentable, 0);

    auto placement = project->placementFor("age-groups-2024");
    QVERIFY(placement);
    SampleRequest request;
    request.points = m_farm.directory + "/plots_2024.csv";
    request.columns.crs = "EPSG:4527";
    request.columns.recordedStratum = "stratum";
    request.raster = placement->raster;
    request.strata = placement->strata;
    JobContext context;
    const auto sampled = runSample(request, context);
    QVERIFY2(sampled, sampled ? "" : sampled.error().detail.c_str());
    QCOMPARE(sampled->points.size(), located->plots.size());
    int differing = 0;
    const auto& gt = layer->geoTransform();
    for (std::size_t i = 0; i < located->plots.size(); ++i) {
        const MapPlot& m = located->plots[i];
        const SampledPlot& s = sampled->points[i];
        QCOMPARE(m.id, s.id);
        QCOMPARE(m.x, s.x);
        QCOMPARE(m.y, s.y);
        QCOMPARE(m.column, (m.x - gt[0]) / gt[1]);
        QCOMPARE(std::int64_t(m.column), s.col);
        QCOMPARE(std::int64_t(m.row), s.row);
        QCOMPARE(m.mapStratum, s.stratum);
        QCOMPARE(m.recordedStratum, s.recordedStratum);
        QCOMPARE(m.agreement == PlotAgreement::Differs, s.agrees && !*s.agrees && s.stratum);
        differing += m.agreement == PlotAgreement::Differs;
        QVERIFY(m.trees > 0);
        QVERIFY2(m.co2eTHa && *m.co2eTHa > 0.0, m.id.c_str()); // the 2024 stock is computed
    }
    QCOMPARE(located->differing(), differing);
    QCOMPARE(located->differing(), sampled->disagreements - located->outside());
}

// Plots the map cannot draw are counted by why: no coordinates, no CRS recorded, and a CRS
// with no transformation into the map's (Mars 2000 against CGCS2000), named.
void TestMap::plotsOfEveryKindNotDrawnAreCounted()
{
    const auto layer = openLayer("age-groups-2024");
    QVERIFY(layer);
    const QDir dir(m_dir.path());
    const std::string trees =
        test::writeFile(dir, QStringLiteral("far_trees.csv"), "plot_id,species,dbh\nM1,杉木,12\n")
            .toStdString();
    const auto importInto = [&](const char* name, const QByteArray& plots, const char* crs) {
        auto project = ProjectService::create(
            m_dir.filePath(QLatin1String(name) + QStringLiteral(".tanhui")).toStdString(), name,
            "CCER-14-001");
        QVERIFY(project);
        QVERIFY(project->addPeriod("2024", "2022-01-01", "2024-12-31"));
        ImportRequest request;
        request.period = "2024";
        request.plots =
            test::writeFile(dir, QLatin1String(name) + QStringLiteral(".csv"), plots).toStdString();
        request.trees = trees;
        request.placeColumns.crs = crs;
        JobContext context;
        const auto imported = project->importFieldData(request, context);
        QVERIFY2(imported && imported->imported(), name);
    };
    importInto("mars",
               "plot_id,area_ha,lon,lat\nM1,0.0667,117.1,28.2\nM2,0.0667,117.2,28.3\n"
               "M3,0.0667,,\n",
               "IAU_2015:49900");
    auto mars = ProjectService::open(m_dir.filePath(QStringLiteral("mars.tanhui")).toStdString());
    QVERIFY(mars);
    const auto onMars = locatePlots(*mars, "2024", *layer);
    QVERIFY2(onMars, onMars ? "" : onMars.error().detail.c_str());
    QCOMPARE(int(onMars->plots.size()), 0);
    QCOMPARE(onMars->withoutCoordinates, 1);
    QCOMPARE(onMars->withoutTransform, 2);
    QCOMPARE(onMars->unrepresentable, 0);
    QVERIFY(onMars->transformError);
    QVERIFY2(onMars->transformError->detail.find("IAU_2015:49900") != std::string::npos,
             onMars->transformError->detail.c_str());

    importInto("nocrs", "plot_id,area_ha,x,y\nM1,0.0667,39512345.5,3123456.5\n", "");
    auto noCrs = ProjectService::open(m_dir.filePath(QStringLiteral("nocrs.tanhui")).toStdString());
    QVERIFY(noCrs);
    const auto unknown = locatePlots(*noCrs, "2024", *layer);
    QVERIFY(unknown);
    QCOMPARE(unknown->withoutCrs, 1);
    QCOMPARE(unknown->withoutTransform + unknown->unrepresentable + int(unknown->plots.size()), 0);
}

// Requests made while one renders cancel it; of all of them, only the newest is reported.
void TestMap::rendererReportsOnlyTheNewestView()
{
    MapRenderer renderer;
    renderer.setLayer(openLayer("age-groups-2024"));
    QVERIFY(renderer.layer());
    QSignalSpy rendered(&renderer, &MapRenderer::rendered);
    QSignalSpy failed(&renderer, &MapRenderer::failed);
    std::vector<std::uint64_t> generations;
    for (int i = 0; i < 5; ++i)
        generations.push_back(renderer.request({double(i), 0, 300, 200}, 1600, 1000));
    QCOMPARE(generations.back(), generations.front() + 4);
    QCOMPARE(renderer.generation(), generations.back());
    QVERIFY(rendered.wait(10000));
    QTRY_VERIFY(!renderer.isRendering());
    QTest::qWait(100);
    QCOMPARE(rendered.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(rendered.at(0).at(0).value<std::uint64_t>(), generations.back());
    const auto image = rendered.at(0).at(1).value<std::shared_ptr<const ClassImage>>();
    QCOMPARE(image->width, 1600);
    QCOMPARE(image->height, 1000);
    QCOMPARE(image->window, (MapWindow{4, 0, 300, 200}));
    // Cancelled, nothing more is reported.
    renderer.request({0, 0, 300, 200}, 1600, 1000);
    renderer.cancel();
    QTRY_VERIFY(!renderer.isRendering());
    QTest::qWait(100);
    QCOMPARE(rendered.count(), 1);
}

// Once the view has let an image go, the next view is drawn into its memory; an image the view
// still holds is never drawn over.
void TestMap::rendererDrawsIntoTheImageLetGo()
{
    MapRenderer renderer;
    renderer.setLayer(openLayer("age-groups-2024"));
    std::shared_ptr<const ClassImage> latest;
    connect(&renderer, &MapRenderer::rendered, this,
            [&](std::uint64_t, const std::shared_ptr<const ClassImage>& image) { latest = image; });
    renderer.request({0, 0, 300, 200}, 300, 200);
    QTRY_VERIFY(latest);
    auto first = std::exchange(latest, nullptr); // the view holds it
    const std::vector<std::uint8_t> firstClasses = first->classes;
    renderer.request({150, 0, 300, 200}, 300, 200);
    QTRY_VERIFY(latest);
    QVERIFY(latest.get() != first.get());
    QCOMPARE(first->classes, firstClasses); // not drawn over
    const ClassImage* second = latest.get();
    latest.reset(); // the view lets both go
    first.reset();
    renderer.request({0, 0, 300, 200}, 300, 200);
    QTRY_VERIFY(latest);
    QCOMPARE(latest.get(), second);
    QCOMPARE(latest->window, (MapWindow{0, 0, 300, 200}));
    QCOMPARE(latest->classes, firstClasses); // the same view, drawn the same
}

void TestMap::destroyedRendererLeavesNoWorker()
{
    auto renderer = std::make_unique<MapRenderer>();
    renderer->setLayer(openLayer("age-groups-2024"));
    renderer->request({0, 0, 300, 200}, 4000, 4000);
    QVERIFY(renderer->isRendering());
    renderer.reset(); // does not wait; the worker stops at its next check
    QVERIFY(QThreadPool::globalInstance()->waitForDone(5000));
    QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
}

QTEST_GUILESS_MAIN(TestMap)
#include "tst_map.moc"
