// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "periodview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

#include "tanhui/core/units.h"
#include "tanhui/workflow/plotplan.h"

#include "errortext.h"
#include "netremovalsdialog.h"
#include "plotsview.h"
#include "projectmodel.h"
#include "stockcharts.h"
#include "tablecell.h"

namespace tanhui::ui {

namespace {

// A table as tall as its rows: the view scrolls as a whole, not each table on its own.
void fitHeight(QTableWidget* table)
{
    // The header's size hint, not its height: after a language change its font may differ.
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int r = 0; r < table->rowCount(); ++r)
        height += table->rowHeight(r);
    // Wider than the view (ten columns of the strata on a narrow screen): room for the
    // horizontal scroll bar, so that no row is hidden beneath it.
    if (table->horizontalHeader()->length() > table->viewport()->width())
        height += table->horizontalScrollBar()->sizeHint().height();
    table->setFixedHeight(height);
}

QString percentText(double fraction)
{
    return std::isnan(fraction) ? PeriodView::tr("undefined")
                                : QLocale().toString(fraction * 100, 'f', 2);
}

// "low – high" per hectare; a stratum of one plot has no interval.
QString intervalText(const workflow::StratumStock& s)
{
    if (std::isnan(s.ciHalfWidthTco2eHa))
        return PeriodView::tr("undefined (one plot)");
    const QLocale locale;
    return QStringLiteral("%1 – %2").arg(
        locale.toString(s.meanTco2eHa - s.ciHalfWidthTco2eHa, 'f', 2),
        locale.toString(s.meanTco2eHa + s.ciHalfWidthTco2eHa, 'f', 2));
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
    m_strata->setColumnCount(10);
    m_strata->verticalHeader()->setVisible(false);
    m_strata->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_change = new QLabel;
    m_change->setObjectName(QStringLiteral("periodChange"));
    m_change->setWordWrap(true);
    m_change->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_netHeading = new QLabel;
    m_netHeading->setObjectName(QStringLiteral("netHeading"));
    m_netHeading->setWordWrap(true);
    m_net = new QTableWidget;
    m_net->setObjectName(QStringLiteral("netRemovalsTable"));
    m_net->setColumnCount(6);
    m_net->verticalHeader()->setVisible(false);
    m_net->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_net->horizontalHeader()->setStretchLastSection(true);
    m_strataChart = newChartView(QStringLiteral("strataChart"), this);
    m_periodsChart = newChartView(QStringLiteral("periodsChart"), this);
    m_planHeading = new QLabel;
    m_planHeading->setObjectName(QStringLiteral("planHeading"));
    m_planHeading->setWordWrap(true);
    m_plan = new QTableWidget;
    m_plan->setObjectName(QStringLiteral("plotPlanTable"));
    m_plan->setColumnCount(4);
    m_plan->verticalHeader()->setVisible(false);
    m_plan->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_strataChart, 1);
    charts->addWidget(m_periodsChart, 1);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_heading);
    layout->addWidget(m_status);
    layout->addWidget(m_stock);
    layout->addWidget(m_strata);
    layout->addWidget(m_change);
    layout->addWidget(m_netHeading);
    layout->addWidget(m_net);
    layout->addLayout(charts);
    layout->addWidget(m_planHeading);
    layout->addWidget(m_plan);
    m_plotsView = new PlotsView;
    connect(m_plotsView, &PlotsView::showOnMap, this, [this](const QString& plot) {
        emit plotOnMap(QString::fromStdString(m_period.period.label), plot);
    });
    layout->addWidget(m_plotsView);
    layout->addStretch(1);
    auto* scroll = new QScrollArea;
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    retranslate();
}

void PeriodView::setPeriod(const workflow::PeriodOverview& period,
                           const std::vector<workflow::PeriodOverview>& periods,
                           const QString& nextStep)
{
    m_period = period;
    m_periods = periods;
    m_nextStep = nextStep;
    fill();
    if (!m_path.isEmpty())
        m_plotsView->setPeriod(m_path, QString::fromStdString(period.period.label));
}

void PeriodView::selectPlot(const QString& id)
{
    m_plotsView->selectPlot(id);
    // The plot table in sight, once the page shown just now is laid out.
    QTimer::singleShot(0, this, [this] { m_scroll->ensureWidgetVisible(m_plotsView, 0, 0); });
}

void PeriodView::retranslate()
{
    m_strata->setAccessibleName(tr("Carbon stock per stratum"));
    m_strataChart->setAccessibleName(tr("Chart of the mean stock per stratum"));
    m_periodsChart->setAccessibleName(tr("Chart of the stock over the periods"));
    m_plan->setHorizontalHeaderLabels(
        {tr("Stratum"), tr("Plots required"), tr("Plots measured"), tr("Plots still needed")});
    m_plan->setAccessibleName(tr("Plots needed per stratum"));
    m_net->setHorizontalHeaderLabels({tr("Term"), tr("t CO2e"), tr("Uncertainty (%)"),
                                      tr("Discount (%)"), tr("Conservative (t CO2e)"),
                                      tr("Source")});
    m_net->setAccessibleName(tr("Net removals term by term"));
    m_plotsView->retranslate();
    fill();
}

void PeriodView::fill()
{
    const QLocale locale;
    const workflow::PeriodInfo& p = m_period.period;
    m_heading->setText(tr("Monitoring period %1").arg(QString::fromStdString(p.label)));
    QString status =
        tr("%1 – %2 · %3 · revision %4 · %n plot(s)", nullptr, int(m_period.plots.size()))
            .arg(QString::fromStdString(p.startDate), QString::fromStdString(p.endDate),
                 periodStatusText(p.status))
            .arg(p.revision);
    if (p.sealed)
        status +=
            QLatin1Char('\n') + tr("Sealed, SHA-256 %1").arg(QString::fromStdString(p.sealDigest));
    m_status->setText(status);
    for (QWidget* w : {static_cast<QWidget*>(m_strata), m_strataChart, m_periodsChart,
                       static_cast<QWidget*>(m_planHeading), static_cast<QWidget*>(m_plan)})
        w->setVisible(m_period.stock.has_value());
    if (!m_period.stock) {
        m_stock->setText(p.sealed ? tr("No stock computed for this period.")
                                  : tr("No stock computed for this period yet.") +
                                        QLatin1Char(' ') + m_nextStep);
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
        showStrata(m_strataChart, s);
        showPeriods(m_periodsChart, m_periods);
        fillPlan(s);
    }
    fillStrata();
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
    fillNet();
}

// The stock per stratum: area, plots, mean, SD, SE, its own interval and U %, total.
void PeriodView::fillStrata()
{
    const QLocale locale;
    // The interval's header names the result's confidence.
    const double confidence = m_period.stock ? m_period.stock->confidence : 0.90;
    m_strata->setHorizontalHeaderLabels(
        {tr("Stratum"), tr("Area (ha)"), tr("Area (mu)"), tr("Plots"), tr("Mean (t CO2e/ha)"),
         tr("SD (t CO2e/ha)"), tr("SE (t CO2e/ha)"),
         tr("%1 % CI (t CO2e/ha)").arg(locale.toString(confidence * 100, 'f', 0)), tr("U (%)"),
         tr("Total (t CO2e)")});
    const std::vector<workflow::StratumStock> none;
    const auto& strata = m_period.stock ? m_period.stock->strata : none;
    m_strata->setRowCount(int(strata.size()));
    for (int r = 0; r < int(strata.size()); ++r) {
        const workflow::StratumStock& st = strata[std::size_t(r)];
        const QStringList values{QString::fromStdString(st.stratum),
                                 locale.toString(st.area.value(), 'f', 2),
                                 locale.toString(core::toMu(st.area).value(), 'f', 1),
                                 locale.toString(st.plots),
                                 locale.toString(st.meanTco2eHa, 'f', 2),
                                 locale.toString(st.sdTco2eHa, 'f', 2),
                                 locale.toString(st.seTco2eHa, 'f', 2),
                                 intervalText(st),
                                 percentText(st.uncertainty),
                                 locale.toString(st.totalTco2e, 'f', 1)};
        for (int c = 0; c < values.size(); ++c)
            m_strata->setItem(r, c, readOnlyCell(values[c], c > 0));
    }
    fitHeight(m_strata);
}

// Net removals = ΔC − project emissions − baseline removals − leakage, each term with its
// uncertainty, discount and conservative value; the terms not entered are named.
void PeriodView::fillNet()
{
    const QLocale locale;
    const workflow::NetRemovalsSummary& net = m_period.net;
    m_net->setRowCount(0);
    auto addCells = [this](const QStringList& values) { // numbers in columns 1–4, aligned
        const int r = m_net->rowCount();
        m_net->insertRow(r);
        for (int c = 0; c < values.size(); ++c)
            m_net->setItem(r, c, readOnlyCell(values[c], c > 0 && c < 5));
    };
    auto addRow = [&](const QString& term, double tco2e, double uncertainty, double discount,
                      double conservative, const QString& source) {
        addCells({term, locale.toString(tco2e, 'f', 1), percentText(uncertainty),
                  percentText(discount), locale.toString(conservative, 'f', 1), source});
    };
    if (const auto& c = net.change)
        addRow(tr("Stock change"), c->changeTco2e, c->uncertainty, c->discountFraction,
               c->conservativeChangeTco2e,
               tr("change %1 → %2 (AR-TOOL14 method %3)")
                   .arg(QString::fromStdString(c->earlier), QString::fromStdString(c->later),
                        QString::fromStdString(c->method)));
    for (const workflow::NetTermValue& t : net.terms)
        addRow(NetRemovalsDialog::termText(t.input.term), t.input.tco2e, t.input.uncertainty,
               t.discountFraction, t.conservativeTco2e,
               t.input.statedZero ? tr("zero: %1").arg(QString::fromStdString(t.input.source))
                                  : QString::fromStdString(t.input.source));
    QStringList missing;
    for (workflow::NetTerm t : net.missing)
        missing << NetRemovalsDialog::termText(t);
    QString heading = tr("Net removals (METHODOLOGY 3.6; exact form for CCER UNCONFIRMED)");
    if (net.complete()) {
        addCells({tr("Net removals"),
                  locale.toString(net.netTco2e, 'f', 1),
                  {},
                  {},
                  locale.toString(net.conservativeNetTco2e, 'f', 1),
                  {}});
        heading +=
            QLatin1String(": ") + tr("%1 t CO2e, conservative %2 t CO2e.")
                                      .arg(locale.toString(net.netTco2e, 'f', 1),
                                           locale.toString(net.conservativeNetTco2e, 'f', 1));
    } else {
        QStringList wanting;
        if (!net.change)
            wanting << tr("the stock change against the period before");
        wanting << missing;
        heading += QLatin1String(": ") + tr("not complete, still wanting %1 (Project ▸ Net "
                                            "removals…).")
                                             .arg(locale.createSeparatedList(wanting));
    }
    m_netHeading->setText(heading);
    // A sealed period without a change or terms (a first inventory) has no net removals.
    m_netHeading->setVisible(net.change || !net.terms.empty() || !m_period.period.sealed);
    m_net->setVisible(m_net->rowCount() > 0);
    fitHeight(m_net);
}

// AR-TOOL03: the plots each stratum needs for ±10 % of the mean at 90 % confidence.
void PeriodView::fillPlan(const workflow::StockSummary& stock)
{
    const QLocale locale;
    const auto plan = workflow::plotPlanFor(stock);
    m_plan->setRowCount(0);
    if (!plan) {
        m_planHeading->setText(tr("Plots needed for ±10 % at 90 % confidence (AR-TOOL03): cannot "
                                  "be planned from this stock (%1).")
                                   .arg(errorText(plan.error())));
        m_plan->setVisible(false);
        return;
    }
    m_planHeading->setText(
        tr("Plots needed for ±10 % of the mean at 90 % confidence (AR-TOOL03, Neyman "
           "allocation): %1 in all, %2 still to measure.")
            .arg(locale.toString(plan->required), locale.toString(plan->stillNeeded)));
    m_plan->setRowCount(int(plan->strata.size()));
    for (int r = 0; r < int(plan->strata.size()); ++r) {
        const core::PlannedStratum& p = plan->strata[std::size_t(r)];
        const QStringList values{QString::fromStdString(p.stratum), locale.toString(p.required),
                                 locale.toString(p.measured), locale.toString(p.stillNeeded)};
        for (int c = 0; c < values.size(); ++c)
            m_plan->setItem(r, c, readOnlyCell(values[c], c > 0));
    }
    fitHeight(m_plan);
}

} // namespace tanhui::ui
