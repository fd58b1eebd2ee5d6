// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QString>

#include "tanhui/core/error.h"

namespace tanhui::ui {

/// The one place where core/store/gis error codes become sentences for people, in the
/// current language: "<file>, row <r>, column <c>: <what was expected> (<detail>)".
QString errorText(const core::Error& error);

} // namespace tanhui::ui
