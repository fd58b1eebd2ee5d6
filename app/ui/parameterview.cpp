// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "parameterview.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tanhui::ui {

ParameterView::ParameterView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("parameterView"));
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("parameterHeading"));
    QFont bold = m_heading->font();
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    bold.setBold(true);
    m_heading->setFont(bold);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("parameterSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("parameterTable"));
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    retranslate();
}

void ParameterView::setParameterSet(const workflow::ParameterSetInfo& set)
{
    m_set = set;
    fill();
}

void ParameterView::retranslate()
{
    m_table->setAccessibleName(tr("Species parameters"));
    fill();
}

void ParameterView::fill()
{
    const core::Table& t = m_set.table;
    m_heading->setText(
        tr("Parameter set %1 %2")
            .arg(QString::fromStdString(m_set.name), QString::fromStdString(m_set.version)));
    int notConfirmed = 0;
    for (const workflow::ParameterRow& r : m_set.rows)
        notConfirmed += r.status != "CONFIRMED";
    m_summary->setText(
        tr("Read from %1, SHA-256 %2. %n species row(s); rows not CONFIRMED "
           "(marked ⚠) must be verified against their source before submission.",
           nullptr, int(m_set.rows.size()))
            .arg(QString::fromStdString(m_set.source), QString::fromStdString(m_set.sha256)) +
        (notConfirmed > 0 ? QLatin1Char(' ') + tr("Not CONFIRMED: %1.").arg(notConfirmed)
                          : QString()));
    m_table->clear();
    m_table->setColumnCount(int(t.columns.size()));
    m_table->setRowCount(int(t.rows.size()));
    QStringList header;
    for (const std::string& c : t.columns)
        header << QString::fromStdString(c);
    m_table->setHorizontalHeaderLabels(header);
    const auto status = t.findColumn({"status"});
    for (int r = 0; r < int(t.rows.size()); ++r) {
        const bool confirmed = status && t.text(std::size_t(r), *status) == "CONFIRMED";
        for (int c = 0; c < int(t.columns.size()); ++c) {
            QString text = QString::fromStdString(t.rows[std::size_t(r)][std::size_t(c)]);
            if (status && c == int(*status) && !confirmed)
                text = QStringLiteral("⚠ ") + text;
            auto* item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setToolTip(text);
            if (!confirmed)
                item->setForeground(QColor(0xb0, 0x50, 0x00));
            m_table->setItem(r, c, item);
        }
    }
}

} // namespace tanhui::ui
