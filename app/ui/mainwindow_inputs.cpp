// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The main window: what goes into the project — its strata, its field data — each recorded
// as a job.
#include <QLocale>

#include "tanhui/workflow/projectservice.h"

#include "importwizard.h"
#include "mainwindow.h"
#include "projectmodel.h"
#include "stratifydialog.h"

namespace tanhui::ui {

void MainWindow::stratify(const workflow::StratifyRequest& request)
{
    runOnProject(
        tr("Recording the strata %1…").arg(QString::fromStdString(request.name)), selectedPeriod(),
        [request](workflow::ProjectService& project,
                  workflow::JobContext& context) -> core::Result<QString> {
            const auto s = project.stratify(request, context);
            if (!s)
                return s.error();
            return MainWindow::tr("Stratification %1 recorded: %n stratum(s), %2 ha.", nullptr,
                                  s->strata)
                .arg(QString::fromStdString(s->name), QLocale().toString(s->total.value(), 'f', 2));
        });
}

// The monitoring date offered is the selected period's end.
void MainWindow::askStratify()
{
    if (m_path.isEmpty() || isBusy())
        return;
    QString date;
    for (const auto& p : m_model->overview().periods)
        if (QString::fromStdString(p.period.label) == selectedPeriod())
            date = QString::fromStdString(p.period.endDate);
    auto* dialog = new StratifyDialog(date, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StratifyDialog::applyRequested, this, &MainWindow::stratify);
    dialog->open();
}

void MainWindow::importFieldData(const workflow::ImportRequest& request)
{
    runOnProject(tr("Importing the field data of %1…").arg(QString::fromStdString(request.period)),
                 QString::fromStdString(request.period),
                 [request](workflow::ProjectService& project,
                           workflow::JobContext& context) -> core::Result<QString> {
                     const auto s = project.importFieldData(request, context);
                     if (!s)
                         return s.error();
                     if (!s->problems.empty()) // the files changed since the wizard's check
                         return s->problems.front();
                     return MainWindow::tr("Imported %1 plots and %2 trees into %3.")
                         .arg(QLocale().toString(qlonglong(s->plots)),
                              QLocale().toString(qlonglong(s->trees)),
                              QString::fromStdString(request.period));
                 });
}

// Into a draft period (the selected one when it is a draft).
void MainWindow::askImport()
{
    if (m_path.isEmpty() || isBusy())
        return;
    QStringList drafts;
    for (const auto& p : m_model->overview().periods) {
        const QString label = QString::fromStdString(p.period.label);
        drafts.removeAll(label); // the latest revision decides
        if (!p.period.sealed)
            drafts << label;
    }
    const QString selected = selectedPeriod();
    if (drafts.contains(selected)) {
        drafts.removeAll(selected);
        drafts << selected;
    }
    QStringList maps; // stratifications drawn from a map, to place plots on
    for (const auto& s : m_model->overview().stratifications)
        if (s.method != "table" && s.method != "raster-values")
            maps << QString::fromStdString(s.name);
    auto* wizard = new ImportWizard(m_path, drafts, maps, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::importRequested, this, &MainWindow::importFieldData);
    wizard->open();
}

} // namespace tanhui::ui
