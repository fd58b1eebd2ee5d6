// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// MapPanel: what lies under the cursor, and what a click identifies (a cell, or a stand).
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStringList>

#include "mapcanvas.h"
#include "mappanel.h"

namespace tanhui::ui {

void MapPanel::showCursor(QPointF at)
{
    const auto& layer = m_canvas->layer();
    if (!layer)
        return;
    const QLocale locale;
    const auto degrees = [&](double lon, double lat) {
        return tr("Longitude %1°, latitude %2°")
            .arg(locale.toString(lon, 'f', 6), locale.toString(lat, 'f', 6));
    };
    if (layer->geographic()) {
        m_cursor->setText(degrees(at.x(), at.y()));
        return;
    }
    QString text = tr("Easting %1 m, northing %2 m")
                       .arg(locale.toString(at.x(), 'f', 1), locale.toString(at.y(), 'f', 1));
    if (const auto lonLat = layer->lonLat(at.x(), at.y()))
        text += QStringLiteral(" · ") +
                tr("%1 (%2)").arg(degrees((*lonLat)[0], (*lonLat)[1]),
                                  QString::fromStdString(layer->lonLatCrsName()));
    m_cursor->setText(text);
}

void MapPanel::showCell(const workflow::MapPixel& pixel)
{
    m_showInTable->hide();
    m_identifiedPlot.clear();
    if (m_canvas->layer()->polygons()) {
        showStand(pixel);
        return;
    }
    const QLocale locale;
    const auto& strata = m_canvas->layer()->strata();
    QString what;
    if (pixel.outsideBoundary)
        what = pixel.value ? tr("value %1: outside the project boundary, in no stratum")
                                 .arg(locale.toString(*pixel.value))
                           : tr("nodata, outside the project boundary");
    else if (!pixel.value)
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

void MapPanel::showStand(const workflow::MapPixel& pixel)
{
    const auto& layer = m_canvas->layer();
    const QLocale locale;
    const QString at =
        tr("E %1, N %2").arg(locale.toString(pixel.x, 'f', 2), locale.toString(pixel.y, 'f', 2));
    if (pixel.stand < 0) {
        m_cell->setText(tr("At %1: in no stand.").arg(at));
        return;
    }
    QStringList attributes;
    for (const auto& [name, value] : layer->standAttributes(pixel.stand))
        attributes << tr("%1 = %2").arg(QString::fromStdString(name),
                                        QString::fromStdString(value));
    const QString stratum =
        pixel.stratum < 0
            ? tr("no rule takes it: in no stratum")
            : tr("stratum %1")
                  .arg(QString::fromStdString(layer->strata()[std::size_t(pixel.stratum)]));
    m_cell->setText(tr("Stand %1 of %2 at %3 (%4): %5.")
                        .arg(pixel.stand + 1)
                        .arg(layer->stands())
                        .arg(at, attributes.join(QStringLiteral("; ")), stratum));
}

} // namespace tanhui::ui
