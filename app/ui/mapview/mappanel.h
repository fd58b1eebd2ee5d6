// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QWidget>
#include <cstdint>

#include "tanhui/workflow/maplayer.h"
#include "tanhui/workflow/mapplots.h"
#include "tanhui/workflow/projecttypes.h"

#include "mapdecorations.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace tanhui::workflow {
class JobRunner;
}

namespace tanhui::ui {

class MapCanvas;
class MapLayerList;

/// The map of one of a project's stratifications, with a line saying what the map is, what
/// lies under the cursor and what a click identified. The layer is opened as a job: the
/// window never waits for it.
class MapPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MapPanel(QWidget* parent = nullptr);
    /// Shows the map `stratification` of the project at `projectPath` was drawn from (the
    /// one shown already stays as it is).
    /// With `period` (a label), that period's plots are drawn over it.
    void showStratification(const QString& projectPath,
                            const workflow::StratificationInfo& stratification,
                            const QString& period = {});
    /// Whether a stratification's map is shown (or being opened).
    bool showsAMap() const { return !m_shown.isEmpty(); }
    /// The plot whose details the cell line shows (empty: none).
    const QString& identifiedPlot() const { return m_identifiedPlot; }
    /// Centres the map on plot `plot` of `period` (its plots are drawn first if another
    /// period's are) and selects it.
    void showPlot(const QString& period, const QString& plot);
    void clear();
    MapCanvas* canvas() const { return m_canvas; }
    /// The view as a PNG picture of `pixels` at `dpi` (the view's width, its centre, the
    /// picture's shape), with legend, scale bar, north arrow and CRS; written as a job.
    void exportPicture(const QString& path, const QSize& pixels, int dpi);
    void retranslate();

signals:
    /// A build of overviews ended: built (true), or cancelled or failed (false).
    void overviewsBuilt(bool built);
    void pictureExported(bool written);
    /// The layer was opened and is drawn (true), or cannot be (false, the line says why).
    void layerShown(bool shown);
    /// A period's plots were located and drawn (or could not be: the line says why).
    void plotsShown(int plots);
    /// "Show in the plot table" for the plot identified.
    void plotChosen(const QString& period, const QString& plot);
    /// A plot was identified on the map, or centred on it: its details are in the cell line.
    void plotShown(const QString& period, const QString& plot);

private:
    void layerOpened(const workflow::StratificationInfo& stratification,
                     const core::Result<std::shared_ptr<const workflow::MapLayer>>& layer);
    /// The CRS's coordinates under the cursor, and their longitude and latitude.
    void showCursor(QPointF at);
    void showCell(const workflow::MapPixel& pixel);
    /// The strata's legend lines with those of the layer's lines (stand edges, the boundary),
    /// in the current language.
    std::vector<LegendEntry> withLines(const workflow::MapLayer& layer,
                                       std::vector<LegendEntry> legend) const;
    void showStand(const workflow::MapPixel& pixel); ///< a click on stand polygons' map
    void showPlotInfo(const workflow::MapPlot& plot);
    /// Locates `period`'s plots on the layer shown, as a job; then centres on `centreOn`.
    void loadPlots(const QString& period, const QString& centreOn = {});
    void plotsLocated(const core::Result<workflow::MapPlots>& plots, const QString& centreOn);
    /// The plots' legend lines and the line saying what is drawn (again, in a new language).
    void describePlots();
    void showAbout();
    /// Asks how, then builds the raster's overviews as a job with progress and Cancel.
    void askOverviews();
    void buildOverviews(workflow::OverviewMethod method);
    void askExport();
    void jobRunning(bool running);

    MapCanvas* m_canvas = nullptr;
    QLabel* m_about = nullptr;
    QLabel* m_cursor = nullptr;
    QLabel* m_cell = nullptr;
    QPushButton* m_overviews = nullptr; ///< offered when the raster has none and is large
    QPushButton* m_export = nullptr;
    MapLayerList* m_layers = nullptr;
    QPushButton* m_showInTable = nullptr; ///< for the plot identified
    QLabel* m_plotsLine = nullptr;        ///< the plots drawn, and those that cannot be
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    workflow::JobRunner* m_runner = nullptr;
    QString m_projectPath;
    workflow::StratificationInfo m_stratification;
    QString m_shown;  ///< project path and stratification of the map shown or opening
    QString m_period; ///< whose plots are drawn or being located
    QString m_identifiedPlot;
    QString m_pendingPlot; ///< to centre on once the map being opened is shown
    std::uint64_t m_opening = 0;
    std::uint64_t m_locating = 0; ///< the plots located last asked for
};

} // namespace tanhui::ui
