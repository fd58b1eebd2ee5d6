// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

namespace tanhui::ui {

/// Rows of text formatted beforehand (on a worker: a period's 10,000 plots are formatted off
/// the GUI thread), shown as a table; the columns in `numeric` are right-aligned.
class TextTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit TextTableModel(QObject* parent = nullptr);
    void setHeaders(const QStringList& headers, const std::vector<int>& numeric);
    void setRows(std::vector<QStringList> rows);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<int> m_numeric;
    std::vector<QStringList> m_rows;
};

} // namespace tanhui::ui
