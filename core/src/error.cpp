// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/core/error.h"

namespace tanhui::core {

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return "invalid-argument";
    case ErrorCode::FileNotFound:
        return "file-not-found";
    case ErrorCode::FileUnreadable:
        return "file-unreadable";
    case ErrorCode::UnsupportedFormat:
        return "unsupported-format";
    case ErrorCode::CorruptData:
        return "corrupt-data";
    case ErrorCode::MissingColumn:
        return "missing-column";
    case ErrorCode::NotANumber:
        return "not-a-number";
    case ErrorCode::OutOfRange:
        return "out-of-range";
    case ErrorCode::DuplicateId:
        return "duplicate-id";
    case ErrorCode::UnknownReference:
        return "unknown-reference";
    case ErrorCode::InsufficientData:
        return "insufficient-data";
    case ErrorCode::EquationError:
        return "equation-error";
    case ErrorCode::CrsMissing:
        return "crs-missing";
    case ErrorCode::CrsMismatch:
        return "crs-mismatch";
    case ErrorCode::GridMismatch:
        return "grid-mismatch";
    case ErrorCode::DatabaseError:
        return "database-error";
    case ErrorCode::SchemaTooNew:
        return "schema-too-new";
    case ErrorCode::CellCount:
        return "cell-count";
    case ErrorCode::Cancelled:
        return "cancelled";
    }
    return "unknown";
}

} // namespace tanhui::core
