// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "plotsview.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

#include "tanhui/workflow/jobrunner.h"
#include "tanhui/workflow/projectservice.h"

#include "projectjob.h"
#include "texttablemodel.h"

namespace tanhui::ui {

namespace {

using Rows = std::vector<QStringList>;

QString number(double v, int decimals)
{
    return std::isnan(v) ? QString() : QLocale().toString(v, 'f', decimals);
}

QTableView* tableView(const char* name, TextTableModel* model)
{
    auto* view = new QTableView;
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setMinimumHeight(180);
    return view;
}

} // namespace

PlotsView::PlotsView(QWidget* parent)
    : QWidget(parent)
    , m_runner(new workflow::JobRunner(this))
    , m_plotsModel(new TextTableModel(this))
    , m_treesModel(new TextTableModel(this))
{
    setObjectName(QStringLiteral("plotsView"));
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("plotsHeading"));
    m_treesHeading = new QLabel;
    m_treesHeading->setObjectName(QStringLiteral("treesHeading"));
    m_plots = tableView("plotsTable", m_plotsModel);
    m_trees = tableView("treesTable", m_treesModel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_plots);
    m_onMap = new QPushButton;
    m_onMap->setObjectName(QStringLiteral("plotOnMapButton"));
    m_onMap->setEnabled(false);
    layout->addWidget(m_onMap, 0, Qt::AlignLeft);
    layout->addWidget(m_treesHeading);
    layout->addWidget(m_trees);
    connect(m_plots->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_onMap->setEnabled(current.isValid());
                if (current.isValid())
                    loadTrees(m_plotsModel->index(current.row(), 0).data().toString());
            });
    const auto chosen = [this] {
        const QModelIndex current = m_plots->currentIndex();
        if (current.isValid())
            emit showOnMap(m_plotsModel->index(current.row(), 0).data().toString());
    };
    connect(m_onMap, &QPushButton::clicked, this, chosen);
    connect(m_plots, &QAbstractItemView::doubleClicked, this, chosen);
    retranslate();
}

void PlotsView::retranslate()
{
    m_plotsModel->setHeaders({tr("Plot"), tr("Stratum"), tr("Area (ha)"), tr("Slope (°)"),
                              tr("Easting"), tr("Northing"), tr("Trees")},
                             {2, 3, 4, 5, 6});
    m_treesModel->setHeaders({tr("Species"), tr("DBH (cm)"), tr("Height (m)"),
                              tr("Wood density (g/cm³)"), tr("Alive"), tr("Row in the tally")},
                             {1, 2, 3, 5});
    m_plots->setAccessibleName(tr("Plots of the period"));
    m_onMap->setText(tr("Show on the &map"));
    m_onMap->setAccessibleName(tr("Show the selected plot on the map"));
    m_trees->setAccessibleName(tr("Trees of the selected plot"));
    if (!m_period.isEmpty())
        loadPlots();
}

void PlotsView::setPeriod(const QString& path, const QString& period)
{
    if (period != m_period || path != m_path)
        m_toSelect.clear();
    m_path = path;
    m_period = period;
    loadPlots();
}

void PlotsView::loadPlots()
{
    if (m_runner->isRunning()) {
        m_plotsPending = true;
        return;
    }
    m_plotsPending = false;
    m_plotsModel->setRows({}); // until they are read, a plot to select waits for them
    m_treesModel->setRows({});
    m_treesHeading->setText(tr("Select a plot to see its trees."));
    m_runner->start<Rows>(
        onProject<Rows>(m_path.toStdString(),
                        [p = m_period.toStdString()](workflow::ProjectService& project,
                                                     workflow::JobContext&) -> core::Result<Rows> {
                            const auto plots = project.plots(p);
                            if (!plots)
                                return plots.error();
                            Rows rows;
                            rows.reserve(plots->size());
                            for (const auto& [plot, trees] : *plots)
                                rows.push_back({QString::fromStdString(plot.plotId),
                                                QString::fromStdString(plot.stratum),
                                                number(plot.areaHa, 4), number(plot.slopeDeg, 1),
                                                number(plot.x, 2), number(plot.y, 2),
                                                QLocale().toString(qlonglong(trees))});
                            return rows;
                        }),
        this, [this](const core::Result<Rows>& rows) {
            m_plotsModel->setRows(rows ? *rows : Rows{});
            m_heading->setText(
                tr("%n plot(s); select one to see its trees.", nullptr, m_plotsModel->rowCount()));
            emit plotsShown(m_plotsModel->rowCount());
            if (m_plotsPending) {
                loadPlots(); // a plot to select waits for these rows
                return;
            }
            if (!m_toSelect.isEmpty())
                selectPlot(std::exchange(m_toSelect, QString()));
            if (!m_pendingPlot.isEmpty())
                loadTrees(std::exchange(m_pendingPlot, QString()));
        });
}

void PlotsView::loadTrees(const QString& plot)
{
    if (m_runner->isRunning()) {
        m_pendingPlot = plot;
        return;
    }
    m_runner->start<Rows>(
        onProject<Rows>(
            m_path.toStdString(),
            [p = m_period.toStdString(), id = plot.toStdString()](
                workflow::ProjectService& project, workflow::JobContext&) -> core::Result<Rows> {
                const auto trees = project.trees(p, id);
                if (!trees)
                    return trees.error();
                Rows rows;
                for (const core::Tree& t : *trees)
                    rows.push_back({QString::fromStdString(t.species), number(t.dbhCm, 1),
                                    number(t.heightM, 1), number(t.woodDensity, 3),
                                    t.alive ? PlotsView::tr("alive") : PlotsView::tr("dead"),
                                    QString::number(t.sourceRow)});
                return rows;
            }),
        this, [this, plot](const core::Result<Rows>& rows) {
            m_treesModel->setRows(rows ? *rows : Rows{});
            m_treesHeading->setText(
                tr("Plot %1: %n tree(s).", nullptr, m_treesModel->rowCount()).arg(plot));
            emit treesShown(plot, m_treesModel->rowCount());
            if (m_plotsPending)
                loadPlots();
            else if (!m_pendingPlot.isEmpty())
                loadTrees(std::exchange(m_pendingPlot, QString()));
        });
}

void PlotsView::selectPlot(const QString& id)
{
    for (int r = 0; r < m_plotsModel->rowCount(); ++r)
        if (m_plotsModel->index(r, 0).data().toString() == id) {
            m_plots->setCurrentIndex(m_plotsModel->index(r, 0));
            m_plots->scrollTo(m_plotsModel->index(r, 0));
            return;
        }
    m_toSelect = id; // the plots are being read: selected once they are shown
}

} // namespace tanhui::ui
