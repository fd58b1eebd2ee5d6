// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QString>

namespace tanhui::ui {

/// Sets organisation, application name and version on the running Q*Application, so that
/// QSettings and QStandardPaths resolve to Tanhui's own locations. Call once after the
/// application object exists.
void initApplicationIdentity();

/// "0.1.0 (GDAL 3.6.2, PROJ 9.1.1, SQLite 3.40.1, Qt 6.4.2)": what a verifier needs to
/// know about the build that produced a result.
QString versionDescription();

} // namespace tanhui::ui
