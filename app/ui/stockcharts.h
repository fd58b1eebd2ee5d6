// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// The results' charts, the one place that knows Qt Charts (deprecated after Qt 6.10: a
// replacement touches this file only). GUI-ANCHORS §5: bars of the stratum means with a box
// series drawn as whiskers for the confidence interval; the stock over the periods as a line
// with a translucent band.

#include <vector>

#include "tanhui/workflow/projecttypes.h"

class QWidget;

namespace tanhui::ui {

/// A chart view (owned by `parent`) for showStrata or showPeriods.
QWidget* newChartView(const QString& objectName, QWidget* parent);

/// Mean t CO2e/ha of each stratum, with its confidence interval at the stock's confidence:
/// mean ± t(n − 1) · SE, no whisker for a stratum of one plot.
void showStrata(QWidget* chartView, const workflow::StockSummary& stock);

/// Total stock of every computed period, with its confidence band total · (1 ± U).
void showPeriods(QWidget* chartView, const std::vector<workflow::PeriodOverview>& periods);

} // namespace tanhui::ui
