// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace tanhui::core {

/// SHA-256 (FIPS 180-4), incremental: the content hash of sealed monitoring periods and of
/// layer files. Not thread-safe per object.
class Sha256
{
public:
    Sha256();
    void add(const void* data, std::size_t size);
    void add(std::string_view text) { add(text.data(), text.size()); }
    /// The digest as 64 lower-case hexadecimal digits; the object is spent afterwards.
    std::string hex();

private:
    void block(const std::uint8_t* p);
    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_used = 0;
    std::uint64_t m_length = 0;
};

/// SHA-256 of `text` in hexadecimal.
std::string sha256Hex(std::string_view text);

} // namespace tanhui::core
