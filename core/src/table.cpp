// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/table.h"

#include <charconv>
#include <cmath>

namespace tanhui::core {

namespace {

std::string_view trimmed(std::string_view s)
{
    const auto blank = [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    };
    while (!s.empty() && blank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && blank(s.back()))
        s.remove_suffix(1);
    return s;
}

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        auto lower = [](char c) {
            return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
        };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

} // namespace

std::optional<std::size_t> Table::findColumn(std::initializer_list<std::string_view> names) const
{
    return findColumn(std::vector<std::string_view>(names));
}

std::optional<std::size_t> Table::findColumn(const std::vector<std::string_view>& names) const
{
    for (std::string_view name : names)
        for (std::size_t i = 0; i < columns.size(); ++i)
            if (equalsIgnoringAsciiCase(trimmed(columns[i]), name))
                return i;
    return std::nullopt;
}

bool Table::columnMatches(std::size_t column, const std::vector<std::string_view>& names) const
{
    for (std::string_view name : names)
        if (equalsIgnoringAsciiCase(trimmed(columns[column]), name))
            return true;
    return false;
}

Result<std::size_t> Table::requireColumn(std::initializer_list<std::string_view> names) const
{
    return requireColumn(std::vector<std::string_view>(names));
}

Result<std::size_t> Table::requireColumn(const std::vector<std::string_view>& names) const
{
    if (auto index = findColumn(names))
        return *index;
    std::string present;
    for (const std::string& c : columns)
        present += (present.empty() ? "" : ", ") + c;
    return Error{ErrorCode::MissingColumn, "columns present: " + present, source, 1,
                 std::string(names.front())};
}

std::string Table::text(std::size_t row, std::size_t column) const
{
    return std::string(trimmed(rows[row][column]));
}

Result<double> Table::number(std::size_t row, std::size_t column) const
{
    if (auto value = parseNumber(rows[row][column]))
        return *value;
    return errorAt(ErrorCode::NotANumber, row, column, "\"" + rows[row][column] + "\"");
}

Error Table::errorAt(ErrorCode code, std::size_t row, std::size_t column, std::string detail) const
{
    return Error{code, std::move(detail), source,
                 row < rowNumbers.size() ? rowNumbers[row] : std::int64_t(row) + 2,
                 column < columns.size() ? columns[column] : std::string()};
}

std::optional<double> parseNumber(std::string_view text)
{
    text = trimmed(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace tanhui::core
