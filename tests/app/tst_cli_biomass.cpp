// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>

#include "clitest.h"

using namespace tanhui::test;

class TestCliBiomass : public QObject, public CliFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void biomassNouragues();
    void biomassChineseTallyToEstimate();
    void biomassUnknownSpecies();
    void uncertaintyBudget();
};

void TestCliBiomass::initTestCase()
{
    setUpCli();
}

// Chave et al. 2014 Eq. 4 on Nouragues NB1 (1 ha) with the shipped parameter set:
// R BIOMASS 3.0 gives 463.588594 Mg.
void TestCliBiomass::biomassNouragues()
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
    const QJsonArray used = set.value(QStringLiteral("species_used")).toArray();
    QCOMPARE(used.size(), 1);
    QCOMPARE(used.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("SECONDARY"));
}

// A GBK tally with Chinese headers → plot CO2e per ha → stratified estimate.
void TestCliBiomass::biomassChineseTallyToEstimate()
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
    // The same run as JSON names the status of the parameters it used.
    const CliRun biomassJson = runTool({QStringLiteral("biomass"), QStringLiteral("--trees"), trees,
                                        QStringLiteral("--plots"), plots});
    QCOMPARE(biomassJson.exitCode, int(ExitOk));
    const QJsonArray used = QJsonDocument::fromJson(biomassJson.out.toUtf8())
                                .object()
                                .value(QStringLiteral("parameter_set"))
                                .toObject()
                                .value(QStringLiteral("species_used"))
                                .toArray();
    QCOMPARE(used.size(), 1);
    QCOMPARE(used.at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("UNCONFIRMED"));
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

void TestCliBiomass::biomassUnknownSpecies()
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
void TestCliBiomass::uncertaintyBudget()
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
             QStringLiteral("2026.2"));
    QVERIFY(budget.value(QStringLiteral("parameters")).toDouble() < 1e-9);
    QCOMPARE(runTool(args).out, run.out); // same seed, same figures
}

QTEST_GUILESS_MAIN(TestCliBiomass)
#include "tst_cli_biomass.moc"
