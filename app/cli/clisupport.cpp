// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "clisupport.h"

#include <QLocale>
#include <QTextStream>
#include <cmath>

#include "tanhui/gis/tablereader.h"

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

void reportError(const core::Error& error, QTextStream& err)
{
    err << errorText(error) << '\n';
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
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace tanhui::ui
