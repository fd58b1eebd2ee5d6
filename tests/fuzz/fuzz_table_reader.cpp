// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// libFuzzer target: the table readers on a file, as CSV (with the UTF-8/GBK decision) and as
// XLSX through GDAL's driver. The first byte chooses the format; the rest is the file.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "tanhui/gis/tablereader.h"

#include <unistd.h>

using namespace tanhui;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    static const std::string base = "/tmp/tanhui-fuzz-" + std::to_string(::getpid());
    const std::string path = base + ((data[0] & 1) ? ".xlsx" : ".csv");
    std::FILE* out = std::fopen(path.c_str(), "wb");
    if (!out)
        return 0;
    std::fwrite(data + 1, 1, size - 1, out);
    std::fclose(out);
    if (auto rows = gis::openTableRows(path)) {
        core::SourceRow row;
        for (auto more = (*rows)->next(row); more && *more; more = (*rows)->next(row))
            ;
    }
    std::remove(path.c_str());
    return 0;
}
