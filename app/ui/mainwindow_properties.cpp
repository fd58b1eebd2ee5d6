// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The main window: the project's properties and a period's net removals, each saved as a job
// on the open project.
#include <QLocale>

#include "tanhui/workflow/projectservice.h"

#include "mainwindow.h"
#include "netremovalsdialog.h"
#include "projectmodel.h"
#include "propertiesdialog.h"

namespace tanhui::ui {

void MainWindow::saveProperties(const workflow::ProjectProperties& properties)
{
    runOnProject(tr("Saving the project's properties…"), selectedPeriod(),
                 [properties](workflow::ProjectService& project,
                              workflow::JobContext&) -> core::Result<QString> {
                     if (auto ok = project.setProperties(properties); !ok)
                         return ok.error();
                     return MainWindow::tr("The project's properties were saved (audited).");
                 });
}

void MainWindow::saveNetTerms(const QString& period,
                              const std::vector<workflow::NetTermInput>& terms)
{
    runOnProject(tr("Saving the net removals of %1…").arg(period), period,
                 [p = period.toStdString(), terms](workflow::ProjectService& project,
                                                   workflow::JobContext&) -> core::Result<QString> {
                     const auto net = project.setNetTerms(p, terms);
                     if (!net)
                         return net.error();
                     if (!net->complete())
                         return MainWindow::tr("Net removals of %1 saved; not complete yet.")
                             .arg(QString::fromStdString(p));
                     return MainWindow::tr("Net removals of %1: %2 t CO2e, conservative %3 t CO2e.")
                         .arg(QString::fromStdString(p), QLocale().toString(net->netTco2e, 'f', 1),
                              QLocale().toString(net->conservativeNetTco2e, 'f', 1));
                 });
}

void MainWindow::askProperties()
{
    if (m_path.isEmpty() || isBusy())
        return;
    auto* dialog = new PropertiesDialog(m_model->overview().properties, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { saveProperties(dialog->properties()); });
    dialog->open();
}

void MainWindow::askNetRemovals()
{
    const QString period = selectedPeriod();
    if (period.isEmpty() || isBusy())
        return;
    const workflow::PeriodOverview* latest = m_model->latestRevision(period);
    auto* dialog =
        new NetRemovalsDialog(period, latest ? latest->net : workflow::NetRemovalsSummary{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, period] {
        if (!dialog->terms().empty())
            saveNetTerms(period, dialog->terms());
    });
    dialog->open();
}

} // namespace tanhui::ui
