// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <string>

#include "tanhui/core/result.h"

namespace tanhui::workflow {

class JobContext;

struct DemoFarm
{
    std::string directory;
    std::string project; ///< <directory>/demo.tanhui
    std::string ageRaster;
};

/// A deterministic demo forest farm in `directory` (created if needed; a folder that is not
/// empty is refused with DuplicateId, so no file of the user's is overwritten): a stand-age
/// raster (China fir plantations, ages as of 2018), 30 permanent plots measured in 2021 and
/// re-measured in 2024 with their tallies, and a project that went through the workflow:
/// strata of both dates, both stocks, 2021 sealed, the change 2021 → 2024 computed, 2024 a
/// draft.
core::Result<DemoFarm> createDemoFarm(const std::string& directory, JobContext& context);

} // namespace tanhui::workflow
