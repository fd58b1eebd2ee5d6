// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/date.h"

#include <cstdio>

namespace tanhui::core {

Result<std::chrono::year_month_day> parseDate(const std::string& text)
{
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    char tail = 0;
    if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2u-%2u%c", &y, &m, &d, &tail) != 3)
        return Error{ErrorCode::InvalidArgument,
                     "expected a date as YYYY-MM-DD, got \"" + text + "\"",
                     {},
                     0,
                     "date"};
    const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{m},
                                           std::chrono::day{d}};
    if (!date.ok())
        return Error{ErrorCode::InvalidArgument, "no such date: " + text, {}, 0, "date"};
    return date;
}

Result<int> rollForwardYears(int baseYear, const std::string& date)
{
    const auto parsed = parseDate(date);
    if (!parsed)
        return parsed.error();
    const int years = int(parsed->year()) - baseYear;
    if (years < 0)
        return Error{ErrorCode::OutOfRange,
                     "the monitoring date " + date + " lies before the base year " +
                         std::to_string(baseYear) + " of the stand ages",
                     {},
                     0,
                     "date"};
    return years;
}

} // namespace tanhui::core
