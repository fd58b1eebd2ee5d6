// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/discount.h"

#include <cmath>

namespace tanhui::core {

double uncertaintyDiscountFraction(double u)
{
    if (std::isnan(u))
        return 1.0;
    if (u <= 0.10)
        return 0.0;
    if (u <= 0.15)
        return 0.25;
    if (u <= 0.20)
        return 0.50;
    if (u <= 0.30)
        return 0.75;
    return 1.0;
}

double conservativeValue(double x, double u, Scenario scenario)
{
    const double d = uncertaintyDiscountFraction(u);
    if (d == 0.0)
        return x;
    const double discount = d * u * std::fabs(x);
    return scenario == Scenario::Project ? x - discount : x + discount;
}

} // namespace tanhui::core
