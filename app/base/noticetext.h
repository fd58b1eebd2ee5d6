// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QString>

#include "tanhui/workflow/jobcontext.h"
#include "tanhui/workflow/notice.h"

namespace tanhui::ui {

/// The one place where workflow notices become sentences for people, in the current
/// language; the CLI prints them on stderr, the window lists them. Beside errorText.
QString noticeText(const workflow::Notice& notice);

/// What a job is doing, for a progress bar or line ("Stratifying").
QString phaseText(workflow::Phase phase);

} // namespace tanhui::ui
