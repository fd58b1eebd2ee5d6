// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "clisupport.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>
#include <cmath>

#include "tanhui/core/csv.h"
#include "tanhui/gis/tablereader.h"

#include "cliapp.h"
#include "errortext.h"

namespace tanhui::ui {

std::optional<core::Table> readTableOrReport(const QString& path, QTextStream& err)
{
    auto table = gis::readTable(path.toStdString());
    if (!table) {
        reportError(table.error(), err);
        return std::nullopt;
    }
    return std::move(table).value();
}

std::optional<std::vector<core::PlotValue>>
loadPlotValues(const QString& path, const QString& valueColumn, QTextStream& err)
{
    const auto table = readTableOrReport(path, err);
    if (!table)
        return std::nullopt;
    auto plots = core::plotValuesFromTable(*table, valueColumn.toStdString());
    if (!plots) {
        reportError(plots.error(), err);
        return std::nullopt;
    }
    return std::move(plots).value();
}

std::optional<std::vector<core::StratumArea>> loadStratumAreas(const QString& path,
                                                               QTextStream& err)
{
    const auto table = readTableOrReport(path, err);
    if (!table)
        return std::nullopt;
    auto areas = core::stratumAreasFromTable(*table);
    if (!areas) {
        reportError(areas.error(), err);
        return std::nullopt;
    }
    return std::move(areas).value();
}

std::optional<core::Scenario> scenarioFromName(const QString& name)
{
    if (name == QLatin1String("project"))
        return core::Scenario::Project;
    if (name == QLatin1String("baseline"))
        return core::Scenario::Baseline;
    return std::nullopt;
}

QString scenarioName(core::Scenario scenario)
{
    return scenario == core::Scenario::Project ? QStringLiteral("project")
                                               : QStringLiteral("baseline");
}

QString shippedFile(const QTemporaryDir& dir, const QString& name)
{
    const QString target = dir.filePath(name);
    return QFile::copy(QStringLiteral(":/parameters/") + name, target) ? target : QString();
}

std::optional<QJsonDocument> readJsonOrReport(const QString& path, QTextStream& err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reportError(
            {file.exists() ? core::ErrorCode::FileUnreadable : core::ErrorCode::FileNotFound,
             file.errorString().toStdString(),
             path.toStdString(),
             0,
             {}},
            err);
        return std::nullopt;
    }
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        reportError({core::ErrorCode::CorruptData,
                     parseError.errorString().toStdString(),
                     path.toStdString(),
                     0,
                     {}},
                    err);
        return std::nullopt;
    }
    return doc;
}

void reportError(const core::Error& error, QTextStream& err)
{
    err << errorText(error) << '\n';
}

int failWith(const core::Error& error, QTextStream& err)
{
    reportError(error, err);
    return ExitInputError;
}

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

QString csvNumber(double value)
{
    return std::isnan(value) ? QString()
                             : QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString csvField(const QString& text)
{
    return QString::fromStdString(core::csvField(text.toStdString()));
}

} // namespace tanhui::ui
