// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// libFuzzer target: opening a damaged project file, and what verify reads from it (seals,
// their manifests, the audit chain, the periods and their results).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "tanhui/store/project.h"

#include <unistd.h>

using namespace tanhui;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::string path = "/tmp/tanhui-fuzz-" + std::to_string(::getpid()) + ".tanhui";
    for (const char* suffix : {"", "-wal", "-shm"})
        std::remove((path + suffix).c_str());
    std::FILE* out = std::fopen(path.c_str(), "wb");
    if (!out)
        return 0;
    std::fwrite(data, 1, size, out);
    std::fclose(out);
    if (auto project = store::Project::open(path)) {
        (void)project->verifySeals();
        (void)project->checkAuditChain();
        (void)project->lostSeals();
        if (auto periods = project->periods())
            for (const store::Period& p : *periods)
                (void)project->results(p.id);
    }
    return 0;
}
