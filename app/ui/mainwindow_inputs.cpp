// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The main window: what goes into the project — its strata, its periods, their field data —
// each recorded as a job.
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <algorithm>

#include "tanhui/workflow/projectservice.h"

#include "importwizard.h"
#include "mainwindow.h"
#include "newperioddialog.h"
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
    const workflow::PeriodOverview* period = m_model->latestRevision(selectedPeriod());
    auto* dialog = new StratifyDialog(
        m_path, period ? QString::fromStdString(period->period.endDate) : QString(), this);
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

void MainWindow::addPeriod(const QString& label, const QString& start, const QString& end)
{
    runOnProject(tr("Adding the monitoring period %1…").arg(label), label,
                 [l = label.toStdString(), s = start.toStdString(),
                  e = end.toStdString()](workflow::ProjectService& project,
                                         workflow::JobContext&) -> core::Result<QString> {
                     if (auto added = project.addPeriod(l, s, e); !added)
                         return added.error();
                     return MainWindow::tr("Monitoring period %1 added (%2 – %3).")
                         .arg(QString::fromStdString(l), QString::fromStdString(s),
                              QString::fromStdString(e));
                 });
}

// With `thenImport`, the import wizard opens on the new period once the explorer has it.
void MainWindow::askNewPeriod(bool thenImport)
{
    if (m_path.isEmpty() || isBusy())
        return;
    QStringList labels;
    QDate latestEnd;
    for (const auto& p : m_model->overview().periods) {
        labels << QString::fromStdString(p.period.label);
        latestEnd = std::max(
            latestEnd, QDate::fromString(QString::fromStdString(p.period.endDate), Qt::ISODate));
    }
    auto* dialog = new NewPeriodDialog(labels, latestEnd, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (thenImport)
        dialog->setReason(tr("Field data goes into a monitoring period that is not sealed, and "
                             "the project has none: add one first."));
    connect(dialog, &QDialog::accepted, this, [this, dialog, thenImport] {
        if (thenImport)
            connect(
                this, &MainWindow::periodJobDone, this,
                [this](bool ok) {
                    if (ok)
                        connect(
                            this, &MainWindow::projectOpened, this, [this] { askImport(); },
                            Qt::SingleShotConnection);
                },
                Qt::SingleShotConnection);
        addPeriod(dialog->label(), dialog->startDate(), dialog->endDate());
    });
    dialog->open();
}

// Into a draft period (the selected one when it is a draft); without one, a period is added
// first.
void MainWindow::askImport()
{
    if (m_path.isEmpty() || isBusy())
        return;
    QStringList drafts = m_model->draftPeriods();
    if (drafts.isEmpty()) {
        askNewPeriod(true);
        return;
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
    QString layerCrs; // of the first raster that has one
    for (const auto& l : m_model->overview().layers)
        if (layerCrs.isEmpty() && l.kind == "raster")
            layerCrs = QString::fromStdString(l.crs);
    auto* wizard = new ImportWizard(m_path, drafts, maps, layerCrs, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::importRequested, this, &MainWindow::importFieldData);
    wizard->open();
}

// What to do next in this project, for the page shown when nothing is selected: a newcomer
// is led from strata to a sealed period in the order the work is done.
QString MainWindow::nextStep() const
{
    const workflow::ProjectOverview& o = m_model->overview();
    auto menu = [this](const QAction* action) {
        return menuPath(action);
    };
    if (o.stratifications.empty())
        return tr("Next: %1 — the carbon strata, from a stand raster or stand polygons.")
            .arg(menu(m_stratifyAction));
    const QStringList drafts = m_model->draftPeriods();
    const workflow::PeriodOverview* draft =
        drafts.isEmpty() ? nullptr : m_model->latestRevision(drafts.last());
    if (!draft)
        return o.periods.empty()
                   ? tr("Next: %1, then %2 — its plots and their trees.")
                         .arg(menu(m_newPeriodAction), menu(m_importAction))
                   : tr("Every period is sealed. Next: %1 for the next measurement, or %2.")
                         .arg(menu(m_newPeriodAction), menu(m_verifyAction));
    const QString label = QString::fromStdString(draft->period.label);
    if (draft->plots.empty())
        return tr("Next: %1 — the plots and trees of %2.").arg(menu(m_importAction), label);
    if (!draft->stock)
        return tr("Next: select %1 in the explorer, then %2.").arg(label, menu(m_computeAction));
    return tr("Next: select %1 and check its results; %2 for its other terms, then %3.")
        .arg(label, menu(m_netAction), menu(m_sealAction));
}

QString MainWindow::nextStep(const workflow::PeriodOverview& period) const
{
    if (period.period.sealed || period.stock)
        return {};
    if (period.plots.empty())
        return tr("Next: %1 — its plots and their trees.").arg(menuPath(m_importAction));
    return tr("Next: %1.").arg(menuPath(m_computeAction));
}

QString MainWindow::menuPath(const QAction* action) const
{
    // "&Project" and "项目(&P)" as a menu shows them: without the mnemonic.
    auto plain = [](QString text) -> QString {
        static const QRegularExpression mnemonic(QStringLiteral("\\(&\\w\\)|&(?=\\w)"));
        return text.remove(mnemonic);
    };
    return plain(m_projectMenu->title()) + QStringLiteral(" ▸ ") + plain(action->text());
}

} // namespace tanhui::ui
