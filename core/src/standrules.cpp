// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/standrules.h"

#include <algorithm>

namespace tanhui::core {

Result<std::vector<int>> classifyStands(const Table& stands, const std::vector<StandRule>& rules)
{
    // Resolve every field once.
    std::vector<std::vector<std::size_t>> columns(rules.size());
    for (std::size_t k = 0; k < rules.size(); ++k)
        for (const FieldCondition& c : rules[k].conditions) {
            const auto column = stands.requireColumn({c.field});
            if (!column)
                return column.error();
            columns[k].push_back(*column);
        }
    std::vector<int> strata(stands.rows.size(), -1);
    for (std::size_t r = 0; r < stands.rows.size(); ++r) {
        for (std::size_t k = 0; k < rules.size() && strata[r] < 0; ++k) {
            bool all = true;
            for (std::size_t i = 0; i < rules[k].conditions.size() && all; ++i) {
                const FieldCondition& c = rules[k].conditions[i];
                const std::string text = stands.text(r, columns[k][i]);
                bool listed = std::find(c.values.begin(), c.values.end(), text) != c.values.end();
                bool inRange = false;
                if (!listed && (c.min || c.max)) {
                    const auto number = stands.number(r, columns[k][i]);
                    if (!number)
                        return number.error();
                    inRange = (!c.min || *number >= *c.min) && (!c.max || *number <= *c.max);
                }
                all = listed || inRange;
            }
            if (all)
                strata[r] = int(k);
        }
    }
    return strata;
}

} // namespace tanhui::core
