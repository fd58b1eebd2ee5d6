// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "tanhui/workflow/resultjson.h"

#include "cliapp.h"
#include "commandparser.h"
#include "commands.h"
#include "errortext.h"

namespace tanhui::cli {

namespace {
class RasterInfoText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::cli::RasterInfoCommand)
public:
    static QString description() { return tr("Describe a raster's grid, CRS and nodata as JSON."); }
    static QString rasterArg() { return tr("Raster file (GeoTIFF, VRT, or anything GDAL reads)"); }
};
} // namespace

int runRasterInfo(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CommandParser parser(RasterInfoText::description());
    parser.addPositionalArgument(QStringLiteral("RASTER"), RasterInfoText::rasterArg());
    if (auto stop = parser.parse(arguments, 1, out, err))
        return *stop;

    const auto info = workflow::rasterInfoJson(parser.positionalArguments().first().toStdString());
    if (!info) {
        err << ui::errorText(info.error()) << '\n';
        return ExitInputError;
    }
    out << QJsonDocument(*info).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace tanhui::cli
