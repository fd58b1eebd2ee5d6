// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QWidget>
#include <vector>

#include "mapdecorations.h"

class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace tanhui::ui {

/// The map's layers, topmost first as in QGIS's layer panel: each shown or hidden by its
/// check box, and moved up or down by dragging it or with the Raise and Lower buttons.
class MapLayerList : public QWidget
{
    Q_OBJECT
public:
    explicit MapLayerList(QWidget* parent = nullptr);
    /// Bottom to top, as the canvas draws them.
    std::vector<MapLayerState> layers() const;
    /// The outlines' line is offered only for a map that has them (stands, a boundary).
    void setOutlinesAvailable(bool available);
    void retranslate();

signals:
    void layersChanged(const std::vector<tanhui::ui::MapLayerState>& layers);

private:
    void move(int by); ///< the current layer by `by` rows (−1: up, drawn higher)
    QListWidgetItem* itemOf(MapLayerKind kind) const;
    QListWidget* m_list = nullptr;
    QToolButton* m_raise = nullptr;
    QToolButton* m_lower = nullptr;
};

} // namespace tanhui::ui
