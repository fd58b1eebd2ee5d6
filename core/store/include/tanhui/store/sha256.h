// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace tanhui::store {

/// SHA-256 (FIPS 180-4) through OpenSSL's EVP API, incremental: the content hash of sealed
/// monitoring periods, of results' inputs, of the audit chain and of layer files. Not
/// thread-safe per object.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256&&) noexcept;
    Sha256& operator=(Sha256&&) noexcept;
    void add(const void* data, std::size_t size);
    void add(std::string_view text) { add(text.data(), text.size()); }
    /// The digest as 64 lower-case hexadecimal digits; the object is spent afterwards.
    std::string hex();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// SHA-256 of `text` in hexadecimal.
std::string sha256Hex(std::string_view text);

} // namespace tanhui::store
