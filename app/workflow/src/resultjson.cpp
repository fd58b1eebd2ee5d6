// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/workflow/resultjson.h"

#include <QJsonArray>
#include <cmath>

#include "tanhui/gis/rasterinfo.h"

namespace tanhui::workflow {

namespace {

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

QJsonObject rasterAreasJson(const AreasResult& r)
{
    QJsonArray strata;
    for (const StratumAreaRow& s : r.strata)
        strata.append(
            QJsonObject{{QStringLiteral("stratum"), qs(s.stratum)},
                        {QStringLiteral("value"), s.value ? QJsonValue(*s.value) : QJsonValue()},
                        {QStringLiteral("pixels"), qint64(s.units)},
                        {QStringLiteral("area_ha"), jsonNumber(s.area.value())},
                        {QStringLiteral("area_mu"), jsonNumber(core::toMu(s.area).value())}});
    const QJsonValue boundary =
        r.boundaryCells
            ? QJsonValue(QJsonObject{{QStringLiteral("file"), qs(r.boundary)},
                                     {QStringLiteral("cells_inside"), qint64(*r.boundaryCells)},
                                     {QStringLiteral("reprojected"), r.boundaryReprojected}})
            : QJsonValue();
    return QJsonObject{
        {QStringLiteral("raster"), qs(r.source)},
        {QStringLiteral("band"), r.band},
        {QStringLiteral("crs"),
         QJsonObject{{QStringLiteral("name"), qs(r.crsName)},
                     {QStringLiteral("epsg"), r.epsg ? QJsonValue(*r.epsg) : QJsonValue()},
                     {QStringLiteral("geographic"), r.geographic},
                     {QStringLiteral("wkt"), qs(r.crsWkt)}}},
        {QStringLiteral("pixel_size"), QJsonArray{r.pixelSize[0], r.pixelSize[1]}},
        {QStringLiteral("area_method"), qs(r.areaMethod)},
        {QStringLiteral("age_groups"),
         r.ageGroups.isEmpty() ? QJsonValue() : QJsonValue(r.ageGroups)},
        {QStringLiteral("boundary"), boundary},
        {QStringLiteral("strata"), strata},
        {QStringLiteral("nodata_pixels"), qint64(r.noDataPixels)},
        {QStringLiteral("nodata_area_ha"), jsonNumber(r.noDataArea.value())},
        {QStringLiteral("unclassified_pixels"), qint64(r.unclassified)},
        {QStringLiteral("unclassified_area_ha"), jsonNumber(r.unclassifiedArea.value())},
        {QStringLiteral("total_area_ha"), jsonNumber(r.total.value())},
        {QStringLiteral("total_area_mu"), jsonNumber(core::toMu(r.total).value())}};
}

QJsonObject standAreasJson(const AreasResult& r)
{
    QJsonArray strata;
    for (const StratumAreaRow& s : r.strata)
        strata.append(
            QJsonObject{{QStringLiteral("stratum"), qs(s.stratum)},
                        {QStringLiteral("stands"), qint64(s.units)},
                        {QStringLiteral("area_ha"), jsonNumber(s.area.value())},
                        {QStringLiteral("area_mu"), jsonNumber(core::toMu(s.area).value())}});
    return QJsonObject{
        {QStringLiteral("stands"), qs(r.source)},
        {QStringLiteral("crs"), qs(r.crsName)},
        {QStringLiteral("attribute_encoding"), qs(r.attributeEncoding)},
        {QStringLiteral("area_method"), qs(r.areaMethod)},
        {QStringLiteral("strata"), strata},
        {QStringLiteral("unclassified_stands"), qint64(r.unclassified)},
        {QStringLiteral("unclassified_area_ha"), jsonNumber(r.unclassifiedArea.value())},
        {QStringLiteral("total_area_ha"), jsonNumber(r.total.value())},
        {QStringLiteral("total_area_mu"), jsonNumber(core::toMu(r.total).value())}};
}

} // namespace

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

QJsonObject areasJson(const AreasResult& result)
{
    return result.polygons ? standAreasJson(result) : rasterAreasJson(result);
}

QJsonObject estimateJson(const core::StratifiedEstimate& e)
{
    QJsonArray strata;
    for (const core::StratumEstimate& s : e.strata)
        strata.append(QJsonObject{{QStringLiteral("stratum"), QString::fromStdString(s.stratum)},
                                  {QStringLiteral("n"), s.n},
                                  {QStringLiteral("mean"), jsonNumber(s.mean)},
                                  {QStringLiteral("sd"), jsonNumber(s.sd)},
                                  {QStringLiteral("se"), jsonNumber(s.se)},
                                  {QStringLiteral("area_ha"), jsonNumber(s.areaHa)},
                                  {QStringLiteral("weight"), jsonNumber(s.weight)},
                                  {QStringLiteral("total"), jsonNumber(s.total)}});
    const QJsonObject overall{
        {QStringLiteral("area_ha"), jsonNumber(e.areaHa)},
        {QStringLiteral("mean"), jsonNumber(e.mean)},
        {QStringLiteral("se"), jsonNumber(e.se)},
        {QStringLiteral("total"), jsonNumber(e.total)},
        {QStringLiteral("total_se"), jsonNumber(e.totalSe)},
        {QStringLiteral("df"), e.df},
        {QStringLiteral("t"), jsonNumber(e.t)},
        {QStringLiteral("ci_half_width"), jsonNumber(e.ciHalfWidth)},
        {QStringLiteral("total_ci_half_width"), jsonNumber(e.totalCiHalfWidth)},
        {QStringLiteral("uncertainty_pct"), jsonNumber(100.0 * e.uncertainty)},
        {QStringLiteral("discount_pct"), jsonNumber(100.0 * e.discountFraction)},
        {QStringLiteral("conservative_mean"), jsonNumber(e.conservativeMean)},
        {QStringLiteral("conservative_total"), jsonNumber(e.conservativeTotal)}};
    return QJsonObject{{QStringLiteral("confidence"), e.confidence},
                       {QStringLiteral("strata"), strata},
                       {QStringLiteral("overall"), overall}};
}

QJsonObject changeJson(const core::StockChange& c)
{
    return QJsonObject{
        {QStringLiteral("change"), jsonNumber(c.change)},
        {QStringLiteral("uncertainty_pct"), jsonNumber(100.0 * c.uncertainty)},
        {QStringLiteral("discount_pct"), jsonNumber(100.0 * c.discountFraction)},
        {QStringLiteral("conservative_change"), jsonNumber(c.conservativeChange)},
        {QStringLiteral("years"), jsonNumber(c.years)},
        {QStringLiteral("annual_change"), jsonNumber(c.annualChange)},
        {QStringLiteral("conservative_annual_change"), jsonNumber(c.conservativeAnnualChange)}};
}

core::Result<QJsonObject> rasterInfoJson(const std::string& path)
{
    const auto info = gis::readRasterInfo(path);
    if (!info)
        return info.error();
    QJsonArray transform;
    for (double v : info->geoTransform)
        transform.append(v);
    return QJsonObject{
        {QStringLiteral("path"), qs(info->path)},
        {QStringLiteral("driver"), qs(info->driver)},
        {QStringLiteral("width"), info->width},
        {QStringLiteral("height"), info->height},
        {QStringLiteral("bands"), info->bandCount},
        {QStringLiteral("block_width"), info->blockWidth},
        {QStringLiteral("block_height"), info->blockHeight},
        {QStringLiteral("data_type"), qs(info->dataType)},
        {QStringLiteral("geotransform"), transform},
        {QStringLiteral("crs_name"), qs(info->crsName)},
        {QStringLiteral("crs_geographic"), info->isGeographic},
        {QStringLiteral("crs_wkt"), qs(info->crsWkt)},
        {QStringLiteral("epsg"), info->epsg ? QJsonValue(*info->epsg) : QJsonValue()},
        {QStringLiteral("nodata"), info->noData ? QJsonValue(*info->noData) : QJsonValue()}};
}

} // namespace tanhui::workflow
