// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "tanhui/core/result.h"

namespace tanhui::store {

/// A prepared SQL statement with bound parameters: the only way Tanhui puts values (file
/// names, user text, numbers) into SQL. Owned by one thread; move-only; finalised on
/// destruction. Obtained from Database::prepare.
class Statement
{
public:
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) noexcept;
    ~Statement();

    /// Binds parameter `index` (1-based). NaN and nullopt bind NULL.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, const std::string& value);
    /// Binds `value` without copying it: it must stay unchanged until the statement is run,
    /// reset or bound again (for rows written by the million).
    Statement& bindUncopied(int index, const std::string& value);
    Statement& bind(int index, std::optional<double> value);
    Statement& bindNull(int index);

    /// Steps once: true when a row is available, false when done.
    core::Result<bool> step();
    /// Steps to the end (for statements that return no rows), then resets for reuse.
    core::Result<void> run();
    /// Clears the bindings' use and rewinds, keeping the compiled statement.
    void reset();

    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const; ///< NaN for NULL
    std::string columnText(int column) const;
    bool columnIsNull(int column) const;
    bool columnIsReal(int column) const;
    bool columnIsText(int column) const;
    int columnCount() const;
    std::string columnName(int column) const;

private:
    friend class Database;
    struct Private;
    explicit Statement(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace tanhui::store
