// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include "tanhui/core/biomass.h"
#include "tanhui/core/plausibility.h"

// Private to the store: helpers shared by the Project implementation files.

#include <array>
#include <charconv>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "tanhui/store/database.h"
#include "tanhui/store/project.h"

namespace tanhui::store::detail {

// The shortest decimal text that reads back as the same double (std::to_chars).
inline std::string shortestNumber(double value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

// Minimal JSON string escaping for audit entries.
inline std::string jsonString(const std::string& s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
            out += buffer;
            continue;
        }
        out += c;
    }
    return out + "\"";
}

// Prepares `sql`, binds `key` to ?1 and steps to its first row; UnknownReference with
// `missing` (and `column`) when there is none.
template <typename Key>
core::Result<Statement> oneRow(Database& db, const std::string& sql, const Key& key,
                               const std::string& missing, const char* column)
{
    auto q = db.prepare(sql);
    if (!q)
        return q.error();
    q->bind(1, key);
    auto row = q->step();
    if (!row)
        return row.error();
    if (!*row)
        return core::Error{core::ErrorCode::UnknownReference, missing, db.path(), 0, column};
    return std::move(q).value();
}

/// "period 2024 (revision 1)", as messages name a period.
inline std::string periodName(const Period& p)
{
    return "period " + p.label + " (revision " + std::to_string(p.revision) + ")";
}

/// The result of `kind` among `results`; nullptr when there is none.
inline const PeriodResult* findKind(const std::vector<PeriodResult>& results,
                                    const std::string& kind)
{
    for (const PeriodResult& r : results)
        if (r.kind == kind)
            return &r;
    return nullptr;
}

/// Links every audit row not yet in the hash chain (auditchain.cpp), in id order.
core::Result<void> linkAuditChain(Database& db);

// The manifest format that sealPeriod writes; verifySeals reads every earlier one too.
inline constexpr int kSealFormat = 5;

// The schema's tables, for export and counts (fixed identifiers, never user text).
inline constexpr std::array<const char*, 15> kTables = {"project",
                                                        "project_details",
                                                        "layer",
                                                        "stratification",
                                                        "stratum",
                                                        "period",
                                                        "plot",
                                                        "tree",
                                                        "parameter_set",
                                                        "result",
                                                        "result_value",
                                                        "net_removal_term",
                                                        "audit_log",
                                                        "audit_chain",
                                                        "plausibility_limit"};

/// The import's plausibility screening of one value (a plot area, slope, DBH or height): the
/// problem, located by file, row and column with the value and the limits, when it lies
/// outside the project's `limits`.
std::optional<core::Error> outsideLimit(const core::PlausibilityLimit& limit, double value,
                                        const std::string& source, std::int64_t row,
                                        const char* column, const char* unit);

} // namespace tanhui::store::detail
