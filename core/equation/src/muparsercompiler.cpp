// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/equation/muparsercompiler.h"

#include <cmath>

#include <muParser.h>

namespace tanhui::equation {

using core::Error;
using core::ErrorCode;
using core::Result;

namespace {

class MuParserEquation : public core::Equation
{
public:
    MuParserEquation(std::string text, std::map<std::string, double> constants)
        : m_text(std::move(text))
        , m_constants(std::move(constants))
    {}

    // Sets up the parser; throws mu::Parser::exception_type on bad text.
    void build()
    {
        m_parser.DefineVar("D", &m_vars.dbhCm);
        m_parser.DefineVar("H", &m_vars.heightM);
        m_parser.DefineVar("WD", &m_vars.woodDensity);
        // muParser's "ln" is the natural logarithm and so is its "log"; forestry papers
        // write both.
        for (const auto& [name, value] : m_constants)
            m_parser.DefineConst(name, value);
        m_parser.SetExpr(m_text);
        // GetUsedVar parses the text (throwing on syntax errors) and lists every name it
        // takes for a variable, including names that are not defined.
        const mu::varmap_type used = m_parser.GetUsedVar();
        for (const auto& [name, pointer] : used)
            if (name != "D" && name != "H" && name != "WD")
                m_unknownName = name;
        m_usesHeight = used.count("H") > 0;
        m_usesWoodDensity = used.count("WD") > 0;
    }

    double evaluate(const core::TreeVariables& tree) const override
    {
        m_vars = tree;
        try {
            return m_parser.Eval();
        } catch (const mu::Parser::exception_type&) {
            return std::nan("");
        }
    }

    std::unique_ptr<core::Equation> clone() const override
    {
        auto copy = std::make_unique<MuParserEquation>(m_text, m_constants);
        copy->build(); // cannot throw: the same text compiled before
        return copy;
    }

    const std::string& text() const override { return m_text; }
    bool usesHeight() const override { return m_usesHeight; }
    bool usesWoodDensity() const override { return m_usesWoodDensity; }
    /// A name that is neither D, H, WD nor a coefficient; empty when there is none.
    const std::string& unknownName() const { return m_unknownName; }

private:
    std::string m_text;
    std::map<std::string, double> m_constants;
    mutable core::TreeVariables m_vars; // the parser reads its variables through pointers
    mu::Parser m_parser;
    bool m_usesHeight = false;
    bool m_usesWoodDensity = false;
    std::string m_unknownName;
};

} // namespace

Result<std::unique_ptr<core::Equation>>
MuParserCompiler::compile(const std::string& text,
                          const std::map<std::string, double>& constants) const
{
    for (const auto& [name, value] : constants)
        if (name == "D" || name == "H" || name == "WD")
            return Error{ErrorCode::EquationError,
                         "coefficient \"" + name + "\" would hide the tree variable of that name",
                         {},
                         0,
                         {}};
    auto equation = std::make_unique<MuParserEquation>(text, constants);
    try {
        equation->build();
    } catch (const mu::Parser::exception_type& e) {
        return Error{ErrorCode::EquationError,
                     "\"" + text + "\": " + e.GetMsg() + " (position " +
                         std::to_string(e.GetPos() + 1) + ")",
                     {},
                     0,
                     {}};
    }
    if (!equation->unknownName().empty())
        return Error{ErrorCode::EquationError,
                     "\"" + text + "\": unknown name \"" + equation->unknownName() +
                         "\" (variables are D in cm, H in m, WD in g/cm³; other names must be "
                         "coefficients)",
                     {},
                     0,
                     {}};
    return std::unique_ptr<core::Equation>(std::move(equation));
}

} // namespace tanhui::equation
