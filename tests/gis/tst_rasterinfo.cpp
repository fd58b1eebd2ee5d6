// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "tanhui/gis/rasterinfo.h"

#include "testutil.h"

using tanhui::core::ErrorCode;
using tanhui::gis::readRasterInfo;

class TestRasterInfo : public QObject
{
    Q_OBJECT
private slots:
    void projectedRaster();
    void geographicRaster();
    void missingFile();
    void notARaster();
    void truncatedTiff();

private:
    QTemporaryDir m_dir;
};

// Reference values: gdalinfo 3.6.2 on the same files.
void TestRasterInfo::projectedRaster()
{
    const QString path =
        tanhui::test::realDataPath(QStringLiteral("landscapemetrics_landcover/augusta_nlcd.tif"));
    TANHUI_REQUIRE_REAL_DATA(path);
    const auto info = readRasterInfo(path.toStdString());
    QVERIFY2(info, info ? "" : info.error().detail.c_str());
    QCOMPARE(info->driver, std::string("GTiff"));
    QCOMPARE(info->width, 678);
    QCOMPARE(info->height, 440);
    QCOMPARE(info->bandCount, 1);
    QCOMPARE(info->dataType, std::string("Byte"));
    QCOMPARE(info->blockWidth, 678);
    QCOMPARE(info->blockHeight, 12);
    QCOMPARE(info->noData.value_or(-1), 255.0);
    QCOMPARE(info->geoTransform[0], 1249665.0);
    QCOMPARE(info->geoTransform[1], 30.0);
    QCOMPARE(info->geoTransform[3], 1260015.0);
    QCOMPARE(info->geoTransform[5], -30.0);
    QVERIFY(!info->isGeographic);
    QVERIFY(info->crsWkt.find("Albers") != std::string::npos);
}

void TestRasterInfo::geographicRaster()
{
    const QString path =
        tanhui::test::realDataPath(QStringLiteral("landscapemetrics_landcover/podlasie_ccilc.tif"));
    TANHUI_REQUIRE_REAL_DATA(path);
    const auto info = readRasterInfo(path.toStdString());
    QVERIFY(info);
    QCOMPARE(info->width, 457);
    QCOMPARE(info->height, 371);
    QVERIFY(info->isGeographic);
    QCOMPARE(info->epsg.value_or(0), 4326);
    TANHUI_COMPARE_REL(info->geoTransform[1], 0.002777777777778, 1e-12);
}

void TestRasterInfo::missingFile()
{
    const auto info = readRasterInfo("/nonexistent/stands.tif");
    QVERIFY(!info);
    QCOMPARE(info.error().code, ErrorCode::FileNotFound);
    QCOMPARE(info.error().file, std::string("/nonexistent/stands.tif"));
}

void TestRasterInfo::notARaster()
{
    const QString path = tanhui::test::writeFile(QDir(m_dir.path()), QStringLiteral("plots.csv"),
                                                 "this is not, a raster\n1,2\n");
    const auto info = readRasterInfo(path.toStdString());
    QVERIFY(!info);
    QCOMPARE(info.error().code, ErrorCode::UnsupportedFormat);
}

void TestRasterInfo::truncatedTiff()
{
    const QString source =
        tanhui::test::realDataPath(QStringLiteral("landscapemetrics_landcover/augusta_nlcd.tif"));
    TANHUI_REQUIRE_REAL_DATA(source);
    QFile in(source);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QString path = m_dir.filePath(QStringLiteral("truncated.tif"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(in.read(64)); // the TIFF signature survives, the directory does not
    out.close();
    const auto info = readRasterInfo(path.toStdString());
    QVERIFY(!info);
    QCOMPARE(info.error().code, ErrorCode::CorruptData);
    QVERIFY(!info.error().detail.empty());
}

QTEST_APPLESS_MAIN(TestRasterInfo)
#include "tst_rasterinfo.moc"
