// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "clitest.h"

using namespace tanhui::test;

class TestCliGeneral : public QObject, public CliFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void version();
    void helpListsCommands();
    void unknownCommand();
    void rasterInfo();
    void rasterInfoMissingFile();
    void rasterInfoWrongArguments();
    void resultsNotWrittenAreAnError();
};

void TestCliGeneral::initTestCase()
{
    setUpCli();
}

void TestCliGeneral::version()
{
    const CliRun run = runTool({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, int(ExitOk));
    QVERIFY(run.out.startsWith(QStringLiteral("tanhui-cli 0.")));
    QVERIFY(run.out.contains(QStringLiteral("GDAL 3.")));
    QVERIFY(run.out.contains(QStringLiteral("PROJ 9.")));
    QVERIFY(run.out.contains(QStringLiteral("SQLite 3.")));
}

void TestCliGeneral::helpListsCommands()
{
    const CliRun run = runTool({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, int(ExitOk));
    QVERIFY(run.out.contains(QStringLiteral("raster-info")));
    const CliRun none = runTool({});
    QCOMPARE(none.exitCode, int(ExitUsage));
    QVERIFY(none.err.contains(QStringLiteral("Usage: tanhui-cli")));
}

void TestCliGeneral::unknownCommand()
{
    const CliRun run = runTool({QStringLiteral("estimat")});
    QCOMPARE(run.exitCode, int(ExitUsage));
    QVERIFY(run.err.contains(QStringLiteral("\"estimat\"")));
}

void TestCliGeneral::rasterInfo()
{
    const QString path =
        tanhui::test::realDataPath(QStringLiteral("landscapemetrics_landcover/augusta_nlcd.tif"));
    TANHUI_REQUIRE_REAL_DATA(path);
    const CliRun run = runTool({QStringLiteral("raster-info"), path});
    QCOMPARE(run.exitCode, int(ExitOk));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("width")).toInt(), 678);
    QCOMPARE(json.value(QStringLiteral("height")).toInt(), 440);
    QCOMPARE(json.value(QStringLiteral("nodata")).toDouble(), 255.0);
}

void TestCliGeneral::rasterInfoMissingFile()
{
    const CliRun run = runTool({QStringLiteral("raster-info"), QStringLiteral("/no/such.tif")});
    QCOMPARE(run.exitCode, int(ExitInputError));
    QCOMPARE(run.err.trimmed(), QStringLiteral("/no/such.tif: file not found"));
    QVERIFY(run.out.isEmpty());
}

void TestCliGeneral::rasterInfoWrongArguments()
{
    const CliRun run = runTool({QStringLiteral("raster-info")});
    QCOMPARE(run.exitCode, int(ExitUsage));
    QVERIFY(run.err.contains(QStringLiteral("expected 1 file argument")));
}

// Output on a full disk exited 0: a script took the empty result for a finished one.
void TestCliGeneral::resultsNotWrittenAreAnError()
{
    QProcess cli;
    cli.setStandardOutputFile(QStringLiteral("/dev/full"));
    cli.start(QStringLiteral(TANHUI_CLI_PATH), {QStringLiteral("--version")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), int(cli::ExitOutputError));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("could not be written to the standard output")),
             qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("No space left on device")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCliGeneral)
#include "tst_cli_general.moc"
