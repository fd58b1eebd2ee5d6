// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// libFuzzer target: the equation compiler (muParser) on any text, and its evaluation.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

#include "tanhui/equation/muparsercompiler.h"

using namespace tanhui;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const equation::MuParserCompiler compiler;
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto equation = compiler.compile(text, {{"a", 0.0673}, {"b", 2.5}, {"c", 0.75}});
    if (!equation)
        return 0;
    for (const core::TreeVariables& tree :
         {core::TreeVariables{12.5, 9.0, 0.45}, core::TreeVariables{0.0, NAN, NAN},
          core::TreeVariables{-1.0, 0.0, 1e308}})
        (void)(*equation)->evaluate(tree);
    (void)(*equation)->clone()->evaluate({20.0, 15.0, 0.5});
    return 0;
}
