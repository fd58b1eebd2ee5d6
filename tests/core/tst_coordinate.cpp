// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QTest>

#include "tanhui/core/coordinate.h"

#include "testutil.h"

class TestCoordinate : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
};

void TestCoordinate::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    const double dms = 118.0 + 30.0 / 60.0 + 15.2 / 3600.0;
    QTest::newRow("decimal") << "118.5042" << true << 118.5042;
    QTest::newRow("negative decimal") << "-3.75" << true << -3.75;
    QTest::newRow("DMS symbols") << "118°30'15.2\"" << true << dms;
    QTest::newRow("DMS primes") << "118°30′15.2″" << true << dms;
    QTest::newRow("DMS blanks") << "118 30 15.2" << true << dms;
    QTest::newRow("DM") << "118°30.25'" << true << 118.0 + 30.25 / 60.0;
    QTest::newRow("suffix E") << "118°30'15.2\"E" << true << dms;
    QTest::newRow("suffix W") << "118°30'15.2\" W" << true << -dms;
    QTest::newRow("prefix S") << "S 3 45 0" << true << -3.75;
    QTest::newRow("东经") << "东经118°30'15.2\"" << true << dms;
    QTest::newRow("南纬") << "南纬3.75" << true << -3.75;
    QTest::newRow("minutes 60") << "118 60 0" << false << 0.0;
    QTest::newRow("seconds 75") << "118 30 75" << false << 0.0;
    QTest::newRow("text") << "abc" << false << 0.0;
    QTest::newRow("empty") << "" << false << 0.0;
    QTest::newRow("contradictory") << "-118.5 W" << false << 0.0;
    QTest::newRow("four parts") << "1 2 3 4" << false << 0.0;
}

void TestCoordinate::parses()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, value);
    const auto parsed = tanhui::core::parseCoordinate(text.toStdString());
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        TANHUI_COMPARE_REL(*parsed, value, 1e-15);
}

QTEST_APPLESS_MAIN(TestCoordinate)
#include "tst_coordinate.moc"
