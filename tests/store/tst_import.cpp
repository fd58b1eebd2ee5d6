// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The streamed import: trees handed over one at a time, every problem counted, nothing written
// unless all is good, the guards of the tree table in place whatever happens.
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "tanhui/store/project.h"

#include "sealable.h"

using namespace tanhui;
using core::ErrorCode;
using store::Project;

class TestImport : public QObject
{
    Q_OBJECT
private slots:
    void treesAreStreamedIn();
    void everyProblemIsCountedNothingWritten();
    void cancelAndReadErrorsWriteNothing();

private:
    std::string path(const char* name) const
    {
        return m_dir.filePath(QLatin1String(name)).toStdString();
    }
    // A project with an open period "2024".
    Project create(const char* name)
    {
        auto p = Project::create(path(name), {"import", "CCER-14-001-V01", ""});
        if (!p || !p->addPeriod("2024", "2022-01-01", "2024-12-31"))
            qFatal("cannot create %s", name);
        return std::move(p).value();
    }
    static std::vector<core::Plot> plots(int count)
    {
        std::vector<core::Plot> out;
        for (int i = 0; i < count; ++i)
            out.push_back({"P" + std::to_string(i), "young", 0.0667, NAN, i + 2});
        return out;
    }
    // `count` trees made as they are asked for (never held), tree i in plot i % plots with
    // DBH 5 + i % 40 cm (or `dbh` when given).
    static store::TreeFeed trees(std::int64_t count, int plotCount, double dbh = NAN)
    {
        auto next = std::make_shared<std::int64_t>(0);
        return [=](core::Tree& tree, core::Problems&) -> core::Result<bool> {
            if (*next == count)
                return false;
            const std::int64_t i = (*next)++;
            tree = {"P" + std::to_string(i % plotCount),
                    i % 3 ? "杉木" : "马尾松",
                    std::isnan(dbh) ? 5.0 + double(i % 40) : dbh,
                    NAN,
                    NAN,
                    true,
                    i + 2};
            return true;
        };
    }
    static std::int64_t guards(Project& p)
    {
        auto q = p.database().prepare(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'tree' AND "
            "name IN ('tree_sealed_insert', 'tree_no_replace')");
        return q && *q->step() ? q->columnInt(0) : -1;
    }
    static std::int64_t foreignKeys(Project& p)
    {
        auto q = p.database().prepare("PRAGMA foreign_keys");
        return q && *q->step() ? q->columnInt(0) : -1;
    }
    QTemporaryDir m_dir;
};

void TestImport::treesAreStreamedIn()
{
    Project p = create("stream.tanhui");
    const std::int64_t period = *p.findPeriod("2024");
    int progressCalls = 0;
    const auto report = p.importPlotsAndTrees(period, plots(100), "plots.csv", trees(50000, 100),
                                              "trees.csv", [&] { return ++progressCalls > 0; });
    QVERIFY(report && report->imported());
    QCOMPARE(report->plots, std::int64_t(100));
    QCOMPARE(report->trees, std::int64_t(50000));
    QCOMPARE(progressCalls, 50000 / 4096);
    QCOMPARE(*p.count("tree"), std::int64_t(50000));
    auto sum = p.database().prepare("SELECT sum(dbh_cm), count(DISTINCT plot_id), "
                                    "sum(species = '马尾松') FROM tree");
    QVERIFY(sum && *sum->step());
    QCOMPARE(sum->columnDouble(0), 50000 * 5.0 + 1250 * (39.0 * 40.0 / 2.0));
    QCOMPARE(sum->columnInt(1), std::int64_t(100));
    QCOMPARE(sum->columnInt(2), std::int64_t(16667));
    // The guards the import lifted for its own rows are back, and hold for anyone else's.
    QCOMPARE(guards(p), std::int64_t(2));
    QCOMPARE(foreignKeys(p), std::int64_t(1));
    const auto replace = p.database().execute(
        "INSERT OR REPLACE INTO tree (id, plot_id, species, dbh_cm, alive, source, source_row) "
        "VALUES (1, 1, 'x', 1, 1, 'outside', 0)");
    QVERIFY(!replace);
    QVERIFY(replace.error().detail.find("never replaced") != std::string::npos);
    QVERIFY(!p.database().execute("INSERT INTO tree (plot_id, species, dbh_cm, alive, source, "
                                  "source_row) VALUES (99999, 'x', 1, 1, 'outside', 0)"));
    testing::computeStock(p, period);
    QVERIFY(p.sealPeriod(period));
    QVERIFY(!p.database().execute("INSERT INTO tree (plot_id, species, dbh_cm, alive, source, "
                                  "source_row) VALUES (1, 'x', 1, 1, 'outside', 0)"));
}

// 25,000 bad trees: 10,000 listed with their rows, every one counted, nothing written.
void TestImport::everyProblemIsCountedNothingWritten()
{
    Project p = create("bad.tanhui");
    const std::int64_t period = *p.findPeriod("2024");
    const auto report =
        p.importPlotsAndTrees(period, plots(10), "plots.csv", trees(25000, 10, -1.0), "trees.csv");
    QVERIFY(report && !report->imported());
    QCOMPARE(report->problems.size(), core::Problems::kListed);
    QCOMPARE(report->unlistedProblems, std::int64_t(25000 - 10000));
    QCOMPARE(report->problems.front().row, std::int64_t(2));
    QCOMPARE(report->problems.front().column, std::string("dbh"));
    QCOMPARE(report->problems.back().row, std::int64_t(10001));
    QCOMPARE(*p.count("plot"), std::int64_t(0));
    QCOMPARE(*p.count("tree"), std::int64_t(0));
    QCOMPARE(guards(p), std::int64_t(2));
    QCOMPARE(foreignKeys(p), std::int64_t(1));
    // Rows the reader could not read as trees are problems of the import too.
    const store::TreeFeed unreadable =
        [n = 0](core::Tree&, core::Problems& problems) mutable -> core::Result<bool> {
        if (n++ == 3)
            return false;
        problems.add({ErrorCode::CellCount, "3 cells where the header has 4", "t.csv", n + 1, {}});
        return core::Result<bool>(false);
    };
    const auto none = p.importPlotsAndTrees(period, plots(1), "plots.csv", unreadable, "t.csv");
    QVERIFY(none && none->problems.size() == 1);
    QCOMPARE(none->problems[0].code, ErrorCode::CellCount);
}

// A cancelled import and one whose tally cannot be read on leave the file as it was.
void TestImport::cancelAndReadErrorsWriteNothing()
{
    const std::string file = path("cancel.tanhui");
    create("cancel.tanhui");
    const auto before = store::fileSha256(file);
    QVERIFY(before);
    {
        auto p = Project::open(file);
        QVERIFY(p);
        const std::int64_t period = *p->findPeriod("2024");
        int calls = 0;
        const auto cancelled =
            p->importPlotsAndTrees(period, plots(50), "plots.csv", trees(100000, 50), "trees.csv",
                                   [&] { return ++calls < 3; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QCOMPARE(calls, 3);
        store::TreeFeed some = trees(9000, 50);
        const store::TreeFeed broken =
            [&, n = 0](core::Tree& tree, core::Problems& problems) mutable -> core::Result<bool> {
            if (++n > 8000)
                return core::Error{ErrorCode::FileUnreadable, "a read error", "t.csv", n, {}};
            return some(tree, problems);
        };
        const auto unread = p->importPlotsAndTrees(period, plots(50), "plots.csv", broken, "t.csv");
        QVERIFY(!unread);
        QCOMPARE(unread.error().code, ErrorCode::FileUnreadable);
        QCOMPARE(*p->count("tree"), std::int64_t(0));
        QCOMPARE(guards(*p), std::int64_t(2));
    }
    QCOMPARE(*store::fileSha256(file), *before);
}

QTEST_APPLESS_MAIN(TestImport)
#include "tst_import.moc"
