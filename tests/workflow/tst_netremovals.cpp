// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// ProjectService: the project's properties and a period's net removals on the demo farm.
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "tanhui/workflow/demofarm.h"
#include "tanhui/workflow/jobcontext.h"
#include "tanhui/workflow/projectservice.h"

#include "testutil.h"

using namespace tanhui;
using namespace tanhui::workflow;

namespace {

// AR-TOOL14 Appendix 2 Table 1, written out again for the check.
double discount(double u)
{
    return u <= 0.10 ? 0.0 : u <= 0.15 ? 0.25 : u <= 0.20 ? 0.5 : u <= 0.30 ? 0.75 : 1.0;
}

} // namespace

class TestNetRemovals : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void propertiesAreKept();
    void netRemovalsSubtractEachTermConservatively();
    void sealedPeriodsKeepTheirTerms();

private:
    QTemporaryDir m_dir;
    DemoFarm m_farm;
};

void TestNetRemovals::initTestCase()
{
    JobContext context;
    auto farm = createDemoFarm(m_dir.filePath(QStringLiteral("farm")).toStdString(), context);
    QVERIFY(farm);
    m_farm = *farm;
}

void TestNetRemovals::propertiesAreKept()
{
    auto project = ProjectService::open(m_farm.project);
    QVERIFY(project);
    auto p = project->properties();
    QVERIFY(p);
    QVERIFY(p->nameLocked); // 2021 is sealed
    QVERIFY(p->registrationId.empty());
    p->registrationId = "CCER-2026-0001";
    p->methodologyVersion = "V01";
    p->proponent = "示范国有林场";
    p->creditingStart = "2019-01-01";
    p->creditingEnd = "2038-12-31";
    p->location = "福建省 示范县";
    QVERIFY(project->setProperties(*p));
    const auto read = ProjectService::open(m_farm.project)->properties();
    QCOMPARE(read->registrationId, std::string("CCER-2026-0001"));
    QCOMPARE(read->proponent, std::string("示范国有林场"));
    QCOMPARE(read->creditingEnd, std::string("2038-12-31"));
    // The sealed name stays; the refusal says why.
    p->name = "another name";
    const auto renamed = project->setProperties(*p);
    QVERIFY(!renamed);
    QVERIFY(renamed.error().detail.find("seal") != std::string::npos);
    QCOMPARE(project->overview()->properties.registrationId, std::string("CCER-2026-0001"));
}

void TestNetRemovals::netRemovalsSubtractEachTermConservatively()
{
    auto project = ProjectService::open(m_farm.project);
    QVERIFY(project);
    auto net = project->netRemovals("2024");
    QVERIFY(net);
    QVERIFY(net->change);
    QVERIFY(!net->complete());
    QCOMPARE(int(net->missing.size()), 3);
    const double dc = net->change->changeTco2e;
    const double udc = net->change->uncertainty;
    TANHUI_COMPARE_REL(dc, 15847.769901586624, 1e-12);
    QVERIFY(project->setNetTerms("2024", {{NetTerm::ProjectEmissions, 120.0, 0.08,
                                           "fuel and fertiliser log 2022-2024", false}}));
    QVERIFY(project->setNetTerms(
        "2024", {{NetTerm::Baseline, 1500.0, 0.25, "baseline plots 2021, AR-TOOL14 §6.3", false}}));
    net = project->setNetTerms(
        "2024", {{NetTerm::Leakage, 0.0, 0.0, "AR-CM-001 applicability: no displacement", true}});
    QVERIFY(net);
    QVERIFY(net->complete());
    QCOMPARE(int(net->terms.size()), 3);
    QCOMPARE(net->terms[1].input.term, NetTerm::Baseline);
    QCOMPARE(net->terms[1].discountFraction, 0.75);
    TANHUI_COMPARE_REL(net->terms[1].conservativeTco2e, 1500.0 + 0.75 * 0.25 * 1500.0, 1e-15);
    QCOMPARE(net->terms[0].discountFraction, 0.0);
    QVERIFY(net->terms[2].input.statedZero);
    QCOMPARE(net->netTco2e, dc - 120.0 - 1500.0 - 0.0);
    const double conservativeChange = dc - discount(udc) * udc * std::fabs(dc);
    TANHUI_COMPARE_REL(net->conservativeNetTco2e,
                       conservativeChange - 120.0 - (1500.0 + 0.75 * 0.25 * 1500.0), 1e-12);
    // The explorer's overview carries the same.
    const auto overview = project->overview();
    QVERIFY(overview);
    QCOMPARE(overview->periods[1].net.netTco2e, net->netTco2e);
    // No change computed: the net removals wait for it.
    QVERIFY(project->addPeriod("2027", "2025-01-01", "2027-12-31"));
    QVERIFY(project->setNetTerms("2027", {{NetTerm::Leakage, 0.0, 0.0, "none expected", true}}));
    net = project->netRemovals("2027");
    QVERIFY(!net->change && !net->complete());
    QCOMPARE(int(net->missing.size()), 2);
}

void TestNetRemovals::sealedPeriodsKeepTheirTerms()
{
    auto project = ProjectService::open(m_farm.project);
    QVERIFY(project);
    const auto refused =
        project->setNetTerms("2021", {{NetTerm::Leakage, 0.0, 0.0, "after the seal", true}});
    QVERIFY(!refused);
    QVERIFY(refused.error().detail.find("sealed") != std::string::npos);
    QVERIFY(project->netRemovals("2021")->terms.empty());
}

QTEST_GUILESS_MAIN(TestNetRemovals)
#include "tst_netremovals.moc"
