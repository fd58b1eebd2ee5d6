// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cstdint>
#include <set>
#include <string>

#include "tanhui/store/project.h"

#include "clitest.h"

using namespace tanhui::test;

class TestCliProject : public QObject, public CliFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void projectWorkflow();
    void projectComputeMistakes();
    void demoIsDeterministicAndConsistent();
    void importPlacesPlotsAndReviseKeepsTheSeal();
    void hostileInputsWriteNothing();
    void receiptsCatchAResealedPeriod();
    void trustedKeysCatchAnUnsignedReseal();
};

void TestCliProject::initTestCase()
{
    setUpCli();
}

// create → add-period → a rejected import (every problem listed, nothing written) → import
// → seal → verify → tamper → verify fails → export.
void TestCliProject::projectWorkflow()
{
    const QString file = m_dir.filePath(QStringLiteral("workflow.tanhui"));
    const QString plots = write(
        QStringLiteral("wf_plots.csv"),
        "plot_id,stratum,area_m2\nA1,young,667\nA2,young,667\nB1,middle,667\nB2,middle,667\n");
    const QString bad = write(QStringLiteral("wf_bad.csv"),
                              "plot_id,species,dbh,height\nA1,杉木,12,9\nZ9,杉木,-3,10\n");
    const QString trees =
        write(QStringLiteral("wf_trees.csv"), "plot_id,species,dbh,height\nA1,杉木,12,9\n"
                                              "A2,杉木,14,10\nB1,马尾松,20,15\nB2,马尾松,23,16\n");
    const QString areas =
        write(QStringLiteral("wf_areas.csv"), "stratum,area_ha\nyoung,120.5\nmiddle,80\n");
    auto project = [&](QStringList args) {
        args.prepend(QStringLiteral("project"));
        return runTool(args);
    };
    QCOMPARE(project({QStringLiteral("create"), file, QStringLiteral("--name"),
                      QStringLiteral("示范林场"), QStringLiteral("--methodology"),
                      QStringLiteral("CCER-14-001-V01")})
                 .exitCode,
             int(ExitOk));
    QCOMPARE(
        project({QStringLiteral("add-period"), file, QStringLiteral("--period"),
                 QStringLiteral("2024"), QStringLiteral("--start"), QStringLiteral("2022-01-01"),
                 QStringLiteral("--end"), QStringLiteral("2024-12-31")})
            .exitCode,
        int(ExitOk));
    const QStringList import{
        QStringLiteral("import"),  file,  QStringLiteral("--period"), QStringLiteral("2024"),
        QStringLiteral("--plots"), plots, QStringLiteral("--trees")};
    const CliRun rejected = project(import + QStringList{bad});
    QCOMPARE(rejected.exitCode, int(ExitInputError));
    QVERIFY(rejected.err.contains(QStringLiteral("wf_bad.csv, row 3, column \"plot_id\"")));
    QVERIFY(rejected.err.contains(QStringLiteral("wf_bad.csv, row 3, column \"dbh\"")));
    QVERIFY(rejected.err.contains(QStringLiteral("Nothing was imported: 2 problems found.")));
    QCOMPARE(*tanhui::store::Project::open(file.toStdString())->count("tree"), std::int64_t(0));

    QCOMPARE(project(import + QStringList{trees}).exitCode, int(ExitOk));
    const QStringList sealStep{QStringLiteral("seal"), file, QStringLiteral("--period"),
                               QStringLiteral("2024")};
    // Nothing computed: nothing to seal.
    const CliRun uncomputed = project(sealStep);
    QCOMPARE(uncomputed.exitCode, int(ExitInputError));
    QVERIFY2(uncomputed.err.contains(QStringLiteral("compute it before sealing")),
             qPrintable(uncomputed.err));
    QCOMPARE(project({QStringLiteral("stratify"), file, QStringLiteral("--name"),
                      QStringLiteral("s"), QStringLiteral("--areas"), areas})
                 .exitCode,
             int(ExitOk));
    const QStringList compute{QStringLiteral("compute"),          file,
                              QStringLiteral("--period"),         QStringLiteral("2024"),
                              QStringLiteral("--stratification"), QStringLiteral("s")};
    QCOMPARE(project(compute).exitCode, int(ExitOk));
    // A tree edited after the compute: the results are not those of the inputs now.
    {
        auto db = tanhui::store::Database::open(file.toStdString(),
                                                tanhui::store::Database::Mode::OpenExisting);
        QVERIFY(db && db->execute("UPDATE tree SET dbh_cm = 12.1 WHERE id = 1"));
    }
    const CliRun stale = project(sealStep);
    QCOMPARE(stale.exitCode, int(ExitInputError));
    QVERIFY2(stale.err.contains(QStringLiteral("compute the stock again")), qPrintable(stale.err));
    QCOMPARE(project(compute).exitCode, int(ExitOk));
    const CliRun seal = project(sealStep);
    QCOMPARE(seal.exitCode, int(ExitOk));
    CliRun verify = runTool({QStringLiteral("verify"), file});
    QCOMPARE(verify.exitCode, int(ExitOk));
    QVERIFY(verify.out.contains(QStringLiteral("matches its seal")));
    {
        auto db = tanhui::store::Database::open(file.toStdString(),
                                                tanhui::store::Database::Mode::OpenExisting);
        QVERIFY(db && db->execute("DROP TRIGGER tree_sealed_update"));
        QVERIFY(db->execute("UPDATE tree SET dbh_cm = 12.5 WHERE id = 1"));
    }
    verify = runTool({QStringLiteral("verify"), file});
    QCOMPARE(verify.exitCode, int(ExitInputError));
    QVERIFY(verify.out.contains(QStringLiteral("DIFFERS from its seal")));
    QVERIFY2(
        verify.out.contains(QStringLiteral("2024: what differs from the sealed content: tree")),
        qPrintable(verify.out));

    const QString dir = m_dir.filePath(QStringLiteral("export"));
    QCOMPARE(project({QStringLiteral("export"), file, QStringLiteral("--dir"), dir}).exitCode,
             int(ExitOk));
    QFile treeCsv(dir + QStringLiteral("/tree.csv"));
    QVERIFY(treeCsv.open(QIODevice::ReadOnly));
    QCOMPARE(treeCsv.readLine().trimmed(),
             QByteArray("id,plot_id,species,dbh_cm,height_m,wood_density,alive,source,source_row"));
    QVERIFY(treeCsv.readLine().startsWith("1,1,\xe6\x9d\x89\xe6\x9c\xa8,12.5,9,,1,"));
}

// stratify / compute / compare: what a surveyor gets wrong is named, nothing is half-stored.
void TestCliProject::projectComputeMistakes()
{
    const QString file = m_dir.filePath(QStringLiteral("compute.tanhui"));
    const QString areas =
        write(QStringLiteral("cm_areas.csv"), "stratum,area_ha\nyoung,120.5\nmiddle,80\n");
    const QString plots =
        write(QStringLiteral("cm_plots.csv"),
              "plot_id,stratum,area_m2\nA1,young,667\nA2,young,667\nB1,middle,667\n"
              "B2,middle,667\nC1,mature,667\n");
    const QString trees = write(QStringLiteral("cm_trees.csv"),
                                "plot_id,species,dbh,height\nA1,杉木,12,9\nA2,杉木,14,10\n"
                                "B1,马尾松,20,15\nB2,马尾松,22,16\nC1,杉木,30,20\n");
    auto project = [&](QStringList args) {
        args.prepend(QStringLiteral("project"));
        return runTool(args);
    };
    QCOMPARE(project({QStringLiteral("create"), file, QStringLiteral("--name"), QStringLiteral("p"),
                      QStringLiteral("--methodology"), QStringLiteral("VM0047")})
                 .exitCode,
             int(ExitOk));
    const QStringList stratify{QStringLiteral("stratify"), file,
                               QStringLiteral("--name"),   QStringLiteral("s1"),
                               QStringLiteral("--areas"),  areas};
    // A table and an areas run at once is a usage error.
    QCOMPARE(
        project(stratify + QStringList{QStringLiteral("--"), QStringLiteral("x.tif")}).exitCode,
        int(ExitUsage));
    const CliRun stratified = project(stratify);
    QCOMPARE(stratified.exitCode, int(ExitOk));
    QVERIFY(stratified.out.contains(QStringLiteral("2 strata, 200.5000 ha")));
    const CliRun again = project(stratify);
    QCOMPARE(again.exitCode, int(ExitInputError));
    QVERIFY(again.err.contains(QStringLiteral("exists already")));
    QCOMPARE(
        project({QStringLiteral("add-period"), file, QStringLiteral("--period"),
                 QStringLiteral("2021"), QStringLiteral("--start"), QStringLiteral("2019-01-01"),
                 QStringLiteral("--end"), QStringLiteral("2021-12-31")})
            .exitCode,
        int(ExitOk));
    QCOMPARE(
        project({QStringLiteral("import"), file, QStringLiteral("--period"), QStringLiteral("2021"),
                 QStringLiteral("--plots"), plots, QStringLiteral("--trees"), trees})
            .exitCode,
        int(ExitOk));
    const QStringList compute{QStringLiteral("compute"), file, QStringLiteral("--period"),
                              QStringLiteral("2021"), QStringLiteral("--stratification")};
    const CliRun unknown = project(compute + QStringList{QStringLiteral("s9")});
    QCOMPARE(unknown.exitCode, int(ExitInputError));
    QVERIFY2(unknown.err.contains(QStringLiteral("no stratification named \"s9\"")),
             qPrintable(unknown.err));
    // Plot C1 says "mature", a stratum s1 does not have.
    const CliRun outside = project(compute + QStringList{QStringLiteral("s1")});
    QCOMPARE(outside.exitCode, int(ExitInputError));
    QVERIFY2(outside.err.contains(QStringLiteral("C1")) &&
                 outside.err.contains(QStringLiteral("mature")),
             qPrintable(outside.err));
    QCOMPARE(*tanhui::store::Project::open(file.toStdString())->count("result"), std::int64_t(0));
    const CliRun compare = project(
        {QStringLiteral("compare"), file, QStringLiteral("--period"), QStringLiteral("2021")});
    QCOMPARE(compare.exitCode, int(ExitInputError));
    QVERIFY2(compare.err.contains(QStringLiteral("no period ends before this one")),
             qPrintable(compare.err));
}

// The demo farm: the same files every time, a project whose 2021 seal verifies, and plots
// whose recorded strata are the ones the age raster gives at each date.
void TestCliProject::demoIsDeterministicAndConsistent()
{
    const QString a = m_dir.filePath(QStringLiteral("demo_a"));
    const QString b = m_dir.filePath(QStringLiteral("demo_b"));
    QCOMPARE(runTool({QStringLiteral("demo"), a}).exitCode, int(ExitOk));
    QCOMPARE(runTool({QStringLiteral("demo"), b}).exitCode, int(ExitOk));
    for (const char* name : {"plots_2021.csv", "trees_2021.csv", "plots_2024.csv", "trees_2024.csv",
                             "stands_age.tif"}) {
        QFile x(a + QLatin1Char('/') + QLatin1String(name));
        QFile y(b + QLatin1Char('/') + QLatin1String(name));
        QVERIFY(x.open(QIODevice::ReadOnly) && y.open(QIODevice::ReadOnly));
        QVERIFY2(x.readAll() == y.readAll(), name);
    }
    QCOMPARE(runTool({QStringLiteral("demo"), a}).exitCode, int(ExitUsage)); // never overwrites
    const CliRun verify = runTool({QStringLiteral("verify"), a + QStringLiteral("/demo.tanhui")});
    QCOMPARE(verify.exitCode, int(ExitOk));
    QVERIFY(verify.out.contains(QStringLiteral("2021 (revision 1): matches its seal")));
    QVERIFY2(verify.out.contains(QStringLiteral("2021 (revision 1): 224 result values recomputed "
                                                "from the stored inputs, all identical")),
             qPrintable(verify.out));
    // The demo's change equals the one of the stand-alone commands (AR-TOOL14 Method B on
    // the same plots): 15847.769901586624 t CO2e over 3 years.
    auto project =
        tanhui::store::Project::open(QString(a + QStringLiteral("/demo.tanhui")).toStdString());
    QVERIFY(project);
    const auto results = project->results(*project->findPeriod("2024"));
    QVERIFY(results && results->size() == 3);
    const tanhui::store::PeriodResult& change = results->back();
    QCOMPARE(change.kind, std::string("change"));
    QCOMPARE(change.find("method")->text, std::string("B"));
    TANHUI_COMPARE_REL(change.find("change_t_co2e")->number, 15847.769901586624, 1e-12);
    for (const char* year : {"2021", "2024"}) {
        const CliRun check = runTool(
            {QStringLiteral("sample"), a + QStringLiteral("/stands_age.tif"),
             QStringLiteral("--points"),
             a + QStringLiteral("/plots_") + QLatin1String(year) + QStringLiteral(".csv"),
             QStringLiteral("--crs"), QStringLiteral("EPSG:4527"), QStringLiteral("--age-group"),
             QStringLiteral("杉木"), QStringLiteral("--base-year"), QStringLiteral("2018"),
             QStringLiteral("--date"), QLatin1String(year) + QStringLiteral("-12-31"),
             QStringLiteral("--stratum-column"), QStringLiteral("stratum")});
        QCOMPARE(check.exitCode, int(ExitOk));
        const QJsonObject json = QJsonDocument::fromJson(check.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("points")).toArray().size(), 30);
        QCOMPARE(json.value(QStringLiteral("disagreements")).toInt(), 0);
        QCOMPARE(json.value(QStringLiteral("outside")).toInt(), 0);
    }
}

// Plots with only coordinates are placed in strata by the age map; a sealed period is
// corrected through a new revision, with the reason required.
void TestCliProject::importPlacesPlotsAndReviseKeepsTheSeal()
{
    const QString dir = m_dir.filePath(QStringLiteral("place"));
    QCOMPARE(runTool({QStringLiteral("demo"), dir}).exitCode, int(ExitOk));
    QFile recorded(dir + QStringLiteral("/plots_2024.csv"));
    QVERIFY(recorded.open(QIODevice::ReadOnly));
    QString xyOnly;
    std::vector<std::string> strata; // recorded by the demo, in file order
    for (const QByteArray& line : recorded.readAll().split('\n')) {
        QStringList cells = QString::fromUtf8(line).split(QLatin1Char(','));
        if (cells.size() < 2)
            continue;
        if (!xyOnly.isEmpty())
            strata.push_back(cells.at(1).toStdString());
        cells.removeAt(1);
        xyOnly += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    const QString plots = write(QStringLiteral("place_xy.csv"), xyOnly.toUtf8());
    const QString file = m_dir.filePath(QStringLiteral("place.tanhui"));
    auto project = [&](QStringList args) {
        args.prepend(QStringLiteral("project"));
        return runTool(args);
    };
    QCOMPARE(project({QStringLiteral("create"), file, QStringLiteral("--name"), QStringLiteral("p"),
                      QStringLiteral("--methodology"), QStringLiteral("VM0047")})
                 .exitCode,
             int(ExitOk));
    QCOMPARE(
        project({QStringLiteral("add-period"), file, QStringLiteral("--period"),
                 QStringLiteral("2024"), QStringLiteral("--start"), QStringLiteral("2022-01-01"),
                 QStringLiteral("--end"), QStringLiteral("2024-12-31")})
            .exitCode,
        int(ExitOk));
    const QStringList import{
        QStringLiteral("import"),         file,
        QStringLiteral("--period"),       QStringLiteral("2024"),
        QStringLiteral("--plots"),        plots,
        QStringLiteral("--trees"),        dir + QStringLiteral("/trees_2024.csv"),
        QStringLiteral("--place-raster"), dir + QStringLiteral("/stands_age.tif")};
    // Without strata rules or age groups there is nothing to place by.
    const CliRun noRules =
        project(import + QStringList{QStringLiteral("--crs"), QStringLiteral("EPSG:4527")});
    QCOMPARE(noRules.exitCode, int(ExitInputError));
    const CliRun placed =
        project(import + QStringList{QStringLiteral("--crs"), QStringLiteral("EPSG:4527"),
                                     QStringLiteral("--age-group"), QStringLiteral("杉木"),
                                     QStringLiteral("--base-year"), QStringLiteral("2018"),
                                     QStringLiteral("--date"), QStringLiteral("2024-12-31")});
    QCOMPARE(placed.exitCode, int(ExitOk));
    QVERIFY(placed.out.contains(QStringLiteral("30 plots")));
    {
        auto stored = tanhui::store::Project::open(file.toStdString());
        QVERIFY(stored);
        const auto period = stored->findPeriod("2024");
        const auto rows = stored->plots(*period);
        QVERIFY(rows);
        QCOMPARE(rows->size(), strata.size());
        for (std::size_t i = 0; i < strata.size(); ++i)
            QCOMPARE((*rows)[i].stratum, strata[i]);
        // The coordinates are kept with the plots (P01 at the centre of its 10 m cell).
        QCOMPARE((*rows)[0].x, 39420055.0);
        QCOMPARE((*rows)[0].y, 2909945.0);
        const auto layers = stored->layers();
        QCOMPARE(int(layers->size()), 1); // the map the plots were placed by
    }
    const QStringList revise{QStringLiteral("revise"), file, QStringLiteral("--period"),
                             QStringLiteral("2024")};
    QCOMPARE(project(revise + QStringList{QStringLiteral("--reason"), QStringLiteral("DBH typo")})
                 .exitCode,
             int(ExitInputError)); // a draft is edited, not revised
    // Computed with the demo's strata (100 ha each here) before it is sealed.
    QByteArray areas = "stratum,area_ha\n";
    for (const std::string& name : std::set<std::string>(strata.begin(), strata.end()))
        areas += QByteArray::fromStdString(name) + ",100\n";
    QCOMPARE(
        project({QStringLiteral("stratify"), file, QStringLiteral("--name"), QStringLiteral("s"),
                 QStringLiteral("--areas"), write(QStringLiteral("place_areas.csv"), areas)})
            .exitCode,
        int(ExitOk));
    QCOMPARE(
        project({QStringLiteral("compute"), file, QStringLiteral("--period"),
                 QStringLiteral("2024"), QStringLiteral("--stratification"), QStringLiteral("s")})
            .exitCode,
        int(ExitOk));
    QCOMPARE(
        project({QStringLiteral("seal"), file, QStringLiteral("--period"), QStringLiteral("2024")})
            .exitCode,
        int(ExitOk));
    QCOMPARE(project(revise).exitCode, int(ExitUsage)); // the reason is required
    QCOMPARE(project(revise + QStringList{QStringLiteral("--reason"), QStringLiteral("DBH typo")})
                 .exitCode,
             int(ExitOk));
    auto stored = tanhui::store::Project::open(file.toStdString());
    const auto periods = stored->periods();
    QVERIFY(periods);
    QCOMPARE(int(periods->size()), 2);
    QVERIFY((*periods)[0].sealed);
    QCOMPARE((*periods)[1].revision, 2);
    QVERIFY(!(*periods)[1].sealed);
    QVERIFY(runTool({QStringLiteral("verify"), file}).exitCode == int(ExitOk));
}

// What a hostile trial got through: a decimal comma that shifts a tally's cells, a folder given
// as the tally, an empty file given as the project. Each is refused and nothing is written.
void TestCliProject::hostileInputsWriteNothing()
{
    const QString file = m_dir.filePath(QStringLiteral("hostile.tanhui"));
    QCOMPARE(runTool({QStringLiteral("project"), QStringLiteral("create"), file,
                      QStringLiteral("--name"), QStringLiteral("h"),
                      QStringLiteral("--methodology"), QStringLiteral("VM0047")})
                 .exitCode,
             int(ExitOk));
    QCOMPARE(runTool({QStringLiteral("project"), QStringLiteral("add-period"), file,
                      QStringLiteral("--period"), QStringLiteral("2021"), QStringLiteral("--start"),
                      QStringLiteral("2019-01-01"), QStringLiteral("--end"),
                      QStringLiteral("2021-12-31")})
                 .exitCode,
             int(ExitOk));
    const QString plots =
        write(QStringLiteral("h_plots.csv"), "plot_id,stratum,area_m2\nP01,young,667\n");
    const QString comma = write(QStringLiteral("h_comma.csv"),
                                "plot_id,species,dbh,height\nP01,杉木,8.2,6.1\nP01,杉木,8,2,5.9\n");
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("h_tally")));
    write(QStringLiteral("h_tally/trees.csv"), "plot_id,species,dbh,height\nP01,杉木,8.2,6.1\n");
    auto import = [&](const QString& trees) {
        return runTool({QStringLiteral("project"), QStringLiteral("import"), file,
                        QStringLiteral("--period"), QStringLiteral("2021"),
                        QStringLiteral("--plots"), plots, QStringLiteral("--trees"), trees});
    };
    const CliRun shifted = import(comma);
    QCOMPARE(shifted.exitCode, int(ExitInputError));
    QVERIFY2(shifted.err.contains(QStringLiteral("h_comma.csv, row 3")), qPrintable(shifted.err));
    const CliRun folder = import(m_dir.filePath(QStringLiteral("h_tally")));
    QCOMPARE(folder.exitCode, int(ExitInputError));
    QVERIFY2(folder.err.contains(QStringLiteral("h_tally")), qPrintable(folder.err));
    {
        auto project = tanhui::store::Project::open(file.toStdString());
        QVERIFY(project);
        QCOMPARE(*project->count("plot"), std::int64_t(0));
        QCOMPARE(*project->count("tree"), std::int64_t(0));
    }
    const QString empty = write(QStringLiteral("h_empty.tanhui"), {});
    for (const QStringList& command :
         {QStringList{QStringLiteral("verify"), empty},
          QStringList{QStringLiteral("project"), QStringLiteral("export"), empty,
                      QStringLiteral("--dir"), m_dir.filePath(QStringLiteral("h_out"))},
          QStringList{QStringLiteral("project"), QStringLiteral("add-period"), empty,
                      QStringLiteral("--period"), QStringLiteral("x"), QStringLiteral("--start"),
                      QStringLiteral("2019-01-01"), QStringLiteral("--end"),
                      QStringLiteral("2021-12-31")}}) {
        QCOMPARE(runTool(command).exitCode, int(ExitInputError));
        QCOMPARE(QFileInfo(empty).size(), qint64(0));
    }
}

// The hostile trial unsealed a period in SQL, doubled its trees, recomputed and sealed it again
// with the CLI: verify passed (the chain is rebuilt). The audit log's record of the first seal
// catches it, and once that row is deleted the audit hash chain does; the receipt kept from the
// first sealing does too.
void TestCliProject::receiptsCatchAResealedPeriod()
{
    const QString dir = m_dir.filePath(QStringLiteral("reseal"));
    QCOMPARE(runTool({QStringLiteral("demo"), dir}).exitCode, int(ExitOk));
    const QString file = dir + QStringLiteral("/demo.tanhui");
    const QString receipt = m_dir.filePath(QStringLiteral("reseal-2024.json"));
    auto project = [&](QStringList args) {
        args.prepend(QStringLiteral("project"));
        return runTool(args);
    };
    const CliRun sealed = project({QStringLiteral("seal"), file, QStringLiteral("--period"),
                                   QStringLiteral("2024"), QStringLiteral("--receipt"), receipt});
    QCOMPARE(sealed.exitCode, int(ExitOk));
    const QStringList verifyWithReceipt{QStringLiteral("verify"), file, QStringLiteral("--receipt"),
                                        receipt};
    const CliRun holds = runTool(verifyWithReceipt);
    QCOMPARE(holds.exitCode, int(ExitOk));
    QVERIFY(holds.out.contains(QStringLiteral("still holds the seal")));
    // A receipt is never overwritten.
    QCOMPARE(project({QStringLiteral("seal"), file, QStringLiteral("--period"),
                      QStringLiteral("2024"), QStringLiteral("--receipt"), receipt})
                 .exitCode,
             int(ExitInputError));

    { // Another SQLite client, triggers dropped: unseal 2024 and double its trees' DBH.
        auto p = tanhui::store::Project::open(file.toStdString());
        QVERIFY(p);
        auto& db = p->database();
        auto names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'");
        std::vector<std::string> triggers;
        for (auto row = names->step(); row && *row; row = names->step())
            triggers.push_back(names->columnText(0));
        for (const std::string& t : triggers)
            QVERIFY(db.execute("DROP TRIGGER " + t));
        QVERIFY(db.execute("UPDATE period SET seal_hash = NULL, status = 'draft' "
                           "WHERE label = '2024'"));
        QVERIFY(db.execute("UPDATE tree SET dbh_cm = dbh_cm * 2 WHERE plot_id IN (SELECT p.id "
                           "FROM plot p JOIN period d ON d.id = p.period_id WHERE d.label = "
                           "'2024')"));
    }
    for (const QStringList& step :
         {QStringList{QStringLiteral("compute"), file, QStringLiteral("--period"),
                      QStringLiteral("2024"), QStringLiteral("--stratification"),
                      QStringLiteral("age-groups-2024")},
          QStringList{QStringLiteral("compare"), file, QStringLiteral("--period"),
                      QStringLiteral("2024")},
          QStringList{QStringLiteral("seal"), file, QStringLiteral("--period"),
                      QStringLiteral("2024")}})
        QCOMPARE(project(step).exitCode, int(ExitOk));
    // The audit log still records the first seal: verify names the replaced seal.
    const CliRun replaced = runTool({QStringLiteral("verify"), file});
    QCOMPARE(replaced.exitCode, int(ExitInputError));
    QVERIFY2(replaced.out.contains(QStringLiteral("2024: its SEAL WAS REPLACED")),
             qPrintable(replaced.out));
    { // The attacker also deletes that audit row (its guard is dropped already; a SQLite shell
      // does not enforce the audit chain's foreign key).
        auto p = tanhui::store::Project::open(file.toStdString());
        QVERIFY(p);
        QVERIFY(p->database().execute("PRAGMA foreign_keys = OFF"));
        QVERIFY(p->database().execute("DELETE FROM audit_log WHERE action = 'seal' AND "
                                      "entity_id = (SELECT max(id) FROM period WHERE label = "
                                      "'2024') AND id < (SELECT max(id) FROM audit_log WHERE "
                                      "action = 'seal')"));
    }
    // Every seal re-hashes and their chain is whole, but the audit log's hash chain is broken
    // where the row was.
    const CliRun broken = runTool({QStringLiteral("verify"), file});
    QCOMPARE(broken.exitCode, int(ExitInputError));
    QVERIFY2(broken.out.contains(QStringLiteral("audit log: BROKEN")), qPrintable(broken.out));
    QVERIFY2(!broken.out.contains(QStringLiteral("DIFFERS")), qPrintable(broken.out));
    const CliRun caught = runTool(verifyWithReceipt);
    QCOMPARE(caught.exitCode, int(ExitInputError));
    QVERIFY2(caught.out.contains(QStringLiteral("SEALED AGAIN")), qPrintable(caught.out));
    // A receipt of another project is named as such.
    const QString other = m_dir.filePath(QStringLiteral("other"));
    QCOMPARE(runTool({QStringLiteral("demo"), other}).exitCode, int(ExitOk));
    const CliRun foreign =
        runTool({QStringLiteral("verify"), other + QStringLiteral("/demo.tanhui"),
                 QStringLiteral("--receipt"), receipt});
    QCOMPARE(foreign.exitCode, int(ExitInputError));
    QVERIFY(foreign.out.contains(QStringLiteral("ANOTHER project")));
}

// With the organisation's public key, verify requires every seal to be signed with it: a seal
// made again without the private key is named.
void TestCliProject::trustedKeysCatchAnUnsignedReseal()
{
    const QString dir = m_dir.filePath(QStringLiteral("signed"));
    QCOMPARE(runTool({QStringLiteral("demo"), dir}).exitCode, int(ExitOk));
    const QString file = dir + QStringLiteral("/demo.tanhui");
    const QString key = m_dir.filePath(QStringLiteral("org.key"));
    const QString pub = m_dir.filePath(QStringLiteral("org.pub"));
    const CliRun made = runTool({QStringLiteral("keygen"), key, pub});
    QCOMPARE(made.exitCode, int(ExitOk));
    const QString publicKey = made.out.trimmed().section(QLatin1Char(' '), -1);
    QCOMPARE(publicKey.size(), 64);
    QCOMPARE(runTool({QStringLiteral("keygen"), key, pub}).exitCode, int(ExitInputError));
    const QStringList seal{QStringLiteral("project"), QStringLiteral("seal"), file,
                           QStringLiteral("--period"), QStringLiteral("2024")};
    // A public key cannot sign; nothing is sealed.
    QCOMPARE(runTool(seal + QStringList{QStringLiteral("--sign"), pub}).exitCode,
             int(ExitInputError));
    QCOMPARE(runTool(seal + QStringList{QStringLiteral("--sign"), key}).exitCode, int(ExitOk));
    const QStringList verify{QStringLiteral("verify"), file, QStringLiteral("--trust"), pub};
    const CliRun checked = runTool(verify);
    QVERIFY2(checked.out.contains(QStringLiteral("2024: signed by the trusted key ") + publicKey),
             qPrintable(checked.out));
    // The demo sealed 2021 without a key: with a trusted key required, that is named.
    QVERIFY(checked.out.contains(QStringLiteral("2021: NOT SIGNED by a trusted key")));
    QCOMPARE(checked.exitCode, int(ExitInputError));
    // Without --trust a valid signature is reported and nothing fails.
    const CliRun plain = runTool({QStringLiteral("verify"), file});
    QCOMPARE(plain.exitCode, int(ExitOk));
    QVERIFY(plain.out.contains(QStringLiteral("2024: signed by key ") + publicKey));
    { // Unsealed in SQL (guards dropped), edited; then computed and sealed again with the CLI.
        auto p = tanhui::store::Project::open(file.toStdString());
        QVERIFY(p);
        QVERIFY(p->database().execute(
            "DROP TRIGGER period_sealed_update; DROP TRIGGER period_sealed_chain; "
            "UPDATE period SET seal_hash = NULL, seal_signature = NULL, seal_public_key = NULL, "
            "status = 'draft' WHERE label = '2024'; DROP TRIGGER tree_sealed_update; UPDATE tree "
            "SET dbh_cm = dbh_cm * 2 WHERE plot_id IN (SELECT p.id FROM plot p JOIN period d ON "
            "d.id = p.period_id WHERE d.label = '2024')"));
    }
    QCOMPARE(runTool({QStringLiteral("project"), QStringLiteral("compute"), file,
                      QStringLiteral("--period"), QStringLiteral("2024"),
                      QStringLiteral("--stratification"), QStringLiteral("age-groups-2024")})
                 .exitCode,
             int(ExitOk));
    // The change computed before is no longer one of these inputs: the seal says so.
    const CliRun stale = runTool(seal);
    QCOMPARE(stale.exitCode, int(ExitInputError));
    QVERIFY2(stale.err.contains(QStringLiteral("compute the change again")), qPrintable(stale.err));
    QCOMPARE(runTool({QStringLiteral("project"), QStringLiteral("compare"), file,
                      QStringLiteral("--period"), QStringLiteral("2024")})
                 .exitCode,
             int(ExitOk));
    QCOMPARE(runTool(seal).exitCode, int(ExitOk));
    const CliRun resealed = runTool(verify);
    QCOMPARE(resealed.exitCode, int(ExitInputError));
    QVERIFY2(resealed.out.contains(QStringLiteral("2024: NOT SIGNED by a trusted key")),
             qPrintable(resealed.out));
}

QTEST_GUILESS_MAIN(TestCliProject)
#include "tst_cli_project.moc"
