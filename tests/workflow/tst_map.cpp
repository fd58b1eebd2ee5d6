// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The map of a stratification as the view draws it: class buffers that agree with the
// stratification's own tally, cells identified as the raster holds them, and a renderer that
// reports only the newest view and never leaves a worker behind.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>
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
    void plotsLieWhereTheSampleJobPutsThem();
    void plotsOfEveryKindNotDrawnAreCounted();
    void rendererReportsOnlyTheNewestView();
    void rendererDrawsIntoTheImageLetGo();
    void destroyedRendererLeavesNoWorker();

private:
    std::shared_ptr<const MapLayer> openLayer(const std::string& stratification);
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
