// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tanhui/core/result.h"
#include "tanhui/core/table.h"

namespace tanhui::core {

/// A condition on one attribute of a stand (小班): its text is one of `values`, and/or its
/// number lies in [min, max].
struct FieldCondition
{
    std::string field;
    std::vector<std::string> values;
    std::optional<double> min;
    std::optional<double> max;
};

/// A stratum of stands: every condition must hold (e.g. 树种 ∈ {杉木} and 林龄 in [0, 10]).
struct StandRule
{
    std::string name;
    std::vector<FieldCondition> conditions;
};

/// The stratum of every row of `stands` (index into `rules`, first match wins), or −1.
/// A field the table lacks is Error{MissingColumn}; a cell that a range condition needs as a
/// number but is not is Error{NotANumber} naming file, row and column.
Result<std::vector<int>> classifyStands(const Table& stands, const std::vector<StandRule>& rules);

} // namespace tanhui::core
