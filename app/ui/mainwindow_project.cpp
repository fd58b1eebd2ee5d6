// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The main window: opening, creating and closing projects, the demo farm, recent projects.
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeView>

#include "tanhui/workflow/demofarm.h"
#include "tanhui/workflow/jobrunner.h"
#include "tanhui/workflow/projectservice.h"

#include "auditlogdialog.h"
#include "errortext.h"
#include "mainwindow.h"
#include "newprojectdialog.h"
#include "projectjob.h"
#include "projectmodel.h"
#include "startpage.h"
#include "verifydialog.h"

namespace tanhui::ui {

namespace {

constexpr int kRecentCount = 8;
const QString kRecentKey = QStringLiteral("recentProjects");

QString localTanhuiFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QString path = mime->urls().first().toLocalFile();
    return path.endsWith(QStringLiteral(".tanhui"), Qt::CaseInsensitive) ? path : QString();
}

} // namespace

bool MainWindow::isBusy() const
{
    return m_runner->isRunning();
}

void MainWindow::setBusy(const QString& message)
{
    statusBar()->showMessage(message);
    m_progress->setMaximum(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    // The job starts just after: until it runs, isBusy() does not know of it yet.
    for (QAction* a :
         {m_newAction, m_openAction, m_demoAction, m_closeAction, m_verifyAction, m_auditAction,
          m_exportAction, m_propertiesAction, m_stratifyAction, m_importAction, m_newPeriodAction,
          m_computeAction, m_netAction, m_sealAction, m_reviseAction})
        a->setEnabled(false);
    m_startPage->setEnabled(false);
}

void MainWindow::setIdle()
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    updateState();
}

// The verifier's check, on a connection of its own on the worker thread.
void MainWindow::verifyProject()
{
    if (isBusy() || m_path.isEmpty())
        return;
    setBusy(tr("Verifying %1…").arg(m_path));
    m_runner->start<workflow::VerifyReport>(
        onProject<workflow::VerifyReport>(
            m_path.toStdString(),
            [](workflow::ProjectService& project, workflow::JobContext& context) {
                return project.verify(context);
            }),
        this, [this](const core::Result<workflow::VerifyReport>& report) {
            setIdle();
            if (!report) {
                if (report.error().code != core::ErrorCode::Cancelled)
                    showError(tr("The project could not be verified."), report.error());
                return;
            }
            auto* dialog = new VerifyDialog(*report, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            emit verificationShown(report->ok());
        });
}

void MainWindow::showAuditLog()
{
    if (isBusy() || m_path.isEmpty())
        return;
    setBusy(tr("Reading the audit log…"));
    m_runner->start<std::vector<workflow::AuditEntry>>(
        onProject<std::vector<workflow::AuditEntry>>(
            m_path.toStdString(), [](workflow::ProjectService& project,
                                     workflow::JobContext&) { return project.auditLog(); }),
        this, [this](const core::Result<std::vector<workflow::AuditEntry>>& entries) {
            setIdle();
            if (!entries) {
                showError(tr("The audit log could not be read."), entries.error());
                return;
            }
            auto* dialog = new AuditLogDialog(*entries, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            emit auditLogShown(int(entries->size()));
        });
}

void MainWindow::openProject(const QString& path)
{
    startOverview(path, false, {}, {});
}

void MainWindow::createProject(const QString& path, const QString& name, const QString& methodology)
{
    startOverview(path, true, name, methodology);
}

// Opening reads every layer's hash: a job, whose result comes back as an overview.
void MainWindow::startOverview(const QString& path, bool create, const QString& name,
                               const QString& methodology)
{
    if (isBusy())
        return;
    setBusy(create ? tr("Creating %1…").arg(path) : tr("Opening %1…").arg(path));
    keepNoticesOf(QFileInfo(path).absoluteFilePath());
    const std::string file = path.toStdString();
    const std::string projectName = name.toStdString();
    const std::string method = methodology.toStdString();
    m_runner->start<workflow::ProjectOverview>(
        [file, create, projectName, method, folder = QFileInfo(path).absolutePath()](
            workflow::JobContext&) -> core::Result<workflow::ProjectOverview> {
            // The folder the dialog said it would make; a failure is reported by create.
            if (create)
                QDir().mkpath(folder);
            auto project = create ? workflow::ProjectService::create(file, projectName, method)
                                  : workflow::ProjectService::open(file);
            if (!project)
                return project.error();
            return project->overview();
        },
        this,
        [this, path](const core::Result<workflow::ProjectOverview>& result) {
            overviewReady(path, result);
        });
}

void MainWindow::overviewReady(const QString& path,
                               const core::Result<workflow::ProjectOverview>& result)
{
    setIdle();
    if (!result) {
        showError(tr("The project %1 cannot be opened.").arg(QFileInfo(path).fileName()),
                  result.error());
        return;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_projectName = QString::fromStdString(result->project.name);
    m_model->setOverview(*result);
    m_pages->setCurrentIndex(1);
    // After a job on a period: that period (its latest revision) is selected again.
    for (int row = m_model->rowCount(m_model->index(ProjectModel::Periods, 0)) - 1;
         row >= 0 && !m_reselect.isEmpty(); --row) {
        const QModelIndex period = m_model->itemIndex(ProjectModel::Periods, row);
        if (QString::fromStdString(result->periods[std::size_t(row)].period.label) == m_reselect) {
            m_projectTree->setCurrentIndex(period);
            break;
        }
    }
    m_reselect.clear();
    // Nothing selected again: the project's page, with its map (a reset model says nothing).
    if (!m_projectTree->currentIndex().isValid())
        showSelection();
    rememberRecent(m_path);
    updateState();
    emit projectOpened(m_path);
}

// Not modal to the application: the window keeps running; the message says why and what to do.
void MainWindow::showError(const QString& what, const core::Error& error)
{
    QString advice;
    switch (error.code) {
    case core::ErrorCode::SchemaTooNew:
        advice = tr("It was saved by a newer Tanhui. Open it with that version, or update "
                    "Tanhui; this version leaves the file as it is.");
        break;
    case core::ErrorCode::UnsupportedFormat:
        advice = tr("It is not a Tanhui project. Choose a .tanhui file made by Tanhui.");
        break;
    case core::ErrorCode::CorruptData:
        advice = tr("It is not a readable Tanhui project: damaged, or another kind of file "
                    "named .tanhui. Open a backup copy; keep this file for examination.");
        break;
    case core::ErrorCode::FileNotFound:
        advice = tr("The file is not there (moved, renamed or on a drive not connected).");
        break;
    case core::ErrorCode::FileUnreadable:
    case core::ErrorCode::DatabaseError:
        advice = tr("Tanhui cannot read or write it here. Check that the file and its folder "
                    "are writable (not read-only, not on a locked share), or copy it to your "
                    "own folder.");
        break;
    default:
        break;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Tanhui"), what, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorDialog"));
    box->setInformativeText(advice.isEmpty() ? errorText(error)
                                             : advice + QStringLiteral("\n\n") + errorText(error));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit openFailed(box->informativeText());
}

void MainWindow::askOpenProject()
{
    auto* dialog = new QFileDialog(this, tr("Open project"), QDir::homePath(),
                                   tr("Tanhui projects (*.tanhui)"));
    dialog->setObjectName(QStringLiteral("openDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openProject);
    dialog->open();
}

void MainWindow::askNewProject()
{
    auto* dialog = new NewProjectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewProjectDialog::accepted, this, [this, dialog] {
        createProject(dialog->path(), dialog->name(), dialog->methodology());
    });
    dialog->open();
}

// The demo is made once in the user's data folder and opened from there after.
void MainWindow::openDemo()
{
    if (isBusy())
        return;
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                              QStringLiteral("/demo-farm");
    const QString project = directory + QStringLiteral("/demo.tanhui");
    if (QFileInfo::exists(project)) {
        openProject(project);
        return;
    }
    setBusy(tr("Making the demo forest farm in %1…").arg(directory));
    keepNoticesOf(QFileInfo(project).absoluteFilePath()); // what making it notices is kept
    m_runner->start<workflow::DemoFarm>(
        [dir = directory.toStdString()](workflow::JobContext& context) {
            return workflow::createDemoFarm(dir, context);
        },
        this,
        [this, project](const core::Result<workflow::DemoFarm>& farm) {
            if (!farm) {
                overviewReady(project, farm.error());
                return;
            }
            // Made: opened like any project, once this job has ended.
            QMetaObject::invokeMethod(
                this, [this, project] { openProject(project); }, Qt::QueuedConnection);
        });
}

void MainWindow::keepNoticesOf(const QString& path)
{
    if (path == m_noticesFor)
        return;
    m_notices->clear();
    m_noticesFor = path;
}

void MainWindow::closeProject()
{
    keepNoticesOf({});
    m_path.clear();
    m_projectName.clear();
    m_model->clear();
    m_pages->setCurrentIndex(0);
    updateRecent();
    updateState();
}

QStringList MainWindow::recentProjects() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::rememberRecent(const QString& path)
{
    QStringList recent = recentProjects();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kRecentCount)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    updateRecent();
}

void MainWindow::updateRecent()
{
    const QStringList recent = recentProjects();
    m_startPage->setRecentProjects(recent);
    m_recentMenu->clear();
    for (const QString& path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openProject(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localTanhuiFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = localTanhuiFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openProject(path);
}

} // namespace tanhui::ui
