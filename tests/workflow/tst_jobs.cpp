// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The workflow's jobs driven as the window will drive them: typed results, notice codes,
// progress and cancel — no sentences.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "tanhui/gis/rasterinfo.h"
#include "tanhui/workflow/areasjob.h"
#include "tanhui/workflow/demofarm.h"
#include "tanhui/workflow/jobrunner.h"
#include "tanhui/workflow/samplejob.h"
#include "tanhui/workflow/strata.h"

#include "demofarmtest.h"
#include "testutil.h"

using namespace tanhui;
using namespace tanhui::workflow;

class TestJobs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void areasOfTheDemoAgeRaster();
    void areasAgreeWithFragstats();
    void rollForwardNeedsBaseYearAndDate();
    void agesBeyondPlausibleAreNotClassified();
    void shippedAgeGroupSpeciesAreListedOnce();
    void meaninglessAreasAndPointsAreRefused();
    void sampleFlagsDisagreements();
    void progressReachesItsTotal();
    void cancelStopsATally();
    void runnerReportsOnTheGuiThread();
    void runnerCallsBackWithTheResult();

private:
    QTemporaryDir m_dir;
    DemoFarm m_farm;
};

void TestJobs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    JobContext context;
    auto farm = createDemoFarm(m_dir.filePath(QStringLiteral("farm")).toStdString(), context);
    QVERIFY2(farm, farm ? "" : farm.error().detail.c_str());
    m_farm = *farm;
}

void TestJobs::areasOfTheDemoAgeRaster()
{
    AreasRequest request;
    request.raster = m_farm.ageRaster;
    request.strata = tanhui::test::firAgeGroups("2024-12-31");
    JobContext context;
    const auto areas = runAreas(request, context);
    QVERIFY(areas);
    QCOMPARE(int(areas->strata.size()), 3);
    QCOMPARE(areas->strata[0].stratum, std::string("young"));
    QCOMPARE(areas->strata[2].stratum, std::string("mature"));
    // 300 × 200 cells of 100 m²: every cell is a stratum's, nodata (the stream) or neither.
    std::int64_t cells = areas->noDataPixels + areas->unclassified;
    for (const StratumAreaRow& s : areas->strata)
        cells += s.units;
    QCOMPARE(cells, std::int64_t(300 * 200));
    TANHUI_COMPARE_REL(areas->total.value(), double(cells - areas->noDataPixels) * 0.01, 1e-12);
    QCOMPARE(areas->ageGroups.value(QStringLiteral("years_added_to_ages")).toInt(), 6);
    // The raster it read, as stratify records it.
    QCOMPARE(int(areas->layers.size()), 1);
    QCOMPARE(areas->layers[0].role, std::string("age"));
}

void TestJobs::areasAgreeWithFragstats()
{
    const QString path =
        tanhui::test::realDataPath(QStringLiteral("landscapemetrics_landcover/augusta_nlcd.tif"));
    TANHUI_REQUIRE_REAL_DATA(path);
    AreasRequest request;
    request.raster = path.toStdString();
    JobContext context;
    const auto areas = runAreas(request, context);
    QVERIFY(areas);
    TANHUI_COMPARE_REL(areas->total.value(), 26848.80, 1e-12);
    QCOMPARE(int(areas->strata.size()), 15);
    QCOMPARE(*areas->strata[0].value, 11.0);
    QCOMPARE(areas->strata[0].units, std::int64_t(3575));
    TANHUI_COMPARE_REL(areas->strata[0].area.value(), 321.75, 1e-12);
}

void TestJobs::rollForwardNeedsBaseYearAndDate()
{
    AreasRequest request;
    request.raster = m_farm.ageRaster;
    request.strata = tanhui::test::firAgeGroups({});
    request.strata.ageGroups->baseYear = 2018; // without a date
    JobContext context;
    auto areas = runAreas(request, context);
    QVERIFY(!areas);
    QCOMPARE(areas.error().code, core::ErrorCode::InvalidArgument);
    QCOMPARE(areas.error().column, std::string("date"));
    request.strata.ageGroups->date = "2010-06-30"; // before the ages' year
    areas = runAreas(request, context);
    QVERIFY(!areas);
    QCOMPARE(areas.error().code, core::ErrorCode::OutOfRange);
    request.strata.ageGroups->date = "2018-13-01"; // no such month
    areas = runAreas(request, context);
    QVERIFY(!areas);
    QCOMPARE(areas.error().code, core::ErrorCode::InvalidArgument);
    request.strata.ageGroups->date = "2018-12-31"; // the same year: nothing added
    areas = runAreas(request, context);
    QVERIFY(areas);
    QCOMPARE(areas->ageGroups.value(QStringLiteral("years_added_to_ages")).toInt(), 0);
}

// An age raster whose "255" marks water (but is not declared nodata): those cells would be
// over-mature forest; they are counted apart and named.
void TestJobs::agesBeyondPlausibleAreNotClassified()
{
    const std::string path = m_dir.filePath(QStringLiteral("ages255.tif")).toStdString();
    std::vector<std::uint8_t> cells(100, 12);
    for (std::size_t i = 0; i < 30; ++i)
        cells[i] = 255;
    QVERIFY(gis::writeByteRaster(path, 10, 10, {500000, 10, 0, 3000000, 0, -10}, "EPSG:32650", 0,
                                 cells));
    AreasRequest request;
    request.raster = path;
    request.strata = tanhui::test::firAgeGroups({});
    JobContext context;
    auto areas = runAreas(request, context);
    QVERIFY(areas);
    QCOMPARE(int(areas->strata.size()), 3);
    QCOMPARE(areas->strata[1].units, std::int64_t(70)); // age 12: middle
    QCOMPARE(areas->unclassified, std::int64_t(30));
    TANHUI_COMPARE_REL(areas->total.value(), 0.7, 1e-12);
    const auto notices = context.notices(NoticeCode::AgesBeyondPlausible);
    QCOMPARE(int(notices.size()), 1);
    QCOMPARE(notices[0].count, std::int64_t(30));
    QCOMPARE(notices[0].detail, std::string("250"));
    // A project that knows its ancient stands raises the limit; then they are over-mature.
    request.strata.ageGroups->maxPlausibleAge = 260;
    JobContext raised;
    areas = runAreas(request, raised);
    QVERIFY(areas);
    QCOMPARE(areas->strata[2].units, std::int64_t(30));
    QVERIFY(raised.notices(NoticeCode::AgesBeyondPlausible).empty());
}

// Rules that take no cell gave 0 ha strata with exit 0 (stored by stratify); coordinates in
// another CRS than the one given put every plot off the map with exit 0.
void TestJobs::meaninglessAreasAndPointsAreRefused()
{
    auto rules = [this](const char* name, const char* json) {
        QFile f(m_dir.filePath(QLatin1String(name)));
        if (!f.open(QIODevice::WriteOnly) || f.write(json) < 0)
            qFatal("cannot write %s", name);
        return f.fileName().toStdString();
    };
    AreasRequest request;
    request.raster = m_farm.ageRaster;
    request.strata = {StrataMethod::RasterRules,
                      rules("none.json", R"({"strata": [{"name": "old", "min": 100}]})"),
                      {}};
    JobContext context;
    const auto none = runAreas(request, context);
    QVERIFY(!none);
    QCOMPARE(none.error().code, core::ErrorCode::InsufficientData);
    QVERIFY(none.error().detail.find("CGCS2000") != std::string::npos);
    request.strata.rulesPath = rules(
        "some.json", R"({"strata": [{"name": "old", "min": 100}, {"name": "all", "min": 1}]})");
    const auto some = runAreas(request, context);
    QVERIFY(some);
    const auto zero = context.notices(NoticeCode::ZeroAreaStrata);
    QCOMPARE(int(zero.size()), 1);
    QCOMPARE(zero[0].subject, std::string("old"));
    QCOMPARE(zero[0].count, std::int64_t(1));

    // The demo's Gauss-Krüger plots declared as WGS 84 longitude and latitude.
    SampleRequest sample;
    sample.points = m_dir.filePath(QStringLiteral("farm/plots_2024.csv")).toStdString();
    sample.columns.crs = "EPSG:4326";
    sample.raster = m_farm.ageRaster;
    JobContext wrong;
    const auto offMap = runSample(sample, wrong);
    QVERIFY(!offMap);
    QCOMPARE(offMap.error().code, core::ErrorCode::CrsMismatch);
    QVERIFY(offMap.error().detail.find("none of the 30 points") == 0);
}

void TestJobs::sampleFlagsDisagreements()
{
    // The 2024 plots carry the map's strata of 2024; against the 2021 map some disagree.
    SampleRequest request;
    request.points = m_dir.filePath(QStringLiteral("farm/plots_2024.csv")).toStdString();
    request.columns.crs = "EPSG:4527";
    request.columns.recordedStratum = "stratum";
    request.raster = m_farm.ageRaster;
    request.strata = tanhui::test::firAgeGroups("2021-12-31");
    JobContext context;
    const auto sampled = runSample(request, context);
    QVERIFY(sampled);
    QCOMPARE(int(sampled->points.size()), 30);
    QCOMPARE(sampled->outside, 0);
    QCOMPARE(sampled->noData, 0);
    int differ = 0;
    for (const SampledPlot& p : sampled->points)
        differ += p.agrees && !*p.agrees;
    QVERIFY(differ > 0);
    QCOMPARE(sampled->disagreements, differ);
    const auto notices = context.notices(NoticeCode::StratumDiffersFromMap);
    QCOMPARE(int(notices.size()), 1);
    QCOMPARE(notices[0].count, std::int64_t(differ));
    // Against its own date's map, none do.
    request.strata.ageGroups->date = "2024-12-31";
    JobContext again;
    const auto same = runSample(request, again);
    QVERIFY(same);
    QCOMPARE(same->disagreements, 0);
    QVERIFY(again.notices(NoticeCode::StratumDiffersFromMap).empty());
}

// A tiled raster large enough for many blocks.
static std::string bigRaster(const QTemporaryDir& dir)
{
    const std::string path = dir.filePath(QStringLiteral("big.tif")).toStdString();
    const int size = 4096;
    std::vector<std::uint8_t> cells(std::size_t(size) * size);
    for (std::size_t i = 0; i < cells.size(); ++i)
        cells[i] = std::uint8_t(1 + i % 7);
    const auto ok = gis::writeByteRaster(path, size, size, {500000, 1, 0, 3000000, 0, -1},
                                         "EPSG:32650", 0, cells);
    return ok ? path : std::string();
}

void TestJobs::progressReachesItsTotal()
{
    const std::string raster = bigRaster(m_dir);
    QVERIFY(!raster.empty());
    AreasRequest request;
    request.raster = raster;
    JobContext context;
    std::vector<Progress> seen;
    context.onProgress([&seen](const Progress& p) { seen.push_back(p); });
    const auto areas = runAreas(request, context);
    QVERIFY(areas);
    QCOMPARE(int(areas->strata.size()), 7);
    const Progress last = context.progress();
    QCOMPARE(last.phase, Phase::Stratifying);
    QVERIFY(last.total > 1);
    QCOMPARE(last.done, last.total);
    QVERIFY(seen.size() > 2);
}

void TestJobs::cancelStopsATally()
{
    const std::string raster = bigRaster(m_dir);
    AreasRequest request;
    request.raster = raster;
    request.strata.method = StrataMethod::RasterValues;
    JobContext context;
    context.onProgress([&context](const Progress& p) {
        if (p.phase == Phase::Stratifying && p.done >= 1)
            context.cancel();
    });
    const auto areas = runAreas(request, context);
    QVERIFY(!areas);
    QCOMPARE(areas.error().code, core::ErrorCode::Cancelled);
    QVERIFY(context.progress().done < context.progress().total);
}

void TestJobs::runnerReportsOnTheGuiThread()
{
    JobRunner runner;
    QSignalSpy finished(&runner, &JobRunner::finished);
    QSignalSpy progress(&runner, &JobRunner::progressChanged);
    QSignalSpy notices(&runner, &JobRunner::noticeAdded);
    AreasRequest request;
    request.raster = m_farm.ageRaster;
    AgeGroupChoice ages;
    ages.speciesGroup = "马尾松"; // group 3, south, natural: UNCONFIRMED in the shipped table
    ages.origin = "natural";
    request.strata = {StrataMethod::AgeGroups, {}, ages};
    const QThread* gui = QThread::currentThread();
    const QThread* worker = nullptr;
    auto future = runner.start<AreasResult>([&request, &worker](JobContext& context) {
        worker = QThread::currentThread();
        return runAreas(request, context);
    });
    QVERIFY(finished.wait(20000));
    QVERIFY(worker != gui);
    QVERIFY(!runner.isRunning());
    const core::Result<AreasResult> result = future.result();
    QVERIFY(result);
    QCOMPARE(int(result->strata.size()), 3);
    QTRY_VERIFY(progress.count() > 0);
    const auto last = progress.last().at(0).value<Progress>();
    QCOMPARE(last.done, last.total);
    // Every notice of the job reaches the GUI thread, in order; the first is the row's.
    QVERIFY(!runner.notices().empty());
    QTRY_COMPARE(notices.count(), int(runner.notices().size()));
    const auto notice = notices.first().at(0).value<Notice>();
    QCOMPARE(notice.code, NoticeCode::AgeGroupRowNotConfirmed);
    QCOMPARE(notice.subject, std::string("3/natural"));
    QVERIFY(notice.detail.rfind("UNCONFIRMED: ", 0) == 0);
    for (int i = 0; i < notices.count(); ++i)
        QCOMPARE(notices.at(i).at(0).value<Notice>().code, runner.notices()[std::size_t(i)].code);
}

// The result handed to a callback on the runner's thread; none once its context is gone.
void TestJobs::runnerCallsBackWithTheResult()
{
    JobRunner runner;
    const QThread* gui = QThread::currentThread();
    const QThread* calledOn = nullptr;
    int value = 0;
    QObject context;
    runner.start<int>([](JobContext&) -> core::Result<int> { return 42; }, &context,
                      [&](const core::Result<int>& r) {
                          calledOn = QThread::currentThread();
                          value = r ? *r : -1;
                      });
    QTRY_COMPARE(value, 42);
    QCOMPARE(calledOn, gui);
    int late = 0;
    {
        QObject gone;
        runner.start<int>([](JobContext&) -> core::Result<int> { return 7; }, &gone,
                          [&late](const core::Result<int>&) { ++late; });
    }
    QTRY_VERIFY(!runner.isRunning());
    QTest::qWait(50);
    QCOMPARE(late, 0);
}

QTEST_GUILESS_MAIN(TestJobs)
// The species a front end offers for the 龄组 row: every member of the shipped table, once, in
// its order (45 names; counted independently from resources/parameters/cn_age_groups.csv).
void TestJobs::shippedAgeGroupSpeciesAreListedOnce()
{
    const auto species = tanhui::workflow::shippedAgeGroupSpecies();
    QVERIFY(species);
    QCOMPARE(species->size(), std::size_t(45));
    QCOMPARE(species->front(), std::string("红松"));
    QCOMPARE(species->back(), std::string("水杉"));
    QVERIFY(std::find(species->begin(), species->end(), "杉木") != species->end());
    for (const std::string& name : *species)
        QCOMPARE(std::count(species->begin(), species->end(), name), std::ptrdiff_t(1));
}

#include "tst_jobs.moc"
