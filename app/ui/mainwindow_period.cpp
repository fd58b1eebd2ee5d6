// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The main window: what is done to a monitoring period — compute, seal, revise — each a job
// on the open project, with its notices in the notices dock.
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeView>

#include "tanhui/workflow/jobrunner.h"
#include "tanhui/workflow/projectservice.h"

#include "filefield.h"
#include "mainwindow.h"
#include "mapview/mappanel.h"
#include "noticetext.h"
#include "periodview.h"
#include "projectjob.h"
#include "projectmodel.h"

namespace tanhui::ui {

QString MainWindow::selectedPeriod() const
{
    const QModelIndex current = m_projectTree->currentIndex();
    if (!current.isValid() || !current.parent().isValid() ||
        current.data(ProjectModel::GroupRole).toInt() != ProjectModel::Periods)
        return {};
    const int row = current.data(ProjectModel::RowRole).toInt();
    return QString::fromStdString(m_model->overview().periods[std::size_t(row)].period.label);
}

void MainWindow::updatePeriodActions()
{
    const QString period = selectedPeriod();
    const workflow::PeriodOverview* latest = m_model->latestRevision(period);
    const bool sealed = latest && latest->period.sealed;
    const bool can = !period.isEmpty() && !isBusy();
    m_computeAction->setEnabled(can && !sealed);
    m_netAction->setEnabled(can && !sealed);
    m_sealAction->setEnabled(can && !sealed);
    m_reviseAction->setEnabled(can && sealed);
}

void MainWindow::runOnProject(const QString& busy, const QString& period, ProjectJob job)
{
    if (isBusy() || m_path.isEmpty())
        return;
    setBusy(busy);
    m_notices->clear();
    m_runner->start<QString>(onProject<QString>(m_path.toStdString(), std::move(job)), this,
                             [this, period](const core::Result<QString>& done) {
                                 setIdle();
                                 if (!done) {
                                     if (done.error().code != core::ErrorCode::Cancelled)
                                         showError(tr("That could not be done."), done.error());
                                     emit periodJobDone(false);
                                     return;
                                 }
                                 statusBar()->showMessage(*done);
                                 m_reselect = period;
                                 emit periodJobDone(true);
                                 // The explorer is read again, and the period selected, once this
                                 // job has ended.
                                 QMetaObject::invokeMethod(
                                     this, [this] { openProject(m_path); }, Qt::QueuedConnection);
                             });
}

void MainWindow::computePeriod(const QString& period, const QString& stratification,
                               const QString& speciesTable)
{
    const workflow::ComputeRequest request{
        period.toStdString(), stratification.toStdString(), speciesTable.toStdString(), {}, 0.90};
    runOnProject(tr("Computing the stock of %1…").arg(period), period,
                 [request](workflow::ProjectService& project,
                           workflow::JobContext& context) -> core::Result<QString> {
                     const auto stock = project.compute(request, context);
                     if (!stock)
                         return stock.error();
                     QString message =
                         MainWindow::tr("Period %1: stock %2 t CO2e, uncertainty %3 %.")
                             .arg(QString::fromStdString(stock->period),
                                  QLocale().toString(stock->totalTco2e, 'f', 1),
                                  QLocale().toString(stock->uncertainty * 100, 'f', 2));
                     // The change from the period before is computed from this stock again, so
                     // that it never stays one computed from the stock replaced. Without an
                     // earlier period, or one not computed, there is no change to compute.
                     const auto change = project.compare({request.period, {}, {}}, context);
                     if (change)
                         message += QLatin1Char(' ') +
                                    MainWindow::tr("Change from %1: %2 t CO2e.")
                                        .arg(QString::fromStdString(change->earlier),
                                             QLocale().toString(change->changeTco2e, 'f', 1));
                     else if (change.error().code != core::ErrorCode::UnknownReference &&
                              change.error().code != core::ErrorCode::InsufficientData)
                         return change.error();
                     return message;
                 });
}

void MainWindow::sealPeriod(const QString& period, const QString& signingKey)
{
    runOnProject(
        tr("Sealing %1…").arg(period), period,
        [p = period.toStdString(), key = signingKey.toStdString()](
            workflow::ProjectService& project, workflow::JobContext&) -> core::Result<QString> {
            const auto seal = project.seal(p, key);
            if (!seal)
                return seal.error();
            return MainWindow::tr("Period %1 sealed: %2")
                .arg(QString::fromStdString(seal->period), QString::fromStdString(seal->digest));
        });
}

void MainWindow::revisePeriod(const QString& period, const QString& reason)
{
    runOnProject(tr("Starting a revision of %1…").arg(period), period,
                 [p = period.toStdString(),
                  r = reason.toStdString()](workflow::ProjectService& project,
                                            workflow::JobContext&) -> core::Result<QString> {
                     const auto revision = project.revise(p, r);
                     if (!revision)
                         return revision.error();
                     return MainWindow::tr("A draft revision of %1 was started.")
                         .arg(QString::fromStdString(p));
                 });
}

// The stratification to compute with: those recorded in the project.
void MainWindow::askCompute()
{
    const QString period = selectedPeriod();
    if (period.isEmpty())
        return;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("computeDialog"));
    dialog->setWindowTitle(tr("Compute the stock of %1").arg(period));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* strata = new QComboBox;
    strata->setObjectName(QStringLiteral("computeStratification"));
    strata->setAccessibleName(tr("Stratification"));
    for (const auto& s : m_model->overview().stratifications)
        strata->addItem(QString::fromStdString(s.name));
    strata->setCurrentIndex(strata->count() - 1);
    // The project's own species table, or the set shipped with Tanhui.
    const FileField speciesField =
        fileField(dialog, "computeSpeciesTable",
                  tr("The project's own species table (empty: the shipped set)"),
                  tr("Tables (*.csv *.xlsx *.ods);;All files (*)"));
    QLineEdit* species = speciesField.edit;
    species->setPlaceholderText(tr("the set shipped with Tanhui"));
    // Wide enough for the placeholder and a path's last folders.
    species->setMinimumWidth(species->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24);
    auto* note = new QLabel(tr("A species table is checked before it is used: every equation "
                               "must compile and every row name its status and source; it is "
                               "stored whole in the project. Rows not CONFIRMED are named in the "
                               "notices. Confidence level 90 %."));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(strata->count() > 0);
    auto* form = new QFormLayout(dialog);
    form->addRow(tr("&Stratification:"), strata);
    form->addRow(tr("&Parameters:"), speciesField.row);
    form->addRow(note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, period, strata, species] {
        computePeriod(period, strata->currentText(), species->text().trimmed());
    });
    dialog->open();
}

void MainWindow::askSeal()
{
    const QString period = selectedPeriod();
    if (period.isEmpty())
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Seal %1").arg(period),
                                tr("Seal the monitoring period %1?").arg(period),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("sealConfirmation"));
    QString text =
        tr("Its plots and trees, its results, the parameter sets and stratifications they used, "
           "every layer's hash, the audit log's hash chain and the previous seal are hashed into "
           "the seal. The period then becomes submitted and read-only: corrections go into a "
           "revision, with a reason. Signed with your organisation's private key (tanhui-cli "
           "keygen makes one), a verifier who trusts its public key can tell the seal is yours.");
    // What the verifier will question is said before the seal makes it final.
    const workflow::PeriodOverview* latest = m_model->latestRevision(period);
    if (latest && !latest->stock) {
        text += QStringLiteral("\n\n") +
                tr("⚠ No stock has been computed for it: the seal holds its field data only.");
    } else if (latest && !latest->stock->speciesNotConfirmed.empty()) {
        QStringList species;
        for (const std::string& entry : latest->stock->speciesNotConfirmed)
            species << QString::fromStdString(entry);
        text += QStringLiteral("\n\n") +
                tr("⚠ Its stock rests on parameters not CONFIRMED (%1): the seal records them "
                   "as they are.")
                    .arg(species.join(QStringLiteral("; ")));
    }
    box->setInformativeText(text);
    auto* seal = box->addButton(tr("&Seal"), QMessageBox::AcceptRole);
    auto* sign = box->addButton(tr("Seal and si&gn…"), QMessageBox::AcceptRole);
    sign->setObjectName(QStringLiteral("sealAndSignButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, period, seal, sign](QAbstractButton* b) {
        if (b == seal)
            sealPeriod(period);
        else if (b == sign)
            askSigningKey(period);
    });
    box->open();
}

// The private key a seal is signed with: chosen each time, never remembered.
void MainWindow::askSigningKey(const QString& period)
{
    auto* dialog = new QFileDialog(this, tr("Private key to sign the seal of %1").arg(period),
                                   QDir::homePath(), tr("PEM keys (*.key *.pem);;All files (*)"));
    dialog->setObjectName(QStringLiteral("signingKeyDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, period](const QString& key) { sealPeriod(period, key); });
    dialog->open();
}

void MainWindow::askRevise()
{
    const QString period = selectedPeriod();
    if (period.isEmpty())
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("reviseDialog"));
    dialog->setWindowTitle(tr("Revise %1").arg(period));
    dialog->setLabelText(tr("Why is the sealed period %1 corrected? The reason is kept in the "
                            "audit log.")
                             .arg(period));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, period](const QString& reason) {
        if (!reason.trimmed().isEmpty())
            revisePeriod(period, reason.trimmed());
    });
    dialog->open();
}

void MainWindow::exportTables(const QString& directory)
{
    runOnProject(tr("Exporting the tables to %1…").arg(directory), selectedPeriod(),
                 [d = directory.toStdString()](workflow::ProjectService& project,
                                               workflow::JobContext&) -> core::Result<QString> {
                     const auto files = project.exportCsv(d);
                     if (!files)
                         return files.error();
                     return MainWindow::tr("%n table(s) written to %1.", nullptr,
                                           int(files->size()))
                         .arg(QString::fromStdString(d));
                 });
}

// Into an empty folder: nothing of the user's is overwritten, and the export is whole or none.
void MainWindow::askExport()
{
    auto* dialog = new QFileDialog(this, tr("Export the tables into an empty folder"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::exportTables);
    dialog->open();
}

QString MainWindow::periodOfPlots() const
{
    const auto& periods = m_model->overview().periods;
    for (auto p = periods.rbegin(); p != periods.rend(); ++p)
        if (!p->plots.empty())
            return QString::fromStdString(p->period.label);
    return {};
}

void MainWindow::showPlotOnMap(const QString& period, const QString& plot)
{
    // The project page shows the latest stratification's map (or the one last selected).
    const auto& all = m_model->overview().stratifications;
    if (all.empty())
        return;
    const QModelIndex current = m_projectTree->currentIndex();
    if (current.data(ProjectModel::GroupRole).toInt() != ProjectModel::Stratifications ||
        !current.parent().isValid())
        m_projectTree->setCurrentIndex(
            m_model->itemIndex(ProjectModel::Stratifications, int(all.size()) - 1));
    m_mapPanel->showPlot(period, plot);
}

void MainWindow::selectPlotInTree(const QString& period, const QString& plot)
{
    const QModelIndex item = m_model->plotIndex(period, plot);
    if (!item.isValid() || item == m_projectTree->currentIndex())
        return;
    m_selectingPlot = true; // the map shows it already
    m_projectTree->setCurrentIndex(item);
    m_projectTree->scrollTo(item);
    m_selectingPlot = false;
}

void MainWindow::showPlotInTable(const QString& period, const QString& plot)
{
    const auto& periods = m_model->overview().periods;
    for (int row = int(periods.size()) - 1; row >= 0; --row)
        if (QString::fromStdString(periods[std::size_t(row)].period.label) == period) {
            m_projectTree->setCurrentIndex(m_model->itemIndex(ProjectModel::Periods, row));
            m_periodView->selectPlot(plot);
            return;
        }
}

} // namespace tanhui::ui
