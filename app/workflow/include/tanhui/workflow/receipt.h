// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

// Seal receipts: what a verifier keeps of a sealed period, so that a seal removed, a period
// deleted, or a period unsealed, edited and sealed again is detected later, even by someone
// who rewrote the whole chain.

#include <string>
#include <vector>

#include "tanhui/core/result.h"

namespace tanhui::workflow {

struct SealReceipt
{
    std::string projectId; ///< ProjectService's identity of the project
    std::string projectName;
    std::string period;
    int revision = 1;
    std::string digest;   ///< the seal (SHA-256)
    std::string previous; ///< the seal before it in the chain, empty for the first
    int position = 0;     ///< 1 for the first seal of the chain
    std::string sealedAt; ///< UTC
    std::string tanhuiVersion;
};

/// Writes `receipt` as JSON to `path` through a temporary file that is renamed only when
/// written whole; an existing file is never overwritten (Error DuplicateId).
core::Result<void> writeReceipt(const SealReceipt& receipt, const std::string& path);

/// Reads a receipt; a file that is not one is a located error.
core::Result<SealReceipt> readReceipt(const std::string& path);

/// A new Ed25519 key pair for signing seals: the private key (PEM, readable by its owner
/// only) stays with the organisation, the public key goes to its verifiers. Neither file may
/// exist.
core::Result<void> generateSigningKey(const std::string& privatePath,
                                      const std::string& publicPath);
/// The public key (64 hex digits) of a PEM key file, as verify's trusted keys are given.
core::Result<std::string> signingPublicKey(const std::string& pemPath);

enum class ReceiptVerdict
{
    Holds,           ///< the project holds this seal, at this place of an intact chain
    OtherProject,    ///< the receipt is of another project
    SealMissing,     ///< no sealed period with this label and revision (removed, unsealed)
    DigestDiffers,   ///< sealed again with other content
    PositionDiffers, ///< the chain before it was rewritten
};
const char* receiptVerdictName(ReceiptVerdict verdict);

struct ReceiptCheck
{
    std::string file;
    SealReceipt receipt;
    ReceiptVerdict verdict = ReceiptVerdict::Holds;
    std::string found; ///< the digest the project holds for the period now, if any
    bool ok() const { return verdict == ReceiptVerdict::Holds; }
};

} // namespace tanhui::workflow
