// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include "languagemanager.h"
#include "mainwindow.h"

using namespace tanhui::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensWithMenusAndEmptyProject();
    void switchesLanguageLive();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestMainWindow::opensWithMenusAndEmptyProject()
{
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Tanhui")));
    auto* fileMenu = window.findChild<QMenu*>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu);
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    QVERIFY(window.findChild<QMenu*>(QStringLiteral("settingsMenu")));
    QVERIFY(window.findChild<QMenu*>(QStringLiteral("helpMenu")));

    auto* tree = window.findChild<QTreeView*>(QStringLiteral("projectTree"));
    QVERIFY(tree);
    QAbstractItemModelTester tester(tree->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(tree->model()->rowCount(), 4);
    QCOMPARE(tree->model()->index(2, 0).data().toString(), QStringLiteral("Monitoring periods"));
    auto* placeholder = window.findChild<QLabel*>(QStringLiteral("placeholder"));
    QVERIFY(placeholder && placeholder->text().startsWith(QStringLiteral("No project is open")));
}

void TestMainWindow::switchesLanguageLive()
{
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    MainWindow window(languages);
    window.show();
    auto* chinese = window.findChild<QAction*>(QStringLiteral("language_zh_CN"));
    QVERIFY(chinese);
    QCOMPARE(chinese->text(), QStringLiteral("简体中文"));
    chinese->trigger();
    QCOMPARE(languages.currentLanguage(), QStringLiteral("zh_CN"));
    QCOMPARE(LanguageManager::savedLanguage(), QStringLiteral("zh_CN"));
    QTRY_COMPARE(window.findChild<QMenu*>(QStringLiteral("fileMenu"))->title(),
                 QStringLiteral("文件(&F)"));
    auto* tree = window.findChild<QTreeView*>(QStringLiteral("projectTree"));
    QCOMPARE(tree->model()->index(2, 0).data().toString(), QStringLiteral("监测期"));

    window.findChild<QAction*>(QStringLiteral("language_en"))->trigger();
    QTRY_COMPARE(window.findChild<QMenu*>(QStringLiteral("fileMenu"))->title(),
                 QStringLiteral("&File"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
