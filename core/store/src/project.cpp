// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "tanhui/store/project.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <set>

#include "tanhui/store/sha256.h"

#ifdef __unix__
#include <pwd.h>
#include <unistd.h>
#endif

#include "tanhui/core/stockchange.h"
#include "tanhui/core/version.h"

#include "projectsupport.h"
#include "schema.h"

namespace tanhui::store {

using core::Error;
using core::ErrorCode;
using core::Result;
using detail::jsonString;
using detail::kTables;

std::string currentUser()
{
    for (const char* name : {"USER", "LOGNAME", "USERNAME"})
        if (const char* value = std::getenv(name); value && *value)
            return value;
#ifdef __unix__
    // Services and containers often run without those variables: ask the system.
    if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name)
        return entry->pw_name;
#endif
    return "unknown";
}

std::string utcTimestamp()
{
    using namespace std::chrono;
    const auto now = floor<seconds>(system_clock::now());
    const auto day = floor<days>(now);
    const year_month_day date(day);
    const hh_mm_ss time(now - day);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(date.year()),
                  unsigned(date.month()), unsigned(date.day()), int(time.hours().count()),
                  int(time.minutes().count()), int(time.seconds().count()));
    return buffer;
}

Project::Project(Database db)
    : m_db(std::move(db))
{}

namespace {

// 128 random bits as hex: two projects made in the same second by the same user differ.
std::string randomIdentifier()
{
    std::random_device device;
    char text[33];
    std::snprintf(text, sizeof text, "%08x%08x%08x%08x", device(), device(), device(), device());
    return text;
}

} // namespace

Result<Project> Project::create(const std::string& path, const ProjectInfo& info)
{
    std::error_code ec;
    if (std::filesystem::exists(path, ec))
        return Error{ErrorCode::InvalidArgument, "the file exists already", path, 0, {}};
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    if (!db)
        return db.error();
    if (auto ok = detail::migrate(*db); !ok)
        return ok.error();
    Project project(std::move(db).value());
    auto ok = project.transaction([&]() -> Result<void> {
        auto insert = project.m_db.prepare(
            "INSERT INTO project (id, name, methodology, crs_wkt, created_at, created_by, "
            "tanhui_version, uid) VALUES (1, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return insert.error();
        insert->bind(1, info.name).bind(2, info.methodology).bind(4, utcTimestamp());
        insert->bind(5, currentUser()).bind(6, std::string(core::kVersionString));
        insert->bind(7, randomIdentifier());
        if (info.crsWkt.empty())
            insert->bindNull(3);
        else
            insert->bind(3, info.crsWkt);
        if (auto r = insert->run(); !r)
            return r;
        return project.audit("create", "project", 1, {},
                             "{\"name\":" + jsonString(info.name) +
                                 ",\"methodology\":" + jsonString(info.methodology) + "}");
    });
    if (!ok)
        return ok.error();
    return project;
}

Result<Project> Project::open(const std::string& path)
{
    // Only create makes a project: a file without Tanhui's application id (an empty file, a
    // database of something else) is refused before anything could be written to it.
    const auto application = Database::applicationIdOf(path);
    if (!application)
        return application.error();
    if (*application != detail::kApplicationId)
        return Error{ErrorCode::UnsupportedFormat,
                     *application == 0 ? "not a Tanhui project (no project was created in this "
                                         "file; `tanhui-cli project create` makes one)"
                                       : "a SQLite database, not a Tanhui project",
                     path,
                     0,
                     {}};
    auto db = Database::open(path, Database::Mode::OpenExisting);
    if (!db)
        return db.error();
    if (auto ok = detail::migrate(*db); !ok)
        return ok.error();
    return Project(std::move(db).value());
}

Result<ProjectInfo> Project::info()
{
    auto q = m_db.prepare("SELECT name, methodology, coalesce(crs_wkt, '') FROM project");
    if (!q)
        return q.error();
    auto row = q->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::CorruptData, "the project row is missing", m_db.path(), 0, {}};
    return ProjectInfo{q->columnText(0), q->columnText(1), q->columnText(2)};
}

Result<std::string> Project::identity()
{
    auto q = m_db.prepare("SELECT name, created_at, created_by, coalesce(uid, '') FROM project");
    if (!q)
        return q.error();
    const auto row = q->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{ErrorCode::CorruptData, "the project row is missing", m_db.path(), 0, {}};
    return sha256Hex("tanhui-project\n" + q->columnText(0) + "\n" + q->columnText(1) + "\n" +
                     q->columnText(2) + "\n" + q->columnText(3));
}

Result<std::int64_t> Project::addPeriod(const std::string& label, const std::string& startDate,
                                        const std::string& endDate)
{
    // Dates as YYYY-MM-DD, the end after the start: the change between periods is
    // annualised over them.
    if (label.find_first_not_of(" \t") == std::string::npos)
        return Error{ErrorCode::InvalidArgument, "a period needs a label", m_db.path(), 0,
                     "period"};
    if (auto years = core::yearsBetween(startDate, endDate); !years) {
        Error e = years.error();
        e.file = m_db.path();
        return e;
    }
    if (auto same = findPeriod(label))
        return Error{ErrorCode::DuplicateId,
                     "a period labelled \"" + label +
                         "\" exists already (a sealed period is corrected with a revision)",
                     m_db.path(), 0, "period"};
    // Monitoring periods follow each other: one that shares a day with another would count
    // the same growth twice (ISO dates compare as text).
    auto overlap = m_db.prepare("SELECT label, start_date, end_date FROM period WHERE label <> ? "
                                "AND start_date <= ? AND end_date >= ? LIMIT 1");
    if (!overlap)
        return overlap.error();
    overlap->bind(1, label).bind(2, endDate).bind(3, startDate);
    const auto other = overlap->step();
    if (!other)
        return other.error();
    if (*other)
        return Error{ErrorCode::OutOfRange,
                     startDate + " – " + endDate + " overlaps period " + overlap->columnText(0) +
                         " (" + overlap->columnText(1) + " – " + overlap->columnText(2) + ")",
                     m_db.path(), 0, "period"};
    std::int64_t id = 0;
    auto ok = transaction([&]() -> Result<void> {
        auto insert =
            m_db.prepare("INSERT INTO period (label, start_date, end_date) VALUES (?, ?, ?)");
        if (!insert)
            return insert.error();
        insert->bind(1, label).bind(2, startDate).bind(3, endDate);
        if (auto r = insert->run(); !r)
            return r;
        id = m_db.lastInsertId();
        return audit("add", "period", id, {},
                     "{\"label\":" + jsonString(label) + ",\"start\":" + jsonString(startDate) +
                         ",\"end\":" + jsonString(endDate) + "}");
    });
    if (!ok)
        return ok.error();
    return id;
}

Result<std::int64_t> Project::findPeriod(const std::string& label)
{
    auto q =
        detail::oneRow(m_db, "SELECT id FROM period WHERE label = ? ORDER BY revision DESC LIMIT 1",
                       label, "no period labelled \"" + label + "\"", "period");
    if (!q)
        return q.error();
    return q->columnInt(0);
}

Result<std::int64_t> Project::count(const std::string& table)
{
    static const std::set<std::string> tables(kTables.begin(), kTables.end());
    if (!tables.count(table))
        return Error{ErrorCode::InvalidArgument, "no table " + table, {}, 0, {}};
    // The name is one of the fixed identifiers above, never user text.
    auto q = m_db.prepare("SELECT count(*) FROM " + table);
    if (!q)
        return q.error();
    if (auto row = q->step(); !row)
        return row.error();
    return q->columnInt(0);
}

Result<void> Project::audit(const std::string& action, const std::string& entity,
                            std::int64_t entityId, const std::string& beforeJson,
                            const std::string& afterJson)
{
    auto insert = m_db.prepare("INSERT INTO audit_log (at, user, action, entity, entity_id, "
                               "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    insert->bind(1, utcTimestamp()).bind(2, currentUser()).bind(3, action).bind(4, entity);
    insert->bind(5, entityId);
    if (beforeJson.empty())
        insert->bindNull(6);
    else
        insert->bind(6, beforeJson);
    if (afterJson.empty())
        insert->bindNull(7);
    else
        insert->bind(7, afterJson);
    return insert->run();
}

} // namespace tanhui::store
