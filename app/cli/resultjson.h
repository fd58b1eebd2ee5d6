// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QJsonObject>

#include "tanhui/core/stockchange.h"
#include "tanhui/core/stratifiedestimate.h"

namespace tanhui::ui {

/// The JSON of tanhui-cli's results. Keys are stable API (English, snake_case); numbers are
/// written with round-trip precision; NaN becomes null.

/// {"strata": [{stratum, n, mean, sd, se, area_ha, weight, total}], "overall": {...}}
QJsonObject estimateJson(const core::StratifiedEstimate& estimate);

/// {change, uncertainty_pct, discount_pct, conservative_change, years, annual_change,
///  conservative_annual_change}
QJsonObject changeJson(const core::StockChange& change);

} // namespace tanhui::ui
