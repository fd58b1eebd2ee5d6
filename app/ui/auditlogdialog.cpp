// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "auditlogdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tanhui::ui {

namespace {

QStandardItem* item(const QString& text)
{
    auto* cell = new QStandardItem(text);
    cell->setEditable(false);
    cell->setToolTip(text);
    return cell;
}

} // namespace

AuditLogDialog::AuditLogDialog(const std::vector<workflow::AuditEntry>& entries, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log"));
    resize(1000, 560);
    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels({tr("#"), tr("When (UTC)"), tr("Who"), tr("What"), tr("Row"),
                                        tr("Before"), tr("After"), tr("Chain")});
    for (const workflow::AuditEntry& e : entries) {
        auto* id = item(QString::number(e.id));
        id->setData(qlonglong(e.id), Qt::UserRole);
        m_model->appendRow(
            {id, item(QString::fromStdString(e.at)), item(QString::fromStdString(e.user)),
             item(QString::fromStdString(e.action)),
             item(QStringLiteral("%1 %2").arg(QString::fromStdString(e.entity)).arg(e.entityId)),
             item(QString::fromStdString(e.beforeJson)), item(QString::fromStdString(e.afterJson)),
             item(e.linked ? tr("linked") : tr("not linked (written outside Tanhui)"))});
    }
    m_filtered = new QSortFilterProxyModel(this);
    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterKeyColumn(-1);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("auditFilter"));
    m_filter->setPlaceholderText(tr("Filter: a user, an action (seal, update, delete…), a table, "
                                    "a value…"));
    m_filter->setAccessibleName(tr("Filter the audit log"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_filtered,
            &QSortFilterProxyModel::setFilterFixedString);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log entries"));
    m_table->setModel(m_filtered);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_filtered->setSortRole(Qt::UserRole);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    for (int column : {5, 6})
        m_table->setColumnWidth(column, 260);
    auto* label = new QLabel(tr("%n entry(ies); SQLite's triggers write a row for every change, "
                                "whoever makes it.",
                                nullptr, int(entries.size())));
    label->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

} // namespace tanhui::ui
