// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <chrono>
#include <string>

#include "tanhui/core/result.h"

namespace tanhui::core {

/// The one date parser of Tanhui: an ISO date "YYYY-MM-DD" (exactly ten characters) that
/// exists in the proleptic Gregorian calendar. Error{InvalidArgument, column "date"}
/// otherwise.
Result<std::chrono::year_month_day> parseDate(const std::string& text);

/// Whole years from `baseYear` (the year an inventory's stand ages refer to) to the year of
/// the monitoring date `date`: stand ages are whole years as of the survey year, so a stand
/// aged 8 in the 2018 inventory is 14 on 2024-12-31. Fails like parseDate, or with
/// OutOfRange (column "date") when the date lies before the base year.
Result<int> rollForwardYears(int baseYear, const std::string& date);

} // namespace tanhui::core
