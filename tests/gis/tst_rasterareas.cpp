// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QTest>
#include <map>

#include "tanhui/core/stratumrules.h"
#include "tanhui/gis/gdalrastersource.h"

#include "testutil.h"

using namespace tanhui;

class TestRasterAreas : public QObject
{
    Q_OBJECT
private slots:
    void fragstatsClassAreas_data();
    void fragstatsClassAreas();
    void geographicEllipsoidalArea();
    void rulesGroupValues();
};

// FRAGSTATS 4 class areas (CA, ha) of the NLCD Augusta raster (landscapemetrics data-raw).
void TestRasterAreas::fragstatsClassAreas_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("1 thread") << 1;
    QTest::newRow("2 threads") << 2;
}

void TestRasterAreas::fragstatsClassAreas()
{
    QFETCH(int, threads);
    const QString path =
        test::realDataPath(QStringLiteral("landscapemetrics_landcover/augusta_nlcd.tif"));
    TANHUI_REQUIRE_REAL_DATA(path);
    const auto source = gis::GdalRasterSource::open(path.toStdString(), 1);
    QVERIFY(source);
    const auto values = core::distinctValues(**source, threads, 1000);
    QVERIFY(values);
    QCOMPARE(values->size(), std::size_t(15));
    const auto tally =
        core::tallyRaster(**source, core::classifierForValues(*values), {threads, true});
    QVERIFY(tally);
    const auto areas = gis::cellAreas((*source)->info());
    QVERIFY(areas);
    QVERIFY(!areas->geographic);
    const std::map<int, double> fragstats{
        {42, 9991.26}, {41, 5035.86}, {43, 2133.09}, {81, 2280.60}, {71, 1693.44},
        {21, 1397.70}, {90, 1191.60}, {22, 1070.73}, {52, 941.58},  {23, 459.72},
        {11, 321.75},  {31, 214.56},  {24, 61.02},   {82, 29.52},   {95, 26.37}};
    double total = 0.0;
    for (std::size_t i = 0; i < values->size(); ++i) {
        double m2 = 0.0;
        for (int r = 0; r < tally->rowCount; ++r)
            m2 += double(tally->count(int(i), r)) * areas->rowAreaM2[std::size_t(r)];
        const int value = int((*values)[i]);
        QVERIFY2(fragstats.count(value), QByteArray::number(value));
        TANHUI_COMPARE_REL(m2 / 10000.0, fragstats.at(value), 1e-12);
        total += m2 / 10000.0;
    }
    TANHUI_COMPARE_REL(total, 26848.80, 1e-12);
}

// ESA CCI land cover in EPSG:4326: the total valid area, ellipsoidal per row, is
// 970 342.966 ha for 169 547 cells (shared/data/real reference).
void TestRasterAreas::geographicEllipsoidalArea()
{
    const QString path =
        test::realDataPath(QStringLiteral("landscapemetrics_landcover/podlasie_ccilc.tif"));
    TANHUI_REQUIRE_REAL_DATA(path);
    const auto source = gis::GdalRasterSource::open(path.toStdString(), 1);
    QVERIFY(source);
    const auto values = core::distinctValues(**source, 2, 1000);
    QVERIFY(values);
    const auto tally = core::tallyRaster(**source, core::classifierForValues(*values), {2, true});
    QVERIFY(tally);
    const auto areas = gis::cellAreas((*source)->info());
    QVERIFY(areas && areas->geographic);
    // Cell area shrinks northwards: ≈ 57 912 m² in the last row, ≈ 56 547 m² in the first.
    QVERIFY(std::fabs(areas->rowAreaM2.back() - 57912) < 1.0);
    QVERIFY(std::fabs(areas->rowAreaM2.front() - 56547) < 1.0);
    double m2 = 0.0;
    std::int64_t cells = 0;
    for (std::size_t i = 0; i < values->size(); ++i)
        for (int r = 0; r < tally->rowCount; ++r) {
            m2 += double(tally->count(int(i), r)) * areas->rowAreaM2[std::size_t(r)];
            cells += tally->count(int(i), r);
        }
    QCOMPARE(cells, std::int64_t(169547));
    TANHUI_COMPARE_REL(m2 / 10000.0, 970342.966, 1e-9);
}

void TestRasterAreas::rulesGroupValues()
{
    const QString path =
        test::realDataPath(QStringLiteral("landscapemetrics_landcover/augusta_nlcd.tif"));
    TANHUI_REQUIRE_REAL_DATA(path);
    const auto source = gis::GdalRasterSource::open(path.toStdString(), 1);
    QVERIFY(source);
    const std::vector<core::StratumRule> rules{{"forest", {41, 42, 43}, {}, {}},
                                               {"wetland", {}, 90, 95}};
    const auto tally = core::tallyRaster(**source, core::classifierFor(rules), {2, true});
    QVERIFY(tally);
    TANHUI_COMPARE_REL(double(tally->classTotal(0)) * 0.09, 9991.26 + 5035.86 + 2133.09, 1e-12);
    TANHUI_COMPARE_REL(double(tally->classTotal(1)) * 0.09, 1191.60 + 26.37, 1e-12);
    std::int64_t unclassified = 0;
    for (std::int64_t c : tally->unclassifiedPerRow)
        unclassified += c;
    QCOMPARE(unclassified + tally->classTotal(0) + tally->classTotal(1), std::int64_t(678 * 440));
}

QTEST_APPLESS_MAIN(TestRasterAreas)
#include "tst_rasterareas.moc"
