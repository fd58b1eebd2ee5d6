// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QFile>
#include <QTemporaryDir>
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
    void streamsAFileInBlocks();
    void blockBoundariesInsideRecords();
    void badRowsAreProblemsAndReadingGoesOn();

private:
    QString write(const std::string& name, const std::string& bytes);
    QTemporaryDir m_dir;
};

QString TestCsv::write(const std::string& name, const std::string& bytes)
{
    const QString path = m_dir.filePath(QString::fromStdString(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

namespace {

constexpr std::size_t kBlock = std::size_t(1) << 20; // the reader's block

// Every record of `reader`, as tableFromCsvText would give them.
Table readAll(CsvReader& reader)
{
    auto table = readAllRows(reader);
    if (!table)
        qFatal("%s", table.error().detail.c_str());
    return std::move(table).value();
}

} // namespace

void TestCsv::quotesOnlyWhenNeeded()
{
    QCOMPARE(csvField("杉木"), std::string("杉木"));
    QCOMPARE(csvField("a,b"), std::string("\"a,b\""));
    QCOMPARE(csvField("say \"hi\""), std::string("\"say \"\"hi\"\"\""));
    QCOMPARE(csvField("two\nlines"), std::string("\"two\nlines\""));
    QCOMPARE(csvField(""), std::string());
    // For a spreadsheet, a cell that would run as a formula is quoted first (OWASP, CSV
    // injection); others are left as they are.
    QCOMPARE(spreadsheetTextField("=HYPERLINK(\"x\")"), std::string("\"'=HYPERLINK(\"\"x\"\")\""));
    QCOMPARE(spreadsheetTextField("+1"), std::string("'+1"));
    QCOMPARE(spreadsheetTextField("-2"), std::string("'-2"));
    QCOMPARE(spreadsheetTextField("@SUM(A1)"), std::string("'@SUM(A1)"));
    QCOMPARE(spreadsheetTextField("\tcmd"), std::string("'\tcmd"));
    QCOMPARE(spreadsheetTextField("\rx"), std::string("\"'\rx\""));
    QCOMPARE(spreadsheetTextField("杉木, 12 cm"), std::string("\"杉木, 12 cm\""));
    QCOMPARE(spreadsheetTextField(""), std::string());
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

// Three and a half blocks of awkward records (quoted commas, doubled quotes, quoted line
// breaks, CRLF and LF, blank lines, Chinese) read from the file in blocks give exactly what the
// same text read whole gives: every block boundary falls somewhere inside a record.
void TestCsv::streamsAFileInBlocks()
{
    std::string text = "plot_id,species,note\r\n";
    std::uint32_t state = 12345;
    auto next = [&state] {
        return state = state * 1664525u + 1013904223u;
    };
    const char* notes[] = {"", "a,b", "say \"\"hi\"\"", "two\nlines", "x\r\ny", "马尾松,\"\""};
    while (text.size() < 3 * kBlock + kBlock / 2) {
        const std::uint32_t r = next();
        const std::string note = notes[r % 6];
        const bool quoted = note.find_first_of(",\"\n\r") != std::string::npos;
        text += "P" + std::to_string(r % 100000) + ",杉木," + (quoted ? "\"" + note + "\"" : note) +
                ((r >> 8) % 3 ? "\r\n" : "\n");
        if ((r >> 12) % 50 == 0)
            text += "\n";
    }
    const auto whole = tableFromCsvText(text, "t.csv");
    QVERIFY(whole);
    auto reader = CsvReader::open(write("blocks.csv", text).toStdString());
    QVERIFY(reader);
    const Table streamed = readAll(**reader);
    QCOMPARE(streamed.columns, whole->columns);
    QCOMPARE(streamed.rows.size(), whole->rows.size());
    QVERIFY(streamed.rows == whole->rows);
    QVERIFY(streamed.rowNumbers == whole->rowNumbers);
    QCOMPARE((*reader)->done(), std::int64_t(text.size()));
    QCOMPARE((*reader)->total(), std::int64_t(text.size()));
}

// A CRLF, a doubled quote and a quoted line break each cut by the end of the first block.
void TestCsv::blockBoundariesInsideRecords()
{
    const std::string header = "a,b\n";
    for (const std::string& tail :
         {std::string("\r\n"), std::string("\"\""), std::string("\r\n\"")}) {
        // Padding puts the first byte of `tail` last in the first block.
        std::string text = header + "x,\"";
        text += std::string(kBlock - 1 - text.size(), 'p');
        std::string expected = std::string(kBlock - 1 - (header.size() + 3), 'p');
        if (tail == "\r\n") { // the CRLF ends the record: close the quote first
            text.back() = '"';
            expected.pop_back();
            text += "\r\nlast,1\n";
        } else if (tail == "\"\"") {
            text += "\"\"q\"\n";
            expected += "\"q";
        } else {
            text += "\r\n\"\"q\"\n"; // a quoted CRLF, a doubled quote, the closing quote
            expected += "\r\n\"q";
        }
        auto reader = CsvReader::open(write("cut.csv", text).toStdString());
        QVERIFY(reader);
        const Table table = readAll(**reader);
        QVERIFY(!table.rows.empty());
        QCOMPARE(table.rows[0][0], std::string("x"));
        if (tail == "\r\n") {
            QCOMPARE(table.rows.size(), std::size_t(2));
            QCOMPARE(table.rows[0][1], expected);
            QCOMPARE(table.rows[1], (std::vector<std::string>{"last", "1"}));
        } else {
            QCOMPARE(table.rows.size(), std::size_t(1));
            QCOMPARE(table.rows[0][1].size(), expected.size());
            QVERIFY(table.rows[0][1] == expected);
        }
        QCOMPARE(table.rows, tableFromCsvText(text, "cut.csv")->rows);
    }
}

// A record with another number of cells is a problem of its row; the rows after it are read.
void TestCsv::badRowsAreProblemsAndReadingGoesOn()
{
    const std::string text = "\xEF\xBB\xBFplot_id,dbh\nP1,8\nP2,9,extra\n\nP3\nP4,12\n";
    auto reader = CsvReader::open(write("bad.csv", text).toStdString());
    QVERIFY(reader);
    QCOMPARE((*reader)->header().columns, (std::vector<std::string>{"plot_id", "dbh"}));
    SourceRow row;
    std::vector<std::int64_t> good;
    std::vector<Error> problems;
    while (*(*reader)->next(row)) {
        if (row.problem)
            problems.push_back(*row.problem);
        else
            good.push_back(row.number);
    }
    QCOMPARE(good, (std::vector<std::int64_t>{2, 6}));
    QCOMPARE(problems.size(), std::size_t(2));
    QCOMPARE(problems[0].code, ErrorCode::CellCount);
    QCOMPARE(problems[0].row, std::int64_t(3));
    QCOMPARE(problems[0].file, (*reader)->header().source);
    QCOMPARE(problems[1].row, std::int64_t(5));
    QVERIFY(problems[1].detail.find("1 cells where the header has 2") == 0);
    const auto missing = CsvReader::open(m_dir.filePath(QStringLiteral("none.csv")).toStdString());
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::FileUnreadable);
}

QTEST_APPLESS_MAIN(TestCsv)
#include "tst_csv.moc"
