// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "tanhui/gis/points.h"
#include "tanhui/gis/tablereader.h"
#include "tanhui/gis/transform.h"

#include "testutil.h"

using namespace tanhui;
using Status = gis::SampledPoint::Status;

class TestPoints : public QObject
{
    Q_OBJECT
private slots:
    void treeTopsReturnTheirHeight();
    void lonLatTransformToUtm();
    void agreesWithGdalLocationInfo();
    void badInput();
    void transformsAsCs2csDoes();

private:
    QTemporaryDir m_dir;
};

// ForestTools sampled each tree top's `height` from the CHM: sampling the CHM at the points
// must give it back (Float32 precision).
void TestPoints::treeTopsReturnTheirHeight()
{
    const QString dir = test::realDataPath(QStringLiteral("foresttools_bc_cutblocks/"));
    TANHUI_REQUIRE_REAL_DATA(dir);
    const std::string trees = QString(dir + QStringLiteral("kootenayTrees.gpkg")).toStdString();
    const auto raster =
        gis::readRasterInfo(QString(dir + QStringLiteral("kootenayCHM.tif")).toStdString());
    const auto points = gis::readPoints(trees, {});
    QVERIFY(raster && points);
    QCOMPARE(points->points.size(), std::size_t(891));
    QCOMPARE(points->xColumn, std::string("geometry"));
    const auto sampled = gis::samplePoints(*raster, 1, *points);
    QVERIFY(sampled);
    const auto attributes = gis::readTable(trees);
    QVERIFY(attributes);
    const std::size_t heightColumn = *attributes->findColumn({"height"});
    for (std::size_t i = 0; i < sampled->size(); ++i) {
        const gis::SampledPoint& p = (*sampled)[i];
        QCOMPARE(p.status, Status::Value);
        const double height = std::stod(attributes->rows[i][heightColumn]);
        QVERIFY2(std::fabs(p.value - height) <= 1e-6 * height,
                 test::describeDifference(p.value, height));
    }
}

// NouraguesCoords gives each plot corner in UTM 22N and in WGS 84 lon/lat: transformed,
// the lon/lat land on the UTM position (within the centimetres the file was rounded to).
void TestPoints::lonLatTransformToUtm()
{
    const QString raster = test::realDataPath(
        QStringLiteral("biomass_nouragues/NouraguesRaster_CHM2012_epsg32622.tif"));
    TANHUI_REQUIRE_REAL_DATA(raster);
    const QString coords =
        test::realDataPath(QStringLiteral("biomass_nouragues/NouraguesCoords.csv"));
    const auto info = gis::readRasterInfo(raster.toStdString());
    const auto lonLat =
        gis::readPoints(coords.toStdString(), {"Long", "Lat", "Plot", "EPSG:4326", ""});
    const auto utm =
        gis::readPoints(coords.toStdString(), {"Xutm", "Yutm", "Plot", "EPSG:32622", ""});
    QVERIFY(info && lonLat && utm);
    const auto a = gis::samplePoints(*info, 1, *lonLat);
    const auto b = gis::samplePoints(*info, 1, *utm);
    QVERIFY(a && b);
    QCOMPARE(a->size(), std::size_t(16));
    for (std::size_t i = 0; i < a->size(); ++i) {
        QVERIFY2(std::hypot((*a)[i].x - (*b)[i].x, (*a)[i].y - (*b)[i].y) < 0.05,
                 test::describeDifference((*a)[i].x, (*b)[i].x));
        QCOMPARE((*a)[i].status, (*b)[i].status);
    }
}

// gdallocationinfo, GDAL's own point query, on points spread over the CHM.
void TestPoints::agreesWithGdalLocationInfo()
{
    const QString raster =
        test::realDataPath(QStringLiteral("foresttools_bc_cutblocks/quesnelCHM.tif"));
    TANHUI_REQUIRE_REAL_DATA(raster);
    const auto info = gis::readRasterInfo(raster.toStdString());
    QVERIFY(info);
    QByteArray csv = "id,x,y\n";
    const auto& gt = info->geoTransform;
    for (int i = 0; i < 12; ++i) {
        const double x = gt[0] + (37.3 + 53.1 * i) * gt[1];
        const double y = gt[3] + (11.7 + 49.9 * i) * gt[5];
        csv += QByteArray::number(i) + ',' + QByteArray::number(x, 'f', 3) + ',' +
               QByteArray::number(y, 'f', 3) + '\n';
    }
    const QString path = test::writeFile(QDir(m_dir.path()), QStringLiteral("q.csv"), csv);
    const auto points = gis::readPoints(path.toStdString(), {"", "", "", "EPSG:32610", ""});
    QVERIFY(points);
    const auto sampled = gis::samplePoints(*info, 1, *points);
    QVERIFY(sampled);
    for (const gis::SampledPoint& p : *sampled) {
        QProcess gdal;
        gdal.start(QStringLiteral("gdallocationinfo"),
                   {QStringLiteral("-valonly"), QStringLiteral("-geoloc"), raster,
                    QString::number(p.x, 'f', 3), QString::number(p.y, 'f', 3)});
        QVERIFY(gdal.waitForFinished(30000));
        const QString text = QString::fromUtf8(gdal.readAllStandardOutput()).trimmed();
        if (p.status == Status::NoData) {
            QVERIFY2(text.compare(QStringLiteral("nan"), Qt::CaseInsensitive) == 0,
                     qPrintable(text));
            continue;
        }
        QCOMPARE(p.status, Status::Value);
        bool ok = false;
        const double expected = text.toDouble(&ok);
        QVERIFY2(ok, qPrintable(text));
        QVERIFY2(std::fabs(p.value - expected) <= 1e-6 * std::fabs(expected) + 1e-9,
                 test::describeDifference(p.value, expected));
    }
}

void TestPoints::badInput()
{
    const QString raster =
        test::realDataPath(QStringLiteral("biomass_nouragues/NouraguesRaster_CHM2012.tif"));
    TANHUI_REQUIRE_REAL_DATA(raster);
    const QDir dir(m_dir.path());
    // Text in a coordinate column: file, row and column named.
    auto points = gis::readPoints(
        test::writeFile(dir, QStringLiteral("t.csv"), "id,lon,lat\n1,118.5,30.2\n2,东经,30.1\n")
            .toStdString(),
        {});
    QVERIFY(!points);
    QCOMPARE(points.error().code, core::ErrorCode::NotANumber);
    QCOMPARE(points.error().row, std::int64_t(3));
    QCOMPARE(points.error().column, std::string("lon"));
    // x/y metres without a CRS.
    points = gis::readPoints(
        test::writeFile(dir, QStringLiteral("xy.csv"), "id,x,y\n1,313000,451700\n").toStdString(),
        {});
    QVERIFY(!points);
    QCOMPARE(points.error().code, core::ErrorCode::CrsMissing);
    // A raster without a CRS.
    points = gis::readPoints(
        test::writeFile(dir, QStringLiteral("ll.csv"), "id,lon,lat\n1,-52.68,4.08\n").toStdString(),
        {});
    QVERIFY(points && points->crsAssumed);
    const auto info = gis::readRasterInfo(raster.toStdString());
    const auto sampled = gis::samplePoints(*info, 1, *points);
    QVERIFY(!sampled);
    QCOMPARE(sampled.error().code, core::ErrorCode::CrsMissing);
    // An unknown CRS code.
    points = gis::readPoints(dir.filePath(QStringLiteral("xy.csv")).toStdString(),
                             {"", "", "", "EPSG:999999", ""});
    QVERIFY(!points);
    QCOMPARE(points.error().column, std::string("crs"));
}

// CGCS2000 longitude/latitude to its Gauss–Krüger zone 39, against PROJ's own command:
// echo "28.25 117.5" | cs2cs -f %.4f EPSG:4490 EPSG:4527 → 3126248.4526 39549067.3084.
void TestPoints::transformsAsCs2csDoes()
{
    auto t = gis::CoordinateTransform::create("EPSG:4490", "EPSG:4527");
    QVERIFY(t);
    QVERIFY(!t->identity());
    double x = 117.5;
    double y = 28.25;
    QVERIFY(t->apply(x, y));
    QVERIFY2(std::abs(x - 39549067.3084) < 1e-3, std::to_string(x).c_str());
    QVERIFY2(std::abs(y - 3126248.4526) < 1e-3, std::to_string(y).c_str());
    // The same CRS, as a raster's WKT, passes points unchanged.
    const std::string raster = m_dir.filePath(QStringLiteral("gk39.tif")).toStdString();
    QVERIFY(gis::writeByteRaster(raster, 1, 1, {39500000.0, 10.0, 0.0, 3100000.0, 0.0, -10.0},
                                 "EPSG:4527", 0, {1}));
    const auto same =
        gis::CoordinateTransform::create("EPSG:4527", gis::readRasterInfo(raster)->crsWkt);
    QVERIFY(same && same->identity());
    x = 39549067.25;
    QVERIFY(same->apply(x, y));
    QCOMPARE(x, 39549067.25);
    // And back to CGCS2000's longitude and latitude, the geographic CRS the zone is based on.
    std::string name;
    const auto back = gis::CoordinateTransform::toGeographic("EPSG:4527", &name);
    QVERIFY(back);
    QCOMPARE(name, std::string("China Geodetic Coordinate System 2000"));
    double e = 39549067.3084;
    double n = 3126248.4526;
    QVERIFY(back->apply(e, n));
    QVERIFY2(std::abs(e - 117.5) < 1e-8 && std::abs(n - 28.25) < 1e-8,
             (std::to_string(e) + ", " + std::to_string(n)).c_str());
    const auto unknown = gis::CoordinateTransform::create("EPSG:4527", "EPSG:99999");
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, core::ErrorCode::InvalidArgument);
    QVERIFY(QString::fromStdString(unknown.error().detail).contains(QStringLiteral("EPSG:99999")));
}

QTEST_APPLESS_MAIN(TestPoints)
#include "tst_points.moc"
