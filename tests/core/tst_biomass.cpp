// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QFile>
#include <QTest>
#include <cmath>
#include <numbers>

#include "tanhui/core/biomass.h"
#include "tanhui/core/fielddata.h"
#include "tanhui/equation/muparsercompiler.h"

#include "testutil.h"

using namespace tanhui::core;

namespace {

const tanhui::equation::MuParserCompiler compiler;

// A plain comma-separated file without quoted commas, as a Table (tests only: the real
// reader is gis::readTable).
Table readCsv(const QString& path)
{
    Table t;
    t.source = path.toStdString();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return t;
    auto cells = [](const QByteArray& line) {
        std::vector<std::string> out;
        for (const QByteArray& c : line.trimmed().split(','))
            out.push_back(QByteArray(c).replace('"', "").toStdString());
        return out;
    };
    t.columns = cells(file.readLine());
    std::int64_t row = 1;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++row;
        if (line.trimmed().isEmpty())
            continue;
        t.rows.push_back(cells(line));
        t.rowNumbers.push_back(row);
    }
    return t;
}

ParameterSet defaultSet()
{
    const Table species =
        readCsv(QStringLiteral(TANHUI_SOURCE_DIR "/resources/parameters/default_species.csv"));
    const Table classes = readCsv(
        QStringLiteral(TANHUI_SOURCE_DIR "/resources/parameters/ipcc2006_root_shoot_classes.csv"));
    auto set = ParameterSet::fromTables(species, &classes, compiler);
    if (!set)
        qFatal("%s", set.error().detail.c_str());
    return std::move(set).value();
}

Table table(std::vector<std::string> columns, std::vector<std::vector<std::string>> rows)
{
    Table t{"test.csv", std::move(columns), std::move(rows), {}, "UTF-8"};
    for (std::size_t i = 0; i < t.rows.size(); ++i)
        t.rowNumbers.push_back(std::int64_t(i) + 2);
    return t;
}

} // namespace

class TestBiomass : public QObject
{
    Q_OBJECT
private slots:
    void shippedSetLoads();
    void chaveOnNouraguesNB1();
    void volumeRoute();
    void rootShootRules();
    void plotsAndStatus();
    void plotCoordinatesAreRead();
    void treeErrors_data();
    void treeErrors();
    void parameterErrors_data();
    void parameterErrors();
};

void TestBiomass::shippedSetLoads()
{
    const ParameterSet set = defaultSet();
    QCOMPARE(set.name, std::string("tanhui-default"));
    QCOMPARE(set.version, std::string("2026.2"));
    QVERIFY(set.find("Cunninghamia lanceolata"));
    QCOMPARE(set.find("China fir"), set.find("杉木"));
    QCOMPARE(set.find(" cunninghamia LANCEOLATA "), set.find("杉木"));
    QCOMPARE(set.find("杉木")->status, std::string("UNCONFIRMED"));
    QVERIFY(!set.find("Ginkgo biloba"));
    QCOMPARE(set.ipccRootShoot("temperate-conifer", 49.9), 0.40);
    QCOMPARE(set.ipccRootShoot("temperate-conifer", 50.0), 0.29);
    QCOMPARE(set.ipccRootShoot("temperate-conifer", 151.0), 0.20);
    QVERIFY(std::isnan(set.ipccRootShoot("temperate-quercus", 10.0)));
}

// Chave et al. (2014) Eq. 4 on the 542 trees of Nouragues plot NB1 (1 ha). R BIOMASS 3.0
// computeAGB gives 463.588594 Mg, identical to 0.0673·(WD·H·D²)^0.976 / 1000.
void TestBiomass::chaveOnNouraguesNB1()
{
    const QString path =
        tanhui::test::realDataPath(QStringLiteral("biomass_nouragues/NouraguesPlot_NB1.csv"));
    TANHUI_REQUIRE_REAL_DATA(path);
    Table tally = readCsv(path);
    QCOMPARE(tally.rows.size(), std::size_t(542));
    for (auto& row : tally.rows)
        row.push_back("pantropical-chave2014");
    tally.columns.push_back("species");
    const auto trees = treesFromTable(tally);
    QVERIFY(trees);
    const auto result = computeBiomass(*trees, {{"NB1", "", 1.0, NAN, 2}}, defaultSet(), compiler);
    QVERIFY2(result, result ? "" : result.error().detail.c_str());
    double agb = 0.0;
    for (const TreeBiomass& t : result->trees)
        agb += t.agb;
    TANHUI_COMPARE_REL(agb, 463.588594, 1e-8);
    TANHUI_COMPARE_REL(result->plots[0].agbPerHa, 463.588594, 1e-8);
    QCOMPARE(result->plots[0].liveTrees, 542);
    // AR-TOOL14 root-shoot function at the plot's AGB per ha.
    const double r = std::exp(-1.085 + 0.9256 * std::log(agb)) / agb;
    TANHUI_COMPARE_REL(result->plots[0].bgbPerHa, agb * r, 1e-12);
    TANHUI_COMPARE_REL(result->plots[0].carbonPerHa, agb * (1 + r) * 0.47, 1e-12);
    TANHUI_COMPARE_REL(result->plots[0].co2ePerHa, agb * (1 + r) * 0.47 * 44 / 12, 1e-12);
}

// 杉木 D = 20 cm, H = 15 m on the LY 208-77 volume equation, then V·WD·BEF·(1 + R)·CF.
void TestBiomass::volumeRoute()
{
    const double v = 0.000058777042 * std::pow(20.0, 1.9699831) * std::pow(15.0, 0.89646157);
    const double agb = v * 0.307 * 1.634;
    const std::vector<Tree> trees{{"p1", "杉木", 20.0, 15.0, NAN, true, 2}};
    const auto result =
        computeBiomass(trees, {{"p1", "young", 0.0667, NAN, 2}}, defaultSet(), compiler);
    QVERIFY(result);
    const TreeBiomass& t = result->trees[0];
    TANHUI_COMPARE_REL(t.agb, agb, 1e-14);
    QCOMPARE(t.rootShoot, 0.246);
    TANHUI_COMPARE_REL(t.bgb, agb * 0.246, 1e-14);
    TANHUI_COMPARE_REL(t.carbon, agb * 1.246 * 0.52, 1e-14);
    TANHUI_COMPARE_REL(result->plots[0].co2ePerHa, agb * 1.246 * 0.52 * 44 / 12 / 0.0667, 1e-14);
}

void TestBiomass::rootShootRules()
{
    // AR-TOOL14 Appendix 1 default function at b = 100 t/ha.
    TANHUI_COMPARE_REL(arTool14RootShoot(100.0), std::exp(-1.085 + 0.9256 * std::log(100.0)) / 100,
                       1e-15);
    ParameterSet set = defaultSet();
    SpeciesParameters sp = *set.find("杉木");
    sp.key = "ipcc-fir";
    sp.latinName.clear();
    sp.chineseName.clear();
    sp.aliases.clear();
    sp.rootShoot = {RootShootRule::Kind::IpccClass, 0.0, "temperate-conifer"};
    set.species.push_back(sp);
    // One tree in a 0.01 ha plot: its AGB per ha decides the class.
    const std::vector<Tree> trees{{"p", "ipcc-fir", 30.0, 20.0, NAN, true, 2}};
    const auto result = computeBiomass(trees, {{"p", "", 0.01, NAN, 2}}, set, compiler);
    QVERIFY(result);
    const double agbPerHa = result->plots[0].agbPerHa;
    QCOMPARE(result->trees[0].rootShoot, set.ipccRootShoot("temperate-conifer", agbPerHa));
}

void TestBiomass::plotsAndStatus()
{
    const Table tally = table({"样地号", "树种", "胸径", "树高", "状态"},
                              {{"p1", "杉木", "12", "9", "活"},
                               {"p1", "杉木", "14", "10", "枯死"},
                               {"p1", "pantropical-chave2014", "3", "4", "活"}});
    auto trees = treesFromTable(tally);
    QVERIFY(trees);
    QVERIFY(!(*trees)[1].alive);
    (*trees)[2].woodDensity = 0.6;
    const Table plotTable = table({"plot_id", "area_m2", "slope_deg", "stratum"},
                                  {{"p1", "667", "30", "young"}, {"p2", "667", "", "young"}});
    const auto plots = plotsFromTable(plotTable);
    QVERIFY(plots);
    TANHUI_COMPARE_REL((*plots)[0].horizontalAreaHa(), 0.0667 * std::cos(std::numbers::pi / 6),
                       1e-15);
    const auto result = computeBiomass(*trees, *plots, defaultSet(), compiler);
    QVERIFY(result);
    QCOMPARE(result->plots[0].liveTrees, 2);
    QCOMPARE(result->plots[0].deadTrees, 1);
    // D = 3 cm is below Chave's 5 cm: counted and flagged, computed as is.
    QCOMPARE(result->plots[0].outsideRangeTrees, 1);
    QVERIFY(result->trees[2].outsideRange);
    TANHUI_COMPARE_REL(result->trees[2].agb, 0.0673 * std::pow(0.6 * 4 * 9, 0.976) / 1000, 1e-14);
    QCOMPARE(result->trees[1].agb, 0.0);
    // p2 has no trees: zero is data.
    QCOMPARE(result->plots[1].liveTrees, 0);
    QCOMPARE(result->plots[1].co2ePerHa, 0.0);
    QCOMPARE(result->plots[1].stratum, std::string("young"));
}

void TestBiomass::treeErrors_data()
{
    QTest::addColumn<QByteArrayList>("row");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("column");
    QTest::newRow("unknown species")
        << QByteArrayList{"p1", "银杏", "12", "9"} << int(ErrorCode::UnknownReference) << "species";
    QTest::newRow("missing height")
        << QByteArrayList{"p1", "杉木", "12", ""} << int(ErrorCode::OutOfRange) << "height";
    QTest::newRow("negative dbh") << QByteArrayList{"p1", "杉木", "-12", "9"}
                                  << int(ErrorCode::OutOfRange) << "dbh";
    QTest::newRow("non-numeric dbh")
        << QByteArrayList{"p1", "杉木", "12cm", "9"} << int(ErrorCode::NotANumber) << "dbh";
    QTest::newRow("unknown plot") << QByteArrayList{"p9", "杉木", "12", "9"}
                                  << int(ErrorCode::UnknownReference) << "plot_id";
    QTest::newRow("no wood density")
        << QByteArrayList{"p1", "Chave 2014", "12", "9"} << int(ErrorCode::OutOfRange) << "wd";
}

void TestBiomass::treeErrors()
{
    QFETCH(QByteArrayList, row);
    QFETCH(int, code);
    QFETCH(QString, column);
    std::vector<std::string> cells;
    for (const QByteArray& c : row)
        cells.push_back(c.toStdString());
    const Table tally =
        table({"plot_id", "species", "dbh", "height"}, {{"p1", "杉木", "10", "8"}, cells});
    auto check = [&](const Error& e) {
        QCOMPARE(int(e.code), code);
        QCOMPARE(QString::fromStdString(e.column), column);
        QCOMPARE(e.row, std::int64_t(3));
    };
    const auto trees = treesFromTable(tally);
    if (!trees) {
        check(trees.error());
        return;
    }
    BiomassSources sources{"trees.csv", "plots.csv"};
    const auto result =
        computeBiomass(*trees, {{"p1", "", 0.1, NAN, 2}}, defaultSet(), compiler, sources);
    QVERIFY(!result);
    check(result.error());
    QCOMPARE(result.error().file, std::string("trees.csv"));
}

void TestBiomass::parameterErrors_data()
{
    QTest::addColumn<QString>("equation");
    QTest::addColumn<QString>("rootShoot");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("column");
    QTest::newRow("syntax") << "a*D^^b"
                            << "0.2"
                            << "SECONDARY" << int(ErrorCode::EquationError) << "agb_equation";
    QTest::newRow("unknown variable")
        << "a*DBH^b"
        << "0.2"
        << "SECONDARY" << int(ErrorCode::EquationError) << "agb_equation";
    QTest::newRow("bad root-shoot")
        << "a*D^b"
        << "some"
        << "SECONDARY" << int(ErrorCode::InvalidArgument) << "root_shoot";
    QTest::newRow("unknown IPCC class")
        << "a*D^b"
        << "ipcc:martian"
        << "SECONDARY" << int(ErrorCode::UnknownReference) << "root_shoot";
    QTest::newRow("no status") << "a*D^b"
                               << "0.2"
                               << "" << int(ErrorCode::InvalidArgument) << "status";
}

void TestBiomass::parameterErrors()
{
    QFETCH(QString, equation);
    QFETCH(QString, rootShoot);
    QFETCH(QString, status);
    QFETCH(int, code);
    QFETCH(QString, column);
    const Table species = table({"species", "agb_equation", "agb_unit", "coefficients",
                                 "root_shoot", "carbon_fraction", "status", "source"},
                                {{"x", equation.toStdString(), "kg", "a=0.1;b=2.4",
                                  rootShoot.toStdString(), "0.47", status.toStdString(), "test"}});
    const auto set = ParameterSet::fromTables(species, nullptr, compiler);
    QVERIFY(!set);
    QCOMPARE(int(set.error().code), code);
    QCOMPARE(QString::fromStdString(set.error().column), column);
    QCOMPARE(set.error().row, std::int64_t(2));
}

// Plot coordinates are read and checked at import (they were not stored, so a broken one was
// never noticed): decimal or degrees-minutes-seconds, as recorded.
void TestBiomass::plotCoordinatesAreRead()
{
    const auto plots = plotsFromTable(table({"plot_id", "area_m2", "经度", "纬度"},
                                            {{"P1", "667", "117.8386", "49.8879"},
                                             {"P2", "667", "117°50'18.96\"E", "49°53'16.56\"N"},
                                             {"P3", "667", "", ""}}));
    QVERIFY(plots);
    QCOMPARE((*plots)[0].x, 117.8386);
    QCOMPARE((*plots)[0].y, 49.8879);
    QVERIFY(std::abs((*plots)[1].x - (117 + 50 / 60.0 + 18.96 / 3600)) < 1e-12);
    QVERIFY(std::isnan((*plots)[2].x));
    const auto bad = plotsFromTable(
        table({"plot_id", "area_m2", "x", "y"}, {{"P1", "667", "39420055,0", "2909945"}}));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, tanhui::core::ErrorCode::NotANumber);
    QCOMPARE(bad.error().column, std::string("x"));
    QCOMPARE(bad.error().row, std::int64_t(2));
}

QTEST_APPLESS_MAIN(TestBiomass)
#include "tst_biomass.moc"
