// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/store/database.h"

#include <filesystem>

#include <sqlite3.h>

namespace tanhui::store {

using core::Error;
using core::ErrorCode;
using core::Result;

namespace {

struct ConnectionCloser
{
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StatementFinalizer
{
    void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};
using ConnectionPtr = std::unique_ptr<sqlite3, ConnectionCloser>;
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

Error sqliteError(sqlite3* db, const std::string& path)
{
    const int code = sqlite3_extended_errcode(db);
    Error e{ErrorCode::DatabaseError, sqlite3_errmsg(db), path, 0, {}};
    if ((code & 0xff) == SQLITE_NOTADB || (code & 0xff) == SQLITE_CORRUPT)
        e.code = ErrorCode::CorruptData;
    else if ((code & 0xff) == SQLITE_CANTOPEN)
        e.code = ErrorCode::FileUnreadable;
    return e;
}

} // namespace

struct Database::Private
{
    ConnectionPtr db;
    std::string path;
};

Database::Database(std::unique_ptr<Private> p)
    : d(std::move(p))
{}
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() = default;

Result<Database> Database::open(const std::string& path, Mode mode)
{
    std::error_code ec;
    if (mode == Mode::OpenExisting && !std::filesystem::exists(path, ec))
        return Error{ErrorCode::FileNotFound, {}, path, 0, {}};
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (mode == Mode::CreateIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    ConnectionPtr conn(raw);
    if (rc != SQLITE_OK)
        return sqliteError(conn.get(), path);
    sqlite3_extended_result_codes(conn.get(), 1);

    Database database(std::make_unique<Private>(Private{std::move(conn), path}));
    // Reading the schema is the first statement that touches the file's header: a file that
    // is not a database fails here with SQLITE_NOTADB.
    if (auto r = database.execute("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;"); !r)
        return r.error();
    if (auto r = database.queryText("PRAGMA journal_mode = WAL"); !r)
        return r.error();
    return database;
}

Result<void> Database::execute(const std::string& sql)
{
    char* message = nullptr;
    if (sqlite3_exec(d->db.get(), sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        Error e = sqliteError(d->db.get(), d->path);
        sqlite3_free(message);
        return e;
    }
    return {};
}

Result<std::string> Database::queryText(const std::string& sql)
{
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(d->db.get(), sql.c_str(), -1, &raw, nullptr) != SQLITE_OK)
        return sqliteError(d->db.get(), d->path);
    StatementPtr stmt(raw);
    const int rc = sqlite3_step(stmt.get());
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return sqliteError(d->db.get(), d->path);
    if (rc == SQLITE_DONE)
        return std::string();
    const unsigned char* text = sqlite3_column_text(stmt.get(), 0);
    return std::string(text ? reinterpret_cast<const char*>(text) : "");
}

Result<int> Database::userVersion()
{
    auto text = queryText("PRAGMA user_version");
    if (!text)
        return text.error();
    return std::stoi(*text);
}

Result<void> Database::setUserVersion(int version)
{
    // PRAGMA takes no bound parameters; `version` is an int we format ourselves.
    return execute("PRAGMA user_version = " + std::to_string(version));
}

Result<std::string> Database::journalMode()
{
    return queryText("PRAGMA journal_mode");
}

Result<bool> Database::foreignKeysEnabled()
{
    auto text = queryText("PRAGMA foreign_keys");
    if (!text)
        return text.error();
    return *text == "1";
}

std::string Database::sqliteVersion()
{
    return sqlite3_libversion();
}

} // namespace tanhui::store
