// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// Kills `tanhui-cli project import` at random moments of a large import, again and again:
// every time, the project file must pass PRAGMA integrity_check and hold all of the import
// or none of it.
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "tanhui/store/project.h"

#include "testutil.h"

using namespace tanhui;

class TestCrash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killDuringImport();

private:
    QStringList importArguments(const QString& project) const;
    QTemporaryDir m_dir;
    QString m_plots;
    QString m_trees;
    QString m_template;
    static constexpr int kPlots = 1000;
    static constexpr int kTreesPerPlot = 60;
};

void TestCrash::initTestCase()
{
    QByteArray plots = "plot_id,stratum,area_m2\n";
    QByteArray trees = "plot_id,species,dbh,height\n";
    for (int p = 0; p < kPlots; ++p) {
        plots += "P" + QByteArray::number(p) + ",s" + QByteArray::number(p % 5) + ",667\n";
        for (int t = 0; t < kTreesPerPlot; ++t)
            trees += "P" + QByteArray::number(p) + ",杉木," + QByteArray::number(8 + (p + t) % 30) +
                     "," + QByteArray::number(6 + t % 15) + "\n";
    }
    const QDir dir(m_dir.path());
    m_plots = test::writeFile(dir, QStringLiteral("plots.csv"), plots);
    m_trees = test::writeFile(dir, QStringLiteral("trees.csv"), trees);
    m_template = m_dir.filePath(QStringLiteral("template.tanhui"));
    auto project = store::Project::create(m_template.toStdString(), {"crash", "VM0047", ""});
    QVERIFY(project);
    QVERIFY(project->addPeriod("M1", "2020-01-01", "2024-12-31"));
    QVERIFY(project->database().execute("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QStringList TestCrash::importArguments(const QString& project) const
{
    return {QStringLiteral("project"),
            QStringLiteral("import"),
            project,
            QStringLiteral("--period"),
            QStringLiteral("M1"),
            QStringLiteral("--plots"),
            m_plots,
            QStringLiteral("--trees"),
            m_trees};
}

void TestCrash::killDuringImport()
{
    const QString cli = QStringLiteral(TANHUI_CLI_PATH);
    // How long a whole import takes here, to spread the kills over it.
    const QString timed = m_dir.filePath(QStringLiteral("timed.tanhui"));
    QVERIFY(QFile::copy(m_template, timed));
    QElapsedTimer clock;
    clock.start();
    QProcess full;
    full.start(cli, importArguments(timed));
    QVERIFY(full.waitForFinished(60000));
    QCOMPARE(full.exitCode(), 0);
    const qint64 duration = std::max<qint64>(clock.elapsed(), 20);

    QRandomGenerator random(20261124);
    const int runs = 200;
    int complete = 0;
    int empty = 0;
    for (int i = 0; i < runs; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("run%1.tanhui").arg(i));
        QVERIFY(QFile::copy(m_template, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QProcess import;
        import.start(cli, importArguments(path));
        QVERIFY(import.waitForStarted());
        QThread::msleep(random.bounded(quint32(duration * 12 / 10 + 1)));
        import.kill(); // SIGKILL: no cleanup of any kind
        import.waitForFinished(60000);

        auto project = store::Project::open(path.toStdString());
        QVERIFY2(project, qPrintable(path));
        auto check = project->database().prepare("PRAGMA integrity_check");
        QVERIFY(check && *check->step());
        QCOMPARE(check->columnText(0), std::string("ok"));
        const std::int64_t trees = *project->count("tree");
        const std::int64_t plots = *project->count("plot");
        QVERIFY2(
            (trees == 0 && plots == 0) || (trees == kPlots * kTreesPerPlot && plots == kPlots),
            qPrintable(QStringLiteral("run %1: %2 plots, %3 trees").arg(i).arg(plots).arg(trees)));
        // The import lifts the tree table's insert guards inside its transaction: whenever
        // it is killed, they are there.
        auto guards = project->database().prepare(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'tree' "
            "AND name IN ('tree_sealed_insert', 'tree_no_replace')");
        QVERIFY(guards && *guards->step());
        QCOMPARE(guards->columnInt(0), std::int64_t(2));
        (trees == 0 ? empty : complete) += 1;
        project = core::Error{}; // close before removing
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    qInfo("%d kills: %d left the import complete, %d left nothing (import ≈ %lld ms)", runs,
          complete, empty, duration);
    QVERIFY(complete > 0 && empty > 0); // the kills did land before and after the commit
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
