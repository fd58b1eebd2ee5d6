// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#include "schema.h"

#include <array>
#include <string>

namespace tanhui::store::detail {

using core::Error;
using core::ErrorCode;
using core::Result;

namespace {

// Migration N takes a file from user_version N − 1 to N. Never edit a step that has been
// released: add the next one (and a fixture of the previous schema to test it).
constexpr std::array<const char*, 2> kMigrations = {
    // 1: the first schema.
    R"sql(
CREATE TABLE project (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    name           TEXT NOT NULL,
    methodology    TEXT NOT NULL,
    crs_wkt        TEXT,
    boundary_wkt   TEXT,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    tanhui_version TEXT NOT NULL
) STRICT;

CREATE TABLE layer (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL CHECK (kind IN ('raster', 'polygons', 'boundary')),
    role     TEXT NOT NULL,
    path     TEXT NOT NULL,
    sha256   TEXT NOT NULL,
    crs_wkt  TEXT,
    added_at TEXT NOT NULL
) STRICT;

CREATE TABLE stratification (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    rules_json TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE stratum (
    id                INTEGER PRIMARY KEY,
    stratification_id INTEGER NOT NULL REFERENCES stratification (id),
    name              TEXT NOT NULL,
    area_ha           REAL NOT NULL CHECK (area_ha >= 0),
    UNIQUE (stratification_id, name)
) STRICT;

CREATE TABLE period (
    id                 INTEGER PRIMARY KEY,
    label              TEXT NOT NULL,
    start_date         TEXT NOT NULL,
    end_date           TEXT NOT NULL CHECK (end_date >= start_date),
    status             TEXT NOT NULL DEFAULT 'draft'
                       CHECK (status IN ('draft', 'submitted', 'verified')),
    revision           INTEGER NOT NULL DEFAULT 1,
    revises_period_id  INTEGER REFERENCES period (id),
    revision_reason    TEXT,
    sealed_at          TEXT,
    seal_hash          TEXT,
    previous_seal_hash TEXT,
    UNIQUE (label, revision)
) STRICT;

CREATE TABLE plot (
    id         INTEGER PRIMARY KEY,
    period_id  INTEGER NOT NULL REFERENCES period (id),
    plot_code  TEXT NOT NULL,
    stratum    TEXT,
    area_ha    REAL NOT NULL CHECK (area_ha > 0),
    slope_deg  REAL CHECK (slope_deg >= 0 AND slope_deg < 90),
    x          REAL,
    y          REAL,
    source     TEXT NOT NULL,
    source_row INTEGER NOT NULL,
    UNIQUE (period_id, plot_code)
) STRICT;

CREATE TABLE tree (
    id           INTEGER PRIMARY KEY,
    plot_id      INTEGER NOT NULL REFERENCES plot (id),
    species      TEXT NOT NULL,
    dbh_cm       REAL NOT NULL CHECK (dbh_cm > 0),
    height_m     REAL CHECK (height_m > 0),
    wood_density REAL CHECK (wood_density > 0),
    alive        INTEGER NOT NULL CHECK (alive IN (0, 1)),
    source       TEXT NOT NULL,
    source_row   INTEGER NOT NULL
) STRICT;
CREATE INDEX tree_plot ON tree (plot_id);

CREATE TABLE parameter_set (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    version TEXT NOT NULL,
    sha256  TEXT NOT NULL,
    content TEXT NOT NULL,
    UNIQUE (name, version, sha256)
) STRICT;

CREATE TABLE result (
    id               INTEGER PRIMARY KEY,
    period_id        INTEGER NOT NULL REFERENCES period (id),
    kind             TEXT NOT NULL,
    value_json       TEXT NOT NULL,
    parameter_set_id INTEGER REFERENCES parameter_set (id),
    created_at       TEXT NOT NULL
) STRICT;

-- Append-only: who did what, when, with the values before and after.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user        TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   INTEGER,
    before_json TEXT,
    after_json  TEXT
) STRICT;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql",
    // 2: sealed periods are read-only, enforced in SQLite itself.
    R"sql(
ALTER TABLE period ADD COLUMN sealed_by_version TEXT;

CREATE TRIGGER period_sealed_update BEFORE UPDATE ON period
WHEN OLD.seal_hash IS NOT NULL AND (
    NEW.label IS NOT OLD.label OR NEW.start_date IS NOT OLD.start_date OR
    NEW.end_date IS NOT OLD.end_date OR NEW.revision IS NOT OLD.revision OR
    NEW.revises_period_id IS NOT OLD.revises_period_id OR
    NEW.revision_reason IS NOT OLD.revision_reason OR NEW.sealed_at IS NOT OLD.sealed_at OR
    NEW.seal_hash IS NOT OLD.seal_hash OR NEW.previous_seal_hash IS NOT OLD.previous_seal_hash OR
    NEW.sealed_by_version IS NOT OLD.sealed_by_version OR
    NOT (OLD.status = NEW.status OR (OLD.status = 'submitted' AND NEW.status = 'verified')))
BEGIN SELECT RAISE(ABORT, 'the period is sealed: corrections go into a new revision'); END;
CREATE TRIGGER period_sealed_delete BEFORE DELETE ON period WHEN OLD.seal_hash IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the period is sealed: corrections go into a new revision'); END;

CREATE TRIGGER plot_sealed_insert BEFORE INSERT ON plot
WHEN (SELECT seal_hash FROM period WHERE id = NEW.period_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the period is sealed: corrections go into a new revision'); END;
CREATE TRIGGER plot_sealed_update BEFORE UPDATE ON plot
WHEN (SELECT seal_hash FROM period WHERE id IN (OLD.period_id, NEW.period_id)
      AND seal_hash IS NOT NULL) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the period is sealed: corrections go into a new revision'); END;
CREATE TRIGGER plot_sealed_delete BEFORE DELETE ON plot
WHEN (SELECT seal_hash FROM period WHERE id = OLD.period_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the period is sealed: corrections go into a new revision'); END;

CREATE TRIGGER tree_sealed_insert BEFORE INSERT ON tree
WHEN (SELECT p.seal_hash FROM plot JOIN period p ON p.id = plot.period_id
      WHERE plot.id = NEW.plot_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the period is sealed: corrections go into a new revision'); END;
CREATE TRIGGER tree_sealed_update BEFORE UPDATE ON tree
WHEN (SELECT p.seal_hash FROM plot JOIN period p ON p.id = plot.period_id
      WHERE plot.id IN (OLD.plot_id, NEW.plot_id) AND p.seal_hash IS NOT NULL) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the period is sealed: corrections go into a new revision'); END;
CREATE TRIGGER tree_sealed_delete BEFORE DELETE ON tree
WHEN (SELECT p.seal_hash FROM plot JOIN period p ON p.id = plot.period_id
      WHERE plot.id = OLD.plot_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the period is sealed: corrections go into a new revision'); END;

CREATE TRIGGER result_sealed_insert BEFORE INSERT ON result
WHEN (SELECT seal_hash FROM period WHERE id = NEW.period_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the period is sealed: corrections go into a new revision'); END;
CREATE TRIGGER result_sealed_update BEFORE UPDATE ON result
WHEN (SELECT seal_hash FROM period WHERE id IN (OLD.period_id, NEW.period_id)
      AND seal_hash IS NOT NULL) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the period is sealed: corrections go into a new revision'); END;
CREATE TRIGGER result_sealed_delete BEFORE DELETE ON result
WHEN (SELECT seal_hash FROM period WHERE id = OLD.period_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the period is sealed: corrections go into a new revision'); END;
)sql",
};

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
        for (int step = *version; step < currentSchemaVersion(); ++step)
            if (auto ok = db.execute(kMigrations[std::size_t(step)]); !ok)
                return ok;
        if (auto ok = db.setApplicationId(kApplicationId); !ok)
            return ok;
        return db.setUserVersion(currentSchemaVersion());
    });
}

} // namespace tanhui::store::detail
