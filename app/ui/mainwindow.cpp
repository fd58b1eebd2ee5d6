// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The main window: actions, menus, pages, language. Opening and creating projects:
// mainwindow_project.cpp.
#include "mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

#include "tanhui/workflow/jobrunner.h"

#include "appidentity.h"
#include "languagemanager.h"
#include "mapview/mappanel.h"
#include "noticetext.h"
#include "parameterview.h"
#include "periodview.h"
#include "projectmodel.h"
#include "startpage.h"

namespace tanhui::ui {

MainWindow::MainWindow(LanguageManager& languages, QWidget* parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_runner(new workflow::JobRunner(this))
    , m_model(new ProjectModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    createActions();
    createMenus();
    createPages();
    retranslateUi();
    resize(1100, 700);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateRecent();
    connect(m_runner, &workflow::JobRunner::progressChanged, this,
            [this](const workflow::Progress& p) {
                m_progress->setMaximum(p.total > 0 ? 1000 : 0);
                if (p.total > 0)
                    m_progress->setValue(int(1000 * p.done / p.total));
            });
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto action = [this](const char* name, auto slot, QKeySequence key = {}) {
        auto* a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newAction = action("newAction", &MainWindow::askNewProject, QKeySequence::New);
    m_openAction = action("openAction", &MainWindow::askOpenProject, QKeySequence::Open);
    m_demoAction = action("demoAction", &MainWindow::openDemo);
    m_closeAction = action("closeAction", &MainWindow::closeProject, QKeySequence::Close);
    m_quitAction = action("quitAction", &QWidget::close, QKeySequence::Quit);
    m_verifyAction = action("verifyAction", &MainWindow::verifyProject);
    m_auditAction = action("auditAction", &MainWindow::showAuditLog);
    m_computeAction = action("computeAction", &MainWindow::askCompute);
    m_sealAction = action("sealAction", &MainWindow::askSeal);
    m_reviseAction = action("reviseAction", &MainWindow::askRevise);
    m_exportAction = action("exportAction", &MainWindow::askExport);
    m_propertiesAction = action("propertiesAction", &MainWindow::askProperties);
    m_stratifyAction = action("stratifyAction", &MainWindow::askStratify);
    m_importAction = action("importAction", &MainWindow::askImport);
    m_newPeriodAction = action("newPeriodAction", [this] { askNewPeriod(); });
    m_netAction = action("netRemovalsAction", &MainWindow::askNetRemovals);
    m_aboutAction = action("aboutAction", &MainWindow::showAbout);

    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = new QAction(m_languageGroup);
    m_systemLanguageAction->setObjectName(QStringLiteral("language_system"));
    m_systemLanguageAction->setCheckable(true);
    m_systemLanguageAction->setData(QString());
    for (const QString& code : LanguageManager::availableLanguages()) {
        auto* a = new QAction(m_languageGroup);
        a->setObjectName(QStringLiteral("language_") + code);
        a->setCheckable(true);
        a->setData(code);
        // A language is always offered in its own name, whatever the current language.
        a->setText(QLocale(code).nativeLanguageName());
    }
    const QString saved = LanguageManager::savedLanguage();
    for (QAction* a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == saved);
    connect(m_languageGroup, &QActionGroup::triggered, this, &MainWindow::chooseLanguage);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addActions({m_newAction, m_openAction, m_demoAction});
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_closeAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_projectMenu = menuBar()->addMenu(QString());
    m_projectMenu->setObjectName(QStringLiteral("projectMenu"));
    m_projectMenu->addActions({m_stratifyAction, m_newPeriodAction, m_importAction});
    m_projectMenu->addActions({m_computeAction, m_netAction, m_sealAction, m_reviseAction});
    m_projectMenu->addSeparator();
    m_projectMenu->addAction(m_propertiesAction);
    m_projectMenu->addAction(m_verifyAction);
    m_projectMenu->addAction(m_auditAction);

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

void MainWindow::createPages()
{
    m_startPage = new StartPage;
    connect(m_startPage, &StartPage::newProjectRequested, this, &MainWindow::askNewProject);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::askOpenProject);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_startPage, &StartPage::recentChosen, this, &MainWindow::openProject);

    m_projectTree = new QTreeView;
    m_projectTree->setObjectName(QStringLiteral("projectTree"));
    m_projectTree->setModel(m_model);
    m_projectTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_projectTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showSelection);
    connect(m_projectTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updatePeriodActions);
    // Every group open, and each parameter set's species; a period's plots on demand (a
    // county has thousands).
    connect(m_model, &QAbstractItemModel::modelReset, m_projectTree, [this] {
        m_projectTree->expandToDepth(0);
        const QModelIndex sets = m_model->index(ProjectModel::ParameterSets, 0);
        for (int row = 0; row < m_model->rowCount(sets); ++row)
            m_projectTree->expand(m_model->index(row, 0, sets));
    });

    // The project's summary and next step above the map of its strata.
    m_projectInfo = new QLabel;
    m_projectInfo->setObjectName(QStringLiteral("projectInfo"));
    m_projectInfo->setWordWrap(true);
    m_mapPanel = new MapPanel;
    m_mapPanel->setObjectName(QStringLiteral("mapPanel"));
    m_projectPage = new QWidget;
    auto* projectLayout = new QVBoxLayout(m_projectPage);
    projectLayout->addWidget(m_projectInfo);
    projectLayout->addWidget(m_mapPanel, 1);
    m_periodView = new PeriodView;
    connect(m_periodView, &PeriodView::plotOnMap, this, &MainWindow::showPlotOnMap);
    connect(m_mapPanel, &MapPanel::plotChosen, this, &MainWindow::showPlotInTable);
    connect(m_mapPanel, &MapPanel::plotShown, this, &MainWindow::selectPlotInTree);
    m_parameterView = new ParameterView;
    m_details = new QStackedWidget;
    m_details->addWidget(m_projectPage);
    m_details->addWidget(m_periodView);
    m_details->addWidget(m_parameterView);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("projectSplitter"));
    splitter->addWidget(m_projectTree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 720});

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_startPage);
    m_pages->addWidget(splitter);
    setCentralWidget(m_pages);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_cancel = new QPushButton;
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, m_runner, &workflow::JobRunner::cancel);
    // What the last job noticed: parameters not CONFIRMED, trees outside their equation's
    // range, plots outside every stratum…
    m_notices = new QListWidget;
    m_notices->setObjectName(QStringLiteral("noticesList"));
    m_notices->setWordWrap(true);
    m_noticesDock = new QDockWidget;
    m_noticesDock->setObjectName(QStringLiteral("noticesDock"));
    m_noticesDock->setWidget(m_notices);
    addDockWidget(Qt::BottomDockWidgetArea, m_noticesDock);
    resizeDocks({m_noticesDock}, {120}, Qt::Vertical);
    connect(m_runner, &workflow::JobRunner::noticeAdded, this,
            [this](const workflow::Notice& notice) {
                auto* item = new QListWidgetItem(noticeText(notice), m_notices);
                item->setData(Qt::UserRole, QString::fromStdString(notice.subject));
                item->setData(Qt::UserRole + 1, QString::fromStdString(notice.detail));
                item->setToolTip(QString::fromStdString(notice.detail));
            });
    // Double-click (or Enter) shows a notice whole: what it concerns and its detail.
    connect(m_notices, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        auto* box = new QMessageBox(QMessageBox::Information, tr("Notice"), item->text(),
                                    QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("noticeDialog"));
        box->setInformativeText(tr("Concerns: %1").arg(item->data(Qt::UserRole).toString()));
        box->setDetailedText(item->data(Qt::UserRole + 1).toString());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New project…"));
    m_openAction->setText(tr("&Open project…"));
    m_demoAction->setText(tr("Open the &demo forest farm"));
    m_recentMenu->setTitle(tr("&Recent projects"));
    m_closeAction->setText(tr("&Close project"));
    m_quitAction->setText(tr("&Quit"));
    m_projectMenu->setTitle(tr("&Project"));
    m_verifyAction->setText(tr("&Verify…"));
    m_auditAction->setText(tr("&Audit log…"));
    m_computeAction->setText(tr("&Compute the stock…"));
    m_sealAction->setText(tr("&Seal the period…"));
    m_reviseAction->setText(tr("&Revise the sealed period…"));
    m_netAction->setText(tr("&Net removals…"));
    m_propertiesAction->setText(tr("Project p&roperties…"));
    m_stratifyAction->setText(tr("S&tratify…"));
    m_importAction->setText(tr("&Import field data…"));
    m_newPeriodAction->setText(tr("New &monitoring period…"));
    m_noticesDock->setWindowTitle(tr("Notices"));
    m_notices->setAccessibleName(tr("Notices of the last job"));
    m_exportAction->setText(tr("&Export tables as CSV…"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("System language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Tanhui"));
    m_projectTree->setAccessibleName(tr("Project explorer"));
    m_progress->setAccessibleName(tr("Progress of the running job"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the running job"));
    m_startPage->retranslate();
    m_periodView->retranslate();
    m_mapPanel->retranslate();
    m_parameterView->retranslate();
    m_model->retranslate();
    showSelection(); // the period's next step, in the menu's new words
    updateState();
}

// What follows from the project open (or none) and a job running (or not): the title, which
// actions can be used, the project page and the status line. Not the language: a job's end
// reloads nothing the language alone decides.
void MainWindow::updateState()
{
    updateTitle();
    const bool can = !m_path.isEmpty() && !isBusy();
    for (QAction* a : {m_closeAction, m_verifyAction, m_auditAction, m_exportAction,
                       m_propertiesAction, m_stratifyAction, m_importAction, m_newPeriodAction})
        a->setEnabled(can);
    for (QAction* a : {m_newAction, m_openAction, m_demoAction})
        a->setEnabled(!isBusy());
    m_startPage->setEnabled(!isBusy());
    updatePeriodActions();
    m_projectInfo->setText(
        m_path.isEmpty()
            ? QString()
            : tr("<b>%1</b> — %2<br>%3<br>Select a monitoring period to see its results, a "
                 "stratification to see its map.")
                  .arg(m_projectName.toHtmlEscaped(), m_path.toHtmlEscaped(),
                       nextStep().toHtmlEscaped()));
    if (!isBusy())
        statusBar()->showMessage(m_path.isEmpty() ? tr("No project open") : m_path);
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_path.isEmpty() ? tr("Tanhui — forest carbon monitoring")
                                    : tr("%1 — Tanhui").arg(m_projectName));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
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

void MainWindow::showSelection()
{
    const QModelIndex current = m_projectTree->currentIndex();
    const int group = current.data(ProjectModel::GroupRole).toInt();
    const int row = current.data(ProjectModel::RowRole).toInt();
    if (m_selectingPlot)
        return; // the tree follows a plot chosen on the map: the map stays as it is
    if (const QString plot = current.data(ProjectModel::PlotRole).toString(); !plot.isEmpty()) {
        // A plot: centred on the map shown (the latest stratification's, if none is).
        // Shown already (the selection shown again, in another language): the view is kept.
        const auto& all = m_model->overview().stratifications;
        if (!m_mapPanel->showsAMap() && !all.empty())
            m_mapPanel->showStratification(m_path, all.back(), periodOfPlots());
        if (m_mapPanel->identifiedPlot() != plot || m_details->currentWidget() != m_projectPage)
            m_mapPanel->showPlot(
                QString::fromStdString(m_model->overview().periods[std::size_t(row)].period.label),
                plot);
        m_details->setCurrentWidget(m_projectPage);
    } else if (current.isValid() && group == ProjectModel::Periods && row >= 0 &&
               current.parent().isValid()) {
        m_periodView->setProjectPath(m_path);
        const workflow::PeriodOverview& period = m_model->overview().periods[std::size_t(row)];
        m_periodView->setPeriod(period, m_model->overview().periods, nextStep(period));
        m_details->setCurrentWidget(m_periodView);
    } else if (current.isValid() && group == ProjectModel::ParameterSets && row >= 0 &&
               current.parent().isValid()) { // a set, or one of its species: the set
        m_parameterView->setParameterSet(m_model->overview().parameterSets[std::size_t(row)]);
        m_details->setCurrentWidget(m_parameterView);
    } else {
        // A stratification: its map; anything else: the latest's.
        const auto& all = m_model->overview().stratifications;
        if (current.isValid() && group == ProjectModel::Stratifications && row >= 0 &&
            current.parent().isValid())
            m_mapPanel->showStratification(m_path, all[std::size_t(row)], periodOfPlots());
        else if (!all.empty())
            m_mapPanel->showStratification(m_path, all.back(), periodOfPlots());
        else
            m_mapPanel->clear();
        m_details->setCurrentWidget(m_projectPage);
    }
}

} // namespace tanhui::ui
