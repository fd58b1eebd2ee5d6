// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "tanhui/core/rastersource.h"
#include "tanhui/core/rastertally.h"
#include "tanhui/core/result.h"

namespace tanhui::core {

/// A stratum defined on one raster band: the listed cell values, and/or the closed range
/// [min, max] (either end open when absent).
struct StratumRule
{
    std::string name;
    std::vector<double> values;
    std::optional<double> min;
    std::optional<double> max;

    bool matches(double v) const;
};

/// Classifier of `rules`: a cell belongs to the first rule it matches (rules are checked in
/// order), or is unclassified.
ValueClassifier classifierFor(const std::vector<StratumRule>& rules);

/// Classifier with one class per value of `values` (sorted ascending, distinct).
ValueClassifier classifierForValues(const std::vector<double>& values);

/// The distinct valid cell values of `source`, ascending; fails with OutOfRange when there
/// are more than `limit` (the raster is not categorical). For Byte rasters this is one
/// streaming pass of counting; other types are collected per thread and merged.
Result<std::vector<double>> distinctValues(const RasterSource& source, int threads,
                                           std::size_t limit);

} // namespace tanhui::core
