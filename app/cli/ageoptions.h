// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QCommandLineOption>
#include <optional>

#include "tanhui/workflow/strata.h"

class QCommandLineParser;
class QTextStream;

namespace tanhui::cli {

/// The command-line options of an age-group classification, shared by the raster commands,
/// with the stacked species-group and origin rasters.
struct AgeGroupOptions
{
    AgeGroupOptions();
    void addTo(QCommandLineParser& parser) const;
    /// The strata the options define: AgeGroups when --age-group or a stacked raster is
    /// given, else RasterRules with `rulesPath` when it is not empty, else RasterValues.
    /// A --base-year that is not a year is reported to `err` (nullopt).
    std::optional<workflow::StrataDefinition>
    strata(const QCommandLineParser& parser, const QString& rulesPath, QTextStream& err) const;

    QCommandLineOption ageGroup, region, origin, baseYear, date, table, mapping;
    QCommandLineOption speciesRaster, originRaster, originCodes;
};

} // namespace tanhui::cli
