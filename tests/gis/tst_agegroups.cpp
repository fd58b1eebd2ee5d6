// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QTest>

#include "tanhui/core/agegroups.h"
#include "tanhui/gis/tablereader.h"

#include "testutil.h"

using namespace tanhui::core;

namespace {
AgeGroupTable shipped()
{
    const auto table =
        tanhui::gis::readTable(TANHUI_SOURCE_DIR "/resources/parameters/cn_age_groups.csv");
    if (!table)
        qFatal("%s", table.error().detail.c_str());
    auto ages = AgeGroupTable::fromTable(*table);
    if (!ages)
        qFatal("%s", ages.error().detail.c_str());
    return std::move(ages).value();
}
} // namespace

class TestAgeGroups : public QObject
{
    Q_OBJECT
private slots:
    void shippedTable();
    void chinaFirBounds_data();
    void chinaFirBounds();
    void mapping();
    void rollForward();
};

void TestAgeGroups::shippedTable()
{
    const AgeGroupTable t = shipped();
    QCOMPARE(t.name, std::string("cn-national-age-groups"));
    QCOMPARE(t.rules.size(), std::size_t(23));
    // Masson pine, southern plantation: the Guangxi-corroborated row of group 3.
    const auto masson = t.find("马尾松", "south", "planted");
    QVERIFY(masson);
    QCOMPARE((*masson)->speciesGroup, std::string("3"));
    QCOMPARE((*masson)->status, std::string("CONFIRMED"));
    QCOMPARE((*masson)->upperBounds[0], 10.0);
    // Group 6 has one row for north and south.
    QVERIFY(t.find("6", "south", "natural"));
    const auto missing = t.find("7", "north", "planted");
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::UnknownReference);
}

// 杉木 southern plantations: 幼 ≤10, 中 11–20, 近熟 21–25, 成熟 26–35, 过熟 ≥36.
void TestAgeGroups::chinaFirBounds_data()
{
    QTest::addColumn<double>("age");
    QTest::addColumn<int>("group");
    QTest::newRow("1") << 1.0 << int(AgeGroup::Young);
    QTest::newRow("10") << 10.0 << int(AgeGroup::Young);
    QTest::newRow("10.5") << 10.5 << int(AgeGroup::Middle);
    QTest::newRow("11") << 11.0 << int(AgeGroup::Middle);
    QTest::newRow("20") << 20.0 << int(AgeGroup::Middle);
    QTest::newRow("21") << 21.0 << int(AgeGroup::NearMature);
    QTest::newRow("25") << 25.0 << int(AgeGroup::NearMature);
    QTest::newRow("26") << 26.0 << int(AgeGroup::Mature);
    QTest::newRow("35") << 35.0 << int(AgeGroup::Mature);
    QTest::newRow("36") << 36.0 << int(AgeGroup::OverMature);
}

void TestAgeGroups::chinaFirBounds()
{
    QFETCH(double, age);
    QFETCH(int, group);
    const AgeGroupTable t = shipped();
    const auto fir = t.find("杉木", "south", "planted");
    QVERIFY(fir);
    QCOMPARE(int((*fir)->groupOf(age)), group);
}

void TestAgeGroups::mapping()
{
    const CarbonClassMapping standard;
    QCOMPARE(standard.classOf, (std::array<int, 5>{0, 1, 2, 2, 2}));
    const auto custom = CarbonClassMapping::parse("幼中龄林=1,2; 近成过熟林=3,4,5");
    QVERIFY(custom);
    QCOMPARE(custom->names, (std::vector<std::string>{"幼中龄林", "近成过熟林"}));
    QCOMPARE(custom->classOf, (std::array<int, 5>{0, 0, 1, 1, 1}));
    QVERIFY(!CarbonClassMapping::parse("young=1;middle=2"));             // 3–5 unmapped
    QVERIFY(!CarbonClassMapping::parse("young=1,2;middle=2;old=3,4,5")); // 2 twice
    QVERIFY(!CarbonClassMapping::parse("young=0;rest=1,2,3,4,5"));
}

// Ages recorded in the base year are rolled forward to the monitoring date: an 8-year-old
// 杉木 stand in 2015 is 11 in 2018 and has become 中龄林.
void TestAgeGroups::rollForward()
{
    const AgeGroupTable t = shipped();
    const AgeGroupRule* fir = *t.find("杉木", "south", "planted");
    const ValueClassifier atBase = ageClassifier(*fir, {}, 0.0);
    const ValueClassifier later = ageClassifier(*fir, {}, 3.0);
    QCOMPARE(atBase.classCount, 3);
    QCOMPARE(atBase.classify(8.0), 0);
    QCOMPARE(later.classify(8.0), 1);
    QCOMPARE(later.classify(23.0), 2); // 26: 成熟林 → mature
    QCOMPARE(later.classify(0.0), ValueClassifier::kUnclassified);
    QCOMPARE(later.classify(-5.0), ValueClassifier::kUnclassified);
}

QTEST_APPLESS_MAIN(TestAgeGroups)
#include "tst_agegroups.moc"
