// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QWidget>

#include "tanhui/workflow/projecttypes.h"

class QLabel;
class QScrollArea;
class QTableWidget;

namespace tanhui::ui {

/// The results of one monitoring period as stored: the stock per stratum (area in ha and mu,
/// plots, mean, SD and SE of t CO2e/ha, total), the project total with its uncertainty,
/// discount and conservative value, the change against the period before, its net removals
/// term by term, charts of the strata and of the periods, and the plots still needed per
/// stratum (AR-TOOL03).
class PeriodView : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodView(QWidget* parent = nullptr);
    /// `period` with the charts of its strata and of every period in `periods`.
    /// `nextStep`: what the period needs next, shown while it has no stock.
    void setPeriod(const workflow::PeriodOverview& period,
                   const std::vector<workflow::PeriodOverview>& periods,
                   const QString& nextStep = {});
    /// The project the periods are of (its plots and trees are read from it).
    void setProjectPath(const QString& path) { m_path = path; }
    void retranslate();
    /// Selects plot `id` in the period's plot table.
    void selectPlot(const QString& id);

signals:
    /// A plot of the period is to be shown on the map.
    void plotOnMap(const QString& period, const QString& plot);

private:
    void fill();
    void fillStrata();
    void fillPlan(const workflow::StockSummary& stock);
    void fillNet();
    workflow::PeriodOverview m_period;
    std::vector<workflow::PeriodOverview> m_periods;
    QLabel* m_heading = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_stock = nullptr;
    QTableWidget* m_strata = nullptr;
    QLabel* m_change = nullptr;
    QLabel* m_netHeading = nullptr;
    QTableWidget* m_net = nullptr;
    QWidget* m_strataChart = nullptr;
    QWidget* m_periodsChart = nullptr;
    QLabel* m_planHeading = nullptr;
    QTableWidget* m_plan = nullptr;
    class PlotsView* m_plotsView = nullptr;
    QScrollArea* m_scroll = nullptr;
    QString m_path;
    QString m_nextStep;
};

} // namespace tanhui::ui
