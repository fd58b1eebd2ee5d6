// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cmath>
#include <mutex>
#include <thread>

#include "tanhui/store/project.h"
#include "tanhui/store/signing.h"

#include "fixture.h"
#include "sealable.h"

using namespace tanhui;
using core::ErrorCode;
using store::Database;
using store::Project;

class TestProject : public QObject
{
    Q_OBJECT
private slots:
    void createAndReopen();
    void refusesNewerFile();
    void refusesForeignDatabase();
    void onlyCreateMakesAProject();
    void importIsAllOrNothing();
    void auditLogIsAppendOnly();
    void sealedPeriodIsReadOnly();
    void tamperingIsDetected();
    void correctionsGoIntoRevisions();
    void migratesSchemaOne();
    void layersKeepTheirHash();
    void implausibleMeasurementsAreRefused();
    void migratesSchemaThree();
    void periodsAreDistinctAndTalliesNotEmpty();
    void exportIsWholeAndSafeInSpreadsheets();
    void projectsTravelWithTheirLayers();
    void removedSealsAreNamed();
    void auditLogIsHashChained();
    void sealNeedsCurrentResults();
    void signedSealsNameTheirKey();
    void opensWhileAnotherOpensAndCloses();

private:
    std::string path(const char* name) const
    {
        return m_dir.filePath(QLatin1String(name)).toStdString();
    }
    QTemporaryDir m_dir;
};

void TestProject::createAndReopen()
{
    {
        auto p = Project::create(path("a.tanhui"), {"林场示范项目", "CCER-14-001-V01", ""});
        QVERIFY2(p, p ? "" : p.error().detail.c_str());
        QVERIFY(p->addPeriod("M1", "2019-01-01", "2021-12-31"));
    }
    auto p = Project::open(path("a.tanhui"));
    QVERIFY(p);
    const auto info = p->info();
    QCOMPARE(QString::fromStdString(info->name), QStringLiteral("林场示范项目"));
    QCOMPARE(info->methodology, std::string("CCER-14-001-V01"));
    QCOMPARE(*p->database().userVersion(), 7);
    QCOMPARE(*p->database().applicationId(), std::int64_t(0x54414E48));
    QCOMPARE(*p->database().journalMode(), std::string("wal"));
    const auto periods = p->periods();
    QCOMPARE(periods->size(), std::size_t(1));
    QCOMPARE((*periods)[0].status, std::string("draft"));
    QCOMPARE(*p->count("audit_log"), std::int64_t(2)); // create, add period

    const auto again = Project::create(path("a.tanhui"), {"x", "y", ""});
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::InvalidArgument);
    // A period must end after it starts, with real YYYY-MM-DD dates; nothing is added.
    const auto backwards = p->addPeriod("bad", "2022-01-01", "2021-01-01");
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().code, ErrorCode::OutOfRange);
    QCOMPARE(backwards.error().file, path("a.tanhui"));
    const auto notADate = p->addPeriod("bad", "2022-01-01", "31.12.2024");
    QVERIFY(!notADate);
    QCOMPARE(notADate.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!p->addPeriod("bad", "2022-02-30", "2024-12-31"));
    QCOMPARE(p->periods()->size(), std::size_t(1));
}

void TestProject::refusesNewerFile()
{
    {
        auto p = Project::create(path("new.tanhui"), {"p", "VM0047", ""});
        QVERIFY(p);
        QVERIFY(p->database().setUserVersion(99));
    }
    const auto p = Project::open(path("new.tanhui"));
    QVERIFY(!p);
    QCOMPARE(p.error().code, ErrorCode::SchemaTooNew);
    QVERIFY(p.error().detail.find("99") != std::string::npos);
}

void TestProject::refusesForeignDatabase()
{
    {
        auto db =
            store::Database::open(path("other.sqlite"), store::Database::Mode::CreateIfMissing);
        QVERIFY(db);
        QVERIFY(db->execute("CREATE TABLE t (x INTEGER)"));
    }
    const auto p = Project::open(path("other.sqlite"));
    QVERIFY(!p);
    QCOMPARE(p.error().code, ErrorCode::UnsupportedFormat);
}

// An empty file is not an empty project: opening it fails and leaves it as it was (a
// verify that wrote a schema into it would then pass).
void TestProject::onlyCreateMakesAProject()
{
    const std::string empty = path("empty.tanhui");
    QFile(QString::fromStdString(empty)).open(QIODevice::WriteOnly);
    const auto opened = Project::open(empty);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, tanhui::core::ErrorCode::UnsupportedFormat);
    QCOMPARE(QFileInfo(QString::fromStdString(empty)).size(), qint64(0));
    QVERIFY(!QFile::exists(QString::fromStdString(empty) + QStringLiteral("-wal")));
    // A folder is not a project either.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder.tanhui")));
    const auto folder = Project::open(path("folder.tanhui"));
    QVERIFY(!folder);
    QCOMPARE(folder.error().code, tanhui::core::ErrorCode::FileUnreadable);
}

void TestProject::importIsAllOrNothing()
{
    auto p = Project::create(path("i.tanhui"), {"p", "CCER-14-001-V01", ""});
    QVERIFY(p);
    const std::int64_t period = *p->addPeriod("M1", "2019-01-01", "2021-12-31");
    const std::vector<core::Plot> plots{{"P1", "young", 0.0667, NAN, 2},
                                        {"P2", "young", 0.0667, 12.0, 3},
                                        {"P3", "mature", 0.0667, NAN, 4}};
    const std::vector<core::Tree> trees{{"P1", "杉木", 12.0, 9.0, NAN, true, 2},
                                        {"P1", "杉木", 14.0, 10.0, NAN, false, 3},
                                        {"P2", "马尾松", 20.0, 15.0, NAN, true, 4}};
    auto report = p->importPlotsAndTrees(period, plots, trees, "plots.csv", "trees.csv");
    QVERIFY(report);
    QVERIFY(report->imported());
    QCOMPARE(report->plots, std::int64_t(3));
    QCOMPARE(report->trees, std::int64_t(3));

    // A second import with three bad rows: all listed, nothing written.
    const std::vector<core::Plot> more{{"P4", "young", 0.0667, NAN, 2},
                                       {"P1", "young", 0.0667, NAN, 3}};
    const std::vector<core::Tree> moreTrees{{"P4", "杉木", 10.0, 8.0, NAN, true, 2},
                                            {"P9", "杉木", 10.0, 8.0, NAN, true, 3},
                                            {"P4", "杉木", -1.0, 8.0, NAN, true, 4}};
    report = p->importPlotsAndTrees(period, more, moreTrees, "plots2.csv", "trees2.csv");
    QVERIFY(report);
    QVERIFY(!report->imported());
    QCOMPARE(report->problems.size(), std::size_t(3));
    QCOMPARE(report->problems[0].code, ErrorCode::DuplicateId);
    QCOMPARE(report->problems[0].row, std::int64_t(3));
    QCOMPARE(report->problems[1].file, std::string("trees2.csv"));
    QCOMPARE(report->problems[1].column, std::string("plot_id"));
    QCOMPARE(report->problems[2].column, std::string("dbh"));
    QCOMPARE(*p->count("plot"), std::int64_t(3));
    QCOMPARE(*p->count("tree"), std::int64_t(3));

    const auto missing = p->importPlotsAndTrees(999, more, {}, "a", "b");
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::UnknownReference);
}

void TestProject::auditLogIsAppendOnly()
{
    auto p = Project::create(path("audit.tanhui"), {"p", "VM0047", ""});
    QVERIFY(p);
    const auto update = p->database().execute("UPDATE audit_log SET user = 'someone else'");
    QVERIFY(!update);
    QVERIFY(update.error().detail.find("append-only") != std::string::npos);
    QVERIFY(!p->database().execute("DELETE FROM audit_log"));
    auto q = p->database().prepare("SELECT user, action FROM audit_log");
    QVERIFY(q && *q->step());
    QCOMPARE(q->columnText(0), store::currentUser());
    QCOMPARE(q->columnText(1), std::string("create"));
    // With every trigger intact, INSERT OR REPLACE rewrote an audit row (REPLACE deletes the
    // row it collides with and fires no delete trigger).
    const auto replace = p->database().execute(
        "INSERT OR REPLACE INTO audit_log (id, at, user, action, entity, entity_id) "
        "VALUES (1, 'now', 'nobody', 'nothing', 'project', 1)");
    QVERIFY(!replace);
    QVERIFY(replace.error().detail.find("never replaced") != std::string::npos);
    QVERIFY(!p->database().execute("REPLACE INTO plausibility_limit (measure, min, max, status, "
                                   "source) VALUES ('dbh_cm', 0, 1e9, 'x', 'y')"));
    QCOMPARE(tanhui::core::limitOf(*p->plausibilityLimits(), tanhui::core::Measure::DbhCm).max,
             300.0);
    auto after = p->database().prepare("SELECT user, action FROM audit_log WHERE id = 1");
    QVERIFY(after && *after->step());
    QCOMPARE(after->columnText(1), std::string("create"));
}

namespace {
// A project with one period of two plots and three trees.
Project sampleProject(const std::string& path)
{
    auto p = Project::create(path, {"p", "CCER-14-001-V01", ""});
    const std::int64_t period = *p->addPeriod("M1", "2019-01-01", "2021-12-31");
    const std::vector<core::Plot> plots{{"P1", "young", 0.0667, NAN, 2},
                                        {"P2", "young", 0.0667, 8.0, 3}};
    const std::vector<core::Tree> trees{{"P1", "杉木", 12.0, 9.0, NAN, true, 2},
                                        {"P1", "杉木", 14.0, 10.0, NAN, true, 3},
                                        {"P2", "马尾松", 20.0, 15.0, NAN, true, 4}};
    if (!p->importPlotsAndTrees(period, plots, trees, "plots.csv", "trees.csv"))
        qFatal("import failed");
    return std::move(p).value();
}
} // namespace

void TestProject::sealedPeriodIsReadOnly()
{
    Project p = sampleProject(path("seal.tanhui"));
    testing::computeStock(p, 1);
    const auto seal = p.sealPeriod(1);
    QVERIFY2(seal, seal ? "" : seal.error().detail.c_str());
    QCOMPARE(seal->size(), std::size_t(64));
    QCOMPARE((*p.periods())[0].status, std::string("submitted"));
    QVERIFY((*p.periods())[0].sealed);
    // Enforced by SQLite triggers, not only by Tanhui's code.
    Database& db = p.database();
    for (const char* sql : {"UPDATE tree SET dbh_cm = 99", "DELETE FROM tree",
                            "UPDATE plot SET area_ha = 1", "DELETE FROM plot",
                            "INSERT INTO plot (period_id, plot_code, area_ha, source, source_row) "
                            "VALUES (1, 'P9', 0.1, 'x', 2)",
                            "UPDATE period SET label = 'M1b'", "DELETE FROM period",
                            "UPDATE period SET status = 'draft'"}) {
        const auto r = db.execute(sql);
        QVERIFY2(!r, sql);
        QVERIFY2(r.error().detail.find("sealed") != std::string::npos, sql);
    }
    // REPLACE deleted a sealed tree without firing its delete guard.
    QVERIFY(!db.execute("REPLACE INTO tree (id, plot_id, species, dbh_cm, alive, source, "
                        "source_row) VALUES (1, 1, '杉木', 99, 1, 'x', 2)"));
    QCOMPARE(*p.count("tree"), std::int64_t(3));
    QVERIFY(db.execute("UPDATE period SET status = 'verified'")); // the one change allowed
    const auto import = p.importPlotsAndTrees(1, {{"P9", "", 0.1, NAN, 2}}, {}, "a", "b");
    QVERIFY(!import);
    QVERIFY(!p.sealPeriod(1)); // once
    const auto checks = p.verifySeals();
    QVERIFY(checks && checks->size() == 1 && (*checks)[0].matches());
}

void TestProject::tamperingIsDetected()
{
    Project p = sampleProject(path("tamper.tanhui"));
    testing::computeStock(p, 1);
    QVERIFY(p.sealPeriod(1));
    const std::int64_t second = *p.addPeriod("M2", "2022-01-01", "2024-12-31");
    QVERIFY(p.importPlotsAndTrees(
        second, {{"Q1", "young", 0.0667, NAN, 2}, {"Q2", "young", 0.0667, NAN, 3}},
        {{"Q1", "杉木", 9.0, 7.0, NAN, true, 2}, {"Q2", "杉木", 11.0, 8.0, NAN, true, 3}}, "p2.csv",
        "t2.csv"));
    testing::computeStock(p, second);
    QVERIFY(p.sealPeriod(second));
    auto checks = p.verifySeals();
    QCOMPARE(checks->size(), std::size_t(2));
    QVERIFY((*checks)[0].matches() && (*checks)[1].matches());
    // Another SQLite client drops the guard and edits a sealed DBH.
    QVERIFY(p.database().execute("DROP TRIGGER tree_sealed_update"));
    QVERIFY(p.database().execute("UPDATE tree SET dbh_cm = 15.0 WHERE id = 2"));
    checks = p.verifySeals();
    QVERIFY(!(*checks)[0].matches());
    QVERIFY((*checks)[0].storedHash != (*checks)[0].recomputedHash);
    QCOMPARE((*checks)[0].differingParts, std::vector<std::string>{"tree"}); // what, not only that
    QVERIFY((*checks)[1].matches());
    QVERIFY((*checks)[1].differingParts.empty());
    // Rewriting a seal breaks the chain to the next period.
    QVERIFY(p.database().execute("DROP TRIGGER period_sealed_update"));
    QVERIFY(p.database().execute("UPDATE period SET seal_hash = 'forged' WHERE id = 1"));
    checks = p.verifySeals();
    QVERIFY(!(*checks)[1].chainIntact);
}

void TestProject::correctionsGoIntoRevisions()
{
    Project p = sampleProject(path("revise.tanhui"));
    QVERIFY(!p.reviseSealedPeriod(1, "wrong DBH")); // not sealed yet
    testing::computeStock(p, 1);
    QVERIFY(p.sealPeriod(1));
    QVERIFY(!p.reviseSealedPeriod(1, "")); // a reason is required
    const auto revision = p.reviseSealedPeriod(1, "tree 2: DBH 14.0 → 14.6 (re-measured)");
    QVERIFY2(revision, revision ? "" : revision.error().detail.c_str());
    const auto periods = *p.periods();
    QCOMPARE(periods.size(), std::size_t(2));
    QCOMPARE(periods[1].revision, 2);
    QCOMPARE(periods[1].status, std::string("draft"));
    QCOMPARE(*p.count("plot"), std::int64_t(4));
    QCOMPARE(*p.count("tree"), std::int64_t(6));
    // The revision is editable; the sealed original is not.
    QVERIFY(p.database().execute("UPDATE tree SET dbh_cm = 14.6 WHERE id = 5"));
    QVERIFY(!p.database().execute("UPDATE tree SET dbh_cm = 14.6 WHERE id = 2"));
}

// tests/data/schema_v1.tanhui was written by the schema-1 code: opening it upgrades it in
// place, keeps its rows and adds the sealing guards.
void TestProject::migratesSchemaOne()
{
    auto p = tanhui::testing::openFixtureCopy(m_dir, QStringLiteral("schema_v1.tanhui"));
    QVERIFY2(p, p ? "" : p.error().detail.c_str());
    QCOMPARE(*p->database().userVersion(), 7);
    QCOMPARE(p->info()->name, std::string("schema v1 fixture"));
    QCOMPARE(*p->count("plot"), std::int64_t(2));
    QCOMPARE(*p->count("tree"), std::int64_t(2));
    auto q = p->database().prepare("SELECT user FROM audit_log ORDER BY id LIMIT 1");
    QVERIFY(q && *q->step());
    QCOMPARE(q->columnText(0), std::string("fixture"));
    QVERIFY(!p->sealPeriod(1)); // its results (if any) do not name their inputs
    // Its two plots lie in two strata, one plot each (no variance): one stratum to compute.
    QVERIFY(p->database().execute("UPDATE plot SET stratum = 'young'"));
    testing::computeStock(*p, 1);
    QVERIFY(p->sealPeriod(1));
    QVERIFY(!p->database().execute("DELETE FROM tree"));
}

// The NLCD raster's SHA-256 as sha256sum prints it; a byte appended to the file shows.
void TestProject::layersKeepTheirHash()
{
    const QString source =
        QStringLiteral(TANHUI_REAL_DATA_DIR "/landscapemetrics_landcover/augusta_nlcd.tif");
    if (!QFile::exists(source))
        QSKIP("shared/data/real is not available");
    const QString copy = m_dir.filePath(QStringLiteral("layer.tif"));
    QVERIFY(QFile::copy(source, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    auto p = Project::create(path("layers.tanhui"), {"p", "VM0047", ""});
    QVERIFY(p);
    QVERIFY(p->addLayer("raster", "stands", copy.toStdString(), ""));
    auto layers = p->layers();
    QCOMPARE(layers->size(), std::size_t(1));
    QCOMPARE((*layers)[0].sha256,
             std::string("20a060e57f17bac99d56cf234138476b3cf91a6b4d921b70d395dc1d2e50f876"));
    QVERIFY((*layers)[0].unchanged());
    // The same file recorded again is the same row; once its content changes it is a new one.
    const auto first = (*layers)[0].id;
    QCOMPARE(*p->addLayer("raster", "stands", copy.toStdString(), ""), first);
    QCOMPARE(*p->count("layer"), std::int64_t(1));
    QFile file(copy);
    QVERIFY(file.open(QIODevice::Append));
    file.write("x");
    file.close();
    layers = p->layers();
    QVERIFY(!(*layers)[0].unchanged());
    QVERIFY(*p->addLayer("raster", "stands", copy.toStdString(), "") != first);
    QCOMPARE(*p->count("layer"), std::int64_t(2));
    QFile::remove(copy);
    layers = p->layers();
    QVERIFY((*layers)[0].currentSha256.empty());
    QCOMPARE(p->addLayer("raster", "x", "/no/such.tif", "").error().code, ErrorCode::FileNotFound);
}

// DBH 9999 cm, a height of 1e308 m, DBH 1e-300 cm and a plot area in m² given as ha were
// imported and sealed by a hostile trial: each is refused with its row, column, value and
// limits, until the project widens a limit with a reason.
void TestProject::implausibleMeasurementsAreRefused()
{
    auto p = Project::create(path("limits.tanhui"), {"limits", "VM0047", ""});
    QVERIFY(p);
    const auto period = p->addPeriod("2024", "2022-01-01", "2024-12-31");
    QVERIFY(period);
    const std::vector<tanhui::core::Plot> plots{{"P1", "young", 0.0667, 5.0, 2},
                                                {"P2", "young", 667.0, NAN, 3}};
    std::vector<tanhui::core::Tree> trees(3);
    trees[0] = {"P1", "杉木", 9999.0, 12.0};
    trees[1] = {"P1", "杉木", 12.0, 1e308};
    trees[2] = {"P2", "杉木", 1e-300, 8.0};
    for (std::size_t i = 0; i < trees.size(); ++i)
        trees[i].sourceRow = std::int64_t(i) + 2;
    const auto report = p->importPlotsAndTrees(*period, plots, trees, "plots.csv", "trees.csv");
    QVERIFY(report);
    QCOMPARE(report->problems.size(), std::size_t(4));
    const tanhui::core::Error& area = report->problems[0];
    QCOMPARE(area.file, std::string("plots.csv"));
    QCOMPARE(area.row, std::int64_t(3));
    QCOMPARE(area.column, std::string("area_ha"));
    QVERIFY(area.detail.find("667 ha is outside the plausibility limits [0.01, 1] ha") == 0);
    QCOMPARE(report->problems[1].column, std::string("dbh"));
    QCOMPARE(report->problems[1].row, std::int64_t(2));
    QVERIFY(report->problems[1].detail.find("9999 cm") == 0);
    QCOMPARE(report->problems[2].column, std::string("height"));
    QCOMPARE(report->problems[3].column, std::string("dbh"));
    QCOMPARE(*p->count("plot"), std::int64_t(0));

    // Widening needs a reason, and is audited with before and after.
    using tanhui::core::Measure;
    QVERIFY(!p->setPlausibilityLimit(Measure::DbhCm, 0.1, 10000.0, " "));
    QVERIFY(!p->setPlausibilityLimit(Measure::DbhCm, 10.0, 1.0, "reversed"));
    QVERIFY(
        p->setPlausibilityLimit(Measure::DbhCm, 0.1, 10000.0, "veteran camphor, measured twice"));
    const auto limits = p->plausibilityLimits();
    QVERIFY(limits);
    QCOMPARE(limits->size(), std::size_t(5));
    const auto dbh = tanhui::core::limitOf(*limits, Measure::DbhCm);
    QCOMPARE(dbh.max, 10000.0);
    QVERIFY(dbh.source.find("veteran camphor") != std::string::npos);
    auto audited = p->database().prepare(
        "SELECT json_extract(before_json, '$.max'), json_extract(after_json, '$.max'), user "
        "FROM audit_log WHERE entity = 'plausibility_limit' AND action = 'update'");
    QVERIFY(audited && *audited->step());
    QCOMPARE(audited->columnDouble(0), 300.0);
    QCOMPARE(audited->columnDouble(1), 10000.0);
    QCOMPARE(audited->columnText(2), tanhui::store::currentUser());
    // The widened DBH passes; the others are still refused.
    const auto again = p->importPlotsAndTrees(*period, plots, trees, "plots.csv", "trees.csv");
    QCOMPARE(again->problems.size(), std::size_t(3));
    const auto valid = p->importPlotsAndTrees(*period, {plots[0]}, {trees[0]}, "p.csv", "t.csv");
    QVERIFY(valid && valid->imported());
}

// tests/data/schema_v3.tanhui (schema-3 code): the upgrade adds Tanhui's default limits and
// keeps the seal and the recomputation intact.
void TestProject::migratesSchemaThree()
{
    auto p = tanhui::testing::openFixtureCopy(m_dir, QStringLiteral("schema_v3.tanhui"));
    QVERIFY2(p, p ? "" : p.error().detail.c_str());
    QCOMPARE(*p->database().userVersion(), 7);
    QCOMPARE(*p->count("plot"), std::int64_t(4));
    const auto limits = p->plausibilityLimits();
    QVERIFY(limits);
    QCOMPARE(limits->size(), tanhui::core::defaultPlausibilityLimits().size());
    QCOMPARE(tanhui::core::limitOf(*limits, tanhui::core::Measure::HeightM).max, 120.0);
    const auto seals = p->verifySeals();
    QVERIFY(seals && seals->size() == 1);
    QCOMPARE((*seals)[0].storedHash,
             std::string("05b7137c342ecc89163e1cc4a6d051e0b2689815424697cfa981a6a38274bc1e"));
    QVERIFY((*seals)[0].matches());
}

// Overlapping periods count growth twice; an empty label names nothing; a header-only tally
// imported its plots as empty ones.
void TestProject::periodsAreDistinctAndTalliesNotEmpty()
{
    auto p = Project::create(path("periods.tanhui"), {"periods", "VM0047", ""});
    QVERIFY(p);
    const auto first = p->addPeriod("2021", "2019-01-01", "2021-12-31");
    QVERIFY(first);
    using tanhui::core::ErrorCode;
    QCOMPARE(p->addPeriod(" ", "2022-01-01", "2024-12-31").error().code,
             ErrorCode::InvalidArgument);
    QCOMPARE(p->addPeriod("2021", "2022-01-01", "2024-12-31").error().code, ErrorCode::DuplicateId);
    const auto overlap = p->addPeriod("2022", "2021-12-31", "2022-12-31");
    QVERIFY(!overlap);
    QCOMPARE(overlap.error().code, ErrorCode::OutOfRange);
    QVERIFY(overlap.error().detail.find("overlaps period 2021") != std::string::npos);
    QVERIFY(p->addPeriod("2024", "2022-01-01", "2024-12-31")); // abutting is fine
    const auto report = p->importPlotsAndTrees(*first, {{"P1", "young", 0.0667, NAN, 2}}, {},
                                               "plots.csv", "trees.csv");
    QVERIFY(report);
    QCOMPARE(report->problems.size(), std::size_t(1));
    QCOMPARE(report->problems[0].file, std::string("trees.csv"));
    QCOMPARE(report->problems[0].code, ErrorCode::InsufficientData);
    QCOMPARE(*p->count("plot"), std::int64_t(0));
}

// A species named "=HYPERLINK(...)" ran as a formula when the export was opened in Excel; an
// export into a folder of other files mixed with them.
void TestProject::exportIsWholeAndSafeInSpreadsheets()
{
    auto p = Project::create(path("export.tanhui"), {"export", "VM0047", ""});
    QVERIFY(p);
    const auto period = p->addPeriod("2021", "2019-01-01", "2021-12-31");
    tanhui::core::Tree hostile{"P1", "=HYPERLINK(\"http://x\")", 12.0};
    hostile.sourceRow = 2;
    QVERIFY(p->importPlotsAndTrees(*period, {{"P1", "-young", 0.0667, NAN, 2}}, {hostile},
                                   "plots.csv", "trees.csv")
                ->imported());
    const std::string dir = path("tables");
    const auto files = p->exportCsv(dir);
    QVERIFY(files);
    QCOMPARE(files->size(), std::size_t(15));
    QFile trees(QString::fromStdString(dir) + QStringLiteral("/tree.csv"));
    QVERIFY(trees.open(QIODevice::ReadOnly));
    const QByteArray text = trees.readAll();
    QVERIFY2(text.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), text.constData());
    QVERIFY(text.contains(",12,")); // numbers untouched
    QFile plots(QString::fromStdString(dir) + QStringLiteral("/plot.csv"));
    QVERIFY(plots.open(QIODevice::ReadOnly));
    QVERIFY(plots.readAll().contains(",'-young,"));
    // Into the same (now full) folder: refused, nothing overwritten.
    const auto again = p->exportCsv(dir);
    QVERIFY(!again);
    QCOMPARE(again.error().code, tanhui::core::ErrorCode::InvalidArgument);
}

// A project handed to a verifier with its layers in the same relative place (or simply beside
// it) still finds them; recorded by absolute path, it reported them missing.
void TestProject::projectsTravelWithTheirLayers()
{
    const QDir here(m_dir.filePath(QStringLiteral("office")));
    QVERIFY(here.mkpath(QStringLiteral("layers")));
    QFile layer(here.filePath(QStringLiteral("layers/ages.tif")));
    QVERIFY(layer.open(QIODevice::WriteOnly) && layer.write("not really a raster") > 0);
    layer.close();
    QFile flat(here.filePath(QStringLiteral("boundary.gpkg")));
    QVERIFY(flat.open(QIODevice::WriteOnly) && flat.write("a boundary") > 0);
    flat.close();
    {
        auto p = Project::create(here.filePath(QStringLiteral("farm.tanhui")).toStdString(),
                                 {"travel", "VM0047", ""});
        QVERIFY(p);
        QVERIFY(p->addLayer("raster", "age", layer.fileName().toStdString(), ""));
        QVERIFY(p->addLayer("boundary", "boundary", flat.fileName().toStdString(), ""));
        const auto layers = p->layers();
        QCOMPARE((*layers)[0].path, std::string("layers/ages.tif"));
        // The same file by another spelling of its path is the same layer.
        QCOMPARE(*p->addLayer(
                     "raster", "age",
                     here.filePath(QStringLiteral("layers/../layers/ages.tif")).toStdString(), ""),
                 (*layers)[0].id);
    }
    // The verifier's machine: the whole folder copied elsewhere, the original gone.
    const QDir there(m_dir.filePath(QStringLiteral("verifier")));
    QVERIFY(there.mkpath(QStringLiteral("layers")));
    for (const char* name : {"farm.tanhui", "layers/ages.tif", "boundary.gpkg"})
        QVERIFY(
            QFile::copy(here.filePath(QLatin1String(name)), there.filePath(QLatin1String(name))));
    QVERIFY(QDir(here).removeRecursively());
    auto p = Project::open(there.filePath(QStringLiteral("farm.tanhui")).toStdString());
    QVERIFY(p);
    const auto layers = p->layers();
    QVERIFY(layers);
    QCOMPARE(layers->size(), std::size_t(2));
    for (const auto& l : *layers) {
        QVERIFY2(l.unchanged(), l.path.c_str());
        QVERIFY(QString::fromStdString(l.location).startsWith(there.path()));
    }
}

// Nulling a seal or deleting a sealed period in SQL (its guards dropped) passed verify: the
// period was simply no longer among the sealed ones. The audit log remembers every seal made.
void TestProject::removedSealsAreNamed()
{
    Project p = sampleProject(path("lost.tanhui"));
    testing::computeStock(p, 1);
    QVERIFY(p.sealPeriod(1));
    const auto second = p.addPeriod("M2", "2022-01-01", "2024-12-31");
    QVERIFY(second);
    const std::vector<core::Plot> plots{{"Q1", "young", 0.0667, NAN, 2},
                                        {"Q2", "young", 0.0667, NAN, 3}};
    const std::vector<core::Tree> trees{{"Q1", "杉木", 12.0, 9.0, NAN, true, 2},
                                        {"Q2", "杉木", 10.0, 8.0, NAN, true, 3}};
    QVERIFY(p.importPlotsAndTrees(*second, plots, trees, "q.csv", "t.csv"));
    testing::computeStock(p, *second);
    QVERIFY(p.sealPeriod(*second));
    QVERIFY(p.lostSeals()->empty());
    auto names = p.database().prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' "
                                      "AND name NOT LIKE 'audit_log%'");
    std::vector<std::string> triggers;
    for (auto row = names->step(); row && *row; row = names->step())
        triggers.push_back(names->columnText(0));
    for (const std::string& t : triggers)
        QVERIFY(p.database().execute("DROP TRIGGER " + t));
    QVERIFY(p.database().execute("UPDATE period SET seal_hash = NULL, status = 'draft' "
                                 "WHERE label = 'M1'"));
    QVERIFY(p.database().execute("DELETE FROM tree WHERE plot_id IN (SELECT id FROM plot WHERE "
                                 "period_id = " +
                                 std::to_string(*second) + ")"));
    QVERIFY(p.database().execute("DELETE FROM plot WHERE period_id = " + std::to_string(*second)));
    QVERIFY(p.database().execute("DELETE FROM result_value WHERE result_id IN (SELECT id FROM "
                                 "result WHERE period_id = " +
                                 std::to_string(*second) + ")"));
    QVERIFY(
        p.database().execute("DELETE FROM result WHERE period_id = " + std::to_string(*second)));
    QVERIFY(p.database().execute("DELETE FROM period WHERE label = 'M2'"));
    const auto seals = p.verifySeals();
    QVERIFY(seals && seals->empty()); // nothing sealed is left to re-hash
    const auto lost = p.lostSeals();
    QVERIFY(lost);
    QCOMPARE(lost->size(), std::size_t(2));
    QCOMPARE((*lost)[0].label, std::string("M1"));
    QVERIFY((*lost)[0].periodExists && (*lost)[0].now.empty());
    QCOMPARE((*lost)[1].label, std::string("M2"));
    QVERIFY(!(*lost)[1].periodExists);
}

// Deleting or editing an audit row with its guards dropped went unnoticed: every row is now
// linked to the one before by its hash, and each seal covers the last link before it.
void TestProject::auditLogIsHashChained()
{
    Project p = sampleProject(path("chain.tanhui"));
    testing::computeStock(p, 1);
    QVERIFY(p.sealPeriod(1));
    auto chain = p.checkAuditChain();
    QVERIFY(chain && chain->intact());
    QVERIFY(chain->rows >= 5);
    QCOMPARE(chain->linked, chain->rows);
    QCOMPARE(chain->unlinked, std::int64_t(0));
    Database& db = p.database();
    // The links are append-only, as the rows are.
    QVERIFY(!db.execute("UPDATE audit_chain SET sha256 = 'x'"));
    QVERIFY(!db.execute("DELETE FROM audit_chain"));
    QVERIFY(!db.execute("INSERT OR REPLACE INTO audit_chain VALUES (1, 'x')"));
    // A change made outside Tanhui is audited by SQLite but not linked until Tanhui's next
    // transaction links it.
    const std::int64_t second = *p.addPeriod("M2", "2022-01-01", "2024-12-31");
    QVERIFY(db.execute("UPDATE period SET label = 'M2b' WHERE id = " + std::to_string(second)));
    chain = p.checkAuditChain();
    QVERIFY(chain->intact());
    QCOMPARE(chain->unlinked, std::int64_t(1));
    QVERIFY(p.addPeriod("M3", "2025-01-01", "2027-12-31"));
    QCOMPARE(p.checkAuditChain()->unlinked, std::int64_t(0));
    // Guards dropped (a SQLite shell, foreign keys off): an edited row breaks the chain at it.
    QVERIFY(db.execute("PRAGMA foreign_keys = OFF; DROP TRIGGER audit_log_no_update; "
                       "DROP TRIGGER audit_log_no_delete"));
    QVERIFY(db.execute("UPDATE audit_log SET user = 'someone else' WHERE id = 2"));
    chain = p.checkAuditChain();
    QCOMPARE(chain->breach, store::AuditChainCheck::Breach::RowChanged);
    QCOMPARE(chain->brokenAt, std::int64_t(2));
    QVERIFY(db.execute("UPDATE audit_log SET user = '" + store::currentUser() + "' WHERE id = 2"));
    QVERIFY(p.checkAuditChain()->intact());
    // A deleted row: its link remains without it.
    QVERIFY(db.execute("DELETE FROM audit_log WHERE id = 3"));
    chain = p.checkAuditChain();
    QCOMPARE(chain->breach, store::AuditChainCheck::Breach::RowRemoved);
    QCOMPARE(chain->brokenAt, std::int64_t(3));
    // Its link deleted too: the rows after it no longer follow from the rows before.
    QVERIFY(db.execute("DROP TRIGGER audit_chain_no_delete; DELETE FROM audit_chain "
                       "WHERE audit_id = 3"));
    chain = p.checkAuditChain();
    QCOMPARE(chain->breach, store::AuditChainCheck::Breach::RowChanged);
    QCOMPARE(chain->brokenAt, std::int64_t(4));
    // The whole chain rebuilt by the attacker from the rows left: whole again, but the seal
    // covers the link of its time, which is not the same any more.
    QVERIFY(db.execute("DELETE FROM audit_chain"));
    QVERIFY(p.addPeriod("M4", "2028-01-01", "2030-12-31")); // Tanhui links every row again
    QVERIFY(p.checkAuditChain()->intact());
    const auto seals = p.verifySeals();
    QVERIFY(seals && seals->size() == 1);
    QVERIFY((*seals)[0].storedHash != (*seals)[0].recomputedHash);
}

// A period could be sealed with no plots or no results, or with results computed before its
// trees were edited. A sealed period set back to draft in SQL passed verify.
void TestProject::sealNeedsCurrentResults()
{
    Project p = sampleProject(path("current.tanhui"));
    auto refused = p.sealPeriod(1);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InsufficientData);
    const std::int64_t empty = *p.addPeriod("M0", "2016-01-01", "2018-12-31");
    refused = p.sealPeriod(empty);
    QVERIFY(!refused);
    QVERIFY(refused.error().detail.find("no plots") != std::string::npos);
    testing::computeStock(p, 1);
    Database& db = p.database();
    QVERIFY(db.execute("UPDATE tree SET dbh_cm = 12.5 WHERE id = 1"));
    refused = p.sealPeriod(1);
    QVERIFY(!refused);
    QVERIFY(refused.error().detail.find("compute the stock again") != std::string::npos);
    // A stratum's area edited after the compute is an input changed as well.
    testing::computeStock(p, 1);
    const std::string strata = "WHERE stratification_id = (SELECT max(id) FROM stratification)";
    QVERIFY(db.execute("UPDATE stratum SET area_ha = 150 " + strata));
    QVERIFY(!p.sealPeriod(1));
    QVERIFY(db.execute("UPDATE stratum SET area_ha = 100 " + strata));
    QVERIFY(p.sealPeriod(1)); // the inputs are those computed from again
    QVERIFY((*p.verifySeals())[0].matches());
    QVERIFY(db.execute("DROP TRIGGER period_sealed_update; UPDATE period SET status = 'draft'"));
    const auto checks = p.verifySeals();
    QVERIFY(!(*checks)[0].statusValid() && !(*checks)[0].matches());
    QCOMPARE((*checks)[0].storedHash, (*checks)[0].recomputedHash);
}

// A seal made again by someone without the organisation's key: its signature is missing, or
// a signature copied from the old seal does not sign the new one.
void TestProject::signedSealsNameTheirKey()
{
    const std::string key = path("org.key");
    const std::string pub = path("org.pub");
    QVERIFY(store::generateSigningKey(key, pub));
    QCOMPARE(QFileInfo(QString::fromStdString(key)).permissions() &
                 (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    QVERIFY(!store::generateSigningKey(key, path("other.pub"))); // never overwritten
    const auto publicKey = store::signingPublicKey(pub);
    QVERIFY(publicKey && publicKey->size() == 64);
    QCOMPARE(*store::signingPublicKey(key), *publicKey); // the private key names it too
    QVERIFY(!store::signMessage(pub, "x"));              // a public key cannot sign

    Project p = sampleProject(path("signed.tanhui"));
    QCOMPARE(store::signingPublicKey(path("signed.tanhui")).error().code,
             ErrorCode::UnsupportedFormat);
    testing::computeStock(p, 1);
    QVERIFY(p.sealPeriod(1, key));
    auto checks = p.verifySeals();
    QCOMPARE((*checks)[0].publicKey, *publicKey);
    QVERIFY((*checks)[0].signatureValid);
    // The signature signs this project's seal of this period, nothing else.
    const auto identity = p.identity();
    const auto signature =
        store::signMessage(key, store::sealSignatureMessage(*identity, 1, (*checks)[0].storedHash));
    QVERIFY(store::signatureValid(
        *publicKey, store::sealSignatureMessage(*identity, 1, (*checks)[0].storedHash),
        signature->signature));
    QVERIFY(!store::signatureValid(
        *publicKey, store::sealSignatureMessage(*identity, 2, (*checks)[0].storedHash),
        signature->signature));
    // Unsealed in SQL, edited, sealed again without the key, the old signature copied over.
    Database& db = p.database();
    QVERIFY(db.execute("PRAGMA foreign_keys = OFF; DROP TRIGGER period_sealed_update; "
                       "DROP TRIGGER period_sealed_chain; DROP TRIGGER tree_sealed_update; "
                       "CREATE TEMP TABLE kept AS SELECT seal_signature, seal_public_key "
                       "FROM period WHERE id = 1; UPDATE period SET seal_hash = NULL, "
                       "seal_signature = NULL, seal_public_key = NULL WHERE id = 1; "
                       "UPDATE tree SET dbh_cm = dbh_cm * 2"));
    testing::computeStock(p, 1);
    QVERIFY(p.sealPeriod(1));
    checks = p.verifySeals();
    QVERIFY((*checks)[0].matches() && (*checks)[0].publicKey.empty()); // unsigned now
    QVERIFY(db.execute("UPDATE period SET (seal_signature, seal_public_key) = "
                       "(SELECT seal_signature, seal_public_key FROM kept) WHERE id = 1"));
    checks = p.verifySeals();
    QCOMPARE((*checks)[0].publicKey, *publicKey);
    QVERIFY(!(*checks)[0].signatureValid);
}

// Two programs (the window re-reading a project, a verifier's tanhui-cli) open and close one
// project at once. The last to close removes the write-ahead log, and the next to open
// rebuilds its index: whoever opens meanwhile waits, as for a writer, instead of failing.
void TestProject::opensWhileAnotherOpensAndCloses()
{
    QVERIFY(Project::create(path("shared.tanhui"), {"共享", "CCER-14-001-V01", ""}));
    std::mutex mutex;
    std::string failure;
    std::atomic<int> opened = 0;
    auto openAndClose = [&] {
        for (int i = 0; i < 200; ++i) {
            auto p = Project::open(path("shared.tanhui"));
            const auto info = p ? p->info() : core::Result<store::ProjectInfo>(p.error());
            if (!info) {
                const std::lock_guard lock(mutex);
                failure = info.error().detail;
                return;
            }
            ++opened;
        }
    };
    std::thread other(openAndClose);
    openAndClose();
    other.join();
    QVERIFY2(failure.empty(), failure.c_str());
    QCOMPARE(opened.load(), 400);
}

QTEST_APPLESS_MAIN(TestProject)
#include "tst_project.moc"
