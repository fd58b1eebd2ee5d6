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
    /// The layer's legend again (in another language), its view kept.
    void setLegend(std::vector<LegendEntry> legend);
    /// The plots drawn over the strata (located on this layer), and their legend lines.
    void setPlots(std::shared_ptr<const workflow::MapPlots> plots, std::vector<LegendEntry> legend);
    const std::shared_ptr<const workflow::MapPlots>& plots() const { return m_plots; }
    /// The legend of what is shown: the strata's lines, then the plots'.
    std::vector<LegendEntry> shownLegend() const;
    /// What is shown, for a picture of the view.
    MapContent content() const;
    /// Which layers are drawn, bottom to top.
    void setLayers(std::vector<MapLayerState> layers);
    const std::vector<MapLayerState>& layers() const { return m_layers; }
    /// The plot drawn within a marker's reach of `screen`, nearest first; null when none.
    const workflow::MapPlot* plotAt(QPointF screen) const;
    /// Centres the view on plot `id` (zoomed in to 100 cells across if it shows more, an
    /// eighth of the extent for stand polygons) and
    /// marks it selected; false when no such plot is drawn.
    bool centreOnPlot(const QString& id);
    const QString& selectedPlot() const { return m_selectedPlot; }
    /// Where a raster position (cell coordinates) is on the widget.
    QPointF screenAt(QPointF cell) const;
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
    /// A click on a plot's marker.
    void plotIdentified(const tanhui::workflow::MapPlot& plot);
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
    std::shared_ptr<const workflow::MapPlots> m_plots;
    std::vector<LegendEntry> m_plotLegend;
    QString m_selectedPlot;
    std::vector<MapLayerState> m_layers = defaultLayers();
    QPointF m_centre;     ///< raster cell coordinates at the widget's centre
    double m_scale = 1.0; ///< cells per screen pixel
    QImage m_image;       ///< the last rendered view, and the window it shows
    QImage m_outlines;    ///< its outlines (null: none)
    workflow::MapWindow m_imageWindow;
    QPoint m_pressed;
    QPoint m_last;
    bool m_dragged = false;
    bool m_fitted = false; ///< the whole layer in view, as zoomToLayer left it
};

} // namespace tanhui::ui
