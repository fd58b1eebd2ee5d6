// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTreeView>

#include "appidentity.h"
#include "languagemanager.h"

namespace tanhui::ui {

namespace {
// Top-level nodes of the project tree, in display order.
enum ProjectNode
{
    LayersNode,
    StrataNode,
    PeriodsNode,
    ParametersNode,
    NodeCount
};
} // namespace

MainWindow::MainWindow(LanguageManager& languages, QWidget* parent)
    : QMainWindow(parent)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("MainWindow"));
    createActions();
    createMenus();
    createCentralView();
    retranslateUi();
    resize(1100, 700);
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = new QAction(m_languageGroup);
    m_systemLanguageAction->setObjectName(QStringLiteral("language_system"));
    m_systemLanguageAction->setCheckable(true);
    m_systemLanguageAction->setData(QString());
    for (const QString& code : LanguageManager::availableLanguages()) {
        auto* action = new QAction(m_languageGroup);
        action->setObjectName(QStringLiteral("language_") + code);
        action->setCheckable(true);
        action->setData(code);
        // A language is always offered in its own name, whatever the current language.
        action->setText(QLocale(code).nativeLanguageName());
    }
    const QString saved = LanguageManager::savedLanguage();
    for (QAction* action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == saved);
    connect(m_languageGroup, &QActionGroup::triggered, this, &MainWindow::chooseLanguage);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_quitAction);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());
    m_languageMenu->insertSeparator(m_languageGroup->actions().value(1));

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createCentralView()
{
    m_projectModel = new QStandardItemModel(this);
    for (int node = 0; node < NodeCount; ++node) {
        auto* item = new QStandardItem;
        item->setEditable(false);
        m_projectModel->appendRow(item);
    }
    m_projectTree = new QTreeView;
    m_projectTree->setObjectName(QStringLiteral("projectTree"));
    m_projectTree->setModel(m_projectModel);
    m_projectTree->header()->setVisible(true);

    m_placeholder = new QLabel;
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_projectTree);
    splitter->addWidget(m_placeholder);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 820});
    setCentralWidget(splitter);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Tanhui — forest carbon monitoring"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("System language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Tanhui"));

    m_projectModel->setHorizontalHeaderLabels({tr("Project")});
    m_projectModel->item(LayersNode)->setText(tr("Stand layers"));
    m_projectModel->item(StrataNode)->setText(tr("Carbon strata"));
    m_projectModel->item(PeriodsNode)->setText(tr("Monitoring periods"));
    m_projectModel->item(ParametersNode)->setText(tr("Parameter sets"));
    m_placeholder->setText(tr("No project is open.\n\nA project holds the stand layers, the carbon "
                              "strata, the sample plots of every monitoring period and the "
                              "results a verifier checks."));
    statusBar()->showMessage(tr("No project open"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::chooseLanguage(QAction* action)
{
    m_languages.apply(action->data().toString(), /*persist=*/true);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tanhui"),
                       tr("<h3>Tanhui %1</h3><p>Forest carbon-stock monitoring for CCER and VCS "
                          "projects: stratification by age class, carbon stocks with their "
                          "uncertainty, stock change between monitoring periods.</p>"
                          "<p>Built with %2.</p>")
                           .arg(QApplication::applicationVersion(), versionDescription()));
}

} // namespace tanhui::ui
