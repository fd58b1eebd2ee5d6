// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QWidget>
#include <cstdint>

#include "tanhui/workflow/maplayer.h"
#include "tanhui/workflow/projecttypes.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace tanhui::workflow {
class JobRunner;
}

namespace tanhui::ui {

class MapCanvas;

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
    void showStratification(const QString& projectPath,
                            const workflow::StratificationInfo& stratification);
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

private:
    void layerOpened(const workflow::StratificationInfo& stratification,
                     const core::Result<std::shared_ptr<const workflow::MapLayer>>& layer);
    void showCell(const workflow::MapPixel& pixel);
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
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    workflow::JobRunner* m_runner = nullptr;
    QString m_projectPath;
    workflow::StratificationInfo m_stratification;
    QString m_shown; ///< project path and stratification of the map shown or opening
    std::uint64_t m_opening = 0;
};

} // namespace tanhui::ui
