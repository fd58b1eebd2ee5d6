// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/store/signing.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <vector>

#include "tanhui/core/files.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tanhui::store {

using core::Error;
using core::ErrorCode;
using core::Result;

namespace {

constexpr std::size_t kKeyBytes = 32;
constexpr std::size_t kSignatureBytes = 64;

struct KeyFree
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct ContextFree
{
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};
struct KeyContextFree
{
    void operator()(EVP_PKEY_CTX* context) const { EVP_PKEY_CTX_free(context); }
};
struct BioFree
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyFree>;
using BioPtr = std::unique_ptr<BIO, BioFree>;

std::string hex(const unsigned char* bytes, std::size_t n)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(2 * n);
    for (std::size_t i = 0; i < n; ++i) {
        out += digits[bytes[i] >> 4];
        out += digits[bytes[i] & 15];
    }
    return out;
}

bool unhex(const std::string& text, std::vector<unsigned char>& out)
{
    if (text.size() % 2 != 0)
        return false;
    auto digit = [](char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    };
    out.clear();
    for (std::size_t i = 0; i < text.size(); i += 2) {
        const int hi = digit(text[i]);
        const int lo = digit(text[i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out.push_back(static_cast<unsigned char>(hi * 16 + lo));
    }
    return true;
}

// The key in a PEM file: a private key when there is one, else a public key; Ed25519 only.
Result<KeyPtr> readKey(const std::string& path, bool needPrivate)
{
    if (auto file = core::requireRegularFile(path); !file)
        return file.error();
    std::string pem;
    if (std::FILE* in = std::fopen(path.c_str(), "rb")) {
        char buffer[4096];
        std::size_t n = 0;
        while (pem.size() < (1 << 20) && (n = std::fread(buffer, 1, sizeof buffer, in)) > 0)
            pem.append(buffer, n);
        std::fclose(in);
    } else {
        return Error{ErrorCode::FileUnreadable, std::strerror(errno), path, 0, {}};
    }
    auto memory = [&pem] {
        return BioPtr(BIO_new_mem_buf(pem.data(), int(pem.size())));
    };
    KeyPtr key(PEM_read_bio_PrivateKey(memory().get(), nullptr, nullptr, nullptr));
    if (!key && !needPrivate)
        key.reset(PEM_read_bio_PUBKEY(memory().get(), nullptr, nullptr, nullptr));
    if (!key)
        return Error{ErrorCode::UnsupportedFormat,
                     needPrivate ? "not a PEM private key (tanhui-cli keygen makes one)"
                                 : "not a PEM key (tanhui-cli keygen makes one)",
                     path,
                     0,
                     {}};
    if (EVP_PKEY_id(key.get()) != EVP_PKEY_ED25519)
        return Error{ErrorCode::UnsupportedFormat, "not an Ed25519 key", path, 0, {}};
    return key;
}

std::string rawPublicKey(EVP_PKEY* key)
{
    unsigned char raw[kKeyBytes];
    std::size_t n = sizeof raw;
    if (EVP_PKEY_get_raw_public_key(key, raw, &n) != 1 || n != kKeyBytes)
        return {};
    return hex(raw, n);
}

// Writes `pem` into a new file at `path` with `mode`, refusing an existing file.
Result<void> writeNewFile(const std::string& path, const std::string& pem, mode_t mode)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return Error{errno == EEXIST ? ErrorCode::InvalidArgument : ErrorCode::FileUnreadable,
                     errno == EEXIST ? "the file exists already: a key is never overwritten"
                                     : std::string("cannot be created: ") + std::strerror(errno),
                     path,
                     0,
                     {}};
    std::size_t written = 0;
    while (written < pem.size()) {
        const ssize_t n = ::write(fd, pem.data() + written, pem.size() - written);
        if (n <= 0)
            break;
        written += std::size_t(n);
    }
    const bool ok = written == pem.size() && ::fsync(fd) == 0;
    const int saved = errno;
    ::close(fd);
    if (!ok) {
        std::filesystem::remove(path);
        return Error{ErrorCode::FileUnreadable,
                     std::string("cannot be written: ") + std::strerror(saved),
                     path,
                     0,
                     {}};
    }
    return {};
}

Result<std::string> pemOf(EVP_PKEY* key, bool privatePart)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    const int ok = privatePart ? PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0,
                                                          nullptr, nullptr)
                               : PEM_write_bio_PUBKEY(bio.get(), key);
    char* data = nullptr;
    const long n = BIO_ctrl(bio.get(), BIO_CTRL_INFO, 0, static_cast<void*>(&data));
    if (ok != 1 || n <= 0)
        return Error{ErrorCode::InvalidArgument, "the key could not be encoded", {}, 0, {}};
    return std::string(data, std::size_t(n));
}

} // namespace

Result<void> generateSigningKey(const std::string& privatePath, const std::string& publicPath)
{
    std::error_code ec;
    for (const std::string& path : {privatePath, publicPath})
        if (std::filesystem::exists(path, ec))
            return Error{ErrorCode::InvalidArgument,
                         "the file exists already: a key is never overwritten",
                         path,
                         0,
                         {}};
    std::unique_ptr<EVP_PKEY_CTX, KeyContextFree> context(
        EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr));
    EVP_PKEY* raw = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1 ||
        EVP_PKEY_keygen(context.get(), &raw) != 1)
        return Error{ErrorCode::InvalidArgument, "no key could be generated", privatePath, 0, {}};
    KeyPtr key(raw);
    const auto privatePem = pemOf(key.get(), true);
    const auto publicPem = pemOf(key.get(), false);
    if (!privatePem || !publicPem)
        return (privatePem ? publicPem : privatePem).error();
    if (auto r = writeNewFile(privatePath, *privatePem, 0600); !r)
        return r;
    if (auto r = writeNewFile(publicPath, *publicPem, 0644); !r) {
        std::filesystem::remove(privatePath, ec);
        return r;
    }
    return {};
}

Result<std::string> signingPublicKey(const std::string& pemPath)
{
    auto key = readKey(pemPath, false);
    if (!key)
        return key.error();
    return rawPublicKey(key->get());
}

Result<Signature> signMessage(const std::string& privatePemPath, const std::string& message)
{
    auto key = readKey(privatePemPath, true);
    if (!key)
        return key.error();
    std::unique_ptr<EVP_MD_CTX, ContextFree> context(EVP_MD_CTX_new());
    unsigned char signature[kSignatureBytes];
    std::size_t n = sizeof signature;
    const auto* bytes = reinterpret_cast<const unsigned char*>(message.data());
    if (!context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key->get()) != 1 ||
        EVP_DigestSign(context.get(), signature, &n, bytes, message.size()) != 1)
        return Error{
            ErrorCode::InvalidArgument, "the seal could not be signed", privatePemPath, 0, {}};
    return Signature{rawPublicKey(key->get()), hex(signature, n)};
}

bool signatureValid(const std::string& publicKey, const std::string& message,
                    const std::string& signature)
{
    std::vector<unsigned char> keyBytes;
    std::vector<unsigned char> signatureBytes;
    if (!unhex(publicKey, keyBytes) || keyBytes.size() != kKeyBytes ||
        !unhex(signature, signatureBytes) || signatureBytes.size() != kSignatureBytes)
        return false;
    KeyPtr key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, keyBytes.data(), keyBytes.size()));
    std::unique_ptr<EVP_MD_CTX, ContextFree> context(EVP_MD_CTX_new());
    const auto* bytes = reinterpret_cast<const unsigned char*>(message.data());
    return key && context &&
           EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
           EVP_DigestVerify(context.get(), signatureBytes.data(), signatureBytes.size(), bytes,
                            message.size()) == 1;
}

} // namespace tanhui::store
