// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <functional>
#include <vector>

#include "tanhui/core/rastersource.h"
#include "tanhui/core/rastertally.h"
#include "tanhui/core/result.h"

namespace tanhui::core {

/// Maps the values of co-registered bands at one cell (age, species group, origin …) to a
/// class, or ValueClassifier::kUnclassified.
struct StackClassifier
{
    int classCount = 0;
    std::function<int(const double* values)> classify;
};

/// Like tallyRaster over several single-band sources on one grid: a cell that is nodata in
/// any band counts as nodata. The sources must have the same size and block size (Error
/// GridMismatch otherwise; georeferencing is checked by the caller, which knows the CRS).
Result<RasterTally> tallyStack(const std::vector<const RasterSource*>& sources,
                               const StackClassifier& classifier, const TallyOptions& options,
                               const std::function<bool(int, int)>& progress = {});

} // namespace tanhui::core
