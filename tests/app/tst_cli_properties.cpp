// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// tanhui-cli project properties, set-properties and net-removals on the demo farm.
#include <QTest>
#include <cmath>

#include "clitest.h"

using namespace tanhui::test;

class TestCliProperties : public QObject, public CliFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void propertiesAreSetAndShown();
    void netRemovalsTakeEveryTerm();
    void badTermsWriteNothing();

private:
    CliRun project(QStringList args)
    {
        args.prepend(QStringLiteral("project"));
        return runTool(args);
    }
    // The row of `term` in net-removals' CSV output, split into its cells.
    static QStringList row(const QString& csv, const QString& term)
    {
        for (const QString& line : csv.split(QLatin1Char('\n')))
            if (line.startsWith(term + QLatin1Char(',')))
                return line.split(QLatin1Char(','));
        return {};
    }
    QString m_file;
};

void TestCliProperties::initTestCase()
{
    setUpCli();
    const CliRun demo = runTool({QStringLiteral("demo"), m_dir.filePath(QStringLiteral("farm"))});
    QCOMPARE(demo.exitCode, ExitOk);
    m_file = m_dir.filePath(QStringLiteral("farm/demo.tanhui"));
}

void TestCliProperties::propertiesAreSetAndShown()
{
    CliRun r = project({QStringLiteral("set-properties"), m_file,
                        QStringLiteral("--registration-id"), QStringLiteral("CCER-2026-0101"),
                        QStringLiteral("--proponent"), QStringLiteral("示范国有林场, 福建"),
                        QStringLiteral("--crediting-start"), QStringLiteral("2019-01-01"),
                        QStringLiteral("--crediting-end"), QStringLiteral("2038-12-31")});
    QCOMPARE(r.exitCode, ExitOk);
    r = project({QStringLiteral("properties"), m_file});
    QCOMPARE(r.exitCode, ExitOk);
    QVERIFY(r.out.contains(QStringLiteral("registration-id,CCER-2026-0101\n")));
    QVERIFY(r.out.contains(QStringLiteral("proponent,\"示范国有林场, 福建\"\n")));
    QVERIFY(r.out.contains(QStringLiteral("crediting-end,2038-12-31\n")));
    QVERIFY(r.out.contains(QStringLiteral("name-locked,yes\n")));
    // A value given to `properties`, which only shows them, is refused, not dropped.
    r = project({QStringLiteral("properties"), m_file, QStringLiteral("--proponent"),
                 QStringLiteral("someone else")});
    QCOMPARE(r.exitCode, ExitUsage);
    QVERIFY2(r.err.contains(QStringLiteral("set-properties")), qPrintable(r.err));
    QVERIFY(project({QStringLiteral("properties"), m_file})
                .out.contains(QStringLiteral("proponent,\"示范国有林场, 福建\"\n")));
    // 2021 is sealed: the name is kept and the refusal names the seal.
    r = project({QStringLiteral("set-properties"), m_file, QStringLiteral("--name"),
                 QStringLiteral("renamed")});
    QCOMPARE(r.exitCode, ExitInputError);
    QVERIFY2(r.err.contains(QStringLiteral("seal")), qPrintable(r.err));
    QVERIFY(
        !project({QStringLiteral("properties"), m_file}).out.contains(QStringLiteral("renamed")));
}

void TestCliProperties::netRemovalsTakeEveryTerm()
{
    CliRun r = project({QStringLiteral("net-removals"), m_file, QStringLiteral("--period"),
                        QStringLiteral("2024")});
    QCOMPARE(r.exitCode, ExitOk);
    const QStringList change = row(r.out, QStringLiteral("project-change"));
    QCOMPARE(change.size(), 7);
    QCOMPARE(change[1].toDouble(), 15847.769901586624);
    QVERIFY(r.err.contains(QStringLiteral("project-emissions, baseline, leakage")));
    r = project({QStringLiteral("net-removals"), m_file, QStringLiteral("--period"),
                 QStringLiteral("2024"), QStringLiteral("--emissions"), QStringLiteral("120"),
                 QStringLiteral("--emissions-uncertainty"), QStringLiteral("8"),
                 QStringLiteral("--emissions-source"), QStringLiteral("fuel log"),
                 QStringLiteral("--baseline"), QStringLiteral("1500"),
                 QStringLiteral("--baseline-uncertainty"), QStringLiteral("25"),
                 QStringLiteral("--baseline-source"), QStringLiteral("baseline plots 2021"),
                 QStringLiteral("--leakage-zero"), QStringLiteral("no displacement")});
    QCOMPARE(r.exitCode, ExitOk);
    QVERIFY2(!r.err.contains(QStringLiteral("Note")), qPrintable(r.err));
    const QStringList baseline = row(r.out, QStringLiteral("baseline"));
    QCOMPARE(baseline[2], QStringLiteral("25"));
    QCOMPARE(baseline[3], QStringLiteral("75"));
    QCOMPARE(baseline[4].toDouble(), 1500.0 + 0.75 * 0.25 * 1500.0);
    QCOMPARE(row(r.out, QStringLiteral("leakage"))[5], QStringLiteral("yes"));
    const QStringList net = row(r.out, QStringLiteral("net"));
    QCOMPARE(net[1].toDouble(), 15847.769901586624 - 120.0 - 1500.0);
    const double conservativeChange = row(r.out, QStringLiteral("project-change"))[4].toDouble();
    QVERIFY(std::fabs(net[4].toDouble() - (conservativeChange - 120.0 - 1781.25)) < 1e-9);
}

void TestCliProperties::badTermsWriteNothing()
{
    const QString file = m_dir.filePath(QStringLiteral("farm/demo.tanhui"));
    // A value without its uncertainty and source is a usage error.
    CliRun r = project({QStringLiteral("net-removals"), file, QStringLiteral("--period"),
                        QStringLiteral("2021"), QStringLiteral("--leakage"), QStringLiteral("3")});
    QCOMPARE(r.exitCode, ExitUsage);
    QVERIFY(r.err.contains(QStringLiteral("--leakage needs --leakage-uncertainty")));
    // A sealed period keeps its terms: nothing is written, the table shows none.
    r = project({QStringLiteral("net-removals"), file, QStringLiteral("--period"),
                 QStringLiteral("2021"), QStringLiteral("--leakage-zero"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, ExitInputError);
    QVERIFY2(r.err.contains(QStringLiteral("sealed")), qPrintable(r.err));
    r = project(
        {QStringLiteral("net-removals"), file, QStringLiteral("--period"), QStringLiteral("2021")});
    QVERIFY(row(r.out, QStringLiteral("leakage")).isEmpty());
    // Negative leakage beside a good term: neither is stored.
    r = project({QStringLiteral("net-removals"), file, QStringLiteral("--period"),
                 QStringLiteral("2024"), QStringLiteral("--baseline-zero"), QStringLiteral("none"),
                 QStringLiteral("--leakage"), QStringLiteral("-3"),
                 QStringLiteral("--leakage-uncertainty"), QStringLiteral("5"),
                 QStringLiteral("--leakage-source"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, ExitInputError);
    QVERIFY(r.err.contains(QStringLiteral("column \"leakage\"")));
    r = project(
        {QStringLiteral("net-removals"), file, QStringLiteral("--period"), QStringLiteral("2024")});
    QCOMPARE(row(r.out, QStringLiteral("baseline"))[1], QStringLiteral("1500"));
}

QTEST_GUILESS_MAIN(TestCliProperties)
#include "tst_cli_properties.moc"
