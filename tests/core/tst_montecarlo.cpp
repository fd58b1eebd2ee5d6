// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QTest>
#include <cmath>

#include "tanhui/core/montecarlo.h"
#include "tanhui/equation/muparsercompiler.h"

#include "testutil.h"

using namespace tanhui::core;

namespace {

const tanhui::equation::MuParserCompiler compiler;

// One volume-route species with constant R, so that CO2e is linear in AGB.
ParameterSet linearSet(SpeciesUncertainty u = {})
{
    SpeciesParameters s;
    s.key = "fir";
    s.volumeEquation = "a*D^2*H";
    s.coefficients = {{"a", 0.00005}};
    s.woodDensity = 0.4;
    s.bef = 1.5;
    s.rootShoot = {RootShootRule::Kind::Constant, 0.25, {}};
    s.carbonFraction = 0.5;
    s.status = "SECONDARY";
    s.uncertainty = u;
    ParameterSet set;
    set.name = "test";
    set.species.push_back(s);
    return set;
}

struct Inventory
{
    std::vector<Tree> trees;
    std::vector<Plot> plots;
    std::vector<StratumArea> areas{{"a", 60.0, 2}, {"b", 40.0, 3}};
    BiomassResult biomass;
};

Inventory inventory()
{
    Inventory inv;
    const char* strata[] = {"a", "a", "a", "b", "b"};
    for (int p = 0; p < 5; ++p) {
        const std::string id = "p" + std::to_string(p);
        inv.plots.push_back({id, strata[p], 0.05, NAN, p + 2});
        for (int t = 0; t < 3 + p; ++t)
            inv.trees.push_back({id, "fir", 12.0 + 3.0 * t + p, 10.0 + t, NAN, true, t + 2});
    }
    inv.biomass = *computeBiomass(inv.trees, inv.plots, linearSet(), compiler);
    return inv;
}

} // namespace

class TestMonteCarlo : public QObject
{
    Q_OBJECT
private slots:
    void exactParametersGiveNoSpread();
    void carbonFractionSpread();
    void residualVarianceMatchesAnalytic();
    void reproducibleAcrossThreads();
    void cancel();
};

void TestMonteCarlo::exactParametersGiveNoSpread()
{
    const Inventory inv = inventory();
    const auto r = propagateUncertainty(inv.trees, inv.plots, inv.biomass, linearSet(), inv.areas,
                                        {200, 1, 1, 0.90});
    QVERIFY(r);
    TANHUI_COMPARE_REL(r->combined.mean, r->analyticTotal, 1e-12);
    QVERIFY(r->combined.sd <= 1e-12 * r->analyticTotal);
    TANHUI_COMPARE_REL(r->samplingShare, 1.0, 1e-12);
    QVERIFY(r->samplingVariance > 0.0);
}

// Only CF uncertain (mean-one lognormal, 10 % RSD): the total scales with one factor, so its
// relative SD is 10 % and its mean the analytic total, up to Monte Carlo error
// (≈ 0.1/√20000 relative for the mean, ≈ 0.5 % for the SD).
void TestMonteCarlo::carbonFractionSpread()
{
    const Inventory inv = inventory();
    SpeciesUncertainty u;
    u.carbonFractionRsd = 0.10;
    const auto r = propagateUncertainty(inv.trees, inv.plots, inv.biomass, linearSet(u), inv.areas,
                                        {20000, 7, 2, 0.90});
    QVERIFY(r);
    QVERIFY(std::fabs(r->combined.mean / r->analyticTotal - 1.0) < 0.003);
    QVERIFY2(std::fabs(r->combined.sd / r->analyticTotal - 0.10) < 0.003,
             tanhui::test::describeDifference(r->combined.sd / r->analyticTotal, 0.10));
    QVERIFY(r->allometry.sd <= 1e-12 * r->analyticTotal);
    TANHUI_COMPARE_REL(r->parameters.sd, r->combined.sd, 1e-9);
    QVERIFY(r->combined.lower < r->combined.mean && r->combined.mean < r->combined.upper);
}

// Residuals only: Var(total) = Σ_p (c_p · k / a_p)² (e^{σ²} − 1) Σ_t AGB_t², with
// k = (1 + R)·CF·44/12 and c_p = A_i/n_i.
void TestMonteCarlo::residualVarianceMatchesAnalytic()
{
    const Inventory inv = inventory();
    SpeciesUncertainty u;
    u.residualSdLog = 0.3;
    const auto r = propagateUncertainty(inv.trees, inv.plots, inv.biomass, linearSet(u), inv.areas,
                                        {20000, 11, 2, 0.90});
    QVERIFY(r);
    const double k = 1.25 * 0.5 * 44.0 / 12.0;
    double variance = 0.0;
    for (std::size_t p = 0; p < inv.plots.size(); ++p) {
        double squares = 0.0;
        for (std::size_t t = 0; t < inv.trees.size(); ++t)
            if (inv.trees[t].plotId == inv.plots[p].plotId)
                squares += inv.biomass.trees[t].agb * inv.biomass.trees[t].agb;
        const double c = inv.plots[p].stratum == "a" ? 60.0 / 3 : 40.0 / 2;
        variance += std::pow(c * k / 0.05, 2) * std::expm1(0.09) * squares;
    }
    QVERIFY2(std::fabs(r->allometry.sd / std::sqrt(variance) - 1.0) < 0.02,
             tanhui::test::describeDifference(r->allometry.sd, std::sqrt(variance)));
    QVERIFY(std::fabs(r->allometry.mean / r->analyticTotal - 1.0) < 0.002);
    QVERIFY(r->parameters.sd <= 1e-12 * r->analyticTotal);
    TANHUI_COMPARE_REL(r->samplingShare + r->parameterShare + r->allometryShare, 1.0, 1e-12);
}

void TestMonteCarlo::reproducibleAcrossThreads()
{
    const Inventory inv = inventory();
    SpeciesUncertainty u{0.1, 0.1, 0.2, 0.05, 0.3};
    const auto one = propagateUncertainty(inv.trees, inv.plots, inv.biomass, linearSet(u),
                                          inv.areas, {3000, 42, 1, 0.90});
    const auto two = propagateUncertainty(inv.trees, inv.plots, inv.biomass, linearSet(u),
                                          inv.areas, {3000, 42, 2, 0.90});
    const auto other = propagateUncertainty(inv.trees, inv.plots, inv.biomass, linearSet(u),
                                            inv.areas, {3000, 43, 2, 0.90});
    QVERIFY(one && two && other);
    QCOMPARE(one->combined.mean, two->combined.mean);
    QCOMPARE(one->combined.sd, two->combined.sd);
    QCOMPARE(one->combined.upper, two->combined.upper);
    QVERIFY(other->combined.mean != one->combined.mean);
}

void TestMonteCarlo::cancel()
{
    const Inventory inv = inventory();
    const auto r =
        propagateUncertainty(inv.trees, inv.plots, inv.biomass, linearSet(), inv.areas,
                             {5000, 1, 2, 0.90}, [](int done, int) { return done < 1000; });
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
}

QTEST_APPLESS_MAIN(TestMonteCarlo)
#include "tst_montecarlo.moc"
