// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <cmath>
#include <map>

#include "tanhui/store/project.h"

#include "cliapp.h"
#include "languagemanager.h"
#include "testutil.h"

using namespace tanhui::ui;

namespace {
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runTool(QStringList arguments)
{
    arguments.prepend(QStringLiteral("tanhui-cli"));
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = runCli(arguments, out, err);
    out.flush();
    err.flush();
    return run;
}
} // namespace

class TestCli : public QObject
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
    void estimateDemo();
    void estimateCsv();
    void estimateBadInput_data();
    void estimateBadInput();
    void changeFromEstimates();
    void changeFromPairedPlots();
    void changeRejectsNonEstimateJson();
    void planDemo();
    void biomassNouragues();
    void biomassChineseTallyToEstimate();
    void biomassUnknownSpecies();
    void uncertaintyBudget();
    void areasFragstats();
    void areasRulesGeographic();
    void areasBadInput();
    void areasOfStands();
    void areasByAgeGroups();
    void samplePlotsIntoStrata();
    void areasInsideBoundary();
    void areasOfStackedRasters();
    void areasRespectMaskBand();
    void samplePointsInStands();
    void sampleWarnsOfBallparkDatums();
    void projectWorkflow();
    void projectComputeMistakes();
    void demoIsDeterministicAndConsistent();

private:
    QString write(const QString& name, const QByteArray& bytes);
    QString demo(const char* file) const
    {
        return QStringLiteral(TANHUI_SOURCE_DIR "/resources/demo/") + QLatin1String(file);
    }
    LanguageManager m_languages;
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_languages.apply(QStringLiteral("en"));
}

void TestCli::version()
{
    const CliRun run = runTool({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, int(ExitOk));
    QVERIFY(run.out.startsWith(QStringLiteral("tanhui-cli 0.")));
    QVERIFY(run.out.contains(QStringLiteral("GDAL 3.")));
    QVERIFY(run.out.contains(QStringLiteral("PROJ 9.")));
    QVERIFY(run.out.contains(QStringLiteral("SQLite 3.")));
}

void TestCli::helpListsCommands()
{
    const CliRun run = runTool({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, int(ExitOk));
    QVERIFY(run.out.contains(QStringLiteral("raster-info")));
    const CliRun none = runTool({});
    QCOMPARE(none.exitCode, int(ExitUsage));
    QVERIFY(none.err.contains(QStringLiteral("Usage: tanhui-cli")));
}

void TestCli::unknownCommand()
{
    const CliRun run = runTool({QStringLiteral("estimat")});
    QCOMPARE(run.exitCode, int(ExitUsage));
    QVERIFY(run.err.contains(QStringLiteral("\"estimat\"")));
}

void TestCli::rasterInfo()
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

void TestCli::rasterInfoMissingFile()
{
    const CliRun run = runTool({QStringLiteral("raster-info"), QStringLiteral("/no/such.tif")});
    QCOMPARE(run.exitCode, int(ExitInputError));
    QCOMPARE(run.err.trimmed(), QStringLiteral("/no/such.tif: file not found"));
    QVERIFY(run.out.isEmpty());
}

void TestCli::rasterInfoWrongArguments()
{
    const CliRun run = runTool({QStringLiteral("raster-info")});
    QCOMPARE(run.exitCode, int(ExitUsage));
    QVERIFY(run.err.contains(QStringLiteral("expected 1 file argument")));
}

QString TestCli::write(const QString& name, const QByteArray& bytes)
{
    return tanhui::test::writeFile(QDir(m_dir.path()), name, bytes);
}

// The demo inventory (Soares et al. exfm2); R survey: mean 106.47059489303,
// SE 2.51015820152156, df 54.
void TestCli::estimateDemo()
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

void TestCli::estimateCsv()
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

void TestCli::estimateBadInput_data()
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

void TestCli::estimateBadInput()
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
void TestCli::changeFromEstimates()
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

void TestCli::changeFromPairedPlots()
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

void TestCli::changeRejectsNonEstimateJson()
{
    const QString e1 = write(QStringLiteral("bad.json"), R"({"total": 1000})");
    const CliRun run =
        runTool({QStringLiteral("change"), QStringLiteral("--from"), e1, QStringLiteral("--to"), e1,
                 QStringLiteral("--years"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, int(ExitInputError));
    QVERIFY(run.err.contains(QStringLiteral("bad.json, column \"overall.total\"")));
}

void TestCli::planDemo()
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

// Chave et al. 2014 Eq. 4 on Nouragues NB1 (1 ha) with the shipped parameter set:
// R BIOMASS 3.0 gives 463.588594 Mg.
void TestCli::biomassNouragues()
{
    const QString source =
        tanhui::test::realDataPath(QStringLiteral("biomass_nouragues/NouraguesPlot_NB1.csv"));
    TANHUI_REQUIRE_REAL_DATA(source);
    QFile in(source);
    QVERIFY(in.open(QIODevice::ReadOnly | QIODevice::Text));
    QByteArray tally = "plot_id,species,dbh,height,wd\n";
    in.readLine();
    while (!in.atEnd()) {
        const QList<QByteArray> c = in.readLine().trimmed().split(',');
        tally += c[0] + ",Chave 2014," + c[3] + ',' + c[5] + ',' + c[4] + '\n';
    }
    const QString trees = write(QStringLiteral("nb1.csv"), tally);
    const CliRun run = runTool({QStringLiteral("biomass"), QStringLiteral("--trees"), trees,
                                QStringLiteral("--plot-area-ha"), QStringLiteral("1")});
    QCOMPARE(run.exitCode, int(ExitOk));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject plot = json.value(QStringLiteral("plots")).toArray().at(0).toObject();
    TANHUI_COMPARE_REL(plot.value(QStringLiteral("agb_t_ha")).toDouble(), 463.588594, 1e-8);
    QCOMPARE(plot.value(QStringLiteral("live_trees")).toInt(), 542);
    QCOMPARE(json.value(QStringLiteral("trees")).toArray().size(), 542);
    const QJsonObject set = json.value(QStringLiteral("parameter_set")).toObject();
    QCOMPARE(set.value(QStringLiteral("name")).toString(), QStringLiteral("tanhui-default"));
    QCOMPARE(set.value(QStringLiteral("sha256")).toString().size(), 64);
    QVERIFY(run.err.contains(QStringLiteral("SECONDARY")));
}

// A GBK tally with Chinese headers → plot CO2e per ha → stratified estimate.
void TestCli::biomassChineseTallyToEstimate()
{
    // 样地号,树种,胸径,树高 / rows of 杉木 (\xc9\xbc\xc4\xbe in GBK)
    QByteArray tally = "\xd1\xf9\xb5\xd8\xba\xc5,\xca\xf7\xd6\xd6,\xd0\xd8\xbe\xb6,"
                       "\xca\xf7\xb8\xdf\n";
    const char* rows[] = {"a1,12,9",  "a1,14,10", "a2,10,8", "b1,20,15",
                          "b1,22,16", "b2,18,14", "b2,25,17"};
    for (const char* r : rows) {
        const QList<QByteArray> c = QByteArray(r).split(',');
        tally += c[0] + ",\xc9\xbc\xc4\xbe," + c[1] + ',' + c[2] + '\n';
    }
    const QString trees = write(QStringLiteral("tally_gbk.csv"), tally);
    const QString plots =
        write(QStringLiteral("plots.csv"), "plot_id,stratum,area_m2\na1,young,667\na2,young,667\n"
                                           "a3,young,667\nb1,middle,667\nb2,middle,667\n");
    const CliRun biomass = runTool({QStringLiteral("biomass"), QStringLiteral("--trees"), trees,
                                    QStringLiteral("--plots"), plots, QStringLiteral("--format"),
                                    QStringLiteral("csv")});
    QCOMPARE(biomass.exitCode, int(ExitOk));
    QVERIFY(biomass.err.contains(QStringLiteral("UNCONFIRMED")));
    const QString plotValues = write(QStringLiteral("plot_values.csv"), biomass.out.toUtf8());
    const QString areas =
        write(QStringLiteral("areas.csv"), "stratum,area_ha\nyoung,120\nmiddle,80\n");
    const CliRun estimate = runTool({QStringLiteral("estimate"), QStringLiteral("--plots"),
                                     plotValues, QStringLiteral("--areas"), areas,
                                     QStringLiteral("--value"), QStringLiteral("co2e_t_ha")});
    QCOMPARE(estimate.exitCode, int(ExitOk));
    const QJsonObject json = QJsonDocument::fromJson(estimate.out.toUtf8()).object();
    const QJsonArray strata = json.value(QStringLiteral("strata")).toArray();
    QCOMPARE(strata.at(0).toObject().value(QStringLiteral("n")).toInt(), 3); // a3: no trees
    // Expected young mean from the volume route by hand (LY 208-77 杉木, factors of the set).
    auto co2e = [](double d, double h) {
        const double v = 0.000058777042 * std::pow(d, 1.9699831) * std::pow(h, 0.89646157);
        return v * 0.307 * 1.634 * 1.246 * 0.52 * 44.0 / 12.0 / 0.0667;
    };
    const double young = (co2e(12, 9) + co2e(14, 10) + co2e(10, 8)) / 3.0;
    TANHUI_COMPARE_REL(strata.at(0).toObject().value(QStringLiteral("mean")).toDouble(), young,
                       1e-12);
}

void TestCli::biomassUnknownSpecies()
{
    const QString trees = write(QStringLiteral("t.csv"),
                                "plot_id,species,dbh,height\np1,杉木,12,9\np1,Ginkgo,10,8\n");
    const CliRun run = runTool({QStringLiteral("biomass"), QStringLiteral("--trees"), trees,
                                QStringLiteral("--plot-area-ha"), QStringLiteral("0.1")});
    QCOMPARE(run.exitCode, int(ExitInputError));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.trimmed(),
             trees + QStringLiteral(", row 3, column \"species\": the name is not known (species "
                                    "\"Ginkgo\" is not in parameter set tanhui-default)"));
}

// Chave 2014 trees carry a residual SD (0.357 on the ln scale) and no parameter SDs: the
// budget splits between sampling and allometry, and the run is reproducible by seed.
void TestCli::uncertaintyBudget()
{
    QByteArray tally = "plot_id,species,dbh,height,wd\n";
    for (int p = 0; p < 6; ++p)
        for (int t = 0; t < 8; ++t)
            tally += "p" + QByteArray::number(p) + ",Chave 2014," +
                     QByteArray::number(10 + 3 * t + p) + ',' + QByteArray::number(12 + t) +
                     ",0.6\n";
    const QString trees = write(QStringLiteral("mc_trees.csv"), tally);
    const QString plots = write(QStringLiteral("mc_plots.csv"),
                                "plot_id,stratum,area_ha\np0,a,0.1\np1,a,0.1\np2,a,0.1\n"
                                "p3,b,0.1\np4,b,0.1\np5,b,0.1\n");
    const QString areas = write(QStringLiteral("mc_areas.csv"), "stratum,area_ha\na,50\nb,30\n");
    const QStringList args{QStringLiteral("uncertainty"),
                           QStringLiteral("--trees"),
                           trees,
                           QStringLiteral("--plots"),
                           plots,
                           QStringLiteral("--areas"),
                           areas,
                           QStringLiteral("--iterations"),
                           QStringLiteral("2000"),
                           QStringLiteral("--seed"),
                           QStringLiteral("5")};
    const CliRun run = runTool(args);
    QCOMPARE(run.exitCode, int(ExitOk));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject budget = json.value(QStringLiteral("variance_budget_pct")).toObject();
    TANHUI_COMPARE_REL(budget.value(QStringLiteral("sampling")).toDouble() +
                           budget.value(QStringLiteral("allometry")).toDouble() +
                           budget.value(QStringLiteral("parameters")).toDouble(),
                       100.0, 1e-12);
    QVERIFY(budget.value(QStringLiteral("allometry")).toDouble() > 0.0);
    QCOMPARE(json.value(QStringLiteral("parameter_set"))
                 .toObject()
                 .value(QStringLiteral("version"))
                 .toString(),
             QStringLiteral("2026.1"));
    QVERIFY(budget.value(QStringLiteral("parameters")).toDouble() < 1e-9);
    QCOMPARE(runTool(args).out, run.out); // same seed, same figures
}

// FRAGSTATS 4 class areas of the NLCD Augusta raster: forest 41+42+43 and total.
void TestCli::areasFragstats()
{
    const QString path =
        tanhui::test::realDataPath(QStringLiteral("landscapemetrics_landcover/augusta_nlcd.tif"));
    TANHUI_REQUIRE_REAL_DATA(path);
    const CliRun run = runTool({QStringLiteral("areas"), path});
    QCOMPARE(run.exitCode, int(ExitOk));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    TANHUI_COMPARE_REL(json.value(QStringLiteral("total_area_ha")).toDouble(), 26848.80, 1e-12);
    TANHUI_COMPARE_REL(json.value(QStringLiteral("total_area_mu")).toDouble(), 26848.80 * 15,
                       1e-12);
    const QJsonArray strata = json.value(QStringLiteral("strata")).toArray();
    QCOMPARE(strata.size(), 15);
    const QJsonObject first = strata.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("value")).toDouble(), 11.0);
    QCOMPARE(first.value(QStringLiteral("pixels")).toInt(), 3575);
    TANHUI_COMPARE_REL(first.value(QStringLiteral("area_ha")).toDouble(), 321.75, 1e-12);
    QVERIFY(json.value(QStringLiteral("area_method"))
                .toString()
                .startsWith(QStringLiteral("projected")));
}

void TestCli::areasRulesGeographic()
{
    const QString path =
        tanhui::test::realDataPath(QStringLiteral("landscapemetrics_landcover/podlasie_ccilc.tif"));
    TANHUI_REQUIRE_REAL_DATA(path);
    const QString rules = write(QStringLiteral("rules.json"),
                                R"({"strata": [{"name": "forest", "values": [60, 61, 70, 90]},
                                               {"name": "rest", "min": 0, "max": 254}]})");
    const CliRun run = runTool({QStringLiteral("areas"), path, QStringLiteral("--rules"), rules});
    QCOMPARE(run.exitCode, int(ExitOk));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY(
        json.value(QStringLiteral("crs")).toObject().value(QStringLiteral("geographic")).toBool());
    // Every cell is valid: the strata add up to the ellipsoidal reference 970 342.966 ha.
    TANHUI_COMPARE_REL(json.value(QStringLiteral("total_area_ha")).toDouble(), 970342.966, 1e-9);
    QCOMPARE(json.value(QStringLiteral("unclassified_pixels")).toInt(), 0);
}

void TestCli::areasBadInput()
{
    const QString noCrs =
        tanhui::test::realDataPath(QStringLiteral("biomass_nouragues/NouraguesRaster_CHM2012.tif"));
    TANHUI_REQUIRE_REAL_DATA(noCrs);
    CliRun run = runTool({QStringLiteral("areas"), noCrs});
    QCOMPARE(run.exitCode, int(ExitInputError));
    QCOMPARE(run.err.trimmed(),
             noCrs + QStringLiteral(": the layer has no coordinate reference system"));

    const QString empty = write(QStringLiteral("empty.tif"), QByteArray());
    run = runTool({QStringLiteral("areas"), empty});
    QCOMPARE(run.exitCode, int(ExitInputError));
    QVERIFY(run.err.startsWith(empty + QStringLiteral(": ")));

    const QString augusta =
        tanhui::test::realDataPath(QStringLiteral("landscapemetrics_landcover/augusta_nlcd.tif"));
    const QString rules = write(QStringLiteral("bad_rules.json"), R"({"strata": [{"name": "x"}]})");
    run = runTool({QStringLiteral("areas"), augusta, QStringLiteral("--rules"), rules});
    QCOMPARE(run.exitCode, int(ExitInputError));
    QVERIFY(run.err.contains(QStringLiteral("every stratum needs a name")));
    QVERIFY(run.out.isEmpty());
}

// Stand polygons grouped by an attribute rule; areas are ellipsoidal and add up.
void TestCli::areasOfStands()
{
    const QString stands =
        tanhui::test::realDataPath(QStringLiteral("foresttools_bc_cutblocks/quesnelBlocks.gpkg"));
    TANHUI_REQUIRE_REAL_DATA(stands);
    const QString rules = write(QStringLiteral("stand_rules.json"), R"({"strata": [
        {"name": "first", "conditions": [{"field": "BlockID", "values": ["1050", "1020", "1021"]}]},
        {"name": "rest", "conditions": [{"field": "BlockID",
                                         "values": ["1022", "1023", "1034", "993-1", "1049"]}]}]})");
    const CliRun run = runTool({QStringLiteral("areas"), QStringLiteral("--stands"), stands,
                                QStringLiteral("--rules"), rules});
    QCOMPARE(run.exitCode, int(ExitOk));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray strata = json.value(QStringLiteral("strata")).toArray();
    QCOMPARE(strata.size(), 2);
    const double total = json.value(QStringLiteral("total_area_ha")).toDouble() +
                         json.value(QStringLiteral("unclassified_area_ha")).toDouble();
    QVERIFY(total > 0.0);
    QCOMPARE(strata.at(0).toObject().value(QStringLiteral("stands")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("unclassified_stands")).toInt(), 1); // 993-2
    QVERIFY(run.err.contains(QStringLiteral("1 stand")));
    TANHUI_COMPARE_REL(json.value(QStringLiteral("total_area_mu")).toDouble(),
                       15.0 * json.value(QStringLiteral("total_area_ha")).toDouble(), 1e-14);
    QVERIFY(
        json.value(QStringLiteral("area_method")).toString().contains(QStringLiteral("WGS 84")));

    const CliRun noRules = runTool({QStringLiteral("areas"), QStringLiteral("--stands"), stands});
    QCOMPARE(noRules.exitCode, int(ExitUsage));
}

// A 4 × 3 age raster (10 m cells, UTM 50N) of China fir plantations, ages as of 2015:
//   3  8  9 12 /  10 11 15 20 / 0 21 26 40   (0 = nodata)
// 杉木, south, planted: 幼 ≤10, 中 11–20, 近熟 21–25, 成熟 26–35, 过熟 ≥36.
void TestCli::areasByAgeGroups()
{
    const QString asc = write(QStringLiteral("ages.asc"),
                              "ncols 4\nnrows 3\nxllcorner 500000\nyllcorner 3000000\n"
                              "cellsize 10\nNODATA_value 0\n3 8 9 12\n10 11 15 20\n0 21 26 40\n");
    const QString tif = m_dir.filePath(QStringLiteral("ages.tif"));
    QProcess gdal;
    gdal.start(QStringLiteral("gdal_translate"), {QStringLiteral("-q"), QStringLiteral("-a_srs"),
                                                  QStringLiteral("EPSG:32650"), asc, tif});
    QVERIFY(gdal.waitForFinished(30000));
    QCOMPARE(gdal.exitCode(), 0);
    auto areasOf = [&](QStringList extra) {
        QStringList args{QStringLiteral("areas"), tif, QStringLiteral("--age-group"),
                         QStringLiteral("杉木")};
        args += extra;
        const CliRun run = runTool(args);
        std::map<QString, int> pixels;
        for (const QJsonValue& v : QJsonDocument::fromJson(run.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("strata"))
                                       .toArray())
            pixels[v.toObject().value(QStringLiteral("stratum")).toString()] =
                v.toObject().value(QStringLiteral("pixels")).toInt();
        return std::pair{run, pixels};
    };
    auto [run, pixels] = areasOf({});
    QCOMPARE(run.exitCode, int(ExitOk));
    QCOMPARE(pixels[QStringLiteral("young")], 4);  // 3 8 9 10
    QCOMPARE(pixels[QStringLiteral("middle")], 4); // 12 11 15 20
    QCOMPARE(pixels[QStringLiteral("mature")], 3); // 21 26 40
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("nodata_pixels")).toInt(), 1);
    TANHUI_COMPARE_REL(json.value(QStringLiteral("total_area_ha")).toDouble(), 11 * 0.01, 1e-12);
    QCOMPARE(json.value(QStringLiteral("age_groups"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("CONFIRMED"));

    // Rolled forward from 2015 to a 2024 monitoring: nine years older.
    auto [later, laterPixels] = areasOf({QStringLiteral("--base-year"), QStringLiteral("2015"),
                                         QStringLiteral("--date"), QStringLiteral("2024-06-30")});
    QCOMPARE(later.exitCode, int(ExitOk));
    // 12 17 18 21 / 19 20 24 29 / 30 35 49
    QCOMPARE(laterPixels.count(QStringLiteral("young")) ? laterPixels[QStringLiteral("young")] : 0,
             0);
    QCOMPARE(laterPixels[QStringLiteral("middle")], 5);
    QCOMPARE(laterPixels[QStringLiteral("mature")], 6);

    // Five classes, named by the project.
    auto [five, fivePixels] =
        areasOf({QStringLiteral("--mapping"), QStringLiteral("幼=1;中=2;近熟=3;成熟=4;过熟=5")});
    QCOMPARE(five.exitCode, int(ExitOk));
    QCOMPARE(fivePixels[QStringLiteral("近熟")], 1);
    QCOMPARE(fivePixels[QStringLiteral("成熟")], 1);
    QCOMPARE(fivePixels[QStringLiteral("过熟")], 1);

    const CliRun unknown =
        runTool({QStringLiteral("areas"), tif, QStringLiteral("--age-group"),
                 QStringLiteral("杉木"), QStringLiteral("--region"), QStringLiteral("north")});
    QCOMPARE(unknown.exitCode, int(ExitInputError));
    QVERIFY(unknown.err.contains(QStringLiteral("no row for species group 杉木")));
}

// Plots located in the age raster of areasByAgeGroups: assigned their stratum, recorded
// strata that disagree flagged, plots outside or on nodata reported, none dropped.
void TestCli::samplePlotsIntoStrata()
{
    const QString asc = write(QStringLiteral("ages2.asc"),
                              "ncols 4\nnrows 3\nxllcorner 500000\nyllcorner 3000000\n"
                              "cellsize 10\nNODATA_value 0\n3 8 9 12\n10 11 15 20\n0 21 26 40\n");
    const QString tif = m_dir.filePath(QStringLiteral("ages2.tif"));
    QProcess gdal;
    gdal.start(QStringLiteral("gdal_translate"), {QStringLiteral("-q"), QStringLiteral("-a_srs"),
                                                  QStringLiteral("EPSG:32650"), asc, tif});
    QVERIFY(gdal.waitForFinished(30000));
    // Cell centres: x = 500005 + 10·col, y = 3000025 − 10·row.
    const QString plots = write(QStringLiteral("plots_xy.csv"),
                                "plot_id,x,y,stratum\n"
                                "P1,500005,3000025,young\n"   // 3  → young, agrees
                                "P2,500035,3000025,young\n"   // 12 → middle, disagrees
                                "P3,500025,3000005,mature\n"  // 26 → mature, agrees
                                "P4,500005,3000005,young\n"   // nodata
                                "P5,499000,3000005,young\n"); // outside
    const CliRun run = runTool({QStringLiteral("sample"), tif, QStringLiteral("--points"), plots,
                                QStringLiteral("--crs"), QStringLiteral("EPSG:32650"),
                                QStringLiteral("--age-group"), QStringLiteral("7"),
                                QStringLiteral("--stratum-column"), QStringLiteral("stratum")});
    QCOMPARE(run.exitCode, int(ExitOk));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray points = json.value(QStringLiteral("points")).toArray();
    QCOMPARE(points.size(), 5);
    auto field = [&](int i, const char* key) {
        return points.at(i).toObject().value(QLatin1String(key));
    };
    QCOMPARE(field(0, "stratum").toString(), QStringLiteral("young"));
    QCOMPARE(field(0, "agrees").toBool(), true);
    QCOMPARE(field(1, "stratum").toString(), QStringLiteral("middle"));
    QCOMPARE(field(1, "agrees").toBool(), false);
    QCOMPARE(field(2, "stratum").toString(), QStringLiteral("mature"));
    QCOMPARE(field(3, "status").toString(), QStringLiteral("nodata"));
    QCOMPARE(field(4, "status").toString(), QStringLiteral("outside"));
    QCOMPARE(json.value(QStringLiteral("outside")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("nodata")).toInt(), 1);
    QVERIFY(run.err.contains(QStringLiteral("1 point(s) outside the raster, 1 on nodata")));
    QVERIFY(run.err.contains(QStringLiteral("differs from the map")));
}

// A project boundary over the CCI Podlasie raster: the areas inside it equal those of a copy
// whose cells outside the boundary gdal_rasterize set to nodata (same centre-inside rule).
void TestCli::areasInsideBoundary()
{
    const QString raster =
        tanhui::test::realDataPath(QStringLiteral("landscapemetrics_landcover/podlasie_ccilc.tif"));
    TANHUI_REQUIRE_REAL_DATA(raster);
    const QString boundary =
        write(QStringLiteral("boundary.geojson"),
              R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
            "geometry": {"type": "Polygon", "coordinates": [[[22.5, 53.7], [23.3, 53.5],
            [23.0, 53.0], [22.6, 53.1], [22.5, 53.7]]]}}]})");
    const CliRun inside = runTool({QStringLiteral("areas"), raster, QStringLiteral("--boundary"),
                                   boundary, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(inside.exitCode, int(ExitOk));

    const QString burnt = m_dir.filePath(QStringLiteral("podlasie_cut.tif"));
    QVERIFY(QFile::copy(raster, burnt));
    QProcess gdal;
    gdal.start(QStringLiteral("gdal_rasterize"),
               {QStringLiteral("-q"), QStringLiteral("-i"), QStringLiteral("-burn"),
                QStringLiteral("255"), boundary, burnt});
    QVERIFY(gdal.waitForFinished(60000));
    QCOMPARE(gdal.exitCode(), 0);
    const CliRun reference = runTool(
        {QStringLiteral("areas"), burnt, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(reference.exitCode, int(ExitOk));
    // Same strata, pixels and areas; the boundary run also lists classes absent inside it.
    QStringList insideRows;
    for (const QString& line : inside.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.contains(QStringLiteral(",0,0,0")))
            insideRows << line;
    QCOMPARE(insideRows, reference.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts));

    // A boundary in another CRS is refused with both CRSs named, unless reprojection is chosen.
    const QString augusta =
        tanhui::test::realDataPath(QStringLiteral("landscapemetrics_landcover/augusta_nlcd.tif"));
    const QString lonLat =
        write(QStringLiteral("augusta_boundary.geojson"),
              R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
            "geometry": {"type": "Polygon", "coordinates": [[[-82.35, 33.5], [-82.25, 33.5],
            [-82.25, 33.57], [-82.35, 33.57], [-82.35, 33.5]]]}}]})");
    const CliRun mismatch =
        runTool({QStringLiteral("areas"), augusta, QStringLiteral("--boundary"), lonLat});
    QCOMPARE(mismatch.exitCode, int(ExitInputError));
    QVERIFY(mismatch.err.contains(QStringLiteral("WGS 84")));
    QVERIFY(mismatch.err.contains(QStringLiteral("Albers")));
    const CliRun reprojected =
        runTool({QStringLiteral("areas"), augusta, QStringLiteral("--boundary"), lonLat,
                 QStringLiteral("--reproject-boundary")});
    QCOMPARE(reprojected.exitCode, int(ExitOk));
    const double total = QJsonDocument::fromJson(reprojected.out.toUtf8())
                             .object()
                             .value(QStringLiteral("total_area_ha"))
                             .toDouble();
    QVERIFY(total > 0.0 && total < 26848.80);
}

// Age, species-group and origin rasters on one grid (UTM 50N, 10 m):
//   ages     3  8  9 12 / 10 11 15 20 / 0 21 26 40
//   groups   7  7  3  3 /  7  7  3  3 / 7  7  3  3
//   origins  2  2  2  2 /  2  2  2  1 / 2  2  2  2      (1 natural, 2 planted)
// South: 7/planted ≤10 young, 11–20 middle, 21+ mature; 3/planted ≤10, 11–20, 21+;
// 3/natural ≤20 young.
void TestCli::areasOfStackedRasters()
{
    auto raster = [&](const QString& name, const QByteArray& rows, int cols = 4,
                      const char* srs = "EPSG:32650") {
        const QString asc = write(name + QStringLiteral(".asc"),
                                  "ncols " + QByteArray::number(cols) +
                                      "\nnrows 3\nxllcorner 500000\nyllcorner 3000000\n"
                                      "cellsize 10\nNODATA_value 0\n" +
                                      rows);
        const QString tif = m_dir.filePath(name + QStringLiteral(".tif"));
        QProcess gdal;
        gdal.start(QStringLiteral("gdal_translate"),
                   {QStringLiteral("-q"), QStringLiteral("-a_srs"), QLatin1String(srs), asc, tif});
        gdal.waitForFinished(30000);
        return tif;
    };
    const QString ages = raster(QStringLiteral("st_ages"), "3 8 9 12\n10 11 15 20\n0 21 26 40\n");
    const QString groups = raster(QStringLiteral("st_groups"), "7 7 3 3\n7 7 3 3\n7 7 3 3\n");
    const QString origins = raster(QStringLiteral("st_origins"), "2 2 2 2\n2 2 2 1\n2 2 2 2\n");
    const CliRun run = runTool({QStringLiteral("areas"), ages, QStringLiteral("--species-raster"),
                                groups, QStringLiteral("--origin-raster"), origins,
                                QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(run.exitCode, int(ExitOk));
    std::map<QString, int> pixels;
    for (const QString& line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1)) {
        const QStringList cells = line.split(QLatin1Char(','));
        pixels[cells[0]] = cells[2].toInt();
    }
    QCOMPARE(pixels[QStringLiteral("7/planted/young")], 3);
    QCOMPARE(pixels[QStringLiteral("7/planted/middle")], 1);
    QCOMPARE(pixels[QStringLiteral("7/planted/mature")], 1);
    QCOMPARE(pixels[QStringLiteral("3/planted/young")], 1);
    QCOMPARE(pixels[QStringLiteral("3/planted/middle")], 2);
    QCOMPARE(pixels[QStringLiteral("3/planted/mature")], 2);
    QCOMPARE(pixels[QStringLiteral("3/natural/young")], 1);
    QVERIFY(run.err.contains(QStringLiteral("UNCONFIRMED"))); // 3/south/natural row

    // Not on the same grid: refused, saying what differs.
    const QString wider = raster(QStringLiteral("st_wide"), "7 7 3 3 3\n7 7 3 3 3\n7 7 3 3 3\n", 5);
    CliRun bad =
        runTool({QStringLiteral("areas"), ages, QStringLiteral("--species-raster"), wider});
    QCOMPARE(bad.exitCode, int(ExitInputError));
    QVERIFY(bad.err.contains(QStringLiteral("not on the same grid")));
    QVERIFY(bad.err.contains(QStringLiteral("5 × 3 cells instead of 4 × 3")));
    const QString otherCrs =
        raster(QStringLiteral("st_crs"), "7 7 3 3\n7 7 3 3\n7 7 3 3\n", 4, "EPSG:32651");
    bad = runTool({QStringLiteral("areas"), ages, QStringLiteral("--species-raster"), otherCrs});
    QCOMPARE(bad.exitCode, int(ExitInputError));
    QVERIFY(bad.err.contains(QStringLiteral("UTM zone 51N instead of WGS 84 / UTM zone 50N")));
}

// A raster with an internal mask band (no nodata value): masked cells count as nodata.
void TestCli::areasRespectMaskBand()
{
    const QString data = write(QStringLiteral("md.asc"), "ncols 4\nnrows 2\nxllcorner 500000\n"
                                                         "yllcorner 3000000\ncellsize 10\n"
                                                         "1 1 2 2\n3 3 1 2\n");
    const QString mask = write(QStringLiteral("mm.asc"), "ncols 4\nnrows 2\nxllcorner 500000\n"
                                                         "yllcorner 3000000\ncellsize 10\n"
                                                         "255 0 255 255\n0 255 255 0\n");
    const QString vrt = m_dir.filePath(QStringLiteral("masked.vrt"));
    const QString tif = m_dir.filePath(QStringLiteral("masked.tif"));
    QProcess build;
    build.start(QStringLiteral("gdalbuildvrt"),
                {QStringLiteral("-q"), QStringLiteral("-separate"), vrt, data, mask});
    QVERIFY(build.waitForFinished(30000) && build.exitCode() == 0);
    QProcess translate;
    translate.start(QStringLiteral("gdal_translate"),
                    {QStringLiteral("-q"), QStringLiteral("-a_srs"), QStringLiteral("EPSG:32650"),
                     QStringLiteral("-ot"), QStringLiteral("Byte"), QStringLiteral("-b"),
                     QStringLiteral("1"), QStringLiteral("-mask"), QStringLiteral("2"), vrt, tif});
    QVERIFY(translate.waitForFinished(30000) && translate.exitCode() == 0);
    const CliRun run = runTool({QStringLiteral("areas"), tif});
    QCOMPARE(run.exitCode, int(ExitOk));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("nodata_pixels")).toInt(), 3);
    const QJsonArray strata = json.value(QStringLiteral("strata")).toArray();
    QCOMPARE(strata.size(), 3);
    QCOMPARE(strata.at(0).toObject().value(QStringLiteral("pixels")).toInt(), 2); // value 1
    QCOMPARE(strata.at(1).toObject().value(QStringLiteral("pixels")).toInt(), 2); // value 2
    QCOMPARE(strata.at(2).toObject().value(QStringLiteral("pixels")).toInt(), 1); // value 3
}

// Tree tops located in the Kootenay cut blocks; the counts per block agree with a spatial
// join done by GDAL's SQLite dialect (ST_Intersects) on the same two layers.
void TestCli::samplePointsInStands()
{
    const QString dir = tanhui::test::realDataPath(QStringLiteral("foresttools_bc_cutblocks/"));
    TANHUI_REQUIRE_REAL_DATA(dir);
    const QString blocks = dir + QStringLiteral("kootenayBlocks.gpkg");
    const QString trees = dir + QStringLiteral("kootenayTrees.gpkg");
    const QString rules = write(QStringLiteral("block_rules.json"), R"({"strata": [
        {"name": "101", "conditions": [{"field": "BlockID", "values": ["101"]}]},
        {"name": "113", "conditions": [{"field": "BlockID", "values": ["113"]}]},
        {"name": "3308", "conditions": [{"field": "BlockID", "values": ["3308"]}]}]})");
    const CliRun run =
        runTool({QStringLiteral("sample"), QStringLiteral("--stands"), blocks,
                 QStringLiteral("--rules"), rules, QStringLiteral("--points"), trees});
    QCOMPARE(run.exitCode, int(ExitOk));
    std::map<QString, int> ours;
    for (const QJsonValue& p : QJsonDocument::fromJson(run.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("points"))
                                   .toArray())
        ++ours[p.toObject().value(QStringLiteral("stratum")).toString()];

    const QString joined = m_dir.filePath(QStringLiteral("joined.gpkg"));
    QProcess copy;
    copy.start(QStringLiteral("ogr2ogr"), {QStringLiteral("-q"), joined, blocks});
    QVERIFY(copy.waitForFinished(30000) && copy.exitCode() == 0);
    QProcess append;
    append.start(QStringLiteral("ogr2ogr"),
                 {QStringLiteral("-q"), QStringLiteral("-update"), joined, trees});
    QVERIFY(append.waitForFinished(30000) && append.exitCode() == 0);
    QProcess sql;
    sql.start(
        QStringLiteral("ogrinfo"),
        {QStringLiteral("-q"), QStringLiteral("-dialect"), QStringLiteral("SQLite"),
         QStringLiteral("-sql"),
         QStringLiteral("SELECT b.BlockID AS block, count(*) AS n FROM kootenayBlocks b JOIN "
                        "kootenayTrees t ON ST_Intersects(b.geom, t.geom) GROUP BY b.BlockID"),
         joined});
    QVERIFY(sql.waitForFinished(60000) && sql.exitCode() == 0);
    const QStringList lines =
        QString::fromUtf8(sql.readAllStandardOutput()).split(QLatin1Char('\n'));
    int checked = 0;
    QString block;
    for (const QString& line : lines) {
        if (line.contains(QStringLiteral("block (")))
            block = line.section(QLatin1Char('='), 1).trimmed();
        if (line.contains(QStringLiteral("n (")) && !block.isEmpty()) {
            QCOMPARE(ours[block], line.section(QLatin1Char('='), 1).trimmed().toInt());
            ++checked;
        }
    }
    QCOMPARE(checked, 3);
    QCOMPARE(ours[QString()], 891 - ours[QStringLiteral("101")] - ours[QStringLiteral("113")] -
                                  ours[QStringLiteral("3308")]); // in no block: reported, kept
}

// Xian 1980 has no published transformation to WGS 84 in the EPSG database: PROJ falls
// back to a ballpark offset, which the user must be told about.
void TestCli::sampleWarnsOfBallparkDatums()
{
    const QString raster =
        tanhui::test::realDataPath(QStringLiteral("foresttools_bc_cutblocks/kootenayCHM.tif"));
    TANHUI_REQUIRE_REAL_DATA(raster);
    const QString points = write(QStringLiteral("xian80.csv"), "id,lon,lat\n1,-115.84,49.887\n");
    const CliRun xian = runTool({QStringLiteral("sample"), raster, QStringLiteral("--points"),
                                 points, QStringLiteral("--crs"), QStringLiteral("EPSG:4610")});
    QCOMPARE(xian.exitCode, int(ExitOk));
    QVERIFY(xian.err.contains(QStringLiteral("ballpark")));
    const QJsonObject t = QJsonDocument::fromJson(xian.out.toUtf8())
                              .object()
                              .value(QStringLiteral("transformation"))
                              .toObject();
    QCOMPARE(t.value(QStringLiteral("ballpark")).toBool(), true);
    const CliRun wgs84 = runTool({QStringLiteral("sample"), raster, QStringLiteral("--points"),
                                  points, QStringLiteral("--crs"), QStringLiteral("EPSG:4326")});
    QVERIFY(!wgs84.err.contains(QStringLiteral("ballpark")));
}

// create → add-period → a rejected import (every problem listed, nothing written) → import
// → seal → verify → tamper → verify fails → export.
void TestCli::projectWorkflow()
{
    const QString file = m_dir.filePath(QStringLiteral("workflow.tanhui"));
    const QString plots = write(QStringLiteral("wf_plots.csv"),
                                "plot_id,stratum,area_m2\nA1,young,667\nB1,middle,667\n");
    const QString bad = write(QStringLiteral("wf_bad.csv"),
                              "plot_id,species,dbh,height\nA1,杉木,12,9\nZ9,杉木,-3,10\n");
    const QString trees = write(QStringLiteral("wf_trees.csv"),
                                "plot_id,species,dbh,height\nA1,杉木,12,9\nB1,马尾松,20,15\n");
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
    QVERIFY(rejected.err.contains(QStringLiteral("Nothing was imported: 2 rows")));
    QCOMPARE(*tanhui::store::Project::open(file.toStdString())->count("tree"), std::int64_t(0));

    QCOMPARE(project(import + QStringList{trees}).exitCode, int(ExitOk));
    const CliRun seal =
        project({QStringLiteral("seal"), file, QStringLiteral("--period"), QStringLiteral("2024")});
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
void TestCli::projectComputeMistakes()
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
    QVERIFY(project(stratify).err.contains(QStringLiteral("exists already")));
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
void TestCli::demoIsDeterministicAndConsistent()
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
