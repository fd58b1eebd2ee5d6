// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QTest>
#include <cmath>

#include "tanhui/core/sampleplan.h"

#include "testutil.h"

using namespace tanhui::core;

class TestSamplePlan : public QObject
{
    Q_OBJECT
private slots:
    void simpleRandomSmallSample();
    void exfm1Pilot_data();
    void exfm1Pilot();
    void stillNeeded();
    void badInput();
};

// One stratum, CV 30 %, E = 10 %: n = (1.6449·3)² = 24.35 < 30, so t is recomputed at
// df = 24: n = (t₀.₉₅,₂₄·3)² = 26.344 (R: (qt(0.95, 24)*3)^2 = 26.3440574221969).
void TestSamplePlan::simpleRandomSmallSample()
{
    const auto plan = planSampleSize({{"all", 100.0, 30.0, 100.0, 0}});
    QVERIFY(plan);
    TANHUI_COMPARE_REL(plan->firstN, 24.3498910868587, 1e-13);
    QVERIFY(plan->smallSampleIteration);
    QCOMPARE(plan->df, 24.0);
    TANHUI_COMPARE_REL(plan->n, 26.3440574221969, 1e-13);
    QCOMPARE(plan->required, 27);
    QCOMPARE(plan->strata[0].stillNeeded, 27);
}

// exfm1 pilot inventory (3 strata, 22 plots), E = 5 % of the stratified mean at 90 %.
// Reference: R 4.2.2 with the AR-TOOL03 formulas written independently (Eq. 1 with
// N = A / 0.1 ha, Eq. 2 without).
void TestSamplePlan::exfm1Pilot_data()
{
    QTest::addColumn<bool>("finite");
    QTest::addColumn<int>("allocation");
    QTest::addColumn<double>("n");
    QTest::addColumn<QList<double>>("alloc");
    QTest::newRow("Eq. 2, Neyman")
        << false << int(Allocation::Neyman) << 43.6480966297005
        << QList<double>{10.4802821065293, 15.4291872887882, 17.7386272343829};
    QTest::newRow("Eq. 1, Neyman")
        << true << int(Allocation::Neyman) << 39.6260833453473
        << QList<double>{9.51456224447361, 14.0074438215129, 16.1040772793608};
    QTest::newRow("Eq. 2, proportional")
        << false << int(Allocation::Proportional) << 43.6480966297005
        << QList<double>{13.9673909215042, 15.9073063272686, 13.7733993809277};
}

void TestSamplePlan::exfm1Pilot()
{
    QFETCH(bool, finite);
    QFETCH(int, allocation);
    QFETCH(double, n);
    QFETCH(QList<double>, alloc);
    // Stratum SDs and means of VWB_m3ha in exfm1 (R: aggregate(..., sd) / mean).
    const std::vector<PlanStratum> strata{{"1", 14.4, 16.1728019776885, 60.1428571428571, 7},
                                          {"2", 16.4, 20.9061465671155, 122.8125, 8},
                                          {"3", 14.2, 27.7591683695933, 137.285714285714, 7}};
    PlanOptions options;
    options.targetPrecision = 0.05;
    options.allocation = Allocation(allocation);
    if (finite)
        options.plotAreaHa = 0.1;
    const auto plan = planSampleSize(strata, options);
    QVERIFY(plan);
    QVERIFY(!plan->smallSampleIteration);
    TANHUI_COMPARE_REL(plan->n, n, 1e-12);
    for (int i = 0; i < 3; ++i)
        TANHUI_COMPARE_REL(plan->strata[std::size_t(i)].allocated, alloc[i], 1e-12);
    int required = 0;
    for (double a : alloc)
        required += int(std::ceil(a));
    QCOMPARE(plan->required, required);
}

void TestSamplePlan::stillNeeded()
{
    const std::vector<PlanStratum> strata{{"a", 50.0, 10.0, 50.0, 40}, {"b", 50.0, 30.0, 50.0, 2}};
    const auto plan = planSampleSize(strata);
    QVERIFY(plan);
    // Neyman puts three times as many plots in b; a already has more than it needs.
    TANHUI_COMPARE_REL(plan->strata[1].allocated, 3.0 * plan->strata[0].allocated, 1e-14);
    QCOMPARE(plan->strata[0].stillNeeded, 0);
    QCOMPARE(plan->strata[1].stillNeeded, plan->strata[1].required - 2);
    QCOMPARE(plan->stillNeeded, plan->strata[1].stillNeeded);
}

void TestSamplePlan::badInput()
{
    QCOMPARE(planSampleSize({}).error().code, ErrorCode::InsufficientData);
    QCOMPARE(planSampleSize({{"a", 0.0, 1.0, 1.0, 0}}).error().code, ErrorCode::OutOfRange);
    QCOMPARE(planSampleSize({{"a", 1.0, -1.0, 1.0, 0}}).error().code, ErrorCode::OutOfRange);
    QCOMPARE(planSampleSize({{"a", 1.0, 1.0, 0.0, 0}}).error().code, ErrorCode::OutOfRange);
    QCOMPARE(planSampleSize({{"a", 1.0, 0.0, 1.0, 0}}).error().code, ErrorCode::InsufficientData);
}

QTEST_APPLESS_MAIN(TestSamplePlan)
#include "tst_sampleplan.moc"
