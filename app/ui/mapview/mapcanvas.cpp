// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "mapcanvas.h"

#include <QFutureWatcher>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>
#include <cmath>
#include <numbers>

#include <QtConcurrent/QtConcurrentRun>

#include "tanhui/workflow/maprenderer.h"

namespace tanhui::ui {

QColor stratumColour(int stratum, int count)
{
    // Light to dark green for the age classes; beyond four, colours told apart by hue
    // (ColorBrewer Dark2 and Paired), and beyond ten, hues a golden angle apart.
    static const QRgb greens[] = {0xffc7e9c0, 0xff74c476, 0xff31a354, 0xff006d2c};
    static const QRgb others[] = {0xff1b9e77, 0xffd95f02, 0xff7570b3, 0xffe7298a, 0xff66a61e,
                                  0xffe6ab02, 0xffa6761d, 0xff666666, 0xff1f78b4, 0xffb2df8a};
    if (count <= 4)
        return QColor::fromRgb(greens[count <= 3 ? stratum + 1 : stratum]);
    if (count <= 10)
        return QColor::fromRgb(others[stratum]);
    return QColor::fromHsv(int(std::fmod(stratum * 137.508, 360.0)), 170 + 40 * (stratum % 2),
                           210 - 40 * (stratum % 3));
}

QColor implausibleColour()
{
    return QColor::fromRgb(0xffe4007c); // magenta: no green nor hue of the strata palette
}

QImage colourClasses(const workflow::ClassImage& image, int strata)
{
    QRgb table[256];
    std::fill(std::begin(table), std::end(table), qRgba(0, 0, 0, 0));
    for (int k = 0; k < strata && k < workflow::ClassImage::kImplausible; ++k)
        table[k] = stratumColour(k, strata).rgb();
    table[workflow::ClassImage::kImplausible] = implausibleColour().rgb();
    QImage out(image.width, image.height, QImage::Format_ARGB32_Premultiplied);
    for (int row = 0; row < image.height; ++row) {
        auto* line = reinterpret_cast<QRgb*>(out.scanLine(row));
        const std::uint8_t* classes = image.classes.data() + std::size_t(row) * image.width;
        for (int column = 0; column < image.width; ++column)
            line[column] = table[classes[column]];
    }
    return out;
}

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
                m_image = colourClasses(*image, int(m_layer->strata().size()));
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

void MapCanvas::clear()
{
    m_renderer->setLayer(nullptr);
    m_layer.reset();
    m_legend.clear();
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
    // Between one screen pixel per 64 cells of a 1000-times-too-small view and 64 per cell.
    const double largest = 64.0 * std::max(m_layer->width(), m_layer->height());
    const double scale = std::clamp(m_scale / factor, 1.0 / 64.0, largest / 64.0);
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
    if (!m_layer)
        return 0.0;
    const auto& gt = m_layer->geoTransform();
    const double unitsPerPixel = m_scale * std::hypot(gt[1], gt[4]);
    if (!m_layer->geographic())
        return unitsPerPixel; // the projected CRSs of stand maps are in metres
    // A degree of longitude at the view's latitude (WGS 84 / CGCS2000 ellipsoid, ≈ 0.5 %).
    const double latitude = mapAt(rect().center()).y() * std::numbers::pi / 180.0;
    return unitsPerPixel * 111320.0 * std::cos(latitude);
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
    if (!m_image.isNull()) {
        // The last image where its window lies in the view now: shifted and scaled at once.
        const workflow::MapWindow v = viewWindow();
        const QRectF target((m_imageWindow.x - v.x) / m_scale, (m_imageWindow.y - v.y) / m_scale,
                            m_imageWindow.width / m_scale, m_imageWindow.height / m_scale);
        painter.drawImage(target, m_image);
    }
    painter.setRenderHint(QPainter::Antialiasing);
    drawLegend(painter);
    drawScaleBar(painter);
    drawNorthArrow(painter);
}

void MapCanvas::drawLegend(QPainter& painter) const
{
    if (m_legend.empty())
        return;
    const QFontMetrics fm = painter.fontMetrics();
    const QLocale locale;
    const int line = fm.height() + 4;
    int textWidth = 0;
    std::vector<QString> texts;
    for (const LegendEntry& e : m_legend) {
        texts.push_back(tr("%1  %2 ha").arg(e.name, locale.toString(e.areaHa, 'f', 2)));
        textWidth = std::max(textWidth, fm.horizontalAdvance(texts.back()));
    }
    const QRect box(8, 8, textWidth + line + 16, int(m_legend.size()) * line + 8);
    painter.setPen(QPen(QColor(0, 0, 0, 90)));
    painter.setBrush(QColor(255, 255, 255, 220));
    painter.drawRect(box);
    for (std::size_t i = 0; i < m_legend.size(); ++i) {
        const int y = box.top() + 4 + int(i) * line;
        painter.setBrush(m_legend[i].colour);
        painter.drawRect(QRect(box.left() + 6, y + 2, line - 6, line - 6));
        painter.setPen(Qt::black);
        painter.drawText(QPoint(box.left() + line + 6, y + fm.ascent() + 2), texts[i]);
        painter.setPen(QPen(QColor(0, 0, 0, 90)));
    }
}

void MapCanvas::drawScaleBar(QPainter& painter) const
{
    const double perPixel = metresPerPixel();
    if (!(perPixel > 0.0))
        return;
    // The round length (1, 2 or 5 × 10ⁿ m) nearest to 120 pixels.
    const double target = 120.0 * perPixel;
    const double power = std::pow(10.0, std::floor(std::log10(target)));
    double metres = power;
    for (double step : {2.0, 5.0, 10.0})
        if (step * power <= target)
            metres = step * power;
    const int length = int(std::lround(metres / perPixel));
    const QLocale locale;
    const QString label = metres >= 1000.0 ? tr("%1 km").arg(locale.toString(metres / 1000.0))
                                           : tr("%1 m").arg(locale.toString(metres));
    const QPoint origin(12, height() - 14);
    painter.setPen(QPen(Qt::black, 2));
    painter.drawLine(origin, origin + QPoint(length, 0));
    painter.drawLine(origin, origin + QPoint(0, -6));
    painter.drawLine(origin + QPoint(length, 0), origin + QPoint(length, -6));
    painter.drawText(origin + QPoint(4, -6), label);
}

void MapCanvas::drawNorthArrow(QPainter& painter) const
{
    // Grid north: a raster's rows run north to south unless its transform is rotated.
    const QPointF tip(width() - 24.0, 12.0);
    QPainterPath arrow;
    arrow.moveTo(tip);
    arrow.lineTo(tip + QPointF(8, 22));
    arrow.lineTo(tip + QPointF(0, 16));
    arrow.lineTo(tip + QPointF(-8, 22));
    arrow.closeSubpath();
    painter.setPen(QPen(Qt::black, 1));
    painter.setBrush(Qt::black);
    painter.drawPath(arrow);
    painter.drawText(QRectF(tip.x() - 10, tip.y() + 22, 20, 16), Qt::AlignCenter, tr("N"));
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
    emit cursorMoved(mapAt(at));
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
    if (event->button() == Qt::LeftButton && !m_dragged)
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
    const QPointF cell = cellAt(screen);
    const int column = int(std::floor(cell.x()));
    const int row = int(std::floor(cell.y()));
    auto* watcher = new QFutureWatcher<core::Result<workflow::MapPixel>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
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
