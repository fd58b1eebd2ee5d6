// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// What a map of strata is drawn with, on screen and in an exported picture alike (the report
// draws its maps through the same): the palette, the legend, the scale bar, the north arrow.

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QRect>
#include <atomic>
#include <vector>

#include "tanhui/workflow/maplayer.h"
#include "tanhui/workflow/mapplots.h"

class QPainter;

namespace tanhui::ui {

/// One stratum's colour: graded greens, light to dark, for up to four strata in age order
/// (young → mature), a qualitative set beyond.
QColor stratumColour(int stratum, int count);
/// Cells whose age is beyond the plausible: a colour no stratum has.
QColor implausibleColour();
/// The stands' edges, dark on any stratum's colour; the project boundary, in a blue no
/// stratum of the greens has.
QColor standEdgeColour();
QColor boundaryColour();
/// `image` coloured for `strata` strata: no stratum (nodata, outside) transparent.
QImage colourClasses(const workflow::ClassImage& image, int strata);
/// The same into `into`, whose pixels are reused when it has the size already (the view's
/// image, coloured again after each render, touches no fresh memory).
void colourClasses(const workflow::ClassImage& image, int strata, QImage& into);

/// The layers of a map, drawn bottom to top in the order the user gives them.
enum class MapLayerKind
{
    Strata,   ///< the stand raster's or polygons' strata
    Outlines, ///< the stands' edges and the project boundary
    Plots
};
struct MapLayerState
{
    MapLayerKind kind = MapLayerKind::Strata;
    bool shown = true;
    bool operator==(const MapLayerState&) const = default;
};
/// Strata, outlines over them, plots on top.
std::vector<MapLayerState> defaultLayers();
/// Whether `kind` is among `layers` and shown.
bool isShown(const std::vector<MapLayerState>& layers, MapLayerKind kind);
/// `image`'s outlines (stands' edges, the boundary) coloured into `into`, transparent
/// elsewhere; false (and `into` null) when it has none.
bool colourOutlines(const workflow::ClassImage& image, QImage& into);

/// What a legend line shows beside its text.
enum class LegendSymbol
{
    Area, ///< a swatch of a stratum's colour, and its area
    Plot, ///< a plot's marker
    PlotDiffers,
    PlotOutside,
    Line ///< a line in its colour: stands' edges, the project boundary
};

struct LegendEntry
{
    QString name;
    QColor colour;
    double areaHa = 0.0;
    LegendSymbol symbol = LegendSymbol::Area;
};

/// A plot's marker on the map: a disc of its stratum's colour; a red ring round it when its
/// recorded stratum differs from the map's; a red cross when the map puts it in no stratum;
/// a yellow halo for the plot selected.
void drawPlotMarker(QPainter& painter, QPointF at, workflow::PlotAgreement agreement,
                    const QColor& fill, double scale, bool selected = false);
/// The colour a plot is drawn in: its recorded stratum's (the one it is counted in), else the
/// map's at its location, else grey.
QColor plotColour(const workflow::MapPlot& plot, const std::vector<std::string>& strata);
/// Every plot of `plots` over `window` drawn `cellsPerPixel` cells a pixel (scaled `scale`).
void drawPlots(QPainter& painter, const std::vector<workflow::MapPlot>& plots,
               const workflow::MapWindow& window, double cellsPerPixel,
               const std::vector<std::string>& strata, double scale, const QString& selected = {});

/// What a map shows of its layers, as the view shows them.
struct MapContent
{
    std::vector<MapLayerState> layers = defaultLayers(); ///< bottom to top
    std::vector<workflow::MapPlot> plots;
    std::vector<LegendEntry> legend;
};

class MapDecorations
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::ui::MapDecorations)
public:
    /// Metres per output pixel of `window` drawn `pixels` wide (at its centre's latitude for
    /// a geographic raster).
    static double metresPerPixel(const workflow::MapLayer& layer, const workflow::MapWindow& window,
                                 int pixels);
    /// In `area`, `scale` times their size on a 96-dpi screen: the legend at the bottom right
    /// (`footer` its last line), the scale bar at the bottom left, the north arrow at the top
    /// right.
    static void drawLegend(QPainter& painter, const std::vector<LegendEntry>& legend,
                           const QRect& area, double scale, const QString& footer = {});
    static void drawScaleBar(QPainter& painter, double metresPerPixel, const QRect& area,
                             double scale);
    static void drawNorthArrow(QPainter& painter, const QRect& area, double scale);

    /// `window` of `layer` as a picture of `size` pixels at `dpi`, with the legend, scale
    /// bar, north arrow and the CRS; null (with `error`) when the render fails or is cancelled.
    static QImage picture(const workflow::MapLayer& layer, const workflow::MapWindow& window,
                          const QSize& size, int dpi, const MapContent& content,
                          const std::atomic<bool>& cancel, core::Error* error);
};

} // namespace tanhui::ui
