// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/coordinate.h"

#include <array>
#include <cmath>
#include <string>
#include <vector>

#include "tanhui/core/table.h"

namespace tanhui::core {

namespace {

bool consumePrefix(std::string_view& s, std::string_view prefix)
{
    if (s.substr(0, prefix.size()) != prefix)
        return false;
    s.remove_prefix(prefix.size());
    return true;
}

bool consumeSuffix(std::string_view& s, std::string_view suffix)
{
    if (s.size() < suffix.size() || s.substr(s.size() - suffix.size()) != suffix)
        return false;
    s.remove_suffix(suffix.size());
    return true;
}

void trim(std::string_view& s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
}

// Hemisphere markers, as a sign. Chinese prefixes are UTF-8 (东经 = east longitude …).
int takeHemisphere(std::string_view& s)
{
    trim(s);
    constexpr std::array<std::pair<std::string_view, int>, 8> markers{{{"东经", 1},
                                                                       {"西经", -1},
                                                                       {"北纬", 1},
                                                                       {"南纬", -1},
                                                                       {"N", 1},
                                                                       {"E", 1},
                                                                       {"S", -1},
                                                                       {"W", -1}}};
    for (const auto& [marker, sign] : markers) {
        if (consumePrefix(s, marker) || consumeSuffix(s, marker)) {
            trim(s);
            return sign;
        }
    }
    return 0;
}

} // namespace

std::optional<double> parseCoordinate(std::string_view text)
{
    std::string_view s = text;
    const int hemisphere = takeHemisphere(s);
    if (s.empty())
        return std::nullopt;
    if (auto plain = parseNumber(s)) {
        if (hemisphere != 0 && *plain < 0)
            return std::nullopt; // "-118.5 W" is contradictory
        return hemisphere < 0 ? -*plain : *plain;
    }
    // Degrees, minutes, seconds: split at the symbols (° ′ ″ in UTF-8, ' " and blanks).
    std::string normalised;
    for (std::size_t i = 0; i < s.size();) {
        static constexpr std::array<std::string_view, 7> separators{"°",  "′", "″", "'",
                                                                    "\"", "º", " "};
        bool matched = false;
        for (std::string_view sep : separators) {
            if (s.substr(i, sep.size()) == sep) {
                normalised += ' ';
                i += sep.size();
                matched = true;
                break;
            }
        }
        if (!matched)
            normalised += s[i++];
    }
    std::vector<double> parts;
    std::string_view rest = normalised;
    while (!rest.empty()) {
        trim(rest);
        const auto end = rest.find(' ');
        const std::string_view token = rest.substr(0, end);
        if (token.empty())
            break;
        const auto value = parseNumber(token);
        if (!value)
            return std::nullopt;
        parts.push_back(*value);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
    }
    if (parts.empty() || parts.size() > 3)
        return std::nullopt;
    for (std::size_t i = 1; i < parts.size(); ++i)
        if (parts[i] < 0.0 || parts[i] >= 60.0)
            return std::nullopt;
    const double degrees = parts[0];
    const double magnitude = std::abs(degrees) + (parts.size() > 1 ? parts[1] / 60.0 : 0.0) +
                             (parts.size() > 2 ? parts[2] / 3600.0 : 0.0);
    const bool negative = degrees < 0.0 || hemisphere < 0;
    if (degrees < 0.0 && hemisphere != 0)
        return std::nullopt;
    return negative ? -magnitude : magnitude;
}

} // namespace tanhui::core
