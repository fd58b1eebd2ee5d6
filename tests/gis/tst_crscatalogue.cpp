// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QTest>
#include <map>

#include "tanhui/gis/crscatalogue.h"

using tanhui::gis::CrsEntry;

// The survey CRS list as PROJ's EPSG database gives it: the systems a Chinese survey names,
// with the zone-prefixed Gauss–Krüger systems (8-digit eastings) told apart from the CM ones.
class TestCrsCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void namesTheSurveySystems();
    void identifiesALayersCrs();
};

void TestCrsCatalogue::namesTheSurveySystems()
{
    std::map<std::string, CrsEntry> byCode;
    for (const CrsEntry& e : tanhui::gis::surveyCrsCatalogue())
        byCode[e.code] = e;
    struct Expected
    {
        const char* code;
        const char* name;
        bool geographic, prefixed;
    };
    const Expected expected[] = {
        {"EPSG:4326", "WGS 84", true, false},
        {"EPSG:4490", "China Geodetic Coordinate System 2000", true, false},
        {"EPSG:4214", "Beijing 1954", true, false},
        {"EPSG:4610", "Xian 1980", true, false},
        {"EPSG:4527", "CGCS2000 / 3-degree Gauss-Kruger zone 39", false, true},
        {"EPSG:4549", "CGCS2000 / 3-degree Gauss-Kruger CM 120E", false, false},
        {"EPSG:2437", "Beijing 1954 / 3-degree Gauss-Kruger CM 120E", false, false},
        {"EPSG:2381", "Xian 1980 / 3-degree Gauss-Kruger CM 108E", false, false},
        {"EPSG:32650", "WGS 84 / UTM zone 50N", false, false},
    };
    for (const Expected& e : expected) {
        const auto it = byCode.find(e.code);
        QVERIFY2(it != byCode.end(), e.code);
        QCOMPARE(it->second.name, std::string(e.name));
        QCOMPARE(it->second.geographic, e.geographic);
        QCOMPARE(it->second.zonePrefixed, e.prefixed);
    }
    // CGCS2000 3-degree zones 25–45 and CMs 75E–135E: 21 of each.
    int zones = 0, cms = 0;
    for (const auto& [code, e] : byCode)
        if (e.name.rfind("CGCS2000 / 3-degree Gauss-Kruger ", 0) == 0)
            (e.zonePrefixed ? zones : cms) += 1;
    QCOMPARE(zones, 21);
    QCOMPARE(cms, 21);
    QVERIFY(byCode.find("EPSG:32610") == byCode.end()); // UTM far from China is left out
}

// A layer's CRS by its code: the WKT's own ID, or PROJ's identification when the WKT has none
// (WKT1 as GDAL writes it for a GeoTIFF without an EPSG key); nothing for what is not a CRS.
void TestCrsCatalogue::identifiesALayersCrs()
{
    const std::string withId =
        R"w(PROJCRS["CGCS2000 / 3-degree Gauss-Kruger zone 39",BASEGEOGCRS["China Geodetic )w"
        R"w(Coordinate System 2000",DATUM["China 2000",ELLIPSOID["CGCS2000",6378137,)w"
        R"w(298.257222101]]],CONVERSION["Gauss-Kruger zone 39",METHOD["Transverse Mercator"],)w"
        R"w(PARAMETER["Latitude of natural origin",0,ANGLEUNIT["degree",0.0174532925199433]],)w"
        R"w(PARAMETER["Longitude of natural origin",117,ANGLEUNIT["degree",0.0174532925199433]],)w"
        R"w(PARAMETER["Scale factor at natural origin",1,SCALEUNIT["unity",1]],)w"
        R"w(PARAMETER["False easting",39500000,LENGTHUNIT["metre",1]],)w"
        R"w(PARAMETER["False northing",0,LENGTHUNIT["metre",1]]],CS[Cartesian,2],)w"
        R"w(AXIS["northing (X)",north],AXIS["easting (Y)",east],LENGTHUNIT["metre",1],)w"
        R"w(ID["EPSG",4527]])w";
    QCOMPARE(tanhui::gis::crsCode(withId), std::string("EPSG:4527"));
    const std::string withoutId =
        R"w(PROJCS["WGS 84 / UTM zone 50N",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",)w"
        R"w(6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],)w"
        R"w(PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],)w"
        R"w(PARAMETER["central_meridian",117],PARAMETER["scale_factor",0.9996],)w"
        R"w(PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1],)w"
        R"w(AXIS["Easting",EAST],AXIS["Northing",NORTH]])w";
    QCOMPARE(tanhui::gis::crsCode(withoutId), std::string("EPSG:32650"));
    QCOMPARE(tanhui::gis::crsCode("not a CRS"), std::string());
    QCOMPARE(tanhui::gis::crsCode(""), std::string());
}

QTEST_APPLESS_MAIN(TestCrsCatalogue)
#include "tst_crscatalogue.moc"
