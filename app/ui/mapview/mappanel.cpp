// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "mappanel.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <QtConcurrent/QtConcurrentRun>

#include "tanhui/workflow/jobcontext.h"
#include "tanhui/workflow/projectservice.h"

#include "mapcanvas.h"

namespace tanhui::ui {

MapPanel::MapPanel(QWidget* parent)
    : QWidget(parent)
    , m_canvas(new MapCanvas)
    , m_about(new QLabel)
    , m_cursor(new QLabel)
    , m_cell(new QLabel)
{
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    m_about->setObjectName(QStringLiteral("mapAbout"));
    m_cursor->setObjectName(QStringLiteral("mapCursor"));
    m_cell->setObjectName(QStringLiteral("mapCell"));
    for (QLabel* label : {m_about, m_cell})
        label->setWordWrap(true);
    m_cell->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_about);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_cursor);
    layout->addWidget(m_cell);
    connect(m_canvas, &MapCanvas::cursorMoved, this, [this](QPointF at) {
        const QLocale locale;
        if (m_canvas->layer() && m_canvas->layer()->geographic())
            m_cursor->setText(
                tr("Longitude %1°, latitude %2°")
                    .arg(locale.toString(at.x(), 'f', 6), locale.toString(at.y(), 'f', 6)));
        else
            m_cursor->setText(
                tr("Easting %1 m, northing %2 m")
                    .arg(locale.toString(at.x(), 'f', 1), locale.toString(at.y(), 'f', 1)));
    });
    connect(m_canvas, &MapCanvas::identified, this, &MapPanel::showCell);
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
    showAbout();
}

void MapPanel::clear()
{
    ++m_opening;
    m_shown.clear();
    m_canvas->clear();
    m_about->clear();
    m_cursor->clear();
    m_cell->clear();
}

void MapPanel::showStratification(const QString& projectPath,
                                  const workflow::StratificationInfo& stratification)
{
    const QString name = QString::fromStdString(stratification.name);
    const QString key = projectPath + QLatin1Char('\n') + name;
    if (key == m_shown)
        return;
    m_shown = key;
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
        m_about->setText(tr("The map of %1 is not drawn: %2")
                             .arg(name, QString::fromStdString(layer.error().detail)));
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
    m_canvas->setLayer(*layer, std::move(legend));
    showAbout();
    emit layerShown(true);
}

void MapPanel::showAbout()
{
    const auto& layer = m_canvas->layer();
    if (!layer)
        return;
    QString about =
        tr("%1 on %2 (%3): %4 × %5 cells.")
            .arg(QString::fromStdString(layer->stratification()),
                 QString::fromStdString(layer->raster()), QString::fromStdString(layer->crsName()))
            .arg(layer->width())
            .arg(layer->height());
    if (layer->overviews().empty() && std::max(layer->width(), layer->height()) > 4096)
        about += QLatin1Char(' ') + tr("It has no overviews: a view of the whole map reads "
                                       "every cell and is slow.");
    m_about->setText(about);
}

void MapPanel::showCell(const workflow::MapPixel& pixel)
{
    const QLocale locale;
    const auto& strata = m_canvas->layer()->strata();
    QString what;
    if (!pixel.value)
        what = tr("nodata: in no stratum");
    else if (pixel.implausibleAge)
        what = tr("value %1: an age beyond the plausible, in no stratum")
                   .arg(locale.toString(*pixel.value));
    else if (pixel.stratum < 0)
        what = tr("value %1: in no stratum").arg(locale.toString(*pixel.value));
    else
        what = tr("value %1: stratum %2")
                   .arg(locale.toString(*pixel.value),
                        QString::fromStdString(strata[std::size_t(pixel.stratum)]));
    m_cell->setText(
        tr("Cell column %1, row %2 (centre E %3, N %4): %5.")
            .arg(pixel.column)
            .arg(pixel.row)
            .arg(locale.toString(pixel.x, 'f', 2), locale.toString(pixel.y, 'f', 2), what));
}

} // namespace tanhui::ui
