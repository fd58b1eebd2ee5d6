// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QTest>
#include <optional>

#include "tanhui/core/fielddata.h"
#include "tanhui/core/stratifiedestimate.h"
#include "tanhui/core/table.h"

using namespace tanhui::core;

class TestTable : public QObject
{
    Q_OBJECT
private slots:
    void parseNumber_data();
    void parseNumber();
    void plotsFromTable();
    void badCellsAreLocated();
    void fieldsAreFoundByTheirNames();
};

void TestTable::parseNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    QTest::newRow("integer") << "12" << true << 12.0;
    QTest::newRow("decimal blanks") << "  12.5\t" << true << 12.5;
    QTest::newRow("plus") << "+7" << true << 7.0;
    QTest::newRow("negative exp") << "-3e2" << true << -300.0;
    QTest::newRow("empty") << "" << false << 0.0;
    QTest::newRow("blank") << "   " << false << 0.0;
    QTest::newRow("decimal comma") << "12,5" << false << 0.0;
    QTest::newRow("unit") << "12cm" << false << 0.0;
    QTest::newRow("nan") << "nan" << false << 0.0;
    QTest::newRow("inf") << "inf" << false << 0.0;
    QTest::newRow("NA") << "NA" << false << 0.0;
    QTest::newRow("chinese") << "十二" << false << 0.0;
}

void TestTable::parseNumber()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, value);
    const std::optional<double> parsed = tanhui::core::parseNumber(text.toStdString());
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, value);
}

void TestTable::plotsFromTable()
{
    Table t{"p.csv",
            {" Stratum ", "PLOT_ID", "agb"},
            {{"young", "1", "10.5"}, {"young", "2", "0"}},
            {2, 3},
            "UTF-8"};
    const auto plots = plotValuesFromTable(t, "agb");
    QVERIFY(plots);
    QCOMPARE(plots->size(), std::size_t(2));
    QCOMPARE((*plots)[0].stratum, std::string("young"));
    QCOMPARE((*plots)[0].value, 10.5);
    QCOMPARE((*plots)[1].value, 0.0); // a plot with no trees is data
    QCOMPARE((*plots)[1].sourceRow, std::int64_t(3));
}

void TestTable::badCellsAreLocated()
{
    Table t{"p.csv",
            {"stratum", "plot_id", "agb"},
            {{"young", "1", "10.5"}, {"young", "2", "n/a"}},
            {2, 3},
            "UTF-8"};
    const auto plots = plotValuesFromTable(t, "agb");
    QVERIFY(!plots);
    QCOMPARE(plots.error().code, ErrorCode::NotANumber);
    QCOMPARE(plots.error().file, std::string("p.csv"));
    QCOMPARE(plots.error().row, std::int64_t(3));
    QCOMPARE(plots.error().column, std::string("agb"));

    const auto missing = plotValuesFromTable(t, "carbon");
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::MissingColumn);
    QCOMPARE(missing.error().column, std::string("carbon"));
    QVERIFY(missing.error().detail.find("agb") != std::string::npos);

    Table areas{"a.csv", {"stratum", "area_ha"}, {{"young", "-3"}}, {2}, "UTF-8"};
    const auto a = stratumAreasFromTable(areas);
    QVERIFY(!a);
    QCOMPARE(a.error().code, ErrorCode::OutOfRange);
    QCOMPARE(a.error().row, std::int64_t(2));
}

// A field by any of its names (样地号 for plot_id); a field the list does not have is found
// nowhere, never taken for another.
void TestTable::fieldsAreFoundByTheirNames()
{
    tanhui::core::Table t;
    t.source = "plots.csv";
    t.columns = {"样地号", "面积", "X"};
    QCOMPARE(tanhui::core::findField(t, tanhui::core::kPlotFields, "plot_id"),
             std::optional<std::size_t>(0));
    QVERIFY(!tanhui::core::findField(t, tanhui::core::kPlotFields, "plotid"));
    const auto unknown = tanhui::core::requireField(t, tanhui::core::kPlotFields, "plotid");
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, tanhui::core::ErrorCode::InvalidArgument);
    QCOMPARE(unknown.error().column, std::string("plotid"));
    QCOMPARE(tanhui::core::requireField(t, tanhui::core::kPlotFields, "slope_deg").error().code,
             tanhui::core::ErrorCode::MissingColumn);
}

QTEST_APPLESS_MAIN(TestTable)
#include "tst_table.moc"
