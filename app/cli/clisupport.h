// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

#include "tanhui/core/discount.h"
#include "tanhui/core/error.h"
#include "tanhui/core/stratifiedestimate.h"
#include "tanhui/core/table.h"

class QTemporaryDir;
class QTextStream;

namespace tanhui::ui {

/// Reads a CSV/XLSX/attribute table; on failure writes the error to `err` and returns nullopt.
std::optional<core::Table> readTableOrReport(const QString& path, QTextStream& err);

/// Plot values (columns stratum, plot_id, `valueColumn`) from a file; errors go to `err`.
std::optional<std::vector<core::PlotValue>>
loadPlotValues(const QString& path, const QString& valueColumn, QTextStream& err);

/// Stratum areas (columns stratum, area_ha) from a file; errors go to `err`.
std::optional<std::vector<core::StratumArea>> loadStratumAreas(const QString& path,
                                                               QTextStream& err);

/// "project" / "baseline" ↔ Scenario.
std::optional<core::Scenario> scenarioFromName(const QString& name);
QString scenarioName(core::Scenario scenario);

/// Copies the shipped parameter file `name` (resources/parameters/, compiled into the
/// binary) into `dir` so that OGR can read it; returns its path, empty if it cannot.
QString shippedFile(const QTemporaryDir& dir, const QString& name);

/// Reads and parses a JSON file; a missing, unreadable or malformed file is reported to
/// `err` (file named) and gives nullopt.
std::optional<QJsonDocument> readJsonOrReport(const QString& path, QTextStream& err);

/// Writes a located, translated error message.
void reportError(const core::Error& error, QTextStream& err);

/// reportError, then ExitInputError: `return failWith(x.error(), err);`.
int failWith(const core::Error& error, QTextStream& err);

/// A number as JSON: finite values as numbers, NaN and infinities as null.
QJsonValue jsonNumber(double value);

/// A number for CSV output: the shortest text that reads back as the same double; empty
/// for NaN.
QString csvNumber(double value);

/// Quotes a CSV field when it holds a comma, quote or line break (RFC 4180).
QString csvField(const QString& text);

} // namespace tanhui::ui
