// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// Stand polygons with the stratum of each stand, as AreasJob and SampleJob read them (not
// installed: it names gis types).

#include <string>
#include <vector>

#include "tanhui/core/standrules.h"
#include "tanhui/gis/stands.h"

namespace tanhui::workflow {

struct ClassifiedStands
{
    std::vector<core::StandRule> rules;
    gis::StandLayer stands;
    std::vector<int> strata; ///< per stand: index into rules, or −1
};

/// Reads the rules (JSON), the stand layer and classifies every stand by the rules.
core::Result<ClassifiedStands> readClassifiedStands(const std::string& rulesPath,
                                                    const std::string& standsPath);

} // namespace tanhui::workflow
