// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tanhui/core/standrules.h"
#include "tanhui/gis/stands.h"

#include "testutil.h"

using namespace tanhui;

class TestStands : public QObject
{
    Q_OBJECT
private slots:
    void planarAreasMatchUpstream();
    void ellipsoidalAreaMatchesEqualAreaProjection();
    void attributeRules();

private:
    QTemporaryDir m_dir;
};

// kootenayBlocks carries Shape_Area (m², computed upstream in UTM 11N).
void TestStands::planarAreasMatchUpstream()
{
    const QString path =
        test::realDataPath(QStringLiteral("foresttools_bc_cutblocks/kootenayBlocks.gpkg"));
    TANHUI_REQUIRE_REAL_DATA(path);
    const auto stands = gis::readStands(path.toStdString());
    QVERIFY2(stands, stands ? "" : stands.error().detail.c_str());
    QCOMPARE(stands->areaM2.size(), std::size_t(3));
    const std::size_t column = *stands->attributes.findColumn({"Shape_Area"});
    for (std::size_t i = 0; i < 3; ++i)
        TANHUI_COMPARE_REL(stands->planarAreaM2[i], std::stod(stands->attributes.rows[i][column]),
                           1e-9);
    // UTM shrinks areas by k² ≈ 0.9996² near the central meridian and less away from it; the
    // ellipsoidal area is within 0.1 % of the planar one here.
    for (std::size_t i = 0; i < 3; ++i)
        QVERIFY(std::fabs(stands->areaM2[i] / stands->planarAreaM2[i] - 1.0) < 1e-3);
}

// Lambert azimuthal equal-area (PROJ, ellipsoidal) preserves area: the same polygons taken
// there by ogr2ogr have planar areas equal to our ellipsoidal ones.
void TestStands::ellipsoidalAreaMatchesEqualAreaProjection()
{
    const QString path =
        test::realDataPath(QStringLiteral("foresttools_bc_cutblocks/quesnelBlocks.gpkg"));
    TANHUI_REQUIRE_REAL_DATA(path);
    const QString laea = m_dir.filePath(QStringLiteral("laea.gpkg"));
    QProcess ogr2ogr;
    ogr2ogr.start(QStringLiteral("ogr2ogr"),
                  {QStringLiteral("-t_srs"),
                   QStringLiteral("+proj=laea +lat_0=53 +lon_0=-122.5 +ellps=WGS84 +units=m"), laea,
                   path});
    QVERIFY(ogr2ogr.waitForFinished(60000));
    QCOMPARE(ogr2ogr.exitCode(), 0);
    const auto stands = gis::readStands(path.toStdString());
    const auto projected = gis::readStands(laea.toStdString());
    QVERIFY(stands && projected);
    QCOMPARE(stands->areaM2.size(), std::size_t(9));
    for (std::size_t i = 0; i < 9; ++i) {
        TANHUI_COMPARE_REL(stands->areaM2[i], projected->planarAreaM2[i], 1e-6);
        TANHUI_COMPARE_REL(projected->areaM2[i], stands->areaM2[i], 1e-6);
    }
}

void TestStands::attributeRules()
{
    core::Table t{
        "stands.shp",
        {"小班号", "树种", "林龄"},
        {{"1", "杉木", "8"}, {"2", "杉木", "25"}, {"3", "马尾松", "12"}, {"4", "柏木", "x"}},
        {2, 3, 4, 5},
        "GBK"};
    const std::vector<core::StandRule> rules{
        {"杉木幼龄林", {{"树种", {"杉木"}, {}, {}}, {"林龄", {}, 0, 10}}},
        {"其他", {{"树种", {"杉木", "马尾松"}, {}, {}}}}};
    const auto strata = core::classifyStands(t, rules);
    QVERIFY(strata);
    QCOMPARE(*strata, (std::vector<int>{0, 1, 1, -1}));

    const std::vector<core::StandRule> byAge{{"young", {{"林龄", {}, 0, 10}}}};
    const auto bad = core::classifyStands(t, byAge);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, core::ErrorCode::NotANumber);
    QCOMPARE(bad.error().row, std::int64_t(5));
    QCOMPARE(QString::fromStdString(bad.error().column), QStringLiteral("林龄"));

    const auto missing = core::classifyStands(t, {{"x", {{"起源", {"人工"}, {}, {}}}}});
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, core::ErrorCode::MissingColumn);
}

QTEST_APPLESS_MAIN(TestStands)
#include "tst_stands.moc"
