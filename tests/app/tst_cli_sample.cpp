// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <map>

#include "clitest.h"

using namespace tanhui::test;

class TestCliSample : public QObject, public CliFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void samplePlotsIntoStrata();
    void samplePointsInStands();
    void sampleWarnsOfBallparkDatums();
};

void TestCliSample::initTestCase()
{
    setUpCli();
}

// Plots located in the age raster of areasByAgeGroups (tst_cli_areas.cpp): assigned their stratum,
// recorded strata that disagree flagged, plots outside or on nodata reported, none dropped.
void TestCliSample::samplePlotsIntoStrata()
{
    const QString asc = write(QStringLiteral("ages2.asc"),
                              "ncols 4\nnrows 3\nxllcorner 500000\nyllcorner 3000000\n"
                              "cellsize 10\nNODATA_value 0\n3 8 9 12\n10 11 15 20\n0 21 26 40\n");
    const QString tif = m_dir.filePath(QStringLiteral("ages2.tif"));
    QProcess gdal;
    gdal.start(QStringLiteral("gdal_translate"), {QStringLiteral("-q"), QStringLiteral("-a_srs"),
                                                  QStringLiteral("EPSG:32650"), asc, tif});
    QVERIFY(gdal.waitForFinished(30000));
    // Cell centres: x = 500005 + 10·col, y = 3000025 − 10·row.
    const QString plots = write(QStringLiteral("plots_xy.csv"),
                                "plot_id,x,y,stratum\n"
                                "P1,500005,3000025,young\n"   // 3  → young, agrees
                                "P2,500035,3000025,young\n"   // 12 → middle, disagrees
                                "P3,500025,3000005,mature\n"  // 26 → mature, agrees
                                "P4,500005,3000005,young\n"   // nodata
                                "P5,499000,3000005,young\n"); // outside
    const CliRun run = runTool({QStringLiteral("sample"), tif, QStringLiteral("--points"), plots,
                                QStringLiteral("--crs"), QStringLiteral("EPSG:32650"),
                                QStringLiteral("--age-group"), QStringLiteral("7"),
                                QStringLiteral("--stratum-column"), QStringLiteral("stratum")});
    QCOMPARE(run.exitCode, int(ExitOk));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray points = json.value(QStringLiteral("points")).toArray();
    QCOMPARE(points.size(), 5);
    auto field = [&](int i, const char* key) {
        return points.at(i).toObject().value(QLatin1String(key));
    };
    QCOMPARE(field(0, "stratum").toString(), QStringLiteral("young"));
    QCOMPARE(field(0, "agrees").toBool(), true);
    QCOMPARE(field(1, "stratum").toString(), QStringLiteral("middle"));
    QCOMPARE(field(1, "agrees").toBool(), false);
    QCOMPARE(field(2, "stratum").toString(), QStringLiteral("mature"));
    QCOMPARE(field(3, "status").toString(), QStringLiteral("nodata"));
    QCOMPARE(field(4, "status").toString(), QStringLiteral("outside"));
    QCOMPARE(json.value(QStringLiteral("outside")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("nodata")).toInt(), 1);
    QVERIFY(run.err.contains(QStringLiteral("1 point lies outside the raster")));
    QVERIFY(run.err.contains(QStringLiteral("1 point lies on a nodata cell")));
    QVERIFY(run.err.contains(QStringLiteral("differs from the map")));
    // P2, and P4 and P5, which have no map stratum to agree with.
    QCOMPARE(json.value(QStringLiteral("disagreements")).toInt(), 3);
}

// Tree tops located in the Kootenay cut blocks; the counts per block agree with a spatial
// join done by GDAL's SQLite dialect (ST_Intersects) on the same two layers.
void TestCliSample::samplePointsInStands()
{
    const QString dir = tanhui::test::realDataPath(QStringLiteral("foresttools_bc_cutblocks/"));
    TANHUI_REQUIRE_REAL_DATA(dir);
    const QString blocks = dir + QStringLiteral("kootenayBlocks.gpkg");
    const QString trees = dir + QStringLiteral("kootenayTrees.gpkg");
    const QString rules = write(QStringLiteral("block_rules.json"), R"({"strata": [
        {"name": "101", "conditions": [{"field": "BlockID", "values": ["101"]}]},
        {"name": "113", "conditions": [{"field": "BlockID", "values": ["113"]}]},
        {"name": "3308", "conditions": [{"field": "BlockID", "values": ["3308"]}]}]})");
    const CliRun run =
        runTool({QStringLiteral("sample"), QStringLiteral("--stands"), blocks,
                 QStringLiteral("--rules"), rules, QStringLiteral("--points"), trees});
    QCOMPARE(run.exitCode, int(ExitOk));
    std::map<QString, int> ours;
    for (const QJsonValue& p : QJsonDocument::fromJson(run.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("points"))
                                   .toArray())
        ++ours[p.toObject().value(QStringLiteral("stratum")).toString()];

    const QString joined = m_dir.filePath(QStringLiteral("joined.gpkg"));
    QProcess copy;
    copy.start(QStringLiteral("ogr2ogr"), {QStringLiteral("-q"), joined, blocks});
    QVERIFY(copy.waitForFinished(30000) && copy.exitCode() == 0);
    QProcess append;
    append.start(QStringLiteral("ogr2ogr"),
                 {QStringLiteral("-q"), QStringLiteral("-update"), joined, trees});
    QVERIFY(append.waitForFinished(30000) && append.exitCode() == 0);
    QProcess sql;
    sql.start(
        QStringLiteral("ogrinfo"),
        {QStringLiteral("-q"), QStringLiteral("-dialect"), QStringLiteral("SQLite"),
         QStringLiteral("-sql"),
         QStringLiteral("SELECT b.BlockID AS block, count(*) AS n FROM kootenayBlocks b JOIN "
                        "kootenayTrees t ON ST_Intersects(b.geom, t.geom) GROUP BY b.BlockID"),
         joined});
    QVERIFY(sql.waitForFinished(60000) && sql.exitCode() == 0);
    const QStringList lines =
        QString::fromUtf8(sql.readAllStandardOutput()).split(QLatin1Char('\n'));
    int checked = 0;
    QString block;
    for (const QString& line : lines) {
        if (line.contains(QStringLiteral("block (")))
            block = line.section(QLatin1Char('='), 1).trimmed();
        if (line.contains(QStringLiteral("n (")) && !block.isEmpty()) {
            QCOMPARE(ours[block], line.section(QLatin1Char('='), 1).trimmed().toInt());
            ++checked;
        }
    }
    QCOMPARE(checked, 3);
    QCOMPARE(ours[QString()], 891 - ours[QStringLiteral("101")] - ours[QStringLiteral("113")] -
                                  ours[QStringLiteral("3308")]); // in no block: reported, kept
}

// Xian 1980 has no published transformation to WGS 84 in the EPSG database: PROJ falls
// back to a ballpark offset, which the user must be told about.
void TestCliSample::sampleWarnsOfBallparkDatums()
{
    const QString raster =
        tanhui::test::realDataPath(QStringLiteral("foresttools_bc_cutblocks/kootenayCHM.tif"));
    TANHUI_REQUIRE_REAL_DATA(raster);
    const QString points = write(QStringLiteral("xian80.csv"), "id,lon,lat\n1,-117.8386,49.8879\n");
    const CliRun xian = runTool({QStringLiteral("sample"), raster, QStringLiteral("--points"),
                                 points, QStringLiteral("--crs"), QStringLiteral("EPSG:4610")});
    QCOMPARE(xian.exitCode, int(ExitOk));
    QVERIFY(xian.err.contains(QStringLiteral("ballpark")));
    const QJsonObject t = QJsonDocument::fromJson(xian.out.toUtf8())
                              .object()
                              .value(QStringLiteral("transformation"))
                              .toObject();
    QCOMPARE(t.value(QStringLiteral("ballpark")).toBool(), true);
    const CliRun wgs84 = runTool({QStringLiteral("sample"), raster, QStringLiteral("--points"),
                                  points, QStringLiteral("--crs"), QStringLiteral("EPSG:4326")});
    QVERIFY(!wgs84.err.contains(QStringLiteral("ballpark")));
    QCOMPARE(wgs84.exitCode, int(ExitOk));
    QCOMPARE(QJsonDocument::fromJson(wgs84.out.toUtf8())
                 .object()
                 .value(QStringLiteral("transformation"))
                 .toObject()
                 .value(QStringLiteral("ballpark"))
                 .toBool(),
             false);
}

QTEST_GUILESS_MAIN(TestCliSample)
#include "tst_cli_sample.moc"
