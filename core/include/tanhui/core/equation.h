// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <map>
#include <memory>
#include <string>

#include "tanhui/core/result.h"

namespace tanhui::core {

/// The tree variables a biomass or volume equation may use.
struct TreeVariables
{
    double dbhCm = 0.0;       ///< D, diameter at breast height (1.3 m), cm
    double heightM = 0.0;     ///< H, total height, m (NaN when not measured)
    double woodDensity = 0.0; ///< WD, basic wood density, t/m³ = g/cm³ (NaN when unknown)
};

/// A compiled user equation in D, H and WD (plus named constant coefficients), e.g.
/// "a*D^b*H^c". Evaluation is not thread-safe on one object: give each thread its own
/// clone().
class Equation
{
public:
    virtual ~Equation() = default;
    /// The equation's value; NaN or infinity when undefined for these inputs (e.g. log of
    /// a negative number), which callers report instead of using.
    virtual double evaluate(const TreeVariables& tree) const = 0;
    virtual std::unique_ptr<Equation> clone() const = 0;
    /// The text it was compiled from.
    virtual const std::string& text() const = 0;
    /// Whether the text uses H (so trees without a height cannot be evaluated) or WD.
    virtual bool usesHeight() const = 0;
    virtual bool usesWoodDensity() const = 0;
};

/// Compiles equation text with the given constants. Implemented outside core (muParser);
/// core code receives it as a parameter so that it stays free of third-party code.
class EquationCompiler
{
public:
    virtual ~EquationCompiler() = default;
    /// Fails with EquationError naming the position and the unknown token or syntax error.
    virtual Result<std::unique_ptr<Equation>>
    compile(const std::string& text, const std::map<std::string, double>& constants) const = 0;
};

} // namespace tanhui::core
