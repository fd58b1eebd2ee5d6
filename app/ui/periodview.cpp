// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "periodview.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include "tanhui/core/units.h"

#include "projectmodel.h"

namespace tanhui::ui {

namespace {

QTableWidgetItem* cell(const QString& text, bool number)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PeriodView::PeriodView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("periodView"));
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("periodHeading"));
    QFont bold = m_heading->font();
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    bold.setBold(true);
    m_heading->setFont(bold);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("periodStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stock = new QLabel;
    m_stock->setObjectName(QStringLiteral("periodStock"));
    m_stock->setWordWrap(true);
    m_stock->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_strata = new QTableWidget;
    m_strata->setObjectName(QStringLiteral("strataTable"));
    m_strata->setColumnCount(8);
    m_strata->verticalHeader()->setVisible(false);
    m_strata->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_change = new QLabel;
    m_change->setObjectName(QStringLiteral("periodChange"));
    m_change->setWordWrap(true);
    m_change->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_status);
    layout->addWidget(m_stock);
    layout->addWidget(m_strata, 1);
    layout->addWidget(m_change);
    retranslate();
}

void PeriodView::setPeriod(const workflow::PeriodOverview& period)
{
    m_period = period;
    fill();
}

void PeriodView::retranslate()
{
    m_strata->setHorizontalHeaderLabels({tr("Stratum"), tr("Area (ha)"), tr("Area (mu)"),
                                         tr("Plots"), tr("Mean (t CO2e/ha)"), tr("SD (t CO2e/ha)"),
                                         tr("SE (t CO2e/ha)"), tr("Total (t CO2e)")});
    m_strata->setAccessibleName(tr("Carbon stock per stratum"));
    fill();
}

void PeriodView::fill()
{
    const QLocale locale;
    const workflow::PeriodInfo& p = m_period.period;
    m_heading->setText(tr("Monitoring period %1").arg(QString::fromStdString(p.label)));
    QString status = tr("%1 – %2 · %3 · revision %4 · %n plot(s)", nullptr, m_period.plots)
                         .arg(QString::fromStdString(p.startDate),
                              QString::fromStdString(p.endDate), periodStatusText(p.status))
                         .arg(p.revision);
    if (p.sealed)
        status +=
            QLatin1Char('\n') + tr("Sealed, SHA-256 %1").arg(QString::fromStdString(p.sealDigest));
    m_status->setText(status);
    m_strata->setRowCount(0);
    if (!m_period.stock) {
        m_stock->setText(tr("No stock computed for this period yet."));
        m_strata->setVisible(false);
    } else {
        const workflow::StockSummary& s = *m_period.stock;
        QString text =
            tr("Stock %1 t CO2e, uncertainty %2 % (%3 % confidence), discount %4 %, "
               "conservative stock %5 t CO2e. Stratification %6, parameters %7; %8 plots, "
               "%9 trees.")
                .arg(locale.toString(s.totalTco2e, 'f', 1),
                     locale.toString(s.uncertainty * 100, 'f', 2),
                     locale.toString(s.confidence * 100, 'f', 0),
                     locale.toString(s.discountFraction * 100, 'f', 1),
                     locale.toString(s.conservativeTotalTco2e, 'f', 1),
                     QString::fromStdString(s.stratification),
                     QString::fromStdString(s.parameterSet), locale.toString(s.plots),
                     locale.toString(s.trees));
        if (!s.speciesNotConfirmed.empty()) {
            QStringList species;
            for (const std::string& entry : s.speciesNotConfirmed)
                species << QString::fromStdString(entry);
            text += QLatin1Char('\n') +
                    tr("⚠ Parameters not CONFIRMED: %1 — verify them before submission.")
                        .arg(species.join(QStringLiteral("; ")));
        }
        m_stock->setText(text);
        m_strata->setVisible(true);
        m_strata->setRowCount(int(s.strata.size()));
        for (int r = 0; r < int(s.strata.size()); ++r) {
            const workflow::StratumStock& st = s.strata[std::size_t(r)];
            const QStringList values{QString::fromStdString(st.stratum),
                                     locale.toString(st.area.value(), 'f', 2),
                                     locale.toString(core::toMu(st.area).value(), 'f', 1),
                                     locale.toString(st.plots),
                                     locale.toString(st.meanTco2eHa, 'f', 2),
                                     locale.toString(st.sdTco2eHa, 'f', 2),
                                     locale.toString(st.seTco2eHa, 'f', 2),
                                     locale.toString(st.totalTco2e, 'f', 1)};
            for (int c = 0; c < values.size(); ++c)
                m_strata->setItem(r, c, cell(values[c], c > 0));
        }
    }
    if (m_period.change) {
        const workflow::ChangeSummary& c = *m_period.change;
        m_change->setText(
            tr("Change %1 → %2 (method %3, %4 years): %5 t CO2e, %6 t CO2e per year, "
               "uncertainty %7 %, discount %8 %, conservative change %9 t CO2e.")
                .arg(QString::fromStdString(c.earlier), QString::fromStdString(c.later),
                     QString::fromStdString(c.method), locale.toString(c.years, 'f', 3),
                     locale.toString(c.changeTco2e, 'f', 1),
                     locale.toString(c.annualChangeTco2e, 'f', 1),
                     locale.toString(c.uncertainty * 100, 'f', 2),
                     locale.toString(c.discountFraction * 100, 'f', 1),
                     locale.toString(c.conservativeChangeTco2e, 'f', 1)));
    } else {
        m_change->setText(tr("No change against an earlier period computed yet."));
    }
}

} // namespace tanhui::ui
