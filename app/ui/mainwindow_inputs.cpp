// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The main window: what goes into the project — its strata — each recorded as a job.
#include <QLocale>

#include "tanhui/workflow/projectservice.h"

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

} // namespace tanhui::ui
