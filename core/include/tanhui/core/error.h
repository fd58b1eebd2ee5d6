// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cstdint>
#include <string>

namespace tanhui::core {

/// What went wrong, as a stable code that the app layer turns into translated text.
/// Lower layers never produce user-visible sentences; they fill Error::detail with the
/// technical particulars (a library message, the offending value) for the app to quote.
enum class ErrorCode
{
    InvalidArgument,   ///< a caller passed a value outside the documented domain
    FileNotFound,      ///< the named file does not exist
    FileUnreadable,    ///< the file exists but cannot be opened or read
    UnsupportedFormat, ///< no reader understands the file
    CorruptData,       ///< the file is truncated or damaged
    MissingColumn,     ///< a required column is absent from a table
    NotANumber,        ///< a cell that must hold a number does not
    OutOfRange,        ///< a number outside its allowed range (negative DBH, zero area)
    DuplicateId,       ///< an identifier that must be unique appears twice
    UnknownReference,  ///< a name that must match a known entry does not (species, stratum)
    InsufficientData,  ///< too few observations for the requested statistic
    EquationError,     ///< a user equation does not parse or evaluate
    CrsMissing,        ///< a layer has no coordinate reference system
    CrsMismatch,       ///< two layers are in different coordinate reference systems
    GridMismatch,      ///< two rasters are not on the same grid
    DatabaseError,     ///< the project database reported an error
    SchemaTooNew,      ///< the project file was written by a newer Tanhui
    Cancelled,         ///< the user cancelled a long operation
    CellCount,         ///< a table row has another number of cells than the header
};

/// A recoverable failure. `file`, `row` and `column` locate bad input when it came from a
/// table: row is 1-based counting the header as row 1, 0 when not applicable.
struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    std::string detail;
    std::string file;
    std::int64_t row = 0;
    std::string column;
};

/// Stable, untranslated identifier of a code ("missing-column"), for logs, JSON and tests.
const char* errorCodeName(ErrorCode code);

} // namespace tanhui::core
