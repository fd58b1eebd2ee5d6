// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "texttablemodel.h"

#include <algorithm>

namespace tanhui::ui {

TextTableModel::TextTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TextTableModel::setHeaders(const QStringList& headers, const std::vector<int>& numeric)
{
    beginResetModel();
    m_headers = headers;
    m_numeric = numeric;
    endResetModel();
}

void TextTableModel::setRows(std::vector<QStringList> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TextTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TextTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant TextTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    if (role == Qt::DisplayRole)
        return m_rows[std::size_t(index.row())].value(index.column());
    if (role == Qt::TextAlignmentRole &&
        std::find(m_numeric.begin(), m_numeric.end(), index.column()) != m_numeric.end())
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TextTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_headers.value(section);
}

} // namespace tanhui::ui
