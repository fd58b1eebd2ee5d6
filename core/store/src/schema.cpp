// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "schema.h"

#include <string>

#include "tanhui/core/plausibility.h"

#include "projectsupport.h"

namespace tanhui::store::detail {

using core::Error;
using core::ErrorCode;
using core::Result;

namespace {

// Tanhui's default limits, written when the table is made (schema 4): an older project gets
// them on its upgrade, so its next import is screened like a new project's.
Result<void> insertDefaultLimits(Database& db)
{
    auto insert = db.prepare("INSERT INTO plausibility_limit (measure, min, max, status, source) "
                             "VALUES (?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    for (const core::PlausibilityLimit& l : core::defaultPlausibilityLimits()) {
        insert->bind(1, std::string(core::measureName(l.measure))).bind(2, l.min).bind(3, l.max);
        insert->bind(4, l.status).bind(5, l.source);
        if (auto r = insert->run(); !r)
            return r;
    }
    return {};
}

} // namespace

int currentSchemaVersion()
{
    return int(kMigrations.size());
}

Result<void> migrate(Database& db)
{
    const auto version = db.userVersion();
    if (!version)
        return version.error();
    const auto application = db.applicationId();
    if (!application)
        return application.error();
    if (*version > currentSchemaVersion())
        return Error{ErrorCode::SchemaTooNew,
                     "schema " + std::to_string(*version) + ", this Tanhui reads up to " +
                         std::to_string(currentSchemaVersion()),
                     db.path(),
                     0,
                     {}};
    if (*version > 0 && *application != kApplicationId)
        return Error{ErrorCode::UnsupportedFormat,
                     "a SQLite database, not a Tanhui project",
                     db.path(),
                     0,
                     {}};
    if (*version == currentSchemaVersion())
        return {};
    if (*version == 0) {
        // A fresh file must be empty: never build a project on top of someone's database.
        auto tables = db.prepare("SELECT count(*) FROM sqlite_schema");
        if (!tables)
            return tables.error();
        if (auto row = tables->step(); !row)
            return row.error();
        if (tables->columnInt(0) > 0)
            return Error{ErrorCode::UnsupportedFormat,
                         "a SQLite database, not a Tanhui project",
                         db.path(),
                         0,
                         {}};
    }
    return db.transaction([&]() -> Result<void> {
        for (int step = *version; step < currentSchemaVersion(); ++step) {
            if (auto ok = db.execute(kMigrations[std::size_t(step)]); !ok)
                return ok;
            if (step + 1 == 4)
                if (auto ok = insertDefaultLimits(db); !ok)
                    return ok;
        }
        // Schema 5 chains the audit log: the rows written so far are its first links.
        if (auto ok = linkAuditChain(db); !ok)
            return ok;
        if (auto ok = db.setApplicationId(kApplicationId); !ok)
            return ok;
        return db.setUserVersion(currentSchemaVersion());
    });
}

} // namespace tanhui::store::detail
