// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>
#include <vector>

#include "tanhui/core/rastersource.h"
#include "tanhui/core/rastertally.h"
#include "tanhui/core/standrules.h"

#include "ageclasses.h"

class QTextStream;

namespace tanhui::ui {

/// How cell values become strata, as the raster commands offer it.
struct RasterClasses
{
    core::ValueClassifier classifier;
    std::vector<QString> names;     ///< one per class
    std::vector<QJsonValue> values; ///< the cell value of each class when classes are values
    QJsonObject ageGroups;          ///< the age-group row and mapping, when used
};

/// Stand rules from JSON: {"strata": [{"name": …, "conditions": [{"field": …, "values": […]
/// | "min"/"max"}]}]}. Errors go to `err`.
std::optional<std::vector<core::StandRule>> readStandRules(const QString& path, QTextStream& err);

/// Age groups when `age` is given, else the rules of `rulesPath` (JSON: {"strata": [{"name",
/// "values" | "min"/"max"}]}) when not empty, else every distinct value of `source`.
/// Errors go to `err`.
std::optional<RasterClasses> rasterClasses(const QString& rulesPath,
                                           const std::optional<AgeClassRequest>& age,
                                           const core::RasterSource& source,
                                           const QString& rasterPath, int threads,
                                           QTextStream& err);

} // namespace tanhui::ui
