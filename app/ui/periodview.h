// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QWidget>

#include "tanhui/workflow/projecttypes.h"

class QLabel;
class QTableWidget;

namespace tanhui::ui {

/// The results of one monitoring period as stored: the stock per stratum (area in ha and mu,
/// plots, mean, SD and SE of t CO2e/ha, total), the project total with its uncertainty,
/// discount and conservative value, and the change against the period before.
class PeriodView : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodView(QWidget* parent = nullptr);
    void setPeriod(const workflow::PeriodOverview& period);
    void retranslate();

private:
    void fill();
    workflow::PeriodOverview m_period;
    QLabel* m_heading = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_stock = nullptr;
    QTableWidget* m_strata = nullptr;
    QLabel* m_change = nullptr;
};

} // namespace tanhui::ui
