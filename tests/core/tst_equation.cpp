// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QTest>
#include <cmath>
#include <numbers>

#include "tanhui/equation/muparsercompiler.h"

#include "testutil.h"

using namespace tanhui::core;

class TestEquation : public QObject
{
    Q_OBJECT
private slots:
    void evaluates_data();
    void evaluates();
    void reportsVariablesUsed();
    void errors_data();
    void errors();
    void cloneIsIndependent();
};

void TestEquation::evaluates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");
    const double d = 20.0, h = 15.0, wd = 0.6;
    QTest::newRow("power law") << "a*D^b*H^c"
                               << 0.000058777042 * std::pow(d, 1.9699831) * std::pow(h, 0.89646157);
    QTest::newRow("Chave eq. 4") << "0.0673*(WD*H*D^2)^0.976"
                                 << 0.0673 * std::pow(wd * h * d * d, 0.976);
    QTest::newRow("natural log (ln)")
        << "exp(-1.803 + 2.5*ln(D))" << std::exp(-1.803 + 2.5 * std::log(d));
    QTest::newRow("log10") << "10^(log10(D))" << d;
    QTest::newRow("precedence") << "-D^2" << -400.0;
}

void TestEquation::evaluates()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    const tanhui::equation::MuParserCompiler compiler;
    const auto eq = compiler.compile(text.toStdString(),
                                     {{"a", 0.000058777042}, {"b", 1.9699831}, {"c", 0.89646157}});
    QVERIFY2(eq, eq ? "" : eq.error().detail.c_str());
    TANHUI_COMPARE_REL((*eq)->evaluate({20.0, 15.0, 0.6}), expected, 1e-14);
}

void TestEquation::reportsVariablesUsed()
{
    const tanhui::equation::MuParserCompiler compiler;
    const auto dOnly = compiler.compile("a*D^2", {{"a", 1.0}});
    QVERIFY(dOnly);
    QVERIFY(!(*dOnly)->usesHeight());
    QVERIFY(!(*dOnly)->usesWoodDensity());
    const auto all = compiler.compile("D*H*WD", {});
    QVERIFY((*all)->usesHeight() && (*all)->usesWoodDensity());
    // Undefined results come back as NaN for the caller to report.
    QVERIFY(std::isnan((*compiler.compile("ln(D)", {}))->evaluate({-1.0, NAN, NAN})));
}

void TestEquation::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unknown name") << "a*DBH^2"
                                  << "unknown name \"DBH\"";
    QTest::newRow("syntax") << "a*D^^2"
                            << "position";
    QTest::newRow("unbalanced") << "a*(D^2"
                                << "position";
    QTest::newRow("empty") << ""
                           << "";
}

void TestEquation::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    const tanhui::equation::MuParserCompiler compiler;
    const auto eq = compiler.compile(text.toStdString(), {{"a", 1.0}});
    QVERIFY(!eq);
    QCOMPARE(eq.error().code, ErrorCode::EquationError);
    QVERIFY2(QString::fromStdString(eq.error().detail).contains(fragment),
             eq.error().detail.c_str());
    const auto shadow = compiler.compile("D", {{"H", 1.0}});
    QVERIFY(!shadow);
}

void TestEquation::cloneIsIndependent()
{
    const tanhui::equation::MuParserCompiler compiler;
    const auto eq = compiler.compile("a*D", {{"a", 2.0}});
    const auto copy = (*eq)->clone();
    QCOMPARE(copy->evaluate({3.0, NAN, NAN}), 6.0);
    QCOMPARE((*eq)->evaluate({5.0, NAN, NAN}), 10.0);
    QCOMPARE(copy->text(), std::string("a*D"));
}

QTEST_APPLESS_MAIN(TestEquation)
#include "tst_equation.moc"
