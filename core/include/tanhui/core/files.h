// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <string>

#include "tanhui/core/result.h"

namespace tanhui::core {

/// An input must be a regular file (or a link to one): a missing path is
/// Error{FileNotFound}; a directory or a device is Error{FileUnreadable} saying what it is,
/// so that a folder is never opened as a dataset (GDAL/OGR would take its first file).
Result<void> requireRegularFile(const std::string& path);

} // namespace tanhui::core
