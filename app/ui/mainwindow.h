// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QMainWindow>
#include <functional>

#include "tanhui/core/result.h"

class QAction;
class QDockWidget;
class QListWidget;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace tanhui::workflow {
class JobContext;
class JobRunner;
class ProjectService;
struct NetTermInput;
struct PeriodOverview;
struct ProjectOverview;
struct ProjectProperties;
struct StratifyRequest;
struct ImportRequest;
} // namespace tanhui::workflow

namespace tanhui::ui {

class LanguageManager;
class ParameterView;
class MapPanel;
class PeriodView;
class ProjectModel;
class StartPage;

/// Tanhui's main window: the start page with no project open; with one, the explorer on the
/// left and the selected item's view on the right. Everything long (opening, which hashes
/// every layer; the demo farm) runs as a job: the GUI thread never waits. Does not own
/// `languages`, which must outlive the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LanguageManager& languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens the project at `path` as a job; projectOpened or openFailed follows.
    void openProject(const QString& path);
    /// Creates a project (name, methodology) at `path` and opens it.
    void createProject(const QString& path, const QString& name, const QString& methodology);
    /// Opens the demo forest farm in the user's data folder, made there first if need be.
    void openDemo();
    /// Verifies the open project as a job; the verification dialog shows what it found.
    void verifyProject();
    /// Reads the audit log as a job; the audit-log dialog shows it.
    void showAuditLog();
    /// The selected period's stock computed with `stratification` and the shipped (or
    /// `speciesTable`'s) parameters, as a job; the explorer is read again after it.
    void computePeriod(const QString& period, const QString& stratification,
                       const QString& speciesTable = {});
    /// Seals `period` (after the confirmation askSeal shows), as a job; signed with the
    /// Ed25519 private key in `signingKey` when one is given.
    void sealPeriod(const QString& period, const QString& signingKey = {});
    /// A new draft revision of the sealed `period`, with the reason, as a job.
    void revisePeriod(const QString& period, const QString& reason);
    /// The label of the period selected in the explorer; empty when none.
    QString selectedPeriod() const;
    /// Every table of the project as CSV into the empty folder `directory`, as a job.
    void exportTables(const QString& directory);
    /// Records the strata `request` describes (the layers read and their hashes), as a job.
    void stratify(const workflow::StratifyRequest& request);
    /// Imports a period's plots and trees (all or nothing), as a job.
    void importFieldData(const workflow::ImportRequest& request);
    /// Adds a monitoring period (dates YYYY-MM-DD) as a job.
    void addPeriod(const QString& label, const QString& start, const QString& end);
    /// Saves the project's properties (audited), as a job.
    void saveProperties(const workflow::ProjectProperties& properties);
    /// Enters terms of `period`'s net removals, all or none (audited), as a job.
    void saveNetTerms(const QString& period, const std::vector<workflow::NetTermInput>& terms);
    bool isBusy() const;
    ProjectModel* projectModel() const { return m_model; }
    QString projectPath() const { return m_path; }

signals:
    void projectOpened(const QString& path);
    void openFailed(const QString& message);
    void verificationShown(bool ok);
    void auditLogShown(int entries);
    /// A job on the open project ended (ok: it did what it was asked).
    void periodJobDone(bool ok);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createPages();
    void retranslateUi();
    void updateState();
    void updateTitle();
    void chooseLanguage(QAction* action);
    void showAbout();
    void askNewProject();
    void askOpenProject();
    void closeProject();
    void rememberRecent(const QString& path);
    QStringList recentProjects() const;
    void updateRecent();
    void showSelection();
    /// The latest period with plots (drawn on the map); empty when none has any.
    QString periodOfPlots() const;
    /// The project page's map, centred on plot `plot` of `period`.
    void showPlotOnMap(const QString& period, const QString& plot);
    /// The period's page, with plot `plot` selected in its table.
    void showPlotInTable(const QString& period, const QString& plot);
    /// The explorer's item of a plot shown on the map, selected without moving the map.
    void selectPlotInTree(const QString& period, const QString& plot);
    void startOverview(const QString& path, bool create, const QString& name,
                       const QString& methodology);
    void overviewReady(const QString& path, const core::Result<workflow::ProjectOverview>& result);
    void showError(const QString& what, const core::Error& error);
    void setBusy(const QString& message);
    void setIdle();
    using ProjectJob =
        std::function<core::Result<QString>(workflow::ProjectService&, workflow::JobContext&)>;
    /// Runs `job` on the open project (its own connection, on the worker), shows the message
    /// it returns, then reads the explorer again and selects `period`.
    void runOnProject(const QString& busy, const QString& period, ProjectJob job);
    void askCompute();
    void askSeal();
    void askSigningKey(const QString& period);
    void askRevise();
    void askExport();
    void askProperties();
    void askStratify();
    void askImport();
    void askNewPeriod(bool thenImport = false);
    QString nextStep() const;
    /// What a draft period without a stock needs next (empty for any other).
    QString nextStep(const workflow::PeriodOverview& period) const;
    /// "Project ▸ Compute the stock…", as the menu shows it, without mnemonics.
    QString menuPath(const QAction* action) const;
    /// Another project's notices do not concern `path`: they are cleared.
    void keepNoticesOf(const QString& path);
    void askNetRemovals();
    void updatePeriodActions();

    LanguageManager& m_languages;
    workflow::JobRunner* m_runner = nullptr;
    ProjectModel* m_model = nullptr;
    QString m_path;
    QString m_projectName;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_projectMenu = nullptr;
    QAction* m_verifyAction = nullptr;
    QAction* m_auditAction = nullptr;
    QAction* m_computeAction = nullptr;
    QAction* m_sealAction = nullptr;
    QAction* m_reviseAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_propertiesAction = nullptr;
    QAction* m_stratifyAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_newPeriodAction = nullptr;
    QAction* m_netAction = nullptr;
    QString m_reselect; ///< the period to select once the explorer is read again
    QDockWidget* m_noticesDock = nullptr;
    QListWidget* m_notices = nullptr;
    QString m_noticesFor; ///< the project the notices shown concern
    QMenu* m_settingsMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_systemLanguageAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;

    QStackedWidget* m_pages = nullptr;
    StartPage* m_startPage = nullptr;
    QTreeView* m_projectTree = nullptr;
    QStackedWidget* m_details = nullptr;
    QLabel* m_projectInfo = nullptr;
    MapPanel* m_mapPanel = nullptr;
    QWidget* m_projectPage = nullptr; ///< the summary and the map
    PeriodView* m_periodView = nullptr;
    ParameterView* m_parameterView = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    bool m_selectingPlot = false; ///< the tree follows the map: showSelection does nothing
};

} // namespace tanhui::ui
