// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "mapcanvas.h"

#include <QFutureWatcher>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <cmath>

#include <QtConcurrent/QtConcurrentRun>

#include "tanhui/workflow/maprenderer.h"

namespace tanhui::ui {

MapCanvas::MapCanvas(QWidget* parent)
    : QWidget(parent)
    , m_renderer(new workflow::MapRenderer(this))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    connect(m_renderer, &workflow::MapRenderer::rendered, this,
            [this](std::uint64_t, const std::shared_ptr<const workflow::ClassImage>& image) {
                if (!m_layer)
                    return;
                colourClasses(*image, int(m_layer->strata().size()), m_image);
                colourOutlines(*image, m_outlines);
                m_imageWindow = image->window;
                update();
                emit imageShown();
            });
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setLayer(std::shared_ptr<const workflow::MapLayer> layer,
                         std::vector<LegendEntry> legend)
{
    m_layer = std::move(layer);
    m_legend = std::move(legend);
    m_image = {};
    m_renderer->setLayer(m_layer);
    zoomToLayer();
}

void MapCanvas::setLegend(std::vector<LegendEntry> legend)
{
    m_legend = std::move(legend);
    update();
}

void MapCanvas::setPlots(std::shared_ptr<const workflow::MapPlots> plots,
                         std::vector<LegendEntry> legend)
{
    if (plots != m_plots) // the same plots described again keep their selection
        m_selectedPlot.clear();
    m_plots = std::move(plots);
    m_plotLegend = std::move(legend);
    update();
}

std::vector<LegendEntry> MapCanvas::shownLegend() const
{
    std::vector<LegendEntry> out;
    for (const LegendEntry& e : m_legend)
        if (isShown(m_layers,
                    e.symbol == LegendSymbol::Line ? MapLayerKind::Outlines : MapLayerKind::Strata))
            out.push_back(e);
    if (isShown(m_layers, MapLayerKind::Plots) && m_plots)
        out.insert(out.end(), m_plotLegend.begin(), m_plotLegend.end());
    return out;
}

MapContent MapCanvas::content() const
{
    MapContent c;
    c.layers = m_layers;
    if (m_plots && isShown(m_layers, MapLayerKind::Plots))
        c.plots = m_plots->plots;
    c.legend = shownLegend();
    return c;
}

void MapCanvas::setLayers(std::vector<MapLayerState> layers)
{
    m_layers = std::move(layers);
    update();
}

const workflow::MapPlot* MapCanvas::plotAt(QPointF screen) const
{
    if (!m_plots || !isShown(m_layers, MapLayerKind::Plots))
        return nullptr;
    const workflow::MapPlot* nearest = nullptr;
    double best = 8.0 * 8.0; // a marker's radius and its ring, and a little more
    for (const workflow::MapPlot& p : m_plots->plots) {
        const QPointF d = screenAt({p.column, p.row}) - screen;
        const double d2 = QPointF::dotProduct(d, d);
        if (d2 <= best) {
            best = d2;
            nearest = &p;
        }
    }
    return nearest;
}

bool MapCanvas::centreOnPlot(const QString& id)
{
    if (!m_plots || !m_layer)
        return false;
    for (const workflow::MapPlot& p : m_plots->plots)
        if (QString::fromStdString(p.id) == id) {
            m_centre = {p.column, p.row};
            // 100 cells across; an eighth of the stands' extent for polygons, whose grid
            // cells are centimetres.
            const double across =
                m_layer->polygons() ? std::max(m_layer->width(), m_layer->height()) / 8.0 : 100.0;
            m_scale = std::min(m_scale, across / std::max(1, width()));
            m_fitted = false;
            m_selectedPlot = id;
            requestRender();
            return true;
        }
    return false;
}

QPointF MapCanvas::screenAt(QPointF cell) const
{
    const workflow::MapWindow v = viewWindow();
    return {(cell.x() - v.x) / m_scale, (cell.y() - v.y) / m_scale};
}

void MapCanvas::clear()
{
    m_renderer->setLayer(nullptr);
    m_layer.reset();
    m_legend.clear();
    m_plots.reset();
    m_plotLegend.clear();
    m_selectedPlot.clear();
    m_image = {};
    update();
}

void MapCanvas::zoomToLayer()
{
    if (!m_layer)
        return;
    m_centre = {m_layer->width() / 2.0, m_layer->height() / 2.0};
    m_scale = std::max(m_layer->width() / std::max(1.0, width() * 0.95),
                       m_layer->height() / std::max(1.0, height() * 0.95));
    m_fitted = true;
    requestRender();
}

void MapCanvas::zoomAbout(QPointF screen, double factor)
{
    if (!m_layer || !(factor > 0.0))
        return;
    // From 64 screen pixels per cell (one per grid cell for polygons, at least 16 384 across
    // their extent) to the whole layer in one pixel.
    const double closest = m_layer->polygons() ? 1.0 : 1.0 / 64.0;
    const double scale = std::clamp(m_scale / factor, closest,
                                    double(std::max(m_layer->width(), m_layer->height())));
    const QPointF cell = cellAt(screen);
    m_scale = scale;
    const QPointF after = cellAt(screen);
    m_centre += cell - after;
    m_fitted = false;
    requestRender();
}

void MapCanvas::panBy(QPointF screenDelta)
{
    m_centre -= screenDelta * m_scale;
    m_fitted = false;
    requestRender();
}

workflow::MapWindow MapCanvas::viewWindow() const
{
    const double w = width() * m_scale;
    const double h = height() * m_scale;
    return {m_centre.x() - w / 2.0, m_centre.y() - h / 2.0, w, h};
}

QPointF MapCanvas::cellAt(QPointF screen) const
{
    const workflow::MapWindow v = viewWindow();
    return {v.x + screen.x() * m_scale, v.y + screen.y() * m_scale};
}

QPointF MapCanvas::mapAt(QPointF screen) const
{
    if (!m_layer)
        return {};
    const QPointF c = cellAt(screen);
    const auto& gt = m_layer->geoTransform();
    return {gt[0] + c.x() * gt[1] + c.y() * gt[2], gt[3] + c.x() * gt[4] + c.y() * gt[5]};
}

double MapCanvas::metresPerPixel() const
{
    return m_layer ? MapDecorations::metresPerPixel(*m_layer, viewWindow(), std::max(1, width()))
                   : 0.0;
}

void MapCanvas::requestRender()
{
    update();
    if (!m_layer || width() <= 0 || height() <= 0)
        return;
    const double ratio = devicePixelRatioF();
    m_renderer->request(viewWindow(), int(std::ceil(width() * ratio)),
                        int(std::ceil(height() * ratio)));
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (!m_layer)
        return;
    const workflow::MapWindow v = viewWindow();
    // The last image where its window lies in the view now: shifted and scaled at once.
    const QRectF target((m_imageWindow.x - v.x) / m_scale, (m_imageWindow.y - v.y) / m_scale,
                        m_imageWindow.width / m_scale, m_imageWindow.height / m_scale);
    for (const MapLayerState& l : m_layers) {
        if (!l.shown)
            continue;
        if (l.kind == MapLayerKind::Strata && !m_image.isNull())
            painter.drawImage(target, m_image);
        else if (l.kind == MapLayerKind::Outlines && !m_outlines.isNull())
            painter.drawImage(target, m_outlines);
        else if (l.kind == MapLayerKind::Plots && m_plots) {
            painter.setRenderHint(QPainter::Antialiasing);
            drawPlots(painter, m_plots->plots, v, m_scale, m_layer->strata(), 1.0, m_selectedPlot);
            painter.setRenderHint(QPainter::Antialiasing, false);
        }
    }
    painter.setRenderHint(QPainter::Antialiasing);
    MapDecorations::drawLegend(painter, shownLegend(), rect(), 1.0);
    MapDecorations::drawScaleBar(painter, metresPerPixel(), rect(), 1.0);
    MapDecorations::drawNorthArrow(painter, rect(), 1.0);
}

void MapCanvas::resizeEvent(QResizeEvent*)
{
    // The whole layer stays in view until the user has moved it; then the scale is kept.
    if (m_fitted)
        zoomToLayer();
    else
        requestRender();
}

void MapCanvas::mousePressEvent(QMouseEvent* event)
{
    m_pressed = m_last = event->position().toPoint();
    m_dragged = false;
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint at = event->position().toPoint();
    emit cursorMoved(mapAt(event->position() + QPointF(0.5, 0.5))); // the pixel's centre
    if (!(event->buttons() & Qt::LeftButton))
        return;
    if ((at - m_pressed).manhattanLength() > 3)
        m_dragged = true;
    if (m_dragged)
        panBy(at - m_last);
    m_last = at;
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_dragged)
        return;
    if (const workflow::MapPlot* plot = plotAt(event->position())) {
        m_selectedPlot = QString::fromStdString(plot->id);
        update();
        emit plotIdentified(*plot);
        return;
    }
    identify(event->position());
}

void MapCanvas::wheelEvent(QWheelEvent* event)
{
    // One notch (120) zooms by √2.
    zoomAbout(event->position(), std::pow(2.0, event->angleDelta().y() / 240.0));
}

void MapCanvas::keyPressEvent(QKeyEvent* event)
{
    const QPointF eighth(width() / 8.0, height() / 8.0);
    switch (event->key()) {
    case Qt::Key_Left:
        panBy({eighth.x(), 0});
        break;
    case Qt::Key_Right:
        panBy({-eighth.x(), 0});
        break;
    case Qt::Key_Up:
        panBy({0, eighth.y()});
        break;
    case Qt::Key_Down:
        panBy({0, -eighth.y()});
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAbout(rect().center(), 2.0);
        break;
    case Qt::Key_Minus:
        zoomAbout(rect().center(), 0.5);
        break;
    case Qt::Key_Home:
        zoomToLayer();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

// One cell read off the GUI thread.
void MapCanvas::identify(QPointF screen)
{
    if (!m_layer)
        return;
    // The screen pixel's centre: the point the render drew its colour from.
    const QPointF cell = cellAt(screen + QPointF(0.5, 0.5));
    const int column = int(std::floor(cell.x()));
    const int row = int(std::floor(cell.y()));
    auto* watcher = new QFutureWatcher<core::Result<workflow::MapPixel>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, layer = m_layer] {
        watcher->deleteLater();
        if (layer != m_layer) // another map, or none, since the click
            return;
        const auto pixel = watcher->result();
        if (pixel)
            emit identified(*pixel);
        else if (pixel.error().code == core::ErrorCode::OutOfRange)
            emit identifyFailed(tr("No cell here: the point lies outside the stand raster."));
        else
            emit identifyFailed(QString::fromStdString(pixel.error().detail));
    });
    watcher->setFuture(
        QtConcurrent::run([layer = m_layer, column, row] { return layer->identify(column, row); }));
}

} // namespace tanhui::ui
