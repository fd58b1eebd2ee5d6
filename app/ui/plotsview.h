// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tanhui::workflow {
class JobRunner;
}

namespace tanhui::ui {

class TextTableModel;

/// A period's plots (id, stratum, area, slope, easting, northing, trees) and, for the plot
/// selected, its trees (species, DBH, height, wood density, alive, row in the tally). Both are
/// read and formatted as jobs on a connection of their own.
class PlotsView : public QWidget
{
    Q_OBJECT
public:
    explicit PlotsView(QWidget* parent = nullptr);
    /// Shows the plots of `period` of the project at `path`.
    void setPeriod(const QString& path, const QString& period);
    void retranslate();
    TextTableModel* plotsModel() const { return m_plotsModel; }
    TextTableModel* treesModel() const { return m_treesModel; }
    /// Selects the plot `id` (its trees are read).
    void selectPlot(const QString& id);

signals:
    void plotsShown(int plots);
    void treesShown(const QString& plot, int trees);
    /// "Show on the map" (or a double click) for the plot selected.
    void showOnMap(const QString& plot);

private:
    void loadPlots();
    void loadTrees(const QString& plot);
    workflow::JobRunner* m_runner = nullptr;
    QString m_path, m_period, m_pendingPlot;
    QString m_toSelect; ///< a plot to select once the plots being read are shown
    bool m_plotsPending = false;
    QLabel* m_heading = nullptr;
    QLabel* m_treesHeading = nullptr;
    QTableView* m_plots = nullptr;
    QPushButton* m_onMap = nullptr;
    QTableView* m_trees = nullptr;
    TextTableModel* m_plotsModel = nullptr;
    TextTableModel* m_treesModel = nullptr;
};

} // namespace tanhui::ui
