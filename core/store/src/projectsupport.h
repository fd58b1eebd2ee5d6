// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// Private to the store: helpers shared by the Project implementation files.

#include <array>
#include <charconv>
#include <cstdio>
#include <string>

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

// The schema's tables, for export and counts (fixed identifiers, never user text).
inline constexpr std::array<const char*, 11> kTables = {
    "project", "layer",         "stratification", "stratum",      "period",   "plot",
    "tree",    "parameter_set", "result",         "result_value", "audit_log"};

} // namespace tanhui::store::detail
