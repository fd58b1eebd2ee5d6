// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The project workflow on a worked example small enough to check by hand: one species with
// AGB = 0.0001·D² t, R = 0.25, CF = 0.5, so a tree holds D²·0.0001·1.25·0.5·44/12 t CO2e and
// a 0.1 ha plot k·ΣD² t CO2e/ha with k = 0.0001·1.25·0.5·(44/12)/0.1.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

#include "tanhui/core/csv.h"
#include "tanhui/equation/muparsercompiler.h"
#include "tanhui/store/computation.h"

#include "fixture.h"
#include "sealable.h"
#include "testutil.h"

using namespace tanhui;
using core::ErrorCode;
using store::Project;

namespace {

constexpr double kPerD2 = 0.0001 * 1.25 * 0.5 * (44.0 / 12.0) / 0.1;

const char* kSpecies =
    "parameter_set,version,species,latin_name,chinese_name,aliases,group,agb_equation,agb_unit,"
    "volume_equation,coefficients,dbh_min_cm,dbh_max_cm,height_min_m,height_max_m,wood_density,"
    "bef,root_shoot,carbon_fraction,residual_sd_log,status,source\n"
    "worked-example,1,testwood,Testus lignum,试验树,,test,a*D^2,t,,a=0.0001,,,,,,,0.25,0.5,,"
    "CONFIRMED,\"worked example, by hand\"\n";

std::vector<core::Plot> plots(const char* stratumOfP3 = "B")
{
    return {{"P1", "A", 0.1, NAN, 2},
            {"P2", "A", 0.1, NAN, 3},
            {"P3", stratumOfP3, 0.1, NAN, 4},
            {"P4", "B", 0.1, NAN, 5}};
}

core::Tree tree(const char* plot, double dbh, std::int64_t row)
{
    return {plot, "testwood", dbh, NAN, NAN, true, row};
}

} // namespace

class TestComputation : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void stockByHand();
    void changeByHand();
    void sealedResultsAreRecomputed();
    void editsAreAuditedWithBeforeAndAfter();
    void migratesSchemaTwo();
    void plotOutsideTheStrataIsAnError();
    void undefinedResultsAreNeverStored();

private:
    std::string path(const char* name) const
    {
        return m_dir.filePath(QLatin1String(name)).toStdString();
    }
    // Project "p.tanhui" with period 2021 (ΣD²: P1 400, P2 800, P3 900, P4 100), strata
    // A 100 ha and B 300 ha, the worked-example parameter set, computed.
    void build(Project& p);
    QTemporaryDir m_dir;
    equation::MuParserCompiler m_compiler;
    std::int64_t m_period = 0;
    std::int64_t m_strata = 0;
    std::int64_t m_parameters = 0;
};

void TestComputation::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("p.tanhui")));
}

void TestComputation::build(Project& p)
{
    m_period = *p.addPeriod("2021", "2019-01-01", "2021-12-31");
    auto report = p.importPlotsAndTrees(m_period, plots(),
                                        {tree("P1", 20, 2), tree("P2", 20, 3), tree("P2", 20, 4),
                                         tree("P3", 30, 5), tree("P4", 10, 6)},
                                        "plots.csv", "trees.csv");
    QVERIFY(report && report->imported());
    store::Stratification s;
    s.name = "age classes 2021";
    s.strata = {{"A", 100.0, 0}, {"B", 300.0, 0}, {"C", 0.0, 0}};
    m_strata = *p.addStratification(s);
    const auto species = core::tableFromCsvText(kSpecies, "species.csv");
    QVERIFY(species);
    m_parameters = *p.addParameterSet(*species, nullptr, m_compiler);
    // Stored once: the same content again is the same row.
    QCOMPARE(*p.addParameterSet(*species, nullptr, m_compiler), m_parameters);
    const auto results = store::computeStock(p, m_period, m_strata, m_parameters, m_compiler);
    QVERIFY2(results, results ? "" : results.error().detail.c_str());
    QVERIFY(p.replaceResults(m_period, *results));
}

void TestComputation::stockByHand()
{
    auto p = Project::create(path("p.tanhui"), {"worked example", "CCER-14-001-V01", ""});
    QVERIFY(p);
    build(*p);
    const auto results = p->results(m_period);
    QVERIFY(results);
    QCOMPARE(results->size(), std::size_t(2));
    const store::PeriodResult& plotCarbon = (*results)[0];
    const store::PeriodResult& stock = (*results)[1];
    QCOMPARE(plotCarbon.kind, std::string("plot_carbon"));
    TANHUI_COMPARE_REL(plotCarbon.find("plot:P2:co2e_t_ha")->number, 800 * kPerD2, 1e-14);
    QCOMPARE(plotCarbon.find("plot:P3:stratum")->text, std::string("B"));
    QCOMPARE(stock.kind, std::string("stock"));
    QCOMPARE(*stock.stratificationId, m_strata);
    QCOMPARE(*stock.parameterSetId, m_parameters);
    // Stratum means k·600 and k·500; total (100·600 + 300·500)·k = 481.25 t CO2e.
    TANHUI_COMPARE_REL(stock.find("total_t_co2e")->number, 481.25, 1e-13);
    TANHUI_COMPARE_REL(stock.find("mean_t_co2e_ha")->number, 481.25 / 400.0, 1e-13);
    TANHUI_COMPARE_REL(stock.find("stratum:A:mean_t_co2e_ha")->number, 600 * kPerD2, 1e-13);
    // Variances k²·80000 and k²·320000, weights 1/4 and 3/4, n = 2 each:
    // se² = k²(1/16·80000/2 + 9/16·320000/2) = 92500 k².
    const double se = std::sqrt(92500.0) * kPerD2;
    TANHUI_COMPARE_REL(stock.find("se_t_co2e_ha")->number, se, 1e-12);
    QCOMPARE(stock.find("df")->number, 2.0);
    // t(0.95, 2) = 2.919985580 (R: qt(0.95, 2)).
    TANHUI_COMPARE_REL(stock.find("t")->number, 2.919985580355516, 1e-12);
    TANHUI_COMPARE_REL(stock.find("uncertainty")->number, 2.919985580355516 * se / (481.25 / 400),
                       1e-12);
    // Stratum C has no area and no plot: not part of the estimate.
    QVERIFY(!stock.find("stratum:C:n"));
    QCOMPARE(stock.find("parameter_set")->text, std::string("worked-example 1"));
    QCOMPARE(stock.find("species_not_confirmed")->text, std::string());
    QCOMPARE(stock.find("trees")->number, 5.0);
}

void TestComputation::changeByHand()
{
    auto p = Project::create(path("p.tanhui"), {"worked example", "CCER-14-001-V01", ""});
    QVERIFY(p);
    build(*p);
    // The same plots re-measured: ΣD² P1 484, P2 882, P3 961, P4 144.
    const auto later = *p->addPeriod("2024", "2022-01-01", "2024-12-31");
    QVERIFY(p->importPlotsAndTrees(later, plots(),
                                   {tree("P1", 22, 2), tree("P2", 21, 3), tree("P2", 21, 4),
                                    tree("P3", 31, 5), tree("P4", 12, 6)},
                                   "plots.csv", "trees.csv"));
    const auto stock = store::computeStock(*p, later, m_strata, m_parameters, m_compiler);
    QVERIFY(stock);
    QVERIFY(p->replaceResults(later, *stock));
    QCOMPARE(*store::previousPeriod(*p, later), m_period);
    QVERIFY(!store::previousPeriod(*p, m_period));
    // Method B (permanent plots): mean Δ per ha k·83 in A, k·52.5 in B; ΔC = 24050·k.
    const auto paired = store::computeChange(*p, later, m_period);
    QVERIFY2(paired, paired ? "" : paired.error().detail.c_str());
    QCOMPARE(paired->find("method")->text, std::string("B"));
    QCOMPARE(*paired->earlierPeriodId, m_period);
    TANHUI_COMPARE_REL(paired->find("change_t_co2e")->number, 24050 * kPerD2, 1e-12);
    QCOMPARE(paired->find("years")->number, 3.0);
    TANHUI_COMPARE_REL(paired->find("annual_change_t_co2e_yr")->number, 24050 * kPerD2 / 3, 1e-12);
    // Method A: the difference of the totals, 234050·k − 210000·k, the same ΔC here.
    const auto twoInventories =
        store::computeChange(*p, later, m_period, store::ChangeMethod::TwoInventories);
    QVERIFY(twoInventories);
    QCOMPARE(twoInventories->find("method")->text, std::string("A"));
    TANHUI_COMPARE_REL(twoInventories->find("later_stock_t_co2e")->number, 234050 * kPerD2, 1e-12);
    TANHUI_COMPARE_REL(twoInventories->find("change_t_co2e")->number, 24050 * kPerD2, 1e-12);
    // Method A's uncertainty combines the two stocks' (Eq. 2), far wider than B's.
    QVERIFY(twoInventories->find("uncertainty")->number > paired->find("uncertainty")->number);
    QVERIFY(p->replaceResults(later, {*paired}));
    QCOMPARE(p->results(later)->size(), std::size_t(3));
}

void TestComputation::sealedResultsAreRecomputed()
{
    auto p = Project::create(path("p.tanhui"), {"worked example", "CCER-14-001-V01", ""});
    QVERIFY(p);
    build(*p);
    QVERIFY(p->sealPeriod(m_period));
    // Sealed: results, strata and the parameter set are read-only in SQLite.
    QVERIFY(
        !p->database().execute("UPDATE result_value SET number = 1 WHERE key = 'total_t_co2e'"));
    QVERIFY(!p->database().execute("UPDATE stratum SET area_ha = 101 WHERE name = 'A'"));
    QVERIFY(!p->database().execute("UPDATE parameter_set SET content = ''"));
    const auto again = store::computeStock(*p, m_period, m_strata, m_parameters, m_compiler);
    QVERIFY(again);
    const auto refused = p->replaceResults(m_period, *again);
    QVERIFY(!refused);
    QVERIFY(refused.error().detail.find("sealed") != std::string::npos);
    auto checks = store::recomputeSealed(*p, m_compiler);
    QVERIFY(checks);
    QCOMPARE(checks->size(), std::size_t(1));
    QVERIFY2((*checks)[0].matches(),
             (*checks)[0].failure ? (*checks)[0].failure->detail.c_str() : "values differ");
    QVERIFY((*checks)[0].valuesCompared > 40);
    // Another SQLite client drops the guard and edits a DBH of the sealed period: the seal
    // no longer matches, and the recomputation names the values that moved.
    QVERIFY(p->database().execute("DROP TRIGGER tree_sealed_update"));
    QVERIFY(p->database().execute("UPDATE tree SET dbh_cm = 21 WHERE id = 1"));
    const auto seals = p->verifySeals();
    QVERIFY(seals && !(*seals)[0].matches());
    checks = store::recomputeSealed(*p, m_compiler);
    QVERIFY(checks);
    const auto& differences = (*checks)[0].differences;
    QVERIFY(!(*checks)[0].matches());
    auto differs = [&](const std::string& key) {
        return std::any_of(differences.begin(), differences.end(),
                           [&](const store::ValueDifference& d) { return d.key == key; });
    };
    QVERIFY(differs("plot:P1:co2e_t_ha"));
    QVERIFY(differs("total_t_co2e"));
    QVERIFY(!differs("plot:P2:co2e_t_ha"));
    const auto total = std::find_if(differences.begin(), differences.end(),
                                    [](const auto& d) { return d.key == "total_t_co2e"; });
    QCOMPARE(total->stored, std::string("481.25"));
    // The recomputed total: P1 now 441 instead of 400.
    QCOMPARE(std::stod(total->recomputed), (100.0 * (441 + 800) / 2 + 300.0 * 500) * kPerD2);
    // A parameter set altered behind Tanhui's back cannot be recomputed with: said, located.
    QVERIFY(p->database().execute("DROP TRIGGER parameter_set_sealed_update"));
    QVERIFY(p->database().execute("UPDATE parameter_set SET content = replace(content, "
                                  "'a=0.0001', 'a=0.0002')"));
    checks = store::recomputeSealed(*p, m_compiler);
    QVERIFY(checks && (*checks)[0].failure);
    QCOMPARE((*checks)[0].failure->code, ErrorCode::CorruptData);
    QCOMPARE((*checks)[0].failure->file, path("p.tanhui"));
    QVERIFY((*checks)[0].failure->detail.find("SHA-256") != std::string::npos);
}

void TestComputation::editsAreAuditedWithBeforeAndAfter()
{
    auto p = Project::create(path("p.tanhui"), {"worked example", "CCER-14-001-V01", ""});
    QVERIFY(p);
    build(*p);
    // An edit made outside Tanhui (any SQLite client) is still audited, by SQLite.
    QVERIFY(
        p->database().execute("UPDATE plot SET source = 'plots-fixed.csv' WHERE plot_code = 'P1'"));
    auto q = p->database().prepare(
        "SELECT user, action, entity, json_extract(before_json, '$.source'), "
        "json_extract(after_json, '$.source') FROM audit_log WHERE entity = 'plot'");
    QVERIFY(q && *q->step());
    QCOMPARE(q->columnText(0), std::string("outside Tanhui"));
    QCOMPARE(q->columnText(1), std::string("update"));
    QCOMPARE(q->columnText(3), std::string("plots.csv"));
    QCOMPARE(q->columnText(4), std::string("plots-fixed.csv"));
    // Replacing results inside Tanhui audits the old rows under the OS user.
    const auto results = store::computeStock(*p, m_period, m_strata, m_parameters, m_compiler);
    QVERIFY(results);
    QVERIFY(p->replaceResults(m_period, *results));
    auto deleted =
        p->database().prepare("SELECT user, json_extract(before_json, '$.kind') FROM audit_log "
                              "WHERE action = 'delete' AND entity = 'result' ORDER BY id");
    QVERIFY(deleted && *deleted->step());
    QCOMPARE(deleted->columnText(0), store::currentUser());
    QCOMPARE(deleted->columnText(1), std::string("plot_carbon"));
    QCOMPARE(*p->count("result"), std::int64_t(2));
    // The session row never outlives a transaction.
    auto session = p->database().prepare("SELECT count(*) FROM audit_session");
    QVERIFY(session && *session->step());
    QCOMPARE(session->columnInt(0), std::int64_t(0));
}

// tests/data/schema_v2.tanhui (schema-2 code): its format-1 seal still verifies after the
// upgrade, and the new guards and audit triggers apply to it.
void TestComputation::migratesSchemaTwo()
{
    auto p = tanhui::testing::openFixtureCopy(m_dir, QStringLiteral("schema_v2.tanhui"));
    QVERIFY2(p, p ? "" : p.error().detail.c_str());
    QCOMPARE(*p->database().userVersion(), 7);
    QCOMPARE(p->info()->name, std::string("schema v2 fixture"));
    QCOMPARE(*p->count("plot"), std::int64_t(6));
    QCOMPARE(*p->count("tree"), std::int64_t(10));
    QCOMPARE(*p->count("audit_log"), std::int64_t(6));
    const auto seals = p->verifySeals();
    QVERIFY(seals);
    QCOMPARE(seals->size(), std::size_t(1));
    QCOMPARE((*seals)[0].storedHash,
             std::string("45d800f65f280104bab430ad460c85fd3afbcf41dea413934a0b294f28055851"));
    QVERIFY((*seals)[0].matches());
    // Layers are part of every seal now: none can be edited once a period is sealed.
    QVERIFY(p->addLayer("boundary", "boundary", p->database().path(), ""));
    QVERIFY(!p->database().execute("UPDATE layer SET sha256 = 'x'"));
    QVERIFY(!p->database().execute("UPDATE project SET name = 'other'"));
    // The draft period's trees are editable, and the edit is audited with before and after.
    QVERIFY(p->database().execute("UPDATE tree SET dbh_cm = 13 WHERE id = 6"));
    auto q = p->database().prepare("SELECT json_extract(before_json, '$.dbh_cm'), "
                                   "json_extract(after_json, '$.dbh_cm') FROM audit_log "
                                   "WHERE entity = 'tree' AND action = 'update'");
    QVERIFY(q && *q->step());
    QCOMPARE(q->columnDouble(0), 12.3);
    QCOMPARE(q->columnDouble(1), 13.0);
    // Nothing was computed for it: a seal refuses it until it is.
    const auto later = p->findPeriod("2024");
    QVERIFY(later);
    const auto uncomputed = p->sealPeriod(*later);
    QVERIFY(!uncomputed);
    QVERIFY2(uncomputed.error().detail.find("no computed stock") != std::string::npos,
             uncomputed.error().detail.c_str());
    // One stratum (the fixture's "mature" holds one plot: no variance).
    QVERIFY(p->database().execute("UPDATE plot SET stratum = 'young' WHERE period_id = " +
                                  std::to_string(*later)));
    testing::computeStock(*p, *later);
    // A new seal uses format 3 and chains to the format-1 seal.
    QVERIFY(p->sealPeriod(*later));
    const auto again = p->verifySeals();
    QCOMPARE(again->size(), std::size_t(2));
    QVERIFY((*again)[0].matches() && (*again)[1].matches());
}

void TestComputation::plotOutsideTheStrataIsAnError()
{
    auto p = Project::create(path("p.tanhui"), {"worked example", "CCER-14-001-V01", ""});
    QVERIFY(p);
    const auto period = *p->addPeriod("2021", "2019-01-01", "2021-12-31");
    QVERIFY(
        p->importPlotsAndTrees(period, plots("D"), {tree("P1", 20, 2)}, "plots.csv", "trees.csv"));
    store::Stratification s;
    s.name = "s";
    s.strata = {{"A", 100.0, 0}, {"B", 300.0, 0}};
    const auto strata = *p->addStratification(s);
    QCOMPARE(p->addStratification(s).error().code, ErrorCode::DuplicateId);
    const auto parameters =
        *p->addParameterSet(*core::tableFromCsvText(kSpecies, "species.csv"), nullptr, m_compiler);
    const auto results = store::computeStock(*p, period, strata, parameters, m_compiler);
    QVERIFY(!results);
    QCOMPARE(results.error().code, ErrorCode::UnknownReference);
    QVERIFY2(results.error().detail.find("D") != std::string::npos, results.error().detail.c_str());
    QCOMPARE(*p->count("result"), std::int64_t(0));
    // A parameter table whose equation does not parse is refused, and not stored.
    std::string broken = kSpecies;
    broken.replace(broken.find("a*D^2"), 5, "a*D^^2");
    const auto refused =
        p->addParameterSet(*core::tableFromCsvText(broken, "broken.csv"), nullptr, m_compiler);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::EquationError);
    QCOMPARE(refused.error().file, std::string("broken.csv"));
    QCOMPARE(refused.error().row, std::int64_t(2));
    QCOMPARE(*p->count("parameter_set"), std::int64_t(1));
}

// An equation outside its domain (a log of a negative number) gave NaN, stored as NULL and
// sealed; a stock of zero has no relative uncertainty. Both stop the computation with why.
void TestComputation::undefinedResultsAreNeverStored()
{
    auto p = Project::create(path("p.tanhui"), {"undefined", "CCER-14-001-V01", ""});
    QVERIFY(p);
    build(*p);
    std::string logSpecies = kSpecies;
    logSpecies.replace(logSpecies.find("a*D^2"), 5, "a*log(D-25)");
    const auto species = core::tableFromCsvText(logSpecies, "log.csv");
    const auto parameters = p->addParameterSet(*species, nullptr, m_compiler);
    QVERIFY(parameters);
    const auto undefined = store::computeStock(*p, m_period, m_strata, *parameters, m_compiler);
    QVERIFY(!undefined);
    QCOMPARE(undefined.error().code, core::ErrorCode::EquationError);
    QCOMPARE(undefined.error().row, std::int64_t(2)); // the first tree, DBH 20 cm
    QVERIFY(undefined.error().file.find("trees.csv") == 0);
    QVERIFY2(undefined.error().detail.find("no finite value for D = 20") != std::string::npos,
             undefined.error().detail.c_str());

    // DBH 1e150 cm (limits widened on purpose) overflows the variance of the estimate.
    QVERIFY(p->setPlausibilityLimit(core::Measure::DbhCm, 0.1, 1e200, "overflow test"));
    const auto huge = *p->addPeriod("2024", "2022-01-01", "2024-12-31");
    QVERIFY(p->importPlotsAndTrees(
        huge, plots(),
        {tree("P1", 1e150, 2), tree("P2", 20, 3), tree("P3", 1e152, 4), tree("P4", 10, 5)},
        "plots.csv", "huge.csv"));
    const auto overflow = store::computeStock(*p, huge, m_strata, m_parameters, m_compiler);
    QVERIFY(!overflow);
    QVERIFY2(overflow.error().detail.find("not a finite number") != std::string::npos,
             overflow.error().detail.c_str());

    std::string zeroSpecies = kSpecies;
    zeroSpecies.replace(zeroSpecies.find("a*D^2"), 5, "0*D");
    const auto zero =
        p->addParameterSet(*core::tableFromCsvText(zeroSpecies, "zero.csv"), nullptr, m_compiler);
    const auto none = store::computeStock(*p, m_period, m_strata, *zero, m_compiler);
    QVERIFY(!none);
    QCOMPARE(none.error().code, core::ErrorCode::InsufficientData);
    QVERIFY2(none.error().detail.find("the stock is zero") == 0, none.error().detail.c_str());
}

QTEST_GUILESS_MAIN(TestComputation)
#include "tst_computation.moc"
