// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// libFuzzer target: the JSON readers of raster stratum rules and stand rules.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "tanhui/workflow/inputs.h"

#include <unistd.h>

using namespace tanhui;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::string path = "/tmp/tanhui-fuzz-" + std::to_string(::getpid()) + ".json";
    std::FILE* out = std::fopen(path.c_str(), "wb");
    if (!out)
        return 0;
    std::fwrite(data, 1, size, out);
    std::fclose(out);
    (void)workflow::readRasterRules(path);
    (void)workflow::readStandRules(path);
    std::remove(path.c_str());
    return 0;
}
