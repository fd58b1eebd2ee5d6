// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include "tanhui/core/equation.h"

namespace tanhui::equation {

/// EquationCompiler on muParser: +, −, *, /, ^ (power), exp, ln/log (natural), log10, sqrt,
/// abs, min, max and parentheses; variables D, H, WD; coefficients as named constants.
/// compile() is thread-safe; each returned Equation belongs to one thread at a time.
class MuParserCompiler : public core::EquationCompiler
{
public:
    core::Result<std::unique_ptr<core::Equation>>
    compile(const std::string& text, const std::map<std::string, double>& constants) const override;
};

} // namespace tanhui::equation
