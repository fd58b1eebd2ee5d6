// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// Ed25519 signatures of seals (OpenSSL's EVP API): an organisation signs each seal it makes
// with its private key; a verifier who trusts its public key detects a seal made again
// without the key.

#include <string>

#include "tanhui/core/result.h"

namespace tanhui::store {

/// A new Ed25519 key pair: the private key as PKCS#8 PEM (readable by its owner only), the
/// public key as SubjectPublicKeyInfo PEM. Neither file may exist already.
core::Result<void> generateSigningKey(const std::string& privatePath,
                                      const std::string& publicPath);

/// The raw public key (64 hex digits) of a PEM file holding an Ed25519 public or private key.
core::Result<std::string> signingPublicKey(const std::string& pemPath);

struct Signature
{
    std::string publicKey; ///< 64 hex digits
    std::string signature; ///< 128 hex digits
};

/// `message` signed with the Ed25519 private key in `privatePemPath`.
core::Result<Signature> signMessage(const std::string& privatePemPath, const std::string& message);

/// Whether `signature` (hex) is the signature of `message` by `publicKey` (hex).
bool signatureValid(const std::string& publicKey, const std::string& message,
                    const std::string& signature);

} // namespace tanhui::store
