// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QTest>
#include <cmath>

#include "tanhui/core/stockchange.h"

#include "testutil.h"

using namespace tanhui::core;

class TestStockChange : public QObject
{
    Q_OBJECT
private slots:
    void twoInventories();
    void lossIsNotClamped();
    void zeroYearsIsAnError();
    void pairedPlots();
    void pairedPlotsMustMatch();
    void updatedStockEq23();
    void netRemovalsKeepEachTerm();
    void yearsBetweenDates_data();
    void yearsBetweenDates();
};

// Eq. 1–2: C1 = 1000 ± 5 %, C2 = 1500 ± 4 %: ΔC = 500, u = √(50² + 60²)/500 = 15.62 %,
// discount 50 % of the half-width 78.10; T = 4 yr 5 mo = 4.417 (the tool's example).
void TestStockChange::twoInventories()
{
    const auto c = changeFromTwoInventories({1000.0, 0.05}, {1500.0, 0.04}, 4.417);
    QVERIFY(c);
    QCOMPARE(c->change, 500.0);
    TANHUI_COMPARE_REL(c->uncertainty, std::sqrt(6100.0) / 500.0, 1e-15);
    QCOMPARE(c->discountFraction, 0.5);
    TANHUI_COMPARE_REL(c->conservativeChange, 500.0 - 0.5 * std::sqrt(6100.0), 1e-15);
    TANHUI_COMPARE_REL(c->annualChange, 500.0 / 4.417, 1e-15);
    TANHUI_COMPARE_REL(c->conservativeAnnualChange, c->conservativeChange / 4.417, 1e-15);
}

void TestStockChange::lossIsNotClamped()
{
    const auto c = changeFromTwoInventories({1500.0, 0.04}, {1000.0, 0.05}, 2.0);
    QVERIFY(c);
    QCOMPARE(c->change, -500.0);
    TANHUI_COMPARE_REL(c->uncertainty, std::sqrt(6100.0) / 500.0, 1e-15);
    TANHUI_COMPARE_REL(c->conservativeChange, -500.0 - 0.5 * std::sqrt(6100.0), 1e-15);
    QCOMPARE(c->annualChange, -250.0);
    const auto baseline =
        changeFromTwoInventories({1500.0, 0.04}, {1000.0, 0.05}, 2.0, Scenario::Baseline);
    TANHUI_COMPARE_REL(baseline->conservativeChange, -500.0 + 0.5 * std::sqrt(6100.0), 1e-15);
}

void TestStockChange::zeroYearsIsAnError()
{
    const auto c = changeFromTwoInventories({1.0, 0.0}, {2.0, 0.0}, 0.0);
    QVERIFY(!c);
    QCOMPARE(c.error().code, ErrorCode::OutOfRange);
    QCOMPARE(c.error().column, std::string("years"));
}

// Eq. 3–8: the per-plot differences, stratified with the later strata and areas.
void TestStockChange::pairedPlots()
{
    const std::vector<PlotValue> t1{{"young", "1", 10, 2}, {"young", "2", 12, 3},
                                    {"young", "3", 9, 4},  {"young", "4", 40, 5},
                                    {"old", "5", 80, 6},   {"old", "6", 95, 7}};
    // Plot 4 has aged into the "old" stratum by the second event.
    const std::vector<PlotValue> t2{{"young", "1", 16, 2}, {"young", "2", 17, 3},
                                    {"young", "3", 15, 4}, {"old", "4", 48, 5},
                                    {"old", "5", 85, 6},   {"old", "6", 99, 7}};
    const std::vector<StratumArea> areas{{"young", 30.0, 2}, {"old", 70.0, 3}};
    const auto c = changeFromPairedPlots(t1, t2, areas, 5.0);
    QVERIFY(c);
    // young: Δ = 6, 5, 6 → mean 17/3, var 1/3; old: Δ = 8, 5, 4 → mean 17/3, var 13/3.
    QCOMPARE(c->estimate.strata[0].n, 3);
    TANHUI_COMPARE_REL(c->estimate.strata[0].mean, 17.0 / 3.0, 1e-15);
    TANHUI_COMPARE_REL(c->estimate.strata[1].sd, std::sqrt(13.0 / 3.0), 1e-15);
    TANHUI_COMPARE_REL(c->estimate.mean, 17.0 / 3.0, 1e-15);
    const double se = std::sqrt(0.09 * (1.0 / 3.0) / 3.0 + 0.49 * (13.0 / 3.0) / 3.0);
    TANHUI_COMPARE_REL(c->estimate.se, se, 1e-14);
    QCOMPARE(c->estimate.df, 4);
    TANHUI_COMPARE_REL(c->change.change, 100.0 * 17.0 / 3.0, 1e-15);
    TANHUI_COMPARE_REL(c->change.uncertainty, 2.1318467863266495 * se / (17.0 / 3.0), 1e-12);
    TANHUI_COMPARE_REL(c->change.annualChange, 100.0 * 17.0 / 3.0 / 5.0, 1e-15);
}

void TestStockChange::pairedPlotsMustMatch()
{
    const std::vector<StratumArea> areas{{"a", 1.0, 2}};
    const std::vector<PlotValue> t1{{"a", "1", 1, 2}, {"a", "2", 2, 3}, {"a", "3", 2, 4}};
    const std::vector<PlotValue> t2{{"a", "1", 1, 2}, {"a", "2", 2, 3}, {"a", "9", 2, 4}};
    EstimateOptions options;
    options.plotsSource = "t2.csv";
    auto c = changeFromPairedPlots(t1, t2, areas, 1.0, options, "t1.csv");
    QVERIFY(!c);
    QCOMPARE(c.error().code, ErrorCode::UnknownReference);
    QCOMPARE(c.error().file, std::string("t2.csv"));
    QCOMPARE(c.error().row, std::int64_t(4));
    QVERIFY(c.error().detail.find("plot 9") != std::string::npos);

    const std::vector<PlotValue> t2short{{"a", "1", 1, 2}, {"a", "2", 2, 3}};
    c = changeFromPairedPlots(t1, t2short, areas, 1.0, options, "t1.csv");
    QVERIFY(!c);
    QCOMPARE(c.error().file, std::string("t1.csv"));
    QVERIFY(c.error().detail.find("plot 3 was not re-measured") != std::string::npos);
}

// Eq. 22–23: 1000 ± 5 % plus a change of 200 ± 10 % → 1200 ± √(50² + 20²)/1200.
void TestStockChange::updatedStockEq23()
{
    const UncertainValue c2 = updatedStock({1000.0, 0.05}, {200.0, 0.10});
    QCOMPARE(c2.value, 1200.0);
    TANHUI_COMPARE_REL(c2.uncertainty, std::sqrt(2900.0) / 1200.0, 1e-15);
}

void TestStockChange::netRemovalsKeepEachTerm()
{
    const NetRemovals n = netRemovals({1000.0, 0.12}, {10.0, 0.0}, {100.0, 0.25}, {0.0, 0.0});
    QCOMPARE(n.net, 890.0);
    // project 1000 − 0.25·120 = 970; baseline 100 + 0.75·25 = 118.75
    TANHUI_COMPARE_REL(n.conservativeNet, 970.0 - 10.0 - 118.75, 1e-15);
    QCOMPARE(n.baselineChange.uncertainty, 0.25);
}

void TestStockChange::yearsBetweenDates_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<double>("years");
    QTest::newRow("whole years") << "2019-03-15"
                                 << "2024-03-15" << 5.0;
    QTest::newRow("into a leap year") << "2020-01-01"
                                      << "2024-07-01" << 4.0 + 182.0 / 366.0;
    QTest::newRow("4 yr 5 mo") << "2018-05-01"
                               << "2022-10-01" << 4.0 + 153.0 / 365.0;
    QTest::newRow("under a year") << "2023-07-01"
                                  << "2023-12-31" << 183.0 / 366.0;
    QTest::newRow("from 29 February") << "2020-02-29"
                                      << "2021-03-01" << 1.0 + 1.0 / 365.0;
}

void TestStockChange::yearsBetweenDates()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(double, years);
    const auto t = yearsBetween(from.toStdString(), to.toStdString());
    QVERIFY2(t, t ? "" : t.error().detail.c_str());
    TANHUI_COMPARE_REL(*t, years, 1e-15);
    QCOMPARE(yearsBetween("2024-02-30", "2025-01-01").error().code, ErrorCode::InvalidArgument);
    QCOMPARE(yearsBetween("2024/01/01", "2025-01-01").error().code, ErrorCode::InvalidArgument);
    QCOMPARE(yearsBetween("2025-01-01", "2025-01-01").error().code, ErrorCode::OutOfRange);
}

QTEST_APPLESS_MAIN(TestStockChange)
#include "tst_stockchange.moc"
