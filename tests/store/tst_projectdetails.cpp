// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "tanhui/store/project.h"

#include "fixture.h"
#include "sealable.h"

using tanhui::core::ErrorCode;
using tanhui::store::NetRemovalTerm;
using tanhui::store::Project;
using tanhui::store::ProjectDetails;

// A project's details (what a report's title block and a registry need) and the other terms
// of a period's net removals: stored, audited, sealed with the period (schema 6, format 4).
class TestProjectDetails : public QObject
{
    Q_OBJECT
private slots:
    void detailsAreStoredAndAudited();
    void badDetailsAreRefused();
    void termsAreCheckedStoredAndSealed();
    void migratesSchemaFive();

private:
    std::string path(const char* name) const
    {
        return m_dir.filePath(QLatin1String(name)).toStdString();
    }
    static std::int64_t auditRows(Project& p, const std::string& entity)
    {
        auto q = p.database().prepare(
            "SELECT count(*) FROM audit_log WHERE entity = ? AND action IN ('update', 'insert')");
        q->bind(1, entity);
        (void)q->step();
        return q->columnInt(0);
    }
    QTemporaryDir m_dir;
};

void TestProjectDetails::detailsAreStoredAndAudited()
{
    auto p = Project::create(path("details.tanhui"), {"示范林场", "CCER-14-001", ""});
    QVERIFY(p);
    QCOMPARE(*p->details(), ProjectDetails{});
    const ProjectDetails d{"CCER-2025-0001",
                           "V01",
                           "示范林场有限公司",
                           "2020-01-01",
                           "2039-12-31",
                           "福建省南平市",
                           "小班边界 boundary.gpkg, 4 200 ha"};
    QVERIFY(p->setProperties({"示范林场碳汇项目", "CCER-14-001", ""}, d));
    QCOMPARE(*p->details(), d);
    QCOMPARE(p->info()->name, std::string("示范林场碳汇项目"));
    QCOMPARE(auditRows(*p, "project_details"), std::int64_t(1));
    QCOMPARE(auditRows(*p, "project"), std::int64_t(1));
    // The same properties again change nothing in the project row.
    QVERIFY(p->setProperties({"示范林场碳汇项目", "CCER-14-001", ""}, d));
    QCOMPARE(auditRows(*p, "project"), std::int64_t(1));
    auto q = p->database().prepare("SELECT after_json FROM audit_log WHERE entity = "
                                   "'project_details' ORDER BY id LIMIT 1");
    QVERIFY(q && *q->step());
    QVERIFY(q->columnText(0).find("\"registration_id\":\"CCER-2025-0001\"") != std::string::npos);
    // The details row is never deleted.
    QVERIFY(!p->database().execute("DELETE FROM project_details"));
}

void TestProjectDetails::badDetailsAreRefused()
{
    auto p = Project::create(path("bad.tanhui"), {"p", "VM0047", ""});
    QVERIFY(p);
    ProjectDetails d;
    d.creditingStart = "2020-02-30";
    auto r = p->setProperties({"p", "VM0047", ""}, d);
    QVERIFY(!r);
    QCOMPARE(r.error().column, std::string("crediting_start"));
    d.creditingStart = "2030-01-01";
    d.creditingEnd = "2020-01-01";
    r = p->setProperties({"p", "VM0047", ""}, d);
    QCOMPARE(r.error().code, ErrorCode::OutOfRange);
    QCOMPARE(r.error().column, std::string("crediting_end"));
    r = p->setProperties({" ", "VM0047", ""}, {});
    QCOMPARE(r.error().column, std::string("name"));
    QCOMPARE(*p->details(), ProjectDetails{});
    QCOMPARE(p->info()->name, std::string("p"));
}

void TestProjectDetails::termsAreCheckedStoredAndSealed()
{
    auto p = Project::create(path("terms.tanhui"), {"p", "CCER-14-001", ""});
    QVERIFY(p);
    const auto period = p->addPeriod("2024", "2022-01-01", "2024-12-31");
    QVERIFY(period);
    // Refused: negative emissions, NaN, a negative uncertainty, no source, an unknown term.
    const NetRemovalTerm refused[] = {{"leakage", -5.0, 0.1, "VMD0054", false},
                                      {"baseline", NAN, 0.1, "survey", false},
                                      {"baseline", 10.0, -0.1, "survey", false},
                                      {"project-emissions", 2.0, 0.1, " ", false},
                                      {"emissions", 2.0, 0.1, "fuel", false}};
    for (const NetRemovalTerm& t : refused) {
        const auto r = p->setNetRemovalTerms(*period, {t});
        QVERIFY2(!r, t.term.c_str());
    }
    // All or none: a good term beside a bad one is not stored either.
    QVERIFY(!p->setNetRemovalTerms(*period, {{"baseline", 10.0, 0.1, "survey", false},
                                             {"leakage", -1.0, 0.0, "VMD0054", false}}));
    QVERIFY(p->netRemovalTerms(*period)->empty());
    QCOMPARE(auditRows(*p, "net_removal_term"), std::int64_t(0));
    // A stated zero keeps its reason, and its value is zero whatever was typed.
    QVERIFY(p->setNetRemovalTerms(
        *period, {{"leakage", 12.0, 0.3, "AR-CM-001 applicability: no displacement", true}}));
    QVERIFY(
        p->setNetRemovalTerms(*period, {{"baseline", -3.5, 0.2, "baseline survey 2021", false}}));
    QVERIFY(p->setNetRemovalTerms(*period, {{"project-emissions", 1.25, 0.15, "fuel log", false}}));
    QVERIFY(
        p->setNetRemovalTerms(*period, {{"baseline", -4.0, 0.25, "baseline survey 2022", false}}));
    const auto terms = *p->netRemovalTerms(*period);
    QCOMPARE(terms.size(), std::size_t(3));
    QCOMPARE(terms[0].term, std::string("project-emissions"));
    QCOMPARE(terms[1].term, std::string("baseline"));
    QCOMPARE(terms[1].tco2e, -4.0);
    QCOMPARE(terms[1].uncertainty, 0.25);
    QCOMPARE(terms[1].source, std::string("baseline survey 2022"));
    QCOMPARE(terms[2].tco2e, 0.0);
    QCOMPARE(terms[2].uncertainty, 0.0);
    QVERIFY(terms[2].statedZero);
    QCOMPARE(auditRows(*p, "net_removal_term"), std::int64_t(4)); // 3 inserts, 1 update

    // Sealed with the period: no change afterwards, and a change behind Tanhui's back shows.
    const std::vector<tanhui::core::Plot> plots{{"P1", "young", 0.0667, 0.0, 2},
                                                {"P2", "young", 0.0667, 0.0, 3}};
    std::vector<tanhui::core::Tree> trees{{"P1", "杉木", 12.0, 9.0}, {"P2", "杉木", 14.0, 10.0}};
    QVERIFY(p->importPlotsAndTrees(*period, plots, trees, "plots.csv", "trees.csv"));
    tanhui::testing::computeStock(*p, *period);
    QVERIFY(p->sealPeriod(*period));
    QVERIFY(!p->setNetRemovalTerms(*period, {{"baseline", 0.0, 0.0, "none", true}}));
    QVERIFY(!p->database().execute("DELETE FROM net_removal_term"));
    QVERIFY((*p->verifySeals())[0].matches());
    QVERIFY(p->database().execute("DROP TRIGGER net_removal_term_sealed_update"));
    QVERIFY(p->database().execute("UPDATE net_removal_term SET tco2e = -40 WHERE term = "
                                  "'baseline'"));
    const auto checks = *p->verifySeals();
    QVERIFY(!checks[0].matches());
    QCOMPARE(checks[0].differingParts, std::vector<std::string>{"net_removal"});
    // A revision starts from the sealed terms.
    const auto revision = p->reviseSealedPeriod(*period, "baseline re-surveyed");
    QVERIFY(revision);
    QCOMPARE(p->netRemovalTerms(*revision)->size(), std::size_t(3));
    QVERIFY(p->setNetRemovalTerms(*revision, {{"baseline", -4.0, 0.25, "re-survey", false}}));
}

// tests/data/schema_v5.tanhui: two format-3 seals (one signed) and a hash-chained audit log,
// written by the schema-5 code, still verify after the upgrade to schema 6.
void TestProjectDetails::migratesSchemaFive()
{
    auto p = tanhui::testing::openFixtureCopy(m_dir, QStringLiteral("schema_v5.tanhui"));
    QVERIFY2(p, p ? "" : p.error().detail.c_str());
    QCOMPARE(*p->database().userVersion(), 7);
    const auto checks = p->verifySeals();
    QVERIFY(checks);
    QCOMPARE(checks->size(), std::size_t(2));
    for (const auto& c : *checks)
        QVERIFY2(c.matches() && c.differingParts.empty(), c.label.c_str());
    QCOMPARE((*checks)[0].storedHash.substr(0, 8), std::string("d45b6aad"));
    QCOMPARE((*checks)[0].publicKey.substr(0, 8), std::string("b38d572a"));
    QVERIFY((*checks)[0].signatureValid);
    QVERIFY(p->checkAuditChain()->intact());
    QCOMPARE(*p->details(), ProjectDetails{});
    // Its details can be given although periods are sealed; its name no longer can.
    ProjectDetails d;
    d.registrationId = "CCER-2026-0042";
    QVERIFY(p->setProperties({"schema v5 fixture", "CCER-14-001-V01", ""}, d));
    QVERIFY(!p->setProperties({"renamed", "CCER-14-001-V01", ""}, d));
    QCOMPARE(p->info()->name, std::string("schema v5 fixture"));
    const auto after = p->verifySeals();
    QVERIFY(after);
    for (const auto& c : *after)
        QVERIFY(c.matches());
}

QTEST_GUILESS_MAIN(TestProjectDetails)
#include "tst_projectdetails.moc"
