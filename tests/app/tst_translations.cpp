// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>

#include "errortext.h"
#include "languagemanager.h"

using namespace tanhui;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void catalogsAreCompiledIn();
    void chineseIsLoaded();
    void englishIsTheSource();
    void unknownLocaleFallsBackToEnglish();
    void errorTextNamesFileRowAndColumn();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTranslations::catalogsAreCompiledIn()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/tanhui_zh_CN.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/tanhui_en.qm")));
}

void TestTranslations::chineseIsLoaded()
{
    ui::LanguageManager languages;
    QCOMPARE(languages.apply(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(QCoreApplication::translate("tanhui::ui::MainWindow", "&File"),
             QStringLiteral("文件(&F)"));
    QCOMPARE(QCoreApplication::translate("tanhui::ui::ProjectModel", "Monitoring periods"),
             QStringLiteral("监测期"));
    const core::Error e{core::ErrorCode::NotANumber, "12,5", "trees.csv", 7, "dbh"};
    QCOMPARE(ui::errorText(e), QStringLiteral("trees.csv，第 7 行，“dbh”列：应为数值（12,5）"));
}

void TestTranslations::englishIsTheSource()
{
    ui::LanguageManager languages;
    QCOMPARE(languages.apply(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("tanhui::ui::MainWindow", "&File"),
             QStringLiteral("&File"));
}

void TestTranslations::unknownLocaleFallsBackToEnglish()
{
    ui::LanguageManager languages;
    QCOMPARE(languages.apply(QStringLiteral("de_DE")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("tanhui::ui::MainWindow", "&File"),
             QStringLiteral("&File"));
}

void TestTranslations::errorTextNamesFileRowAndColumn()
{
    ui::LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    const core::Error e{core::ErrorCode::NotANumber, "12,5", "trees.csv", 7, "dbh"};
    QCOMPARE(ui::errorText(e),
             QStringLiteral("trees.csv, row 7, column \"dbh\": a number was expected (12,5)"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
