// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QDialog>
#include <vector>

#include "tanhui/workflow/projecttypes.h"

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace tanhui::ui {

/// The audit log as a verifier reads it: when, who, what, which row, the values before and
/// after, and whether the hash chain links the row; filtered as the user types (every column).
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    AuditLogDialog(const std::vector<workflow::AuditEntry>& entries, QWidget* parent = nullptr);
    QStandardItemModel* model() const { return m_model; }
    QSortFilterProxyModel* filtered() const { return m_filtered; }
    QLineEdit* filter() const { return m_filter; }

private:
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_filtered = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace tanhui::ui
