// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

namespace tanhui::core {

/// Regularised incomplete beta function I_x(a, b), for a, b > 0 and 0 ≤ x ≤ 1.
/// Accurate to about 1e-14 relative. Pure function, thread-safe.
double regularizedIncompleteBeta(double a, double b, double x);

/// Cumulative distribution function of Student's t with `df` > 0 degrees of freedom.
double studentTCdf(double t, double df);

/// Quantile of Student's t: the t with P(T ≤ t) = p, for 0 < p < 1 and df > 0
/// (df may be fractional or +infinity, which gives the normal quantile).
/// Solved by bisection on the CDF to full double precision; pure, thread-safe.
double studentTQuantile(double p, double df);

/// Two-sided critical value at confidence level `confidence` (e.g. 0.90 → t_{0.95, df}),
/// the t_VAL of AR-TOOL14 Eq. 15 and AR-TOOL03.
double studentTTwoSided(double confidence, double df);

} // namespace tanhui::core
