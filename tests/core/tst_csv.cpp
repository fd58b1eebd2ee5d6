// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QFile>
#include <QTest>

#include "tanhui/core/csv.h"

using namespace tanhui::core;

class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    void quotesOnlyWhenNeeded();
    void roundTripsAwkwardCells();
    void readsCrLfAndQuotedLineBreaks();
    void reportsBadRecordsWithTheirRow();
    void readsTheShippedParameterSet();
};

void TestCsv::quotesOnlyWhenNeeded()
{
    QCOMPARE(csvField("杉木"), std::string("杉木"));
    QCOMPARE(csvField("a,b"), std::string("\"a,b\""));
    QCOMPARE(csvField("say \"hi\""), std::string("\"say \"\"hi\"\"\""));
    QCOMPARE(csvField("two\nlines"), std::string("\"two\nlines\""));
    QCOMPARE(csvField(""), std::string());
}

void TestCsv::roundTripsAwkwardCells()
{
    Table table;
    table.columns = {"id", "text", "empty"};
    table.rows = {{"1", "a,b", ""},
                  {"2", "say \"hi\"", ""},
                  {"3", "two\nlines\r\nand CRLF", "x"},
                  {"4", "马尾松 Pinus massoniana", "\"\""}};
    const std::string text = csvText(table);
    QCOMPARE(text.substr(0, 15), std::string("id,text,empty\n1"));
    const auto back = tableFromCsvText(text, "t.csv");
    QVERIFY(back);
    QCOMPARE(back->columns, table.columns);
    QCOMPARE(back->rows, table.rows);
    QCOMPARE(back->rowNumbers, (std::vector<std::int64_t>{2, 3, 4, 5}));
    QCOMPARE(back->source, std::string("t.csv"));
    QCOMPARE(csvText(*back), text);
}

void TestCsv::readsCrLfAndQuotedLineBreaks()
{
    const auto table = tableFromCsvText("a,b\r\n1,\"x\r\ny\"\r\n\r\n2,\r\n", "w.csv");
    QVERIFY(table);
    QCOMPARE(table->rows.size(), std::size_t(2));
    QCOMPARE(table->rows[0][1], std::string("x\r\ny"));
    QCOMPARE(table->rows[1][0], std::string("2"));
    QCOMPARE(table->rows[1][1], std::string());
    // No final line break.
    const auto last = tableFromCsvText("a\n7", "n.csv");
    QVERIFY(last);
    QCOMPARE(last->rows, (std::vector<std::vector<std::string>>{{"7"}}));
}

void TestCsv::reportsBadRecordsWithTheirRow()
{
    const auto wide = tableFromCsvText("a,b\n1,2\n3,4,5\n", "bad.csv");
    QVERIFY(!wide);
    QCOMPARE(wide.error().code, ErrorCode::CellCount);
    QCOMPARE(wide.error().file, std::string("bad.csv"));
    QCOMPARE(wide.error().row, std::int64_t(3));
    QVERIFY(wide.error().detail.find("3 cells") != std::string::npos);
    const auto open = tableFromCsvText("a,b\n1,\"unclosed\n", "q.csv");
    QVERIFY(!open);
    QCOMPARE(open.error().code, ErrorCode::CorruptData);
    QCOMPARE(open.error().row, std::int64_t(2));
    QVERIFY(!tableFromCsvText("", "e.csv"));
}

// The shipped species table has quoted sources with commas; every row keeps 22 cells.
void TestCsv::readsTheShippedParameterSet()
{
    QFile file(QStringLiteral(TANHUI_SOURCE_DIR "/resources/parameters/default_species.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const auto table = tableFromCsvText(
        std::string_view(bytes.constData(), std::size_t(bytes.size())), "default_species.csv");
    QVERIFY(table);
    QCOMPARE(table->columns.size(), std::size_t(22));
    QCOMPARE(table->columns.back(), std::string("source"));
    QVERIFY(table->rows.size() >= 5);
    const std::size_t status = *table->findColumn({"status"});
    for (const auto& row : table->rows) {
        QCOMPARE(row[0], std::string("tanhui-default"));
        QVERIFY(row[status] == "CONFIRMED" || row[status] == "SECONDARY" ||
                row[status] == "UNCONFIRMED");
    }
    const auto again = tableFromCsvText(csvText(*table), "copy.csv");
    QVERIFY(again);
    QCOMPARE(again->rows, table->rows);
}

QTEST_APPLESS_MAIN(TestCsv)
#include "tst_csv.moc"
