// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "tanhui/gis/rasterinfo.h"

#include "cliapp.h"
#include "commandparser.h"
#include "commands.h"
#include "errortext.h"

namespace tanhui::ui {

namespace {
class RasterInfoText
{
    Q_DECLARE_TR_FUNCTIONS(tanhui::ui::RasterInfoCommand)
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

    const auto info = gis::readRasterInfo(parser.positionalArguments().first().toStdString());
    if (!info) {
        err << errorText(info.error()) << '\n';
        return ExitInputError;
    }
    QJsonArray transform;
    for (double v : info->geoTransform)
        transform.append(v);
    QJsonObject json{
        {QStringLiteral("path"), QString::fromStdString(info->path)},
        {QStringLiteral("driver"), QString::fromStdString(info->driver)},
        {QStringLiteral("width"), info->width},
        {QStringLiteral("height"), info->height},
        {QStringLiteral("bands"), info->bandCount},
        {QStringLiteral("block_width"), info->blockWidth},
        {QStringLiteral("block_height"), info->blockHeight},
        {QStringLiteral("data_type"), QString::fromStdString(info->dataType)},
        {QStringLiteral("geotransform"), transform},
        {QStringLiteral("crs_name"), QString::fromStdString(info->crsName)},
        {QStringLiteral("crs_geographic"), info->isGeographic},
        {QStringLiteral("crs_wkt"), QString::fromStdString(info->crsWkt)},
    };
    json.insert(QStringLiteral("epsg"), info->epsg ? QJsonValue(*info->epsg) : QJsonValue());
    json.insert(QStringLiteral("nodata"), info->noData ? QJsonValue(*info->noData) : QJsonValue());
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace tanhui::ui
