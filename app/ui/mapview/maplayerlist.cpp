// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "maplayerlist.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QListWidget>
#include <QToolButton>

namespace tanhui::ui {

namespace {

constexpr int kKindRole = Qt::UserRole;

} // namespace

MapLayerList::MapLayerList(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget)
    , m_raise(new QToolButton)
    , m_lower(new QToolButton)
{
    m_list->setObjectName(QStringLiteral("mapLayers"));
    m_raise->setObjectName(QStringLiteral("raiseMapLayer"));
    m_lower->setObjectName(QStringLiteral("lowerMapLayer"));
    // Topmost first, left to right: plots over outlines over strata.
    for (const MapLayerKind kind :
         {MapLayerKind::Plots, MapLayerKind::Outlines, MapLayerKind::Strata}) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(kKindRole, int(kind));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsDragEnabled);
        item->setCheckState(Qt::Checked);
        item->setHidden(kind == MapLayerKind::Outlines); // until a map with outlines is shown
    }
    m_list->setFlow(QListView::LeftToRight);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_raise->setArrowType(Qt::LeftArrow);
    m_lower->setArrowType(Qt::RightArrow);
    connect(m_raise, &QToolButton::clicked, this, [this] { move(-1); });
    connect(m_lower, &QToolButton::clicked, this, [this] { move(1); });
    const auto changed = [this] {
        emit layersChanged(layers());
    };
    connect(m_list, &QListWidget::itemChanged, this, changed);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, changed);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_list);
    row->addWidget(m_raise);
    row->addWidget(m_lower);
    retranslate();
}

std::vector<MapLayerState> MapLayerList::layers() const
{
    std::vector<MapLayerState> out;
    for (int row = m_list->count() - 1; row >= 0; --row) {
        const QListWidgetItem* item = m_list->item(row);
        out.push_back(
            {MapLayerKind(item->data(kKindRole).toInt()), item->checkState() == Qt::Checked});
    }
    return out;
}

void MapLayerList::setOutlinesAvailable(bool available)
{
    itemOf(MapLayerKind::Outlines)->setHidden(!available);
    retranslate(); // its width
}

QListWidgetItem* MapLayerList::itemOf(MapLayerKind kind) const
{
    for (int row = 0; row < m_list->count(); ++row)
        if (MapLayerKind(m_list->item(row)->data(kKindRole).toInt()) == kind)
            return m_list->item(row);
    return nullptr;
}

void MapLayerList::move(int by)
{
    const int from = m_list->currentRow();
    const int to = from + by;
    if (from < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem* item = m_list->takeItem(from);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    emit layersChanged(layers());
}

void MapLayerList::retranslate()
{
    const QSignalBlocker quiet(m_list); // names are no change of the layers
    itemOf(MapLayerKind::Plots)->setText(tr("Plots"));
    itemOf(MapLayerKind::Outlines)->setText(tr("Stand edges, boundary"));
    itemOf(MapLayerKind::Strata)->setText(tr("Strata"));
    m_list->setAccessibleName(tr("Map layers, topmost first: check to show, drag to reorder"));
    m_raise->setAccessibleName(tr("Draw the selected layer higher"));
    m_raise->setToolTip(m_raise->accessibleName());
    m_lower->setAccessibleName(tr("Draw the selected layer lower"));
    m_lower->setToolTip(m_lower->accessibleName());
    int width = 2 * m_list->frameWidth() + 4;
    for (int row = 0; row < m_list->count(); ++row)
        if (!m_list->item(row)->isHidden())
            width += m_list->fontMetrics().horizontalAdvance(m_list->item(row)->text()) + 32;
    m_list->setFixedSize(width, m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() + 4);
}

} // namespace tanhui::ui
