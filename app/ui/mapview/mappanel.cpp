// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "mappanel.h"

#include <QDir>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <QtConcurrent/QtConcurrentRun>

#include "tanhui/workflow/jobcontext.h"
#include "tanhui/workflow/jobrunner.h"
#include "tanhui/workflow/projectservice.h"

#include "errortext.h"
#include "mapcanvas.h"
#include "mapexportdialog.h"
#include "maplayerlist.h"

namespace tanhui::ui {

namespace {
/// Larger than this on a side without overviews, a raster's whole view is slow to read.
constexpr int kLargeRaster = 4096;
} // namespace

MapPanel::MapPanel(QWidget* parent)
    : QWidget(parent)
    , m_canvas(new MapCanvas)
    , m_about(new QLabel)
    , m_cursor(new QLabel)
    , m_cell(new QLabel)
    , m_overviews(new QPushButton)
    , m_export(new QPushButton)
    , m_layers(new MapLayerList)
    , m_showInTable(new QPushButton)
    , m_plotsLine(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton)
    , m_runner(new workflow::JobRunner(this))
{
    m_overviews->setObjectName(QStringLiteral("buildOverviewsButton"));
    m_export->setObjectName(QStringLiteral("exportMapButton"));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &MapPanel::askExport);
    m_progress->setObjectName(QStringLiteral("overviewProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelOverviewsButton"));
    m_progress->setRange(0, 1000);
    for (QWidget* w : {static_cast<QWidget*>(m_overviews), static_cast<QWidget*>(m_progress),
                       static_cast<QWidget*>(m_cancel)})
        w->hide();
    connect(m_overviews, &QPushButton::clicked, this, &MapPanel::askOverviews);
    connect(m_cancel, &QPushButton::clicked, m_runner, &workflow::JobRunner::cancel);
    connect(m_runner, &workflow::JobRunner::progressChanged, m_progress,
            [this](const workflow::Progress& p) { m_progress->setValue(int(p.done)); });
    m_showInTable->setObjectName(QStringLiteral("showPlotInTable"));
    m_plotsLine->setObjectName(QStringLiteral("mapPlots"));
    m_plotsLine->setWordWrap(true);
    m_showInTable->hide();
    connect(m_layers, &MapLayerList::layersChanged, m_canvas, &MapCanvas::setLayers);
    connect(m_showInTable, &QPushButton::clicked, this,
            [this] { emit plotChosen(m_period, m_identifiedPlot); });
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    m_about->setObjectName(QStringLiteral("mapAbout"));
    m_cursor->setObjectName(QStringLiteral("mapCursor"));
    m_cell->setObjectName(QStringLiteral("mapCell"));
    for (QLabel* label : {m_about, m_cell})
        label->setWordWrap(true);
    m_cell->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* aboutRow = new QHBoxLayout;
    aboutRow->addWidget(m_about, 1);
    aboutRow->addWidget(m_overviews);
    aboutRow->addWidget(m_export);
    aboutRow->addWidget(m_progress);
    aboutRow->addWidget(m_cancel);
    layout->addLayout(aboutRow);
    auto* layersRow = new QHBoxLayout;
    layersRow->addWidget(m_layers);
    layersRow->addWidget(m_plotsLine, 1);
    layout->addLayout(layersRow);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_cursor);
    auto* cellRow = new QHBoxLayout;
    cellRow->addWidget(m_cell, 1);
    cellRow->addWidget(m_showInTable);
    layout->addLayout(cellRow);
    connect(m_canvas, &MapCanvas::cursorMoved, this, &MapPanel::showCursor);
    connect(m_canvas, &MapCanvas::identified, this, &MapPanel::showCell);
    connect(m_canvas, &MapCanvas::plotIdentified, this, &MapPanel::showPlotInfo);
    connect(m_canvas, &MapCanvas::identifyFailed, m_cell, &QLabel::setText);
    retranslate();
}

void MapPanel::retranslate()
{
    m_canvas->setAccessibleName(tr("Map of the carbon strata"));
    m_canvas->setAccessibleDescription(
        tr("Drag or use the arrow keys to pan, the wheel or + and − to zoom, Home for the whole "
           "map; a click identifies the cell."));
    m_about->setAccessibleName(tr("What the map shows"));
    m_cursor->setAccessibleName(tr("Coordinates under the cursor"));
    m_cell->setAccessibleName(tr("The cell identified"));
    m_overviews->setText(tr("Build &overviews…"));
    m_export->setText(tr("E&xport PNG…"));
    m_export->setAccessibleName(tr("Export the map as a PNG picture"));
    m_overviews->setAccessibleName(tr("Build overviews of the stand raster"));
    m_progress->setAccessibleName(tr("Progress of the overviews"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the overviews"));
    m_layers->retranslate();
    m_plotsLine->setAccessibleName(tr("The plots on the map"));
    m_showInTable->setText(tr("Show in the plot &table"));
    m_showInTable->setAccessibleName(tr("Show the plot identified in the plot table"));
    if (m_canvas->layer())
        m_canvas->setLegend(withLines(*m_canvas->layer(), m_canvas->legend()));
    showAbout();
    describePlots();
}

void MapPanel::clear()
{
    ++m_opening;
    m_shown.clear();
    m_export->setEnabled(false);
    m_canvas->clear();
    m_about->clear();
    m_cursor->clear();
    m_cell->clear();
    m_plotsLine->clear();
    m_showInTable->hide();
    m_identifiedPlot.clear();
    m_period.clear();
}

void MapPanel::showStratification(const QString& projectPath,
                                  const workflow::StratificationInfo& stratification,
                                  const QString& period)
{
    const QString name = QString::fromStdString(stratification.name);
    const QString key = projectPath + QLatin1Char('\n') + name;
    if (key == m_shown) {
        // The same map: its plots read again (a job may have changed them: an import, a
        // stock computed, a revision), or located once it is open.
        if (m_canvas->layer())
            loadPlots(period);
        else
            m_period = period;
        return;
    }
    m_shown = key;
    m_period = period;
    m_pendingPlot.clear();
    m_plotsLine->clear();
    m_showInTable->hide();
    m_projectPath = projectPath;
    m_stratification = stratification;
    m_overviews->hide();
    const std::uint64_t opening = ++m_opening;
    m_canvas->clear();
    m_cell->clear();
    m_about->setText(tr("Opening the map of %1…").arg(name));
    using Opened = core::Result<std::shared_ptr<const workflow::MapLayer>>;
    auto* watcher = new QFutureWatcher<Opened>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, opening, stratification] {
        watcher->deleteLater();
        if (opening == m_opening) // not overtaken by another map
            layerOpened(stratification, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [path = projectPath.toStdString(), map = stratification.name]() -> Opened {
            auto project = workflow::ProjectService::open(path);
            if (!project)
                return project.error();
            workflow::JobContext context;
            return workflow::MapLayer::open(*project, map, context);
        }));
}

void MapPanel::layerOpened(const workflow::StratificationInfo& stratification,
                           const core::Result<std::shared_ptr<const workflow::MapLayer>>& layer)
{
    const QString name = QString::fromStdString(stratification.name);
    if (!layer) {
        m_about->setText(tr("The map of %1 is not drawn: %2").arg(name, errorText(layer.error())));
        emit layerShown(false);
        return;
    }
    const auto& strata = (*layer)->strata();
    std::vector<LegendEntry> legend;
    for (std::size_t k = 0; k < strata.size(); ++k) {
        LegendEntry entry{QString::fromStdString(strata[k]),
                          stratumColour(int(k), int(strata.size())), 0.0};
        for (const core::StratumArea& a : stratification.areas)
            if (a.stratum == strata[k])
                entry.areaHa = a.areaHa;
        legend.push_back(entry);
    }
    m_canvas->setLayer(*layer, withLines(**layer, std::move(legend)));
    m_layers->setOutlinesAvailable((*layer)->polygons() || !(*layer)->boundary().empty());
    m_export->setEnabled(!m_runner->isRunning());
    showAbout();
    emit layerShown(true);
    if (!m_period.isEmpty())
        loadPlots(m_period, std::exchange(m_pendingPlot, QString()));
}

std::vector<LegendEntry> MapPanel::withLines(const workflow::MapLayer& layer,
                                             std::vector<LegendEntry> legend) const
{
    std::erase_if(legend, [](const LegendEntry& e) { return e.symbol == LegendSymbol::Line; });
    if (layer.polygons())
        legend.push_back({tr("Stand edges"), standEdgeColour(), 0.0, LegendSymbol::Line});
    if (layer.boundaryClips())
        legend.push_back({tr("Project boundary: strata counted inside it"), boundaryColour(), 0.0,
                          LegendSymbol::Line});
    else if (!layer.boundary().empty())
        legend.push_back({tr("Project boundary"), boundaryColour(), 0.0, LegendSymbol::Line});
    return legend;
}

void MapPanel::showAbout()
{
    const auto& layer = m_canvas->layer();
    if (!layer)
        return;
    const QString what = layer->polygons()
                             ? tr("%n stand polygon(s)", nullptr, layer->stands())
                             : tr("%1 × %2 cells").arg(layer->width()).arg(layer->height());
    QString about = tr("%1 on %2 (%3): %4.")
                        .arg(QString::fromStdString(layer->stratification()),
                             QString::fromStdString(layer->raster()),
                             QString::fromStdString(layer->crsName()), what);
    // Polygons are burnt at the view's size: there is nothing to build overviews of.
    const bool slow = !layer->polygons() && layer->overviews().empty() &&
                      std::max(layer->width(), layer->height()) > kLargeRaster;
    if (slow)
        about += QLatin1Char(' ') + tr("It has no overviews: a view of the whole map reads "
                                       "every cell and is slow.");
    m_about->setText(about);
    m_overviews->setVisible(slow && !m_runner->isRunning());
}

void MapPanel::askOverviews()
{
    const auto& layer = m_canvas->layer();
    if (!layer || m_runner->isRunning())
        return;
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Build overviews"),
                        tr("Build overviews of %1?").arg(QString::fromStdString(layer->raster())),
                        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("overviewsQuestion"));
    box->setInformativeText(
        tr("Smaller copies of the raster, for views of the whole map, are written beside it "
           "into %1.ovr. The raster itself is not changed: its SHA-256 stays as the project "
           "recorded it. Each overview cell takes the most frequent stratum code of the cells "
           "it covers (mode), or the code of the cell nearest its centre (faster); codes are "
           "never averaged.")
            .arg(QString::fromStdString(layer->raster())));
    auto* mode = box->addButton(tr("By the &most frequent code"), QMessageBox::AcceptRole);
    mode->setObjectName(QStringLiteral("overviewsByMode"));
    auto* nearest = box->addButton(tr("By the &nearest cell"), QMessageBox::AcceptRole);
    nearest->setObjectName(QStringLiteral("overviewsByNearest"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, mode, nearest](QAbstractButton* b) {
        if (b == mode)
            buildOverviews(workflow::OverviewMethod::Mode);
        else if (b == nearest)
            buildOverviews(workflow::OverviewMethod::Nearest);
    });
    box->open();
}

void MapPanel::buildOverviews(workflow::OverviewMethod method)
{
    const std::string raster = m_canvas->layer()->raster();
    m_overviews->hide();
    jobRunning(true);
    m_runner->start<bool>(
        [raster, method](workflow::JobContext& context) -> core::Result<bool> {
            if (auto built = workflow::buildOverviews(raster, method, context); !built)
                return built.error();
            return true;
        },
        this,
        [this, opening = m_opening](const core::Result<bool>& built) {
            jobRunning(false);
            if (!built && built.error().code != core::ErrorCode::Cancelled)
                m_cell->setText(
                    tr("The overviews could not be built: %1").arg(errorText(built.error())));
            // Opened again, to read the overviews (or offer them again), unless another map
            // (or none) is shown since.
            if (opening == m_opening) {
                m_shown.clear();
                showStratification(m_projectPath, m_stratification);
            }
            emit overviewsBuilt(bool(built));
        });
}

void MapPanel::jobRunning(bool running)
{
    m_progress->setValue(0);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_export->setEnabled(!running && m_canvas->layer());
}

void MapPanel::askExport()
{
    const auto& layer = m_canvas->layer();
    if (!layer || m_runner->isRunning())
        return;
    const QString name = QString::fromStdString(layer->stratification()) + QStringLiteral(".png");
    auto* dialog = new MapExportDialog(
        m_canvas->size(),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { exportPicture(dialog->path(), dialog->pixels(), dialog->dpi()); });
    dialog->open();
}

void MapPanel::exportPicture(const QString& path, const QSize& pixels, int dpi)
{
    const auto layer = m_canvas->layer();
    if (!layer || m_runner->isRunning() || pixels.isEmpty())
        return;
    // The view's centre and width; its height follows the picture's shape.
    workflow::MapWindow window = m_canvas->viewWindow();
    const double height = window.width * pixels.height() / pixels.width();
    window.y += (window.height - height) / 2.0;
    window.height = height;
    jobRunning(true);
    m_runner->start<bool>(
        [layer, window, pixels, dpi, path,
         content = m_canvas->content()](workflow::JobContext& context) -> core::Result<bool> {
            // One render at the picture's size: a second or less, not cancelled mid-way.
            const std::atomic<bool> never{false};
            core::Error error;
            context.beginPhase(workflow::Phase::Writing);
            const QImage picture =
                MapDecorations::picture(*layer, window, pixels, dpi, content, never, &error);
            if (picture.isNull())
                return error;
            if (!picture.save(path, "PNG"))
                return core::Error{core::ErrorCode::FileUnreadable,
                                   "cannot be written",
                                   path.toStdString(),
                                   0,
                                   {}};
            return true;
        },
        this,
        [this, path, pixels, dpi](const core::Result<bool>& written) {
            jobRunning(false);
            m_cell->setText(written ? tr("Saved %1 (%2 × %3 pixels, %4 dpi).")
                                          .arg(path)
                                          .arg(pixels.width())
                                          .arg(pixels.height())
                                          .arg(dpi)
                                    : tr("The picture could not be saved: %1 (%2)")
                                          .arg(QString::fromStdString(written.error().detail),
                                               QString::fromStdString(written.error().file)));
            emit pictureExported(bool(written));
        });
}

} // namespace tanhui::ui
