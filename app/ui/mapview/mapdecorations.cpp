// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "mapdecorations.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <numbers>

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

QColor standEdgeColour()
{
    return QColor::fromRgb(0xff2d2d2d);
}

QColor boundaryColour()
{
    return QColor::fromRgb(0xff08306b);
}

std::vector<MapLayerState> defaultLayers()
{
    return {
        {MapLayerKind::Strata, true}, {MapLayerKind::Outlines, true}, {MapLayerKind::Plots, true}};
}

bool isShown(const std::vector<MapLayerState>& layers, MapLayerKind kind)
{
    return std::any_of(layers.begin(), layers.end(),
                       [kind](const MapLayerState& l) { return l.kind == kind && l.shown; });
}

bool colourOutlines(const workflow::ClassImage& image, QImage& into)
{
    if (image.outlines.empty()) {
        into = QImage();
        return false;
    }
    const QRgb edge[3] = {qRgba(0, 0, 0, 0), standEdgeColour().rgb(), boundaryColour().rgb()};
    if (into.size() != QSize(image.width, image.height) ||
        into.format() != QImage::Format_ARGB32_Premultiplied)
        into = QImage(image.width, image.height, QImage::Format_ARGB32_Premultiplied);
    for (int row = 0; row < image.height; ++row) {
        auto* line = reinterpret_cast<QRgb*>(into.scanLine(row));
        const std::uint8_t* edges = image.outlines.data() + std::size_t(row) * image.width;
        for (int column = 0; column < image.width; ++column)
            line[column] = edge[edges[column] < 3 ? edges[column] : 0];
    }
    return true;
}

QImage colourClasses(const workflow::ClassImage& image, int strata)
{
    QImage out;
    colourClasses(image, strata, out);
    return out;
}

void colourClasses(const workflow::ClassImage& image, int strata, QImage& out)
{
    QRgb table[256];
    std::fill(std::begin(table), std::end(table), qRgba(0, 0, 0, 0));
    for (int k = 0; k < strata && k < workflow::ClassImage::kImplausible; ++k)
        table[k] = stratumColour(k, strata).rgb();
    table[workflow::ClassImage::kImplausible] = implausibleColour().rgb();
    if (out.size() != QSize(image.width, image.height) ||
        out.format() != QImage::Format_ARGB32_Premultiplied)
        out = QImage(image.width, image.height, QImage::Format_ARGB32_Premultiplied);
    for (int row = 0; row < image.height; ++row) {
        auto* line = reinterpret_cast<QRgb*>(out.scanLine(row));
        const std::size_t begin = std::size_t(row) * std::size_t(image.width);
        const std::uint8_t* classes = image.classes.data() + begin;
        for (int column = 0; column < image.width; ++column)
            line[column] = table[classes[column]];
    }
}

void drawPlotMarker(QPainter& painter, QPointF at, workflow::PlotAgreement agreement,
                    const QColor& fill, double scale, bool selected)
{
    const double r = 5.0 * scale;
    if (selected) {
        painter.setPen(QPen(QColor(255, 200, 0), 3.0 * scale));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(at, r + 6.0 * scale, r + 6.0 * scale);
    }
    const QColor red(215, 25, 28);
    // A white halo: a plot in its stratum's colour stands out on the same colour beneath.
    painter.setPen(QPen(QColor(255, 255, 255, 230), 3.2 * scale));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(at, r, r);
    painter.setPen(QPen(Qt::black, 1.2 * scale));
    painter.setBrush(agreement == workflow::PlotAgreement::OutsideStrata ? QColor(Qt::white)
                                                                         : fill);
    painter.drawEllipse(at, r, r);
    if (agreement == workflow::PlotAgreement::Differs) {
        painter.setPen(QPen(red, 2.5 * scale));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(at, r + 3.0 * scale, r + 3.0 * scale);
    } else if (agreement == workflow::PlotAgreement::OutsideStrata) {
        const double d = r * 0.75;
        painter.setPen(QPen(red, 2.0 * scale));
        painter.drawLine(at + QPointF(-d, -d), at + QPointF(d, d));
        painter.drawLine(at + QPointF(-d, d), at + QPointF(d, -d));
    }
}

QColor plotColour(const workflow::MapPlot& plot, const std::vector<std::string>& strata)
{
    const int count = int(strata.size());
    for (const std::string& name : {plot.recordedStratum, plot.mapStratum.value_or(std::string())})
        for (int k = 0; k < count; ++k)
            if (!name.empty() && strata[std::size_t(k)] == name)
                return stratumColour(k, count);
    return QColor(160, 160, 160);
}

void drawPlots(QPainter& painter, const std::vector<workflow::MapPlot>& plots,
               const workflow::MapWindow& window, double cellsPerPixel,
               const std::vector<std::string>& strata, double scale, const QString& selected)
{
    const workflow::MapPlot* chosen = nullptr;
    for (const workflow::MapPlot& p : plots) {
        const QPointF at((p.column - window.x) / cellsPerPixel, (p.row - window.y) / cellsPerPixel);
        if (QString::fromStdString(p.id) == selected)
            chosen = &p; // drawn last, above its neighbours
        else
            drawPlotMarker(painter, at, p.agreement, plotColour(p, strata), scale);
    }
    if (chosen)
        drawPlotMarker(painter,
                       QPointF((chosen->column - window.x) / cellsPerPixel,
                               (chosen->row - window.y) / cellsPerPixel),
                       chosen->agreement, plotColour(*chosen, strata), scale, true);
}

double MapDecorations::metresPerPixel(const workflow::MapLayer& layer,
                                      const workflow::MapWindow& window, int pixels)
{
    const auto& gt = layer.geoTransform();
    const double unitsPerPixel = window.width / pixels * std::hypot(gt[1], gt[4]);
    if (!layer.geographic())
        return unitsPerPixel; // the projected CRSs of stand maps are in metres
    // A degree of longitude at the window's latitude (WGS 84 / CGCS2000 ellipsoid, ≈ 0.5 %).
    const double row = window.y + window.height / 2.0, column = window.x + window.width / 2.0;
    const double latitude = (gt[3] + column * gt[4] + row * gt[5]) * std::numbers::pi / 180.0;
    return unitsPerPixel * 111320.0 * std::cos(latitude);
}

void MapDecorations::drawLegend(QPainter& painter, const std::vector<LegendEntry>& legend,
                                const QRect& area, double scale, const QString& footer)
{
    if (legend.empty())
        return;
    const QFontMetrics fm = painter.fontMetrics();
    const QLocale locale;
    const int line = fm.height() + int(4 * scale);
    const int pad = int(std::lround(6 * scale));
    int textWidth = 0;
    std::vector<QString> texts;
    for (const LegendEntry& e : legend) {
        texts.push_back(e.symbol == LegendSymbol::Area
                            ? tr("%1  %2 ha").arg(e.name, locale.toString(e.areaHa, 'f', 2))
                            : e.name);
        textWidth = std::max(textWidth, fm.horizontalAdvance(texts.back()));
    }
    const int footerWidth = footer.isEmpty() ? 0 : fm.horizontalAdvance(footer) + pad;
    const QSize size(std::max(textWidth + line + 3 * pad, footerWidth + pad),
                     int(legend.size() + (footer.isEmpty() ? 0 : 1)) * line + pad);
    const QRect box(QPoint(area.right() - int(8 * scale) - size.width(),
                           area.bottom() - int(8 * scale) - size.height()),
                    size);
    const QPen frame(QColor(0, 0, 0, 90), scale);
    painter.setPen(frame);
    painter.setBrush(QColor(255, 255, 255, 220));
    painter.drawRect(box);
    for (std::size_t i = 0; i < legend.size(); ++i) {
        const int y = box.top() + pad / 2 + int(i) * line;
        const QRect symbol(box.left() + pad, y + pad / 3, line - pad, line - pad);
        switch (legend[i].symbol) {
        case LegendSymbol::Area:
            painter.setBrush(legend[i].colour);
            painter.drawRect(symbol);
            break;
        case LegendSymbol::Line:
            painter.setPen(QPen(legend[i].colour, 2 * scale));
            painter.drawLine(symbol.left(), symbol.center().y(), symbol.right(),
                             symbol.center().y());
            break;
        case LegendSymbol::Plot:
        case LegendSymbol::PlotDiffers:
        case LegendSymbol::PlotOutside: {
            const auto agreement = legend[i].symbol == LegendSymbol::Plot
                                       ? workflow::PlotAgreement::Agrees
                                   : legend[i].symbol == LegendSymbol::PlotDiffers
                                       ? workflow::PlotAgreement::Differs
                                       : workflow::PlotAgreement::OutsideStrata;
            drawPlotMarker(painter, QRectF(symbol).center(), agreement, legend[i].colour,
                           scale * 0.8);
            break;
        }
        }
        painter.setPen(Qt::black);
        painter.drawText(QPoint(box.left() + line + pad, y + fm.ascent() + pad / 3), texts[i]);
        painter.setPen(frame);
    }
    if (!footer.isEmpty()) {
        painter.setPen(Qt::black);
        painter.drawText(QPoint(box.left() + pad, box.top() + pad / 2 + int(legend.size()) * line +
                                                      fm.ascent() + pad / 3),
                         footer);
    }
}

void MapDecorations::drawScaleBar(QPainter& painter, double metresPerPixel, const QRect& area,
                                  double scale)
{
    if (!(metresPerPixel > 0.0))
        return;
    // The round length (1, 2 or 5 × 10ⁿ m) nearest below 120 screen pixels.
    const double target = 120.0 * scale * metresPerPixel;
    const double power = std::pow(10.0, std::floor(std::log10(target)));
    double metres = power;
    for (double step : {2.0, 5.0, 10.0})
        if (step * power <= target)
            metres = step * power;
    const int length = int(std::lround(metres / metresPerPixel));
    const QLocale locale;
    const QString label = metres >= 1000.0 ? tr("%1 km").arg(locale.toString(metres / 1000.0))
                                           : tr("%1 m").arg(locale.toString(metres));
    const QPoint origin(area.left() + int(12 * scale), area.bottom() - int(14 * scale));
    const int tick = int(std::lround(6 * scale));
    painter.setPen(QPen(Qt::black, 2 * scale));
    painter.drawLine(origin, origin + QPoint(length, 0));
    painter.drawLine(origin, origin + QPoint(0, -tick));
    painter.drawLine(origin + QPoint(length, 0), origin + QPoint(length, -tick));
    painter.drawText(origin + QPoint(tick / 2 + 1, -tick), label);
}

void MapDecorations::drawNorthArrow(QPainter& painter, const QRect& area, double scale)
{
    // Grid north: a raster's rows run north to south unless its transform is rotated.
    const QPointF tip(area.right() - 24.0 * scale, area.top() + 12.0 * scale);
    QPainterPath arrow;
    arrow.moveTo(tip);
    arrow.lineTo(tip + QPointF(8, 22) * scale);
    arrow.lineTo(tip + QPointF(0, 16) * scale);
    arrow.lineTo(tip + QPointF(-8, 22) * scale);
    arrow.closeSubpath();
    painter.setPen(QPen(Qt::black, scale));
    painter.setBrush(Qt::black);
    painter.drawPath(arrow);
    painter.drawText(QRectF(tip.x() - 12 * scale, tip.y() + 22 * scale, 24 * scale, 18 * scale),
                     Qt::AlignCenter, tr("N"));
}

QImage MapDecorations::picture(const workflow::MapLayer& layer, const workflow::MapWindow& window,
                               const QSize& size, int dpi, const MapContent& content,
                               const std::atomic<bool>& cancel, core::Error* error)
{
    core::Result<workflow::ClassImage> classes = workflow::ClassImage{};
    if (isShown(content.layers, MapLayerKind::Strata) ||
        isShown(content.layers, MapLayerKind::Outlines))
        classes = layer.render(window, size.width(), size.height(), cancel);
    if (!classes) {
        if (error)
            *error = classes.error();
        return {};
    }
    QImage out(size, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::white);
    // Fonts in points and lines scaled from a 96-dpi screen: the picture reads as the screen
    // does, printed at `dpi`.
    const int dotsPerMetre = int(std::lround(dpi / 0.0254));
    out.setDotsPerMeterX(dotsPerMetre);
    out.setDotsPerMeterY(dotsPerMetre);
    const double scale = dpi / 96.0;
    QPainter painter(&out);
    QImage outlines;
    for (const MapLayerState& l : content.layers) {
        if (!l.shown)
            continue;
        switch (l.kind) {
        case MapLayerKind::Strata:
            painter.drawImage(QPoint(0, 0), colourClasses(*classes, int(layer.strata().size())));
            break;
        case MapLayerKind::Outlines:
            if (colourOutlines(*classes, outlines))
                painter.drawImage(QPoint(0, 0), outlines);
            break;
        case MapLayerKind::Plots:
            painter.setRenderHint(QPainter::Antialiasing);
            drawPlots(painter, content.plots, window, window.width / size.width(), layer.strata(),
                      scale);
            painter.setRenderHint(QPainter::Antialiasing, false);
            break;
        }
    }
    const QRect area(QPoint(0, 0), size);
    // The CRS as the legend's last line, so that the coordinates a reader takes off the map
    // are not guessed.
    drawLegend(painter, content.legend, area, scale, QString::fromStdString(layer.crsName()));
    drawScaleBar(painter, metresPerPixel(layer, window, size.width()), area, scale);
    drawNorthArrow(painter, area, scale);
    return out;
}

} // namespace tanhui::ui
