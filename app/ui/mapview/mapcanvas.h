// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QImage>
#include <QWidget>
#include <memory>
#include <vector>

#include "tanhui/workflow/maplayer.h"

#include "mapdecorations.h"

namespace tanhui::workflow {
class MapRenderer;
}

namespace tanhui::ui {

/// A stratification's map: drag to pan, wheel to zoom about the cursor, arrows and +/−
/// from the keyboard, Home for the whole layer; a click identifies the cell. The view is
/// rendered off the GUI thread through a workflow::MapRenderer; until the new image comes,
/// the last one is drawn shifted and scaled to the view, so the map follows the hand at once.
/// Drawn over it: the legend, a scale bar and a north arrow.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    void setLayer(std::shared_ptr<const workflow::MapLayer> layer, std::vector<LegendEntry> legend);
    void clear();
    const std::shared_ptr<const workflow::MapLayer>& layer() const { return m_layer; }
    const std::vector<LegendEntry>& legend() const { return m_legend; }
    /// The whole layer in view.
    void zoomToLayer();
    /// Zooms by `factor` (> 1: in) keeping the point under `screen` where it is.
    void zoomAbout(QPointF screen, double factor);
    void panBy(QPointF screenDelta);
    /// The part of the raster in view, in its cell coordinates.
    workflow::MapWindow viewWindow() const;
    /// Raster cell coordinates, and the CRS's, of a point of the widget.
    QPointF cellAt(QPointF screen) const;
    QPointF mapAt(QPointF screen) const;
    /// Metres per screen pixel at the view's centre.
    double metresPerPixel() const;
    bool hasImage() const { return !m_image.isNull(); }

signals:
    void cursorMoved(QPointF map);
    void identified(const tanhui::workflow::MapPixel& pixel);
    void identifyFailed(const QString& why);
    /// A rendered view was put on screen (tests and the status line).
    void imageShown();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void requestRender();
    /// The cell under the screen pixel `screen` (its top-left corner, as mouse events give).
    void identify(QPointF screen);

    workflow::MapRenderer* m_renderer = nullptr;
    std::shared_ptr<const workflow::MapLayer> m_layer;
    std::vector<LegendEntry> m_legend;
    QPointF m_centre;     ///< raster cell coordinates at the widget's centre
    double m_scale = 1.0; ///< cells per screen pixel
    QImage m_image;       ///< the last rendered view, and the window it shows
    workflow::MapWindow m_imageWindow;
    QPoint m_pressed;
    QPoint m_last;
    bool m_dragged = false;
    bool m_fitted = false; ///< the whole layer in view, as zoomToLayer left it
};

} // namespace tanhui::ui
