// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>

#include "clitest.h"

using namespace tanhui::test;

class TestCliEstimate : public QObject, public CliFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void estimateDemo();
    void estimateCsv();
    void estimateBadInput_data();
    void estimateBadInput();
    void changeFromEstimates();
    void changeFromPairedPlots();
    void changeRejectsNonEstimateJson();
    void planDemo();
};

void TestCliEstimate::initTestCase()
{
    setUpCli();
}

// The demo inventory (Soares et al. exfm2); R survey: mean 106.47059489303,
// SE 2.51015820152156, df 54.
void TestCliEstimate::estimateDemo()
{
    const CliRun run = runTool({QStringLiteral("estimate"), QStringLiteral("--plots"),
                                demo("plots.csv"), QStringLiteral("--areas"), demo("areas.csv"),
                                QStringLiteral("--value"), QStringLiteral("volume_m3ha")});
    QCOMPARE(run.exitCode, int(ExitOk));
    QVERIFY(run.err.isEmpty());
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject overall = json.value(QStringLiteral("overall")).toObject();
    TANHUI_COMPARE_REL(overall.value(QStringLiteral("mean")).toDouble(), 106.47059489303, 1e-12);
    TANHUI_COMPARE_REL(overall.value(QStringLiteral("se")).toDouble(), 2.51015820152156, 1e-12);
    QCOMPARE(overall.value(QStringLiteral("df")).toInt(), 54);
    QCOMPARE(overall.value(QStringLiteral("discount_pct")).toDouble(), 0.0);
    const QJsonArray strata = json.value(QStringLiteral("strata")).toArray();
    QCOMPARE(strata.size(), 3);
    QCOMPARE(strata[0].toObject().value(QStringLiteral("stratum")).toString(),
             QStringLiteral("S1"));
    QCOMPARE(strata[0].toObject().value(QStringLiteral("n")).toInt(), 14);
    for (const char* key : {"n", "mean", "sd", "se", "area_ha", "total"})
        QVERIFY2(strata[1].toObject().contains(QLatin1String(key)), key);
    for (const char* key : {"mean", "se", "total", "total_se", "df", "t", "ci_half_width",
                            "uncertainty_pct", "discount_pct", "conservative_total"})
        QVERIFY2(overall.contains(QLatin1String(key)), key);
}

void TestCliEstimate::estimateCsv()
{
    const CliRun run =
        runTool({QStringLiteral("estimate"), QStringLiteral("--plots"), demo("plots.csv"),
                 QStringLiteral("--areas"), demo("areas.csv"), QStringLiteral("--value"),
                 QStringLiteral("volume_m3ha"), QStringLiteral("--format"), QStringLiteral("csv"),
                 QStringLiteral("--fpc-plot-area"), QStringLiteral("0.1")});
    QCOMPARE(run.exitCode, int(ExitOk));
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 5);
    const QStringList overall = lines.last().split(QLatin1Char(','));
    QCOMPARE(overall[0], QStringLiteral("overall"));
    TANHUI_COMPARE_REL(overall[5].toDouble(), 2.34090007392255, 1e-12); // R survey with fpc
}

void TestCliEstimate::estimateBadInput_data()
{
    QTest::addColumn<QByteArray>("plots");
    QTest::addColumn<QByteArray>("areas");
    QTest::addColumn<QString>("message");
    const QByteArray areas = "stratum,area_ha\nA,10\nB,20\n";
    QTest::newRow("non-numeric value")
        << QByteArray("stratum,plot_id,value\nA,1,3\nA,2,4\nB,3,12\xe5\x8e\x98\nB,4,5\n") << areas
        << QStringLiteral("plots.csv, row 4, column \"value\": a number was expected (\"12厘\")");
    QTest::newRow("missing column")
        << QByteArray("stratum,plot,val\nA,1,3\n") << areas
        << QStringLiteral("plots.csv, row 1, column \"value\": a required column is missing "
                          "(columns present: stratum, plot, val)");
    QTest::newRow("one plot")
        << QByteArray("stratum,plot_id,value\nA,1,3\nA,2,4\nB,3,1\n") << areas
        << QStringLiteral("plots.csv, column \"stratum\": not enough observations (stratum B has "
                          "1 plot(s); a variance needs at least 2)");
    QTest::newRow("zero area")
        << QByteArray("stratum,plot_id,value\nA,1,3\nA,2,4\n")
        << QByteArray("stratum,area_ha\nA,0\n")
        << QStringLiteral("areas.csv, row 2, column \"area_ha\": the value is outside the allowed "
                          "range (area must be positive, got 0)");
    QTest::newRow("duplicate plot")
        << QByteArray("stratum,plot_id,value\nA,1,3\nA,2,4\nB,1,1\nB,4,2\n") << areas
        << QStringLiteral("plots.csv, row 4, column \"plot_id\": the identifier appears more than "
                          "once (plot 1 appears twice)");
    QTest::newRow("plot outside every stratum")
        << QByteArray("stratum,plot_id,value\nA,1,3\nA,2,4\nC,3,1\n") << areas
        << QStringLiteral(
               "plots.csv, row 4, column \"stratum\": the name is not known (plot 3 is in "
               "stratum C, which has no area)");
}

void TestCliEstimate::estimateBadInput()
{
    QFETCH(QByteArray, plots);
    QFETCH(QByteArray, areas);
    QFETCH(QString, message);
    const QString plotPath = write(QStringLiteral("plots.csv"), plots);
    const QString areaPath = write(QStringLiteral("areas.csv"), areas);
    const CliRun run = runTool({QStringLiteral("estimate"), QStringLiteral("--plots"), plotPath,
                                QStringLiteral("--areas"), areaPath});
    QCOMPARE(run.exitCode, int(ExitInputError));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.trimmed(), m_dir.path() + QLatin1Char('/') + message);
}

// Method A on estimate JSONs: 1000 ± 5 % → 1500 ± 4 % over 4.417 years.
void TestCliEstimate::changeFromEstimates()
{
    const QString e1 =
        write(QStringLiteral("e1.json"), R"({"overall": {"total": 1000, "uncertainty_pct": 5}})");
    const QString e2 =
        write(QStringLiteral("e2.json"), R"({"overall": {"total": 1500, "uncertainty_pct": 4}})");
    const CliRun run =
        runTool({QStringLiteral("change"), QStringLiteral("--from"), e1, QStringLiteral("--to"), e2,
                 QStringLiteral("--years"), QStringLiteral("4.417")});
    QCOMPARE(run.exitCode, int(ExitOk));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("change")).toDouble(), 500.0);
    TANHUI_COMPARE_REL(json.value(QStringLiteral("uncertainty_pct")).toDouble(),
                       100.0 * std::sqrt(6100.0) / 500.0, 1e-14);
    QCOMPARE(json.value(QStringLiteral("discount_pct")).toDouble(), 50.0);
    TANHUI_COMPARE_REL(json.value(QStringLiteral("annual_change")).toDouble(), 500.0 / 4.417,
                       1e-14);
    const CliRun dated =
        runTool({QStringLiteral("change"), QStringLiteral("--from"), e1, QStringLiteral("--to"), e2,
                 QStringLiteral("--from-date"), QStringLiteral("2018-05-01"),
                 QStringLiteral("--to-date"), QStringLiteral("2022-10-01")});
    QCOMPARE(dated.exitCode, int(ExitOk));
    const QJsonObject datedJson = QJsonDocument::fromJson(dated.out.toUtf8()).object();
    TANHUI_COMPARE_REL(datedJson.value(QStringLiteral("years")).toDouble(), 4.0 + 153.0 / 365.0,
                       1e-15);
}

void TestCliEstimate::changeFromPairedPlots()
{
    const QString p1 = write(QStringLiteral("p1.csv"), "stratum,plot_id,value\nyoung,1,10\n"
                                                       "young,2,12\nyoung,3,9\nyoung,4,40\n"
                                                       "old,5,80\nold,6,95\n");
    const QString p2 = write(QStringLiteral("p2.csv"), "stratum,plot_id,value\nyoung,1,16\n"
                                                       "young,2,17\nyoung,3,15\nold,4,48\n"
                                                       "old,5,85\nold,6,99\n");
    const QString a = write(QStringLiteral("a.csv"), "stratum,area_ha\nyoung,30\nold,70\n");
    const CliRun run = runTool({QStringLiteral("change"), QStringLiteral("--from-plots"), p1,
                                QStringLiteral("--to-plots"), p2, QStringLiteral("--areas"), a,
                                QStringLiteral("--years"), QStringLiteral("5")});
    QCOMPARE(run.exitCode, int(ExitOk));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    TANHUI_COMPARE_REL(json.value(QStringLiteral("change")).toDouble(), 1700.0 / 3.0, 1e-14);
    const QJsonObject perHa = json.value(QStringLiteral("per_hectare_change")).toObject();
    QCOMPARE(perHa.value(QStringLiteral("overall")).toObject().value(QStringLiteral("df")).toInt(),
             4);
}

void TestCliEstimate::changeRejectsNonEstimateJson()
{
    const QString e1 = write(QStringLiteral("bad.json"), R"({"total": 1000})");
    const CliRun run =
        runTool({QStringLiteral("change"), QStringLiteral("--from"), e1, QStringLiteral("--to"), e1,
                 QStringLiteral("--years"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, int(ExitInputError));
    QVERIFY(run.err.contains(QStringLiteral("bad.json, column \"overall.total\"")));
}

void TestCliEstimate::planDemo()
{
    const CliRun run = runTool({QStringLiteral("plan"), QStringLiteral("--plots"),
                                demo("plots.csv"), QStringLiteral("--areas"), demo("areas.csv"),
                                QStringLiteral("--value"), QStringLiteral("volume_m3ha"),
                                QStringLiteral("--target"), QStringLiteral("0.02")});
    QCOMPARE(run.exitCode, int(ExitOk));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    // E = 2 % of 106.4706; n = (1.6449 / E)² (Σ w_i s_i)² with the demo's stratum SDs.
    const double sumWs = 0.32 * 14.774495398683312 + (16.4 / 45.0) * 19.015990501071517 +
                         (14.2 / 45.0) * 23.0633043579002;
    const double e = 0.02 * 106.47059489302967;
    TANHUI_COMPARE_REL(json.value(QStringLiteral("n")).toDouble(),
                       std::pow(1.6448536269514722 / e * sumWs, 2), 1e-12);
    QVERIFY(json.value(QStringLiteral("still_needed")).toInt() > 0);
}

QTEST_GUILESS_MAIN(TestCliEstimate)
#include "tst_cli_estimate.moc"
