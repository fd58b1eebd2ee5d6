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

QTEST_APPLESS_MAIN(TestCrsCatalogue)
#include "tst_crscatalogue.moc"
