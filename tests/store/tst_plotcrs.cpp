// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "tanhui/store/project.h"

#include "fixture.h"
#include "sealable.h"

using tanhui::store::Project;

// The CRS of a plot's coordinates (schema 7): stored with the plot, audited, copied into a
// revision and sealed (format 5); plots of an older file have none.
class TestPlotCrs : public QObject
{
    Q_OBJECT
private slots:
    void isStoredAuditedSealedAndRevised();
    void migratesSchemaSix();

private:
    static std::string text(Project& p, const std::string& sql)
    {
        auto q = p.database().prepare(sql);
        (void)q->step();
        return q->columnText(0);
    }
    QTemporaryDir m_dir;
};

void TestPlotCrs::isStoredAuditedSealedAndRevised()
{
    auto p = Project::create(m_dir.filePath(QStringLiteral("crs.tanhui")).toStdString(),
                             {"crs", "CCER-14-001", ""});
    QVERIFY(p);
    const auto period = p->addPeriod("2024", "2022-01-01", "2024-12-31");
    QVERIFY(period);
    tanhui::core::Plot placed{"P1", "young", 0.0667, NAN, 2, 39512345.5, 3123456.5};
    placed.crs = "EPSG:4527";
    const tanhui::core::Plot unplaced{"P2", "young", 0.0667, NAN, 3};
    const std::vector<tanhui::core::Tree> trees{{"P1", "杉木", 12.0, 9.0},
                                                {"P2", "杉木", 14.0, 10.0}};
    QVERIFY(p->importPlotsAndTrees(*period, {placed, unplaced}, trees, "plots.csv", "trees.csv"));
    const auto plots = *p->plots(*period);
    QCOMPARE(plots[0].crs, std::string("EPSG:4527"));
    QCOMPARE(plots[0].x, 39512345.5);
    QCOMPARE(plots[1].crs, std::string());
    QCOMPARE(text(*p, "SELECT typeof(crs) FROM plot WHERE plot_code = 'P2'"), std::string("null"));
    // A change before the seal is audited with the CRS on both sides.
    QVERIFY(p->database().execute("UPDATE plot SET crs = 'EPSG:4490' WHERE plot_code = 'P1'"));
    QCOMPARE(text(*p, "SELECT before_json ->> 'crs' || ' → ' || (after_json ->> 'crs') FROM "
                      "audit_log WHERE entity = 'plot' AND action = 'update'"),
             std::string("EPSG:4527 → EPSG:4490"));
    QVERIFY(p->database().execute("UPDATE plot SET crs = 'EPSG:4527' WHERE plot_code = 'P1'"));

    tanhui::testing::computeStock(*p, *period);
    QVERIFY(p->sealPeriod(*period));
    QCOMPARE(text(*p, "SELECT seal_format FROM period"), std::string("5"));
    QVERIFY(!p->database().execute("UPDATE plot SET crs = 'EPSG:4490'"));
    QVERIFY((*p->verifySeals())[0].matches());
    // Behind Tanhui's back: the same numbers in another CRS are another place.
    QVERIFY(p->database().execute("DROP TRIGGER plot_sealed_update"));
    QVERIFY(p->database().execute("UPDATE plot SET crs = 'EPSG:4490' WHERE plot_code = 'P1'"));
    const auto checks = *p->verifySeals();
    QVERIFY(!checks[0].matches());
    QCOMPARE(checks[0].differingParts, std::vector<std::string>{"plot_crs"});
    QVERIFY(p->database().execute("UPDATE plot SET crs = 'EPSG:4527' WHERE plot_code = 'P1'"));
    QVERIFY((*p->verifySeals())[0].matches());
    // A revision keeps where its plots are.
    const auto revision = p->reviseSealedPeriod(*period, "tally corrected");
    QVERIFY(revision);
    QCOMPARE((*p->plots(*revision))[0].crs, std::string("EPSG:4527"));
    QCOMPARE((*p->plots(*revision))[1].crs, std::string());
}

// tests/data/schema_v6.tanhui: a format-4 seal, written by the schema-6 code, still verifies
// after the upgrade to schema 7; its plots' CRS was never recorded, and reads as unknown.
void TestPlotCrs::migratesSchemaSix()
{
    auto p = tanhui::testing::openFixtureCopy(m_dir, QStringLiteral("schema_v6.tanhui"));
    QVERIFY2(p, p ? "" : p.error().detail.c_str());
    QCOMPARE(*p->database().userVersion(), 7);
    const auto checks = p->verifySeals();
    QVERIFY(checks);
    QCOMPARE(checks->size(), std::size_t(1));
    QVERIFY((*checks)[0].matches());
    QCOMPARE((*checks)[0].storedHash.substr(0, 8), std::string("4f0557bf"));
    QVERIFY(p->checkAuditChain()->intact());
    const auto plots = *p->plots(1);
    QCOMPARE(plots.size(), std::size_t(4));
    QCOMPARE(plots[0].x, 39512345.5);
    QCOMPARE(plots[0].y, 3123456.5);
    for (const auto& plot : plots)
        QCOMPARE(plot.crs, std::string());
}

QTEST_GUILESS_MAIN(TestPlotCrs)
#include "tst_plotcrs.moc"
