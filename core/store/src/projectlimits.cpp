// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// Project: the plausibility limits of field measurements, and how an import is screened
// against them.
#include <cmath>
#include <sstream>

#include "tanhui/store/project.h"

#include "projectsupport.h"

namespace tanhui::store {

using core::Error;
using core::ErrorCode;
using core::Result;

Result<std::vector<core::PlausibilityLimit>> Project::plausibilityLimits()
{
    auto q = m_db.prepare("SELECT measure, min, max, status, source, coalesce(reason, '') "
                          "FROM plausibility_limit ORDER BY rowid");
    if (!q)
        return q.error();
    std::vector<core::PlausibilityLimit> limits;
    while (true) {
        const auto row = q->step();
        if (!row)
            return row.error();
        if (!*row)
            return limits;
        const auto measure = core::measureFromName(q->columnText(0));
        if (!measure)
            continue; // a measure a newer Tanhui knows
        std::string source = q->columnText(4);
        if (const std::string reason = q->columnText(5); !reason.empty())
            source += "; set for this project: " + reason;
        limits.push_back(
            {*measure, q->columnDouble(1), q->columnDouble(2), q->columnText(3), source});
    }
}

Result<void> Project::setPlausibilityLimit(core::Measure measure, double min, double max,
                                           const std::string& reason)
{
    const std::string name = core::measureName(measure);
    if (reason.find_first_not_of(" \t") == std::string::npos)
        return Error{ErrorCode::InvalidArgument, "a limit is changed only with a reason",
                     m_db.path(), 0, "reason"};
    if (!std::isfinite(min) || !std::isfinite(max) || !(min <= max))
        return Error{ErrorCode::OutOfRange, "the limits of " + name + " must be finite, min <= max",
                     m_db.path(), 0, name};
    return transaction([&]() -> Result<void> {
        auto update = m_db.prepare(
            "UPDATE plausibility_limit SET min = ?, max = ?, reason = ? WHERE measure = ?");
        if (!update)
            return update.error();
        update->bind(1, min).bind(2, max).bind(3, reason).bind(4, name);
        if (auto r = update->run(); !r)
            return r;
        // The triggers log before and after; this entry names who did it and why.
        std::ostringstream json;
        json.precision(17);
        json << "{\"measure\":" << detail::jsonString(name) << ",\"min\":" << min
             << ",\"max\":" << max << ",\"reason\":" << detail::jsonString(reason) << "}";
        return audit("set-limit", "plausibility_limit", 0, {}, json.str());
    });
}

std::optional<core::Error> detail::outsideLimit(const core::PlausibilityLimit& limit, double value,
                                                const std::string& source, std::int64_t row,
                                                const char* column, const char* unit)
{
    // Values the import's own checks refuse (not positive, slope of 90° or more) are reported
    // there, once.
    const bool refusedAlready =
        limit.measure == core::Measure::SlopeDeg ? !(value >= 0.0 && value < 90.0) : !(value > 0.0);
    if (std::isnan(value) || refusedAlready || limit.contains(value))
        return std::nullopt;
    std::ostringstream detail;
    detail.precision(15);
    detail << value << ' ' << unit << " is outside the plausibility limits [" << limit.min << ", "
           << limit.max << "] " << unit << " of " << core::measureName(limit.measure)
           << " (a unit or typing mistake? if the value is real, widen the limit for this "
              "project with a reason)";
    return core::Error{ErrorCode::OutOfRange, detail.str(), source, row, column};
}

} // namespace tanhui::store
