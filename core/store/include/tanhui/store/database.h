// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "tanhui/core/result.h"
#include "tanhui/store/statement.h"

namespace tanhui::store {

/// One open SQLite connection to a project file, configured the way every Tanhui project
/// file is used: foreign keys enforced, write-ahead log journal, synchronous=FULL.
/// Owns the connection; movable, not copyable. A Database is used by one thread at a time.
class Database
{
public:
    enum class Mode
    {
        OpenExisting,   ///< fail with FileNotFound if the file does not exist
        CreateIfMissing ///< create an empty database file if needed
    };

    /// Opens `path` (UTF-8). Fails with FileNotFound, FileUnreadable, CorruptData (not a
    /// SQLite file) or DatabaseError; the detail holds SQLite's message.
    static core::Result<Database> open(const std::string& path, Mode mode);

    /// PRAGMA application_id of an existing file, read through a read-only connection that
    /// never writes to it (0 for an empty file). Fails like open, or with FileUnreadable for a
    /// folder.
    static core::Result<std::int64_t> applicationIdOf(const std::string& path);

    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    /// Runs SQL text that takes no parameters (schema statements, PRAGMAs written by us,
    /// never text built from user input).
    core::Result<void> execute(const std::string& sql);

    /// Compiles `sql` (with ? parameters for every value).
    core::Result<Statement> prepare(const std::string& sql);

    /// Runs `work` inside BEGIN IMMEDIATE … COMMIT; any failure (an error returned by
    /// `work` or by SQLite) rolls everything back and is returned. Called inside another
    /// transaction, `work` runs in a savepoint of it: its failure undoes only its own part.
    core::Result<void> transaction(const std::function<core::Result<void>()>& work);
    bool inTransaction() const;

    /// Row id of the last INSERT on this connection.
    std::int64_t lastInsertId() const;
    /// Rows changed by the last INSERT, UPDATE or DELETE.
    std::int64_t changes() const;

    /// The schema version stored in the file header (PRAGMA user_version).
    core::Result<int> userVersion();
    core::Result<void> setUserVersion(int version);

    /// The journal mode in effect ("wal" for file databases).
    core::Result<std::string> journalMode();
    core::Result<bool> foreignKeysEnabled();

    /// PRAGMA application_id: marks a file as a Tanhui project.
    core::Result<std::int64_t> applicationId();
    core::Result<void> setApplicationId(std::int64_t id);

    const std::string& path() const;

    /// Version of the SQLite library linked in, e.g. "3.40.1".
    static std::string sqliteVersion();

private:
    struct Private;
    explicit Database(std::unique_ptr<Private> d);
    core::Result<std::string> queryText(const std::string& sql);
    std::unique_ptr<Private> d;
};

} // namespace tanhui::store
