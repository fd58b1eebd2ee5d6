// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// What ProjectService's source files share (not installed).

#include "tanhui/store/project.h"
#include "tanhui/workflow/projectservice.h"

namespace tanhui::workflow {

struct ProjectService::Impl
{
    std::string path;
    store::Project project;
};

/// A located error about the project file itself (e.g. a name in use).
core::Error projectError(const std::string& path, core::ErrorCode code, const std::string& detail,
                         const std::string& column = {});

/// The typed summaries of stored results, read by the keys of store/resultkeys.h.
StockSummary stockSummary(const std::string& period, const store::PeriodResult& stock);
ChangeSummary changeSummary(const std::string& later, const store::PeriodResult& change);

/// A period's net removals from its change (if computed) and the terms stored for it.
NetRemovalsSummary netRemovalsSummary(const std::string& period,
                                      const std::optional<ChangeSummary>& change,
                                      const std::vector<store::NetRemovalTerm>& terms);

} // namespace tanhui::workflow
