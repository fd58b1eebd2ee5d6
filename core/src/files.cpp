// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/files.h"

#include <filesystem>

namespace tanhui::core {

Result<void> requireRegularFile(const std::string& path)
{
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        return Error{ErrorCode::FileNotFound, {}, path, 0, {}};
    if (std::filesystem::is_directory(status))
        return Error{
            ErrorCode::FileUnreadable, "a folder, not a file: give the file itself", path, 0, {}};
    if (!std::filesystem::is_regular_file(status))
        return Error{ErrorCode::FileUnreadable, "not a regular file", path, 0, {}};
    return {};
}

} // namespace tanhui::core
