// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

namespace tanhui::core {

/// Whose value is being made conservative: project stocks and removals are lowered,
/// baseline values raised (AR-TOOL14 Appendix 2).
enum class Scenario
{
    Project,
    Baseline
};

/// AR-TOOL14 Appendix 2 Table 1 (CONFIRMED): the share of the 90 % confidence half-width
/// to discount, for relative uncertainty `u` as a fraction (0.15 = 15 %):
/// u ≤ 10 % → 0; ≤ 15 % → 0.25; ≤ 20 % → 0.5; ≤ 30 % → 0.75; above → 1.
/// A NaN uncertainty (an estimate of zero) gets the full discount.
double uncertaintyDiscountFraction(double u);

/// X_cons = X ∓ d(u)·u·|X|: minus for Scenario::Project, plus for Scenario::Baseline.
/// The sign of X is kept: a project loss becomes a larger loss. Never clamps.
double conservativeValue(double x, double u, Scenario scenario);

} // namespace tanhui::core
