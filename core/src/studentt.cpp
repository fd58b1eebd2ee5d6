// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/studentt.h"

#include <cmath>
#include <limits>

namespace tanhui::core {

namespace {

// Continued fraction for I_x(a,b), modified Lentz's method (Numerical Recipes §6.4 form);
// converges quickly for x < (a+1)/(a+b+2).
double betaContinuedFraction(double a, double b, double x)
{
    constexpr int kMaxIterations = 10000;
    constexpr double kEps = 1e-16;
    constexpr double kTiny = 1e-300;
    const double qab = a + b;
    const double qap = a + 1.0;
    const double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::fabs(d) < kTiny)
        d = kTiny;
    d = 1.0 / d;
    double h = d;
    // One step of Lentz's recurrence for partial numerator `aa`; returns the factor
    // applied to h.
    auto step = [&](double aa) {
        d = 1.0 + aa * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        return d * c;
    };
    for (int m = 1; m <= kMaxIterations; ++m) {
        const double m2 = 2.0 * m;
        h *= step(m * (b - m) * x / ((qam + m2) * (a + m2)));
        const double del = step(-(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)));
        h *= del;
        if (std::fabs(del - 1.0) < kEps)
            break;
    }
    return h;
}

// ln Γ(a+b) − ln Γ(a) for a ≥ b > 0. For large a the two log-gammas are huge and nearly
// equal, so their plain difference would lose up to log10(a·ln a) digits; Stirling's series
// written as a difference keeps full precision.
double logGammaDifference(double a, double b)
{
    if (a < 10.0)
        return std::lgamma(a + b) - std::lgamma(a);
    auto stirlingTail = [](double x) {
        const double x2 = x * x;
        return (1.0 / 12.0 - (1.0 / 360.0 - (1.0 / 1260.0 - 1.0 / (1680.0 * x2)) / x2) / x2) / x;
    };
    return b * std::log(a) + (a + b - 0.5) * std::log1p(b / a) - b + stirlingTail(a + b) -
           stirlingTail(a);
}

// I_x(a,b) with y = 1 − x and both logarithms supplied by the caller, who can often compute
// them more accurately than from x alone (x close to 1).
double incompleteBeta(double a, double b, double x, double y, double logX, double logY)
{
    if (x <= 0.0)
        return 0.0;
    if (y <= 0.0)
        return 1.0;
    const double logBeta = a >= b ? std::lgamma(b) - logGammaDifference(a, b)
                                  : std::lgamma(a) - logGammaDifference(b, a);
    const double front = std::exp(a * logX + b * logY - logBeta);
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1.0 - front * betaContinuedFraction(b, a, y) / b;
}

// P(T > t) for t ≥ 0: ½ I_{df/(df+t²)}(df/2, ½).
double upperTail(double t, double df)
{
    if (std::isinf(df))
        return 0.5 * std::erfc(t / std::sqrt(2.0));
    const double t2 = t * t;
    const double x = df / (df + t2);
    const double y = t2 / (df + t2);
    return 0.5 * incompleteBeta(df / 2.0, 0.5, x, y, -std::log1p(t2 / df), std::log(y));
}

} // namespace

double regularizedIncompleteBeta(double a, double b, double x)
{
    return incompleteBeta(a, b, x, 1.0 - x, std::log(x), std::log1p(-x));
}

double studentTCdf(double t, double df)
{
    const double tail = upperTail(std::fabs(t), df);
    return t >= 0.0 ? 1.0 - tail : tail;
}

double studentTQuantile(double p, double df)
{
    if (!(p > 0.0 && p < 1.0) || !(df > 0.0))
        return std::numeric_limits<double>::quiet_NaN();
    if (p == 0.5)
        return 0.0;
    // Work in the upper tail for precision: q = P(T > t) is computed directly from I_x.
    const bool upper = p > 0.5;
    const double q = upper ? 1.0 - p : p;
    auto tailProbability = [df](double t) {
        return upperTail(t, df);
    };
    double lo = 0.0;
    double hi = 1.0;
    while (tailProbability(hi) > q)
        hi *= 2.0;
    for (int i = 0; i < 200 && hi - lo > 4.0 * std::numeric_limits<double>::epsilon() * hi; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (tailProbability(mid) > q)
            lo = mid;
        else
            hi = mid;
    }
    const double t = 0.5 * (lo + hi);
    return upper ? t : -t;
}

double studentTTwoSided(double confidence, double df)
{
    return studentTQuantile(0.5 + confidence / 2.0, df);
}

} // namespace tanhui::core
