// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

#include "tanhui/gis/tablereader.h"

#include "testutil.h"

using tanhui::core::ErrorCode;
using tanhui::gis::readTable;

class TestTableReader : public QObject
{
    Q_OBJECT
private slots:
    void utf8Csv();
    void gbkCsv();
    void realInventory();
    void missingAndEmptyFiles();
    void spreadsheetKeepsHeaderAndText();
    void gbkShapefileAttributes();
    void encodingIsGb18030OrAsChosen();
    void rowsMustMatchTheHeader();
    void duplicateColumnsAreRefused();
    void foldersAreNotFiles();
    void byteOrderMarkAndBlankLines();
    void encodingOfAWholeLargeFile();

private:
    QString write(const QString& name, const QByteArray& bytes);
    QTemporaryDir m_dir;
};

QString TestTableReader::write(const QString& name, const QByteArray& bytes)
{
    return tanhui::test::writeFile(QDir(m_dir.path()), name, bytes);
}

void TestTableReader::utf8Csv()
{
    const QString path =
        write(QStringLiteral("plots.csv"), "stratum,plot_id,value\n"
                                           "\xe5\xb9\xbc\xe9\xbe\x84\xe6\x9e\x97,1,0012.50\n"
                                           "mature,\"2,a\",\n");
    const auto table = readTable(path.toStdString());
    QVERIFY2(table, table ? "" : table.error().detail.c_str());
    QCOMPARE(table->columns.size(), std::size_t(3));
    QCOMPARE(table->rows.size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(table->rows[0][0]), QStringLiteral("幼龄林"));
    QCOMPARE(table->rows[0][2], std::string("0012.50")); // text as written, not reformatted
    QCOMPARE(table->rows[1][1], std::string("2,a"));
    QCOMPARE(table->rows[1][2], std::string());
    QCOMPARE(table->rowNumbers[1], std::int64_t(3));
    QCOMPARE(table->sourceEncoding, std::string("UTF-8"));
}

// A GBK export from a Chinese Excel: 碳层,样地号,value / 幼龄林,1,3 / 中龄林,2,4 / 杉木,3,5
void TestTableReader::gbkCsv()
{
    const QString path =
        write(QStringLiteral("gbk.csv"), "\xcc\xbc\xb2\xe3,\xd1\xf9\xb5\xd8\xba\xc5,value\n"
                                         "\xd3\xd7\xc1\xe4\xc1\xd6,1,3\n"
                                         "\xd6\xd0\xc1\xe4\xc1\xd6,2,4\n"
                                         "\xc9\xbc\xc4\xbe,3,5\n"); // 杉木: also valid UTF-8 bytes
    const auto table = readTable(path.toStdString());
    QVERIFY(table);
    QCOMPARE(table->sourceEncoding, std::string("GB18030"));
    QCOMPARE(QString::fromStdString(table->columns[0]), QStringLiteral("碳层"));
    QCOMPARE(QString::fromStdString(table->columns[1]), QStringLiteral("样地号"));
    QCOMPARE(QString::fromStdString(table->rows[1][0]), QStringLiteral("中龄林"));
    QCOMPARE(QString::fromStdString(table->rows[2][0]), QStringLiteral("杉木"));
}

// The encoding of a CSV read in blocks is still decided for the whole file: a 杉 whose three
// bytes the first block's end cuts is UTF-8, and one GBK cell two blocks on makes the file GBK.
void TestTableReader::encodingOfAWholeLargeFile()
{
    constexpr std::size_t kBlock = std::size_t(1) << 20;
    QByteArray bytes = "plot_id,species\n";
    while (bytes.size() < int(kBlock) - 2 - 2)
        bytes += "P,x\n";
    bytes.truncate(int(kBlock) - 2 - 2);
    bytes += "Q,\xe6\x9d\x89\n"; // 杉 at the block's end: its bytes at kBlock-2 .. kBlock
    QCOMPARE(static_cast<unsigned char>(bytes[int(kBlock) - 2]), 0xe6u);
    while (bytes.size() < int(2 * kBlock + 100))
        bytes += "P,y\n";
    auto rows = tanhui::gis::openTableRows(write(QStringLiteral("big.csv"), bytes).toStdString());
    QVERIFY(rows);
    QCOMPARE((*rows)->header().sourceEncoding, std::string("UTF-8"));
    const auto table = tanhui::core::readAllRows(**rows);
    QVERIFY(table);
    const auto q = std::find_if(table->rows.begin(), table->rows.end(),
                                [](const auto& row) { return row[0] == "Q"; });
    QVERIFY(q != table->rows.end());
    QCOMPARE(QString::fromStdString((*q)[1]), QStringLiteral("杉"));

    bytes += "R,\xc9\xbc\xc4\xbe\xd6\xd0\n"; // 杉木中 in GBK, the last bytes are not UTF-8
    const auto gbk = readTable(write(QStringLiteral("big-gbk.csv"), bytes).toStdString());
    QVERIFY(gbk);
    QCOMPARE(gbk->sourceEncoding, std::string("GB18030"));
    QCOMPARE(QString::fromStdString(gbk->rows.back()[1]), QStringLiteral("杉木中"));
}

void TestTableReader::realInventory()
{
    const QString path =
        tanhui::test::realDataPath(QStringLiteral("forestmangr_inventory/exfm2.csv"));
    TANHUI_REQUIRE_REAL_DATA(path);
    const auto table = readTable(path.toStdString());
    QVERIFY(table);
    QCOMPARE(table->rows.size(), std::size_t(57));
    QCOMPARE(table->columns[4], std::string("VWB_m3ha"));
    QCOMPARE(table->rows[0][4], std::string("79"));
    QCOMPARE(table->rowNumbers.back(), std::int64_t(58));
}

void TestTableReader::missingAndEmptyFiles()
{
    const auto missing = readTable(m_dir.filePath(QStringLiteral("none.csv")).toStdString());
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::FileNotFound);
    const auto empty = readTable(write(QStringLiteral("empty.csv"), {}).toStdString());
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, ErrorCode::CorruptData);
    const auto binary = readTable(write(QStringLiteral("x.bin"), "\x01\x02\x03").toStdString());
    QVERIFY(!binary);
    QCOMPARE(binary.error().code, ErrorCode::UnsupportedFormat);
}

// An unquoted decimal comma (5,9 for 5.9) shifts the cells: the row is refused with its
// number instead of losing the height.
void TestTableReader::rowsMustMatchTheHeader()
{
    const auto more = readTable(write(QStringLiteral("comma.csv"),
                                      "plot_id,species,dbh,height\nP01,杉木,8.2,5.9\n"
                                      "P01,杉木,8,2,5.9\n")
                                    .toStdString());
    QVERIFY(!more);
    QCOMPARE(more.error().code, ErrorCode::CellCount);
    QCOMPARE(more.error().row, std::int64_t(3));
    QVERIFY(more.error().detail.find("5 cells where the header has 4") != std::string::npos);
    const auto fewer = readTable(
        write(QStringLiteral("short.csv"), "plot_id,species,dbh\nP01,杉木\n").toStdString());
    QVERIFY(!fewer);
    QCOMPARE(fewer.error().row, std::int64_t(2));
}

void TestTableReader::duplicateColumnsAreRefused()
{
    const auto twice = readTable(
        write(QStringLiteral("twice.csv"), "plot_id,dbh,DBH ,dbh\nP1,8,9,10\n").toStdString());
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, ErrorCode::DuplicateId);
    QCOMPARE(twice.error().row, std::int64_t(1));
    QCOMPARE(twice.error().column, std::string("dbh"));
    // Unnamed trailing columns of a spreadsheet export are not names.
    const auto unnamed =
        readTable(write(QStringLiteral("unnamed.csv"), "plot_id,dbh,,\nP1,8,,\n").toStdString());
    QVERIFY(unnamed);
}

// A folder holding a tally is not the tally (OGR would open the folder and read a file in it).
void TestTableReader::foldersAreNotFiles()
{
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("tally2024")));
    write(QStringLiteral("tally2024/trees.csv"), "plot_id,species,dbh\nP1,杉木,8\n");
    const auto folder = readTable(m_dir.filePath(QStringLiteral("tally2024")).toStdString());
    QVERIFY(!folder);
    QCOMPARE(folder.error().code, ErrorCode::FileUnreadable);
    QVERIFY(folder.error().detail.find("folder") != std::string::npos);
}

// Excel's "CSV UTF-8" starts with a byte-order mark; blank lines count as rows in row numbers.
void TestTableReader::byteOrderMarkAndBlankLines()
{
    const auto table = readTable(
        write(QStringLiteral("bom.csv"), "\xEF\xBB\xBFplot_id,dbh\r\nP1,8\r\n\r\nP2,9\r\n")
            .toStdString());
    QVERIFY(table);
    QCOMPARE(table->columns[0], std::string("plot_id"));
    QCOMPARE(table->rows.size(), std::size_t(2));
    QCOMPARE(table->rowNumbers[1], std::int64_t(4));
}

namespace {
bool ogr2ogr(const QStringList& arguments)
{
    QProcess p;
    p.start(QStringLiteral("ogr2ogr"), arguments);
    return p.waitForFinished(60000) && p.exitCode() == 0;
}
} // namespace

// An XLSX written by GDAL from the exfm1 inventory: the first row is the header even though
// every cell is text, and numbers stay as written.
void TestTableReader::spreadsheetKeepsHeaderAndText()
{
    const QString csv =
        tanhui::test::realDataPath(QStringLiteral("forestmangr_inventory/exfm1.csv"));
    TANHUI_REQUIRE_REAL_DATA(csv);
    const QString xlsx = m_dir.filePath(QStringLiteral("exfm1.xlsx"));
    QVERIFY(ogr2ogr({QStringLiteral("-f"), QStringLiteral("XLSX"), xlsx, csv}));
    const auto table = readTable(xlsx.toStdString());
    QVERIFY2(table, table ? "" : table.error().detail.c_str());
    QCOMPARE(table->columns.size(), std::size_t(5));
    QCOMPARE(table->columns[4], std::string("VWB_m3ha"));
    QCOMPARE(table->rows.size(), std::size_t(22));
    QCOMPARE(table->rows[3][3], std::string("6.25"));
    QCOMPARE(table->rowNumbers.front(), std::int64_t(2));
}

// A shapefile whose DBF holds GBK text and declares no encoding (a common export).
void TestTableReader::gbkShapefileAttributes()
{
    const QString csv = write(QStringLiteral("stands_gbk.csv"),
                              "x,y,\xca\xf7\xd6\xd6,age\n1,2,\xc9\xbc\xc4\xbe,12\n"
                              "3,4,\xc2\xed\xce\xb2\xcb\xc9,30\n");
    const QString shp = m_dir.filePath(QStringLiteral("stands_gbk.shp"));
    QVERIFY(ogr2ogr({QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"), QStringLiteral("-lco"),
                     QStringLiteral("ENCODING="), QStringLiteral("-oo"),
                     QStringLiteral("X_POSSIBLE_NAMES=x"), QStringLiteral("-oo"),
                     QStringLiteral("Y_POSSIBLE_NAMES=y"), shp, csv}));
    const auto table = readTable(shp.toStdString());
    QVERIFY(table);
    QCOMPARE(table->sourceEncoding, std::string("GB18030"));
    const std::size_t species = *table->findColumn({"树种"});
    QCOMPARE(QString::fromStdString(table->rows[0][species]), QStringLiteral("杉木"));
    QCOMPARE(QString::fromStdString(table->rows[1][species]), QStringLiteral("马尾松"));
}

// Detection decodes GB18030 (its four-byte sequences too, beyond GBK: 𠀀 is 95 32 82 36); the
// wizard's choice overrides it both ways.
void TestTableReader::encodingIsGb18030OrAsChosen()
{
    const QString gb =
        write(QStringLiteral("gb18030.csv"),
              "\xd1\xf9\xb5\xd8\xba\xc5,\xca\xf7\xd6\xd6\n1,\xc9\xbc\xc4\xbe\x95\x32\x82\x36\n");
    const auto detected = readTable(gb.toStdString());
    QVERIFY(detected);
    QCOMPARE(detected->sourceEncoding, std::string("GB18030"));
    QCOMPARE(QString::fromStdString(detected->columns[0]), QStringLiteral("样地号"));
    QCOMPARE(QString::fromStdString(detected->rows[0][1]), QStringLiteral("杉木\U00020000"));
    const auto asUtf8 = readTable(gb.toStdString(), tanhui::core::TextEncoding::Utf8);
    QVERIFY(asUtf8);
    QCOMPARE(asUtf8->sourceEncoding, std::string("UTF-8"));
    QVERIFY(QString::fromStdString(asUtf8->rows[0][1]) != QStringLiteral("杉木\U00020000"));
    const QString utf8 = write(QStringLiteral("utf8.csv"), "样地号,树种\n1,杉木\n");
    const auto forced = readTable(utf8.toStdString(), tanhui::core::TextEncoding::Gb18030);
    QVERIFY(forced);
    QCOMPARE(forced->sourceEncoding, std::string("GB18030"));
    QVERIFY(QString::fromStdString(forced->rows[0][1]) != QStringLiteral("杉木"));
    QCOMPARE(QString::fromStdString(readTable(utf8.toStdString())->rows[0][1]),
             QStringLiteral("杉木"));
}

QTEST_APPLESS_MAIN(TestTableReader)
#include "tst_tablereader.moc"
