// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <map>
#include <utility>

#include "clitest.h"

using namespace tanhui::test;

class TestCliAreas : public QObject, public CliFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void areasFragstats();
    void areasRulesGeographic();
    void areasBadInput();
    void areasOfStands();
    void areasByAgeGroups();
    void areasInsideBoundary();
    void areasOfStackedRasters();
    void areasRespectMaskBand();
};

void TestCliAreas::initTestCase()
{
    setUpCli();
}

// FRAGSTATS 4 class areas of the NLCD Augusta raster: forest 41+42+43 and total.
void TestCliAreas::areasFragstats()
{
    const QString path =
        tanhui::test::realDataPath(QStringLiteral("landscapemetrics_landcover/augusta_nlcd.tif"));
    TANHUI_REQUIRE_REAL_DATA(path);
    const CliRun run = runTool({QStringLiteral("areas"), path});
    QCOMPARE(run.exitCode, int(ExitOk));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    TANHUI_COMPARE_REL(json.value(QStringLiteral("total_area_ha")).toDouble(), 26848.80, 1e-12);
    TANHUI_COMPARE_REL(json.value(QStringLiteral("total_area_mu")).toDouble(), 26848.80 * 15,
                       1e-12);
    const QJsonArray strata = json.value(QStringLiteral("strata")).toArray();
    QCOMPARE(strata.size(), 15);
    const QJsonObject first = strata.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("value")).toDouble(), 11.0);
    QCOMPARE(first.value(QStringLiteral("pixels")).toInt(), 3575);
    TANHUI_COMPARE_REL(first.value(QStringLiteral("area_ha")).toDouble(), 321.75, 1e-12);
    QVERIFY(json.value(QStringLiteral("area_method"))
                .toString()
                .startsWith(QStringLiteral("projected")));
}

void TestCliAreas::areasRulesGeographic()
{
    const QString path =
        tanhui::test::realDataPath(QStringLiteral("landscapemetrics_landcover/podlasie_ccilc.tif"));
    TANHUI_REQUIRE_REAL_DATA(path);
    const QString rules = write(QStringLiteral("rules.json"),
                                R"({"strata": [{"name": "forest", "values": [60, 61, 70, 90]},
                                               {"name": "rest", "min": 0, "max": 254}]})");
    const CliRun run = runTool({QStringLiteral("areas"), path, QStringLiteral("--rules"), rules});
    QCOMPARE(run.exitCode, int(ExitOk));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY(
        json.value(QStringLiteral("crs")).toObject().value(QStringLiteral("geographic")).toBool());
    // Every cell is valid: the strata add up to the ellipsoidal reference 970 342.966 ha.
    TANHUI_COMPARE_REL(json.value(QStringLiteral("total_area_ha")).toDouble(), 970342.966, 1e-9);
    QCOMPARE(json.value(QStringLiteral("unclassified_pixels")).toInt(), 0);
}

void TestCliAreas::areasBadInput()
{
    const QString noCrs =
        tanhui::test::realDataPath(QStringLiteral("biomass_nouragues/NouraguesRaster_CHM2012.tif"));
    TANHUI_REQUIRE_REAL_DATA(noCrs);
    CliRun run = runTool({QStringLiteral("areas"), noCrs});
    QCOMPARE(run.exitCode, int(ExitInputError));
    QCOMPARE(run.err.trimmed(),
             noCrs + QStringLiteral(": the layer has no coordinate reference system"));

    const QString empty = write(QStringLiteral("empty.tif"), QByteArray());
    run = runTool({QStringLiteral("areas"), empty});
    QCOMPARE(run.exitCode, int(ExitInputError));
    QVERIFY(run.err.startsWith(empty + QStringLiteral(": ")));

    const QString augusta =
        tanhui::test::realDataPath(QStringLiteral("landscapemetrics_landcover/augusta_nlcd.tif"));
    const QString rules = write(QStringLiteral("bad_rules.json"), R"({"strata": [{"name": "x"}]})");
    run = runTool({QStringLiteral("areas"), augusta, QStringLiteral("--rules"), rules});
    QCOMPARE(run.exitCode, int(ExitInputError));
    QVERIFY(run.err.contains(QStringLiteral("every stratum needs a name")));
    QVERIFY(run.out.isEmpty());
}

// Stand polygons grouped by an attribute rule; areas are ellipsoidal and add up.
void TestCliAreas::areasOfStands()
{
    const QString stands =
        tanhui::test::realDataPath(QStringLiteral("foresttools_bc_cutblocks/quesnelBlocks.gpkg"));
    TANHUI_REQUIRE_REAL_DATA(stands);
    const QString rules = write(QStringLiteral("stand_rules.json"), R"({"strata": [
        {"name": "first", "conditions": [{"field": "BlockID", "values": ["1050", "1020", "1021"]}]},
        {"name": "rest", "conditions": [{"field": "BlockID",
                                         "values": ["1022", "1023", "1034", "993-1", "1049"]}]}]})");
    const CliRun run = runTool({QStringLiteral("areas"), QStringLiteral("--stands"), stands,
                                QStringLiteral("--rules"), rules});
    QCOMPARE(run.exitCode, int(ExitOk));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray strata = json.value(QStringLiteral("strata")).toArray();
    QCOMPARE(strata.size(), 2);
    const double total = json.value(QStringLiteral("total_area_ha")).toDouble() +
                         json.value(QStringLiteral("unclassified_area_ha")).toDouble();
    QVERIFY(total > 0.0);
    QCOMPARE(strata.at(0).toObject().value(QStringLiteral("stands")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("unclassified_stands")).toInt(), 1); // 993-2
    QVERIFY(run.err.contains(QStringLiteral("1 stand")));
    TANHUI_COMPARE_REL(json.value(QStringLiteral("total_area_mu")).toDouble(),
                       15.0 * json.value(QStringLiteral("total_area_ha")).toDouble(), 1e-14);
    QVERIFY(
        json.value(QStringLiteral("area_method")).toString().contains(QStringLiteral("WGS 84")));

    const CliRun noRules = runTool({QStringLiteral("areas"), QStringLiteral("--stands"), stands});
    QCOMPARE(noRules.exitCode, int(ExitUsage));
}

// A 4 × 3 age raster (10 m cells, UTM 50N) of China fir plantations, ages as of 2015:
//   3  8  9 12 /  10 11 15 20 / 0 21 26 40   (0 = nodata)
// 杉木, south, planted: 幼 ≤10, 中 11–20, 近熟 21–25, 成熟 26–35, 过熟 ≥36.
void TestCliAreas::areasByAgeGroups()
{
    const QString asc = write(QStringLiteral("ages.asc"),
                              "ncols 4\nnrows 3\nxllcorner 500000\nyllcorner 3000000\n"
                              "cellsize 10\nNODATA_value 0\n3 8 9 12\n10 11 15 20\n0 21 26 40\n");
    const QString tif = m_dir.filePath(QStringLiteral("ages.tif"));
    QProcess gdal;
    gdal.start(QStringLiteral("gdal_translate"), {QStringLiteral("-q"), QStringLiteral("-a_srs"),
                                                  QStringLiteral("EPSG:32650"), asc, tif});
    QVERIFY(gdal.waitForFinished(30000));
    QCOMPARE(gdal.exitCode(), 0);
    auto areasOf = [&](QStringList extra) {
        QStringList args{QStringLiteral("areas"), tif, QStringLiteral("--age-group"),
                         QStringLiteral("杉木")};
        args += extra;
        const CliRun run = runTool(args);
        std::map<QString, int> pixels;
        for (const QJsonValue& v : QJsonDocument::fromJson(run.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("strata"))
                                       .toArray())
            pixels[v.toObject().value(QStringLiteral("stratum")).toString()] =
                v.toObject().value(QStringLiteral("pixels")).toInt();
        return std::pair{run, pixels};
    };
    auto [run, pixels] = areasOf({});
    QCOMPARE(run.exitCode, int(ExitOk));
    QCOMPARE(pixels[QStringLiteral("young")], 4);  // 3 8 9 10
    QCOMPARE(pixels[QStringLiteral("middle")], 4); // 12 11 15 20
    QCOMPARE(pixels[QStringLiteral("mature")], 3); // 21 26 40
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("nodata_pixels")).toInt(), 1);
    TANHUI_COMPARE_REL(json.value(QStringLiteral("total_area_ha")).toDouble(), 11 * 0.01, 1e-12);
    QCOMPARE(json.value(QStringLiteral("age_groups"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("CONFIRMED"));

    // Rolled forward from 2015 to a 2024 monitoring: nine years older.
    auto [later, laterPixels] = areasOf({QStringLiteral("--base-year"), QStringLiteral("2015"),
                                         QStringLiteral("--date"), QStringLiteral("2024-06-30")});
    QCOMPARE(later.exitCode, int(ExitOk));
    // 12 17 18 21 / 19 20 24 29 / 30 35 49
    QCOMPARE(laterPixels.count(QStringLiteral("young")) ? laterPixels[QStringLiteral("young")] : 0,
             0);
    QCOMPARE(laterPixels[QStringLiteral("middle")], 5);
    QCOMPARE(laterPixels[QStringLiteral("mature")], 6);

    // Five classes, named by the project.
    auto [five, fivePixels] =
        areasOf({QStringLiteral("--mapping"), QStringLiteral("幼=1;中=2;近熟=3;成熟=4;过熟=5")});
    QCOMPARE(five.exitCode, int(ExitOk));
    QCOMPARE(fivePixels[QStringLiteral("近熟")], 1);
    QCOMPARE(fivePixels[QStringLiteral("成熟")], 1);
    QCOMPARE(fivePixels[QStringLiteral("过熟")], 1);

    const CliRun unknown =
        runTool({QStringLiteral("areas"), tif, QStringLiteral("--age-group"),
                 QStringLiteral("杉木"), QStringLiteral("--region"), QStringLiteral("north")});
    QCOMPARE(unknown.exitCode, int(ExitInputError));
    QVERIFY(unknown.err.contains(QStringLiteral("no row for species group 杉木")));
}

// A project boundary over the CCI Podlasie raster: the areas inside it equal those of a copy
// whose cells outside the boundary gdal_rasterize set to nodata (same centre-inside rule).
void TestCliAreas::areasInsideBoundary()
{
    const QString raster =
        tanhui::test::realDataPath(QStringLiteral("landscapemetrics_landcover/podlasie_ccilc.tif"));
    TANHUI_REQUIRE_REAL_DATA(raster);
    const QString boundary =
        write(QStringLiteral("boundary.geojson"),
              R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
            "geometry": {"type": "Polygon", "coordinates": [[[22.5, 53.7], [23.3, 53.5],
            [23.0, 53.0], [22.6, 53.1], [22.5, 53.7]]]}}]})");
    const CliRun inside = runTool({QStringLiteral("areas"), raster, QStringLiteral("--boundary"),
                                   boundary, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(inside.exitCode, int(ExitOk));

    const QString burnt = m_dir.filePath(QStringLiteral("podlasie_cut.tif"));
    QVERIFY(QFile::copy(raster, burnt));
    QProcess gdal;
    gdal.start(QStringLiteral("gdal_rasterize"),
               {QStringLiteral("-q"), QStringLiteral("-i"), QStringLiteral("-burn"),
                QStringLiteral("255"), boundary, burnt});
    QVERIFY(gdal.waitForFinished(60000));
    QCOMPARE(gdal.exitCode(), 0);
    const CliRun reference = runTool(
        {QStringLiteral("areas"), burnt, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(reference.exitCode, int(ExitOk));
    // Same strata, pixels and areas; the boundary run also lists classes absent inside it.
    QStringList insideRows;
    for (const QString& line : inside.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.contains(QStringLiteral(",0,0,0")))
            insideRows << line;
    QCOMPARE(insideRows, reference.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts));

    // A boundary in another CRS is refused with both CRSs named, unless reprojection is chosen.
    const QString augusta =
        tanhui::test::realDataPath(QStringLiteral("landscapemetrics_landcover/augusta_nlcd.tif"));
    const QString lonLat =
        write(QStringLiteral("augusta_boundary.geojson"),
              R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
            "geometry": {"type": "Polygon", "coordinates": [[[-82.35, 33.5], [-82.25, 33.5],
            [-82.25, 33.57], [-82.35, 33.57], [-82.35, 33.5]]]}}]})");
    const CliRun mismatch =
        runTool({QStringLiteral("areas"), augusta, QStringLiteral("--boundary"), lonLat});
    QCOMPARE(mismatch.exitCode, int(ExitInputError));
    QVERIFY(mismatch.err.contains(QStringLiteral("WGS 84")));
    QVERIFY(mismatch.err.contains(QStringLiteral("Albers")));
    const CliRun reprojected =
        runTool({QStringLiteral("areas"), augusta, QStringLiteral("--boundary"), lonLat,
                 QStringLiteral("--reproject-boundary")});
    QCOMPARE(reprojected.exitCode, int(ExitOk));
    const double total = QJsonDocument::fromJson(reprojected.out.toUtf8())
                             .object()
                             .value(QStringLiteral("total_area_ha"))
                             .toDouble();
    QVERIFY(total > 0.0 && total < 26848.80);
}

// Age, species-group and origin rasters on one grid (UTM 50N, 10 m):
//   ages     3  8  9 12 / 10 11 15 20 / 0 21 26 40
//   groups   7  7  3  3 /  7  7  3  3 / 7  7  3  3
//   origins  2  2  2  2 /  2  2  2  1 / 2  2  2  2      (1 natural, 2 planted)
// South: 7/planted ≤10 young, 11–20 middle, 21+ mature; 3/planted ≤10, 11–20, 21+;
// 3/natural ≤20 young.
void TestCliAreas::areasOfStackedRasters()
{
    auto raster = [&](const QString& name, const QByteArray& rows, int cols = 4,
                      const char* srs = "EPSG:32650") {
        const QString asc = write(name + QStringLiteral(".asc"),
                                  "ncols " + QByteArray::number(cols) +
                                      "\nnrows 3\nxllcorner 500000\nyllcorner 3000000\n"
                                      "cellsize 10\nNODATA_value 0\n" +
                                      rows);
        const QString tif = m_dir.filePath(name + QStringLiteral(".tif"));
        QProcess gdal;
        gdal.start(QStringLiteral("gdal_translate"),
                   {QStringLiteral("-q"), QStringLiteral("-a_srs"), QLatin1String(srs), asc, tif});
        gdal.waitForFinished(30000);
        return tif;
    };
    const QString ages = raster(QStringLiteral("st_ages"), "3 8 9 12\n10 11 15 20\n0 21 26 40\n");
    const QString groups = raster(QStringLiteral("st_groups"), "7 7 3 3\n7 7 3 3\n7 7 3 3\n");
    const QString origins = raster(QStringLiteral("st_origins"), "2 2 2 2\n2 2 2 1\n2 2 2 2\n");
    const CliRun run = runTool({QStringLiteral("areas"), ages, QStringLiteral("--species-raster"),
                                groups, QStringLiteral("--origin-raster"), origins,
                                QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, int(ExitOk));
    std::map<QString, int> pixels;
    for (const QString& line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1)) {
        const QStringList cells = line.split(QLatin1Char(','));
        pixels[cells[0]] = cells[2].toInt();
    }
    QCOMPARE(pixels[QStringLiteral("7/planted/young")], 3);
    QCOMPARE(pixels[QStringLiteral("7/planted/middle")], 1);
    QCOMPARE(pixels[QStringLiteral("7/planted/mature")], 1);
    QCOMPARE(pixels[QStringLiteral("3/planted/young")], 1);
    QCOMPARE(pixels[QStringLiteral("3/planted/middle")], 2);
    QCOMPARE(pixels[QStringLiteral("3/planted/mature")], 2);
    QCOMPARE(pixels[QStringLiteral("3/natural/young")], 1);
    QVERIFY(run.err.contains(QStringLiteral("UNCONFIRMED"))); // 3/south/natural row
    const CliRun asJson =
        runTool({QStringLiteral("areas"), ages, QStringLiteral("--species-raster"), groups,
                 QStringLiteral("--origin-raster"), origins});
    QCOMPARE(asJson.exitCode, int(ExitOk));
    QString naturalStatus;
    for (const QJsonValue& row : QJsonDocument::fromJson(asJson.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("age_groups"))
                                     .toObject()
                                     .value(QStringLiteral("rows"))
                                     .toArray())
        if (row.toObject().value(QStringLiteral("species_group")).toString() ==
                QStringLiteral("3") &&
            row.toObject().value(QStringLiteral("origin")).toString() == QStringLiteral("natural"))
            naturalStatus = row.toObject().value(QStringLiteral("status")).toString();
    QCOMPARE(naturalStatus, QStringLiteral("UNCONFIRMED"));

    // Not on the same grid: refused, saying what differs.
    const QString wider = raster(QStringLiteral("st_wide"), "7 7 3 3 3\n7 7 3 3 3\n7 7 3 3 3\n", 5);
    CliRun bad =
        runTool({QStringLiteral("areas"), ages, QStringLiteral("--species-raster"), wider});
    QCOMPARE(bad.exitCode, int(ExitInputError));
    QVERIFY(bad.err.contains(QStringLiteral("not on the same grid")));
    QVERIFY(bad.err.contains(QStringLiteral("5 × 3 cells instead of 4 × 3")));
    const QString otherCrs =
        raster(QStringLiteral("st_crs"), "7 7 3 3\n7 7 3 3\n7 7 3 3\n", 4, "EPSG:32651");
    bad = runTool({QStringLiteral("areas"), ages, QStringLiteral("--species-raster"), otherCrs});
    QCOMPARE(bad.exitCode, int(ExitInputError));
    QVERIFY(bad.err.contains(QStringLiteral("UTM zone 51N instead of WGS 84 / UTM zone 50N")));
}

// A raster with an internal mask band (no nodata value): masked cells count as nodata.
void TestCliAreas::areasRespectMaskBand()
{
    const QString data = write(QStringLiteral("md.asc"), "ncols 4\nnrows 2\nxllcorner 500000\n"
                                                         "yllcorner 3000000\ncellsize 10\n"
                                                         "1 1 2 2\n3 3 1 2\n");
    const QString mask = write(QStringLiteral("mm.asc"), "ncols 4\nnrows 2\nxllcorner 500000\n"
                                                         "yllcorner 3000000\ncellsize 10\n"
                                                         "255 0 255 255\n0 255 255 0\n");
    const QString vrt = m_dir.filePath(QStringLiteral("masked.vrt"));
    const QString tif = m_dir.filePath(QStringLiteral("masked.tif"));
    QProcess build;
    build.start(QStringLiteral("gdalbuildvrt"),
                {QStringLiteral("-q"), QStringLiteral("-separate"), vrt, data, mask});
    QVERIFY(build.waitForFinished(30000) && build.exitCode() == 0);
    QProcess translate;
    translate.start(QStringLiteral("gdal_translate"),
                    {QStringLiteral("-q"), QStringLiteral("-a_srs"), QStringLiteral("EPSG:32650"),
                     QStringLiteral("-ot"), QStringLiteral("Byte"), QStringLiteral("-b"),
                     QStringLiteral("1"), QStringLiteral("-mask"), QStringLiteral("2"), vrt, tif});
    QVERIFY(translate.waitForFinished(30000) && translate.exitCode() == 0);
    const CliRun run = runTool({QStringLiteral("areas"), tif});
    QCOMPARE(run.exitCode, int(ExitOk));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("nodata_pixels")).toInt(), 3);
    const QJsonArray strata = json.value(QStringLiteral("strata")).toArray();
    QCOMPARE(strata.size(), 3);
    QCOMPARE(strata.at(0).toObject().value(QStringLiteral("pixels")).toInt(), 2); // value 1
    QCOMPARE(strata.at(1).toObject().value(QStringLiteral("pixels")).toInt(), 2); // value 2
    QCOMPARE(strata.at(2).toObject().value(QStringLiteral("pixels")).toInt(), 1); // value 3
}

QTEST_GUILESS_MAIN(TestCliAreas)
#include "tst_cli_areas.moc"
