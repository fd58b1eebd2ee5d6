// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QCommandLineOption>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

#include "tanhui/core/rasterstack.h"
#include "tanhui/core/rastertally.h"

class QCommandLineParser;
class QTextStream;

namespace tanhui::ui {

/// What `areas --age-group` asks for: which row of which age-group table, how ages are
/// rolled forward, and how the five 龄组 map onto carbon strata.
struct AgeClassRequest
{
    QString tablePath;    ///< empty: the shipped national table
    QString speciesGroup; ///< group number or member species (杉木)
    QString region;       ///< north, south
    QString origin;       ///< natural, planted
    QString baseYear;     ///< year the raster's ages refer to (empty: no roll-forward)
    QString date;         ///< monitoring date YYYY-MM-DD (with baseYear)
    QString mapping;      ///< e.g. "young=1;middle=2;mature=3,4,5" (empty: that default)
};

/// The command-line options of an age-group classification, shared by the raster commands.
struct AgeClassOptions
{
    AgeClassOptions();
    void addTo(QCommandLineParser& parser) const;
    /// The request when --age-group was given.
    std::optional<AgeClassRequest> request(const QCommandLineParser& parser) const;

    QCommandLineOption ageGroup, region, origin, baseYear, date, table, mapping;
};

struct AgeClassSetup
{
    core::ValueClassifier classifier;
    std::vector<QString> names;
    QJsonObject description; ///< table, row, status, source, roll-forward, mapping
};

/// Age groups of an age raster stacked with a species-group raster (values: the table's
/// species_group numbers) and/or an origin raster (values coded by `originCodes`, e.g.
/// "1=natural;2=planted"): strata are group/origin/class. Bands: age first, then the
/// species raster if `withSpecies`, then the origin raster if `withOrigin`; what a raster
/// does not give comes from `request` (--age-group, --origin).
struct AgeStackSetup
{
    core::StackClassifier classifier;
    std::vector<QString> names;
    QJsonObject description;
};
std::optional<AgeStackSetup> ageStackSetup(const AgeClassRequest& request, bool withSpecies,
                                           bool withOrigin, const QString& originCodes,
                                           QTextStream& err);

/// Builds the age classifier; errors (unknown row, bad mapping, bad date) go to `err`, and
/// a row that is not CONFIRMED is announced there too.
std::optional<AgeClassSetup> ageClassSetup(const AgeClassRequest& request, QTextStream& err);

} // namespace tanhui::ui
