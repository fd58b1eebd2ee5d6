// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QTest>

#include "tanhui/core/result.h"
#include "tanhui/core/units.h"

#include "testutil.h"

using namespace tanhui::core;

class TestUnits : public QObject
{
    Q_OBJECT
private slots:
    void carbonToCO2e_data();
    void carbonToCO2e();
    void areas();
    void resultCarriesValueOrError();
};

void TestUnits::carbonToCO2e_data()
{
    QTest::addColumn<double>("biomass");
    QTest::addColumn<double>("cf");
    QTest::addColumn<double>("co2e");
    // 12 t C is exactly 44 t CO2e; AR-TOOL14 Eq. 12 with CF = 0.47 on 45.328 t d.m.
    QTest::newRow("12 tC") << 12.0 << 1.0 << 44.0;
    QTest::newRow("AR-TOOL14 mean") << 45.328 << 0.47 << 45.328 * 0.47 * 44.0 / 12.0;
    QTest::newRow("negative change keeps sign") << -10.0 << 0.5 << -5.0 * 44.0 / 12.0;
}

void TestUnits::carbonToCO2e()
{
    QFETCH(double, biomass);
    QFETCH(double, cf);
    QFETCH(double, co2e);
    const TonnesCO2e actual = toCO2e(carbonInBiomass(TonnesDryMatter(biomass), cf));
    TANHUI_COMPARE_REL(actual.value(), co2e, 1e-15);
    TANHUI_COMPARE_REL(toCarbon(actual).value(), biomass * cf, 1e-15);
}

void TestUnits::areas()
{
    QCOMPARE(toMu(Hectares(1.0)).value(), 15.0);
    QCOMPARE(toHectares(SquareMetres(900.0)).value(), 0.09); // one 30 m Landsat pixel
    TANHUI_COMPARE_REL(toMu(toHectares(SquareMetres(666.0 + 2.0 / 3.0))).value(), 1.0, 1e-15);
    Hectares total;
    total += Hectares(2.5);
    total += Hectares(0.5);
    QCOMPARE(total.value(), 3.0);
    QCOMPARE(Hectares(3.0) / Hectares(12.0), 0.25);
}

void TestUnits::resultCarriesValueOrError()
{
    Result<int> ok = 5;
    QVERIFY(ok);
    QCOMPARE(*ok, 5);
    Result<int> bad = Error{ErrorCode::NotANumber, "abc", "trees.csv", 7, "dbh"};
    QVERIFY(!bad);
    QCOMPARE(bad.error().row, 7);
    QCOMPARE(bad.error().column, std::string("dbh"));
    QCOMPARE(std::string(errorCodeName(bad.error().code)), std::string("not-a-number"));
    Result<void> done;
    QVERIFY(done);
}

QTEST_APPLESS_MAIN(TestUnits)
#include "tst_units.moc"
