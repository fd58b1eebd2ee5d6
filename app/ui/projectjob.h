// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <functional>
#include <string>

#include "tanhui/workflow/jobcontext.h"
#include "tanhui/workflow/projectservice.h"

namespace tanhui::ui {

/// A job that opens the project at `file` on the worker thread (a ProjectService is used by
/// one thread) and runs `work` on it.
template <typename T>
std::function<core::Result<T>(workflow::JobContext&)>
onProject(std::string file,
          std::function<core::Result<T>(workflow::ProjectService&, workflow::JobContext&)> work)
{
    return [file = std::move(file),
            work = std::move(work)](workflow::JobContext& context) -> core::Result<T> {
        auto project = workflow::ProjectService::open(file);
        if (!project)
            return project.error();
        return work(*project, context);
    };
}

} // namespace tanhui::ui
