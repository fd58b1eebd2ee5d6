// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// What the workflow suites share about the demo farm.

#include <string>

#include "tanhui/workflow/strata.h"

namespace tanhui::test {

/// The demo farm's strata: China fir plantations (south), ages of the 2018 inventory rolled
/// forward to `date` (none: no roll-forward).
inline workflow::StrataDefinition firAgeGroups(const std::string& date)
{
    workflow::AgeGroupChoice ages;
    ages.speciesGroup = "杉木";
    if (!date.empty()) {
        ages.baseYear = 2018;
        ages.date = date;
    }
    return {workflow::StrataMethod::AgeGroups, {}, ages};
}

} // namespace tanhui::test
