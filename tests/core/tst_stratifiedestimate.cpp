// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QFile>
#include <QTest>
#include <cmath>
#include <map>

#include "tanhui/core/stratifiedestimate.h"

#include "testutil.h"

using namespace tanhui::core;

Q_DECLARE_METATYPE(PlotValue)
Q_DECLARE_METATYPE(StratumArea)

namespace {

// exfm1/exfm2 (Soares et al. 2012, via forestmangr): STRATA, STRATA_AREA, PLOT_AREA, VWB,
// VWB_m3ha. Plain numeric CSV, so a line split is enough here.
bool loadForestmangr(const QString& path, std::vector<PlotValue>& plots,
                     std::vector<StratumArea>& areas)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    file.readLine();
    std::map<std::string, double> areaOf;
    int id = 0;
    while (!file.atEnd()) {
        const QList<QByteArray> cells = file.readLine().trimmed().split(',');
        if (cells.size() < 5)
            continue;
        const std::string stratum = cells[0].toStdString();
        plots.push_back({stratum, std::to_string(++id), cells[4].toDouble(), id + 1});
        if (!areaOf.count(stratum)) {
            areaOf[stratum] = cells[1].toDouble();
            areas.push_back({stratum, cells[1].toDouble(), 0});
        }
    }
    return true;
}

} // namespace

class TestStratifiedEstimate : public QObject
{
    Q_OBJECT
private slots:
    void arTool14WorkedExample();
    void agreesWithRSurvey_data();
    void agreesWithRSurvey();
    void discountExample();
    void discountTable_data();
    void discountTable();
    void baselineIsRaisedProjectLowered();
    void zeroMeanHasUndefinedUncertainty();
    void errors_data();
    void errors();
    void areasTableErrors();
};

// AR-TOOL14 §8.1.1 worked example: 34 plots, mean 45.328 t d.m./ha, s = 12.776, so
// SE = 2.191, t(0.10, 33) = 1.692, half-width 3.707, U = 8.18 %. Any sample with that mean
// and SD will do: 17 plots at mean + d and 17 at mean − d, d = s·√(33/34).
void TestStratifiedEstimate::arTool14WorkedExample()
{
    const double d = 12.776 * std::sqrt(33.0 / 34.0);
    std::vector<PlotValue> plots;
    for (int i = 0; i < 34; ++i)
        plots.push_back({"A", "p" + std::to_string(i), 45.328 + (i % 2 ? d : -d), i + 2});
    const auto e = estimateStratified(plots, {{"A", 100.0, 2}});
    QVERIFY(e);
    QCOMPARE(e->df, 33);
    TANHUI_COMPARE_REL(e->mean, 45.328, 1e-14);
    TANHUI_COMPARE_REL(e->strata[0].sd, 12.776, 1e-14);
    QCOMPARE(std::round(e->se * 1000) / 1000, 2.191);
    QCOMPARE(std::round(e->t * 1000) / 1000, 1.692);
    // The tool multiplies the rounded 2.191 × 1.692 = 3.707; unrounded it is 3.7081.
    QVERIFY2(std::fabs(e->ciHalfWidth - 3.707) < 0.0015,
             tanhui::test::describeDifference(e->ciHalfWidth, 3.707));
    QCOMPARE(std::round(e->uncertainty * 10000) / 100, 8.18);
    QCOMPARE(e->discountFraction, 0.0);
    QCOMPARE(e->conservativeTotal, e->total);
    TANHUI_COMPARE_REL(e->total, 4532.8, 1e-14);
}

// R 4.2.2, survey 4.1-1: svydesign(ids=~1, strata=~STRATA, weights=~STRATA_AREA/n_h
// [, fpc=~STRATA_AREA/0.1]), svymean/svytotal, degf, qt(0.95, df).
void TestStratifiedEstimate::agreesWithRSurvey_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("fpc");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("se");
    QTest::addColumn<double>("total");
    QTest::addColumn<double>("totalSe");
    QTest::addColumn<int>("df");
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("u");
    QTest::newRow("exfm1") << "exfm1.csv" << false << 107.325317460317 << 4.69510867914091
                           << 4829.63928571429 << 211.279890561341 << 19 << 1.72913281152137
                           << 0.0756435355876123;
    QTest::newRow("exfm1 fpc") << "exfm1.csv" << true << 107.325317460317 << 4.57861616871388
                               << 4829.63928571429 << 206.037727592125 << 19 << 1.72913281152137
                               << 0.0737667088812728;
    QTest::newRow("exfm2") << "exfm2.csv" << false << 106.47059489303 << 2.51015820152156
                           << 4791.17677018634 << 112.95711906847 << 54 << 1.67356490635216
                           << 0.0394560834348598;
    QTest::newRow("exfm2 fpc") << "exfm2.csv" << true << 106.47059489303 << 2.34090007392255
                               << 4791.17677018634 << 105.340503326515 << 54 << 1.67356490635216
                               << 0.036795588649899;
}

void TestStratifiedEstimate::agreesWithRSurvey()
{
    QFETCH(QString, file);
    QFETCH(bool, fpc);
    const QString path =
        tanhui::test::realDataPath(QStringLiteral("forestmangr_inventory/") + file);
    TANHUI_REQUIRE_REAL_DATA(path);
    std::vector<PlotValue> plots;
    std::vector<StratumArea> areas;
    QVERIFY(loadForestmangr(path, plots, areas));
    EstimateOptions options;
    if (fpc)
        options.fpcPlotAreaHa = 0.1; // PLOT_AREA 1000 m²
    const auto e = estimateStratified(plots, areas, options);
    QVERIFY(e);
    QFETCH(double, mean);
    QFETCH(double, se);
    QFETCH(double, total);
    QFETCH(double, totalSe);
    QFETCH(int, df);
    QFETCH(double, t);
    QFETCH(double, u);
    // R printed 15 significant digits; agreement is required to 1e-9 relative.
    TANHUI_COMPARE_REL(e->mean, mean, 1e-13);
    TANHUI_COMPARE_REL(e->se, se, 1e-13);
    TANHUI_COMPARE_REL(e->total, total, 1e-13);
    TANHUI_COMPARE_REL(e->totalSe, totalSe, 1e-13);
    QCOMPARE(e->df, df);
    TANHUI_COMPARE_REL(e->t, t, 1e-13);
    TANHUI_COMPARE_REL(e->uncertainty, u, 1e-12);
    QCOMPARE(e->strata.size(), std::size_t(3));
}

// AR-TOOL14 Appendix 2 worked example: 60 ± 9 → U = 15 %, d = 25 %, discount 2.25.
void TestStratifiedEstimate::discountExample()
{
    const double u = 9.0 / 60.0;
    QCOMPARE(uncertaintyDiscountFraction(u), 0.25);
    TANHUI_COMPARE_REL(conservativeValue(60.0, u, Scenario::Project), 57.75, 1e-15);
    TANHUI_COMPARE_REL(conservativeValue(60.0, u, Scenario::Baseline), 62.25, 1e-15);
}

void TestStratifiedEstimate::discountTable_data()
{
    QTest::addColumn<double>("u");
    QTest::addColumn<double>("d");
    QTest::newRow("0") << 0.0 << 0.0;
    QTest::newRow("10% exactly") << 0.10 << 0.0;
    QTest::newRow("just above 10%") << 0.1000001 << 0.25;
    QTest::newRow("15%") << 0.15 << 0.25;
    QTest::newRow("17%") << 0.17 << 0.5;
    QTest::newRow("20%") << 0.20 << 0.5;
    QTest::newRow("25%") << 0.25 << 0.75;
    QTest::newRow("30%") << 0.30 << 0.75;
    QTest::newRow("31%") << 0.31 << 1.0;
    QTest::newRow("250%") << 2.5 << 1.0;
}

void TestStratifiedEstimate::discountTable()
{
    QFETCH(double, u);
    QFETCH(double, d);
    QCOMPARE(uncertaintyDiscountFraction(u), d);
}

// A project loss (negative change) becomes a larger loss; nothing is clamped at zero.
void TestStratifiedEstimate::baselineIsRaisedProjectLowered()
{
    TANHUI_COMPARE_REL(conservativeValue(-100.0, 0.2, Scenario::Project), -110.0, 1e-15);
    TANHUI_COMPARE_REL(conservativeValue(-100.0, 0.2, Scenario::Baseline), -90.0, 1e-15);
    TANHUI_COMPARE_REL(conservativeValue(10.0, 0.5, Scenario::Project), 5.0, 1e-15);
    QCOMPARE(conservativeValue(10.0, 2.0, Scenario::Project), -10.0);
}

void TestStratifiedEstimate::zeroMeanHasUndefinedUncertainty()
{
    const auto e = estimateStratified({{"A", "1", -1.0, 2}, {"A", "2", 1.0, 3}}, {{"A", 5.0, 2}});
    QVERIFY(e);
    QCOMPARE(e->mean, 0.0);
    QVERIFY(std::isnan(e->uncertainty));
    QCOMPARE(e->discountFraction, 1.0);
}

void TestStratifiedEstimate::errors_data()
{
    QTest::addColumn<std::vector<PlotValue>>("plots");
    QTest::addColumn<std::vector<StratumArea>>("areas");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("column");
    const std::vector<PlotValue> ok{
        {"A", "1", 1, 2}, {"A", "2", 2, 3}, {"B", "3", 3, 4}, {"B", "4", 5, 5}};
    const std::vector<StratumArea> okAreas{{"A", 10, 2}, {"B", 20, 3}};
    auto with = [&](std::vector<PlotValue> extra) {
        std::vector<PlotValue> p = ok;
        p.insert(p.end(), extra.begin(), extra.end());
        return p;
    };
    QTest::newRow("one plot in a stratum")
        << with({{"C", "5", 1, 6}})
        << std::vector<StratumArea>{{"A", 10, 2}, {"B", 20, 3}, {"C", 1, 4}}
        << int(ErrorCode::InsufficientData) << "plots.csv" << 0 << "stratum";
    QTest::newRow("stratum without area")
        << with({{"C", "5", 1, 6}}) << okAreas << int(ErrorCode::UnknownReference) << "plots.csv"
        << 6 << "stratum";
    QTest::newRow("zero area") << ok << std::vector<StratumArea>{{"A", 10, 2}, {"B", 0, 3}}
                               << int(ErrorCode::OutOfRange) << "areas.csv" << 3 << "area_ha";
    QTest::newRow("duplicate plot id")
        << with({{"B", "2", 1, 6}}) << okAreas << int(ErrorCode::DuplicateId) << "plots.csv" << 6
        << "plot_id";
    QTest::newRow("duplicate stratum area")
        << ok << std::vector<StratumArea>{{"A", 10, 2}, {"B", 20, 3}, {"A", 5, 4}}
        << int(ErrorCode::DuplicateId) << "areas.csv" << 4 << "stratum";
    QTest::newRow("area without plots")
        << ok << std::vector<StratumArea>{{"A", 10, 2}, {"B", 20, 3}, {"C", 5, 4}}
        << int(ErrorCode::InsufficientData) << "plots.csv" << 0 << "stratum";
}

void TestStratifiedEstimate::errors()
{
    QFETCH(std::vector<PlotValue>, plots);
    QFETCH(std::vector<StratumArea>, areas);
    QFETCH(int, code);
    QFETCH(QString, file);
    QFETCH(int, row);
    QFETCH(QString, column);
    EstimateOptions options;
    options.plotsSource = "plots.csv";
    options.areasSource = "areas.csv";
    const auto e = estimateStratified(plots, areas, options);
    QVERIFY(!e);
    QCOMPARE(int(e.error().code), code);
    QCOMPARE(QString::fromStdString(e.error().file), file);
    QCOMPARE(int(e.error().row), row);
    QCOMPARE(QString::fromStdString(e.error().column), column);
    QVERIFY(!e.error().detail.empty());
}

// An areas table names its own file and row for a repeated or empty stratum.
void TestStratifiedEstimate::areasTableErrors()
{
    Table table;
    table.source = "areas.csv";
    table.columns = {"stratum", "area_ha"};
    table.rows = {{"young", "12"}, {"middle", "5"}, {"young", "3"}};
    table.rowNumbers = {2, 3, 4};
    auto areas = stratumAreasFromTable(table);
    QVERIFY(!areas);
    QCOMPARE(areas.error().code, ErrorCode::DuplicateId);
    QCOMPARE(areas.error().file, std::string("areas.csv"));
    QCOMPARE(areas.error().row, std::int64_t(4));
    QCOMPARE(areas.error().column, std::string("stratum"));
    table.rows[2] = {" ", "3"};
    areas = stratumAreasFromTable(table);
    QVERIFY(!areas);
    QCOMPARE(areas.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(areas.error().row, std::int64_t(4));
    table.rows.pop_back();
    table.rowNumbers.pop_back();
    areas = stratumAreasFromTable(table);
    QVERIFY(areas);
    QCOMPARE(areas->size(), std::size_t(2));
    QCOMPARE((*areas)[1].stratum, std::string("middle"));
    QCOMPARE((*areas)[1].areaHa, 5.0);
}

QTEST_APPLESS_MAIN(TestStratifiedEstimate)
#include "tst_stratifiedestimate.moc"
