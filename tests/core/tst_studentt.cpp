// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QTest>
#include <cmath>
#include <limits>
#include <numbers>

#include "tanhui/core/studentt.h"

#include "testutil.h"

using namespace tanhui::core;

class TestStudentT : public QObject
{
    Q_OBJECT
private slots:
    void closedForms_data();
    void closedForms();
    void methodologyTable_data();
    void methodologyTable();
    void agreesWithR_data();
    void agreesWithR();
    void cdfInvertsQuantile_data();
    void cdfInvertsQuantile();
    void invalidArguments();
};

// Student's t has closed-form quantiles for df = 1, 2 and 4, and the normal limit for
// df = ∞: exact references independent of any table.
void TestStudentT::closedForms_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("expected");
    const double pi = std::numbers::pi;
    for (double p : {0.95, 0.975, 0.995, 0.7, 0.05}) {
        const double a = 4.0 * p * (1.0 - p);
        const double q = std::cos(std::acos(std::sqrt(a)) / 3.0) / std::sqrt(a);
        const double df4 = std::copysign(2.0 * std::sqrt(q - 1.0), p - 0.5);
        QTest::addRow("df1 p%g", p) << p << 1.0 << std::tan(pi * (p - 0.5));
        QTest::addRow("df2 p%g", p) << p << 2.0 << (2.0 * p - 1.0) / std::sqrt(2.0 * p * (1.0 - p));
        QTest::addRow("df4 p%g", p) << p << 4.0 << df4;
    }
    // Normal quantiles z_0.95, z_0.975 (Abramowitz & Stegun Table 26.5, 16 digits).
    QTest::addRow("inf p0.95") << 0.95 << std::numeric_limits<double>::infinity()
                               << 1.6448536269514722;
    QTest::addRow("inf p0.975") << 0.975 << std::numeric_limits<double>::infinity()
                                << 1.9599639845400542;
}

void TestStudentT::closedForms()
{
    QFETCH(double, p);
    QFETCH(double, df);
    QFETCH(double, expected);
    TANHUI_COMPARE_REL(studentTQuantile(p, df), expected, 1e-12);
}

// METHODOLOGY.md §9: two-sided 90 % values to three decimals, AR-TOOL14's 1.692 for df 33.
void TestStudentT::methodologyTable_data()
{
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("expected");
    const std::pair<int, double> rows[] = {
        {1, 6.314},  {2, 2.920},  {3, 2.353},  {5, 2.015},  {10, 1.812}, {15, 1.753}, {20, 1.725},
        {25, 1.708}, {30, 1.697}, {33, 1.692}, {40, 1.684}, {60, 1.671}, {120, 1.658}};
    for (auto [df, t] : rows)
        QTest::addRow("df%d", df) << double(df) << t;
}

void TestStudentT::methodologyTable()
{
    QFETCH(double, df);
    QFETCH(double, expected);
    QVERIFY2(std::fabs(studentTTwoSided(0.90, df) - expected) <= 0.0005 + 1e-12,
             tanhui::test::describeDifference(studentTTwoSided(0.90, df), expected));
}

// R 4.2.2: qt(0.95, df), qt(0.975, df), pt(-2.5, df), printed with %.17g.
void TestStudentT::agreesWithR_data()
{
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("q95");
    QTest::addColumn<double>("q975");
    QTest::addColumn<double>("cdfMinus25");
    QTest::newRow("3") << 3.0 << 2.3533634348018246 << 3.1824463052837078 << 0.043853323504032753;
    QTest::newRow("5") << 5.0 << 2.0150483733330224 << 2.5705818356363137 << 0.027245049671188102;
    QTest::newRow("7.5") << 7.5 << 1.8757474792112874 << 2.3330396268649736 << 0.019410129136812757;
    QTest::newRow("10") << 10.0 << 1.8124611228116756 << 2.2281388519862739 << 0.015723422118304388;
    QTest::newRow("33") << 33.0 << 1.6923603090303441 << 2.0345152974493383
                        << 0.0087833871899398123;
    QTest::newRow("100") << 100.0 << 1.6602343260853394 << 1.9839715185235516
                         << 0.0070228945620385841;
    QTest::newRow("1e5") << 1e5 << 1.6448688647849685 << 1.9599877075346088
                         << 0.0062104595962795195;
}

void TestStudentT::agreesWithR()
{
    QFETCH(double, df);
    QFETCH(double, q95);
    QFETCH(double, q975);
    QFETCH(double, cdfMinus25);
    TANHUI_COMPARE_REL(studentTTwoSided(0.90, df), q95, 1e-12);
    TANHUI_COMPARE_REL(studentTTwoSided(0.95, df), q975, 1e-12);
    TANHUI_COMPARE_REL(studentTCdf(-2.5, df), cdfMinus25, 1e-12);
}

void TestStudentT::cdfInvertsQuantile_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("df");
    for (double df : {0.5, 1.0, 3.0, 7.5, 33.0, 1000.0, 1e6})
        for (double p : {1e-6, 0.01, 0.3, 0.95, 0.999999})
            QTest::addRow("df%g p%g", df, p) << p << df;
}

void TestStudentT::cdfInvertsQuantile()
{
    QFETCH(double, p);
    QFETCH(double, df);
    TANHUI_COMPARE_REL(studentTCdf(studentTQuantile(p, df), df), p, 1e-10);
}

void TestStudentT::invalidArguments()
{
    QVERIFY(std::isnan(studentTQuantile(0.0, 5)));
    QVERIFY(std::isnan(studentTQuantile(1.0, 5)));
    QVERIFY(std::isnan(studentTQuantile(0.9, 0)));
    QCOMPARE(studentTQuantile(0.5, 5), 0.0);
}

QTEST_APPLESS_MAIN(TestStudentT)
#include "tst_studentt.moc"
