// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// libFuzzer target: the RFC 4180 reader, whole and streamed, and the plot and tally readers on
// whatever table it reads.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tanhui/core/csv.h"
#include "tanhui/core/fielddata.h"

using namespace tanhui;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (auto table = core::tableFromCsvText(text, "fuzz.csv")) {
        (void)core::treesFromTable(*table);
        (void)core::plotsFromTable(*table);
    }
    auto reader = core::CsvReader::fromText(text, "fuzz.csv");
    if (!reader)
        return 0;
    auto trees = core::TreeRows::open(**reader);
    if (!trees)
        return 0;
    core::Tree tree;
    core::Problems problems;
    for (auto more = trees->next(tree, problems); more && *more; more = trees->next(tree, problems))
        ;
    return 0;
}
