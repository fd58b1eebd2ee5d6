// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

namespace tanhui::gis {

/// Registers GDAL drivers and sets the library options Tanhui relies on (PROJ network
/// access off unless the environment asks for it, quiet error handler, GDAL's block cache at
/// most 192 MB unless GDAL_CACHEMAX is set). Idempotent and
/// thread-safe; every gis entry point calls it, so callers need not.
void ensureGisRuntime();

} // namespace tanhui::gis
