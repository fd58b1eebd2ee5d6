// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "resultjson.h"

#include <QJsonArray>

#include "clisupport.h"

namespace tanhui::ui {

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

} // namespace tanhui::ui
