// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <optional>
#include <string_view>

namespace tanhui::core {

/// Parses a coordinate as survey staff write them: a decimal number ("118.5042"), or degrees,
/// minutes and seconds with °, ′/', ″/" or blanks as separators ("118°30'15.2\"",
/// "118 30 15.2", "118°30.25′"), optionally with a hemisphere letter N/S/E/W before or after
/// (S and W make it negative) or the Chinese 东经/西经/北纬/南纬 prefix. Minutes and seconds must
/// be below 60. Returns nullopt for anything else. Pure function.
std::optional<double> parseCoordinate(std::string_view text);

} // namespace tanhui::core
