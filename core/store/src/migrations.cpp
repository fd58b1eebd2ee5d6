// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
//
// The project file's schema: its migrations, as SQL text.
#include "schema.h"

namespace tanhui::store::detail {

// Migration N takes a file from user_version N − 1 to N. Never edit a step that has been
// released: add the next one (and a fixture of the previous schema to test it).
const std::array<const char*, 7> kMigrations = {
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
    // 3: stratifications with their method and layer, parameter sets stored whole, results
    // as keyed values (so that verification can say which value differs), the seal's
    // manifest format, more sealed rows read-only, and every update or delete of a row
    // audited with its values before and after, by SQLite itself whoever makes it.
    R"sql(
ALTER TABLE stratification ADD COLUMN method TEXT NOT NULL DEFAULT 'table';
ALTER TABLE stratification ADD COLUMN layer_id INTEGER REFERENCES layer (id);
CREATE UNIQUE INDEX stratification_name ON stratification (name);
CREATE INDEX stratum_stratification ON stratum (stratification_id);

ALTER TABLE parameter_set ADD COLUMN root_shoot_content TEXT;
ALTER TABLE parameter_set ADD COLUMN source TEXT;

ALTER TABLE period ADD COLUMN seal_format INTEGER;
-- The layers a seal covers: those recorded up to this id (later layers do not break it).
ALTER TABLE period ADD COLUMN sealed_layer_id INTEGER;

ALTER TABLE result ADD COLUMN stratification_id INTEGER REFERENCES stratification (id);
ALTER TABLE result ADD COLUMN earlier_period_id INTEGER REFERENCES period (id);
CREATE INDEX result_period ON result (period_id);

CREATE TABLE result_value (
    result_id INTEGER NOT NULL REFERENCES result (id),
    key       TEXT NOT NULL,
    number    REAL,
    text      TEXT,
    PRIMARY KEY (result_id, key)
) STRICT;

-- Who is working: written and removed by Tanhui inside each of its transactions, so a row
-- is never committed; a change made by another program is audited as 'outside Tanhui'.
CREATE TABLE audit_session (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    user TEXT NOT NULL
) STRICT;

CREATE TRIGGER result_value_sealed_insert BEFORE INSERT ON result_value
WHEN (SELECT p.seal_hash FROM result r JOIN period p ON p.id = r.period_id
      WHERE r.id = NEW.result_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the period is sealed: corrections go into a new revision'); END;
CREATE TRIGGER result_value_sealed_update BEFORE UPDATE ON result_value
WHEN (SELECT p.seal_hash FROM result r JOIN period p ON p.id = r.period_id
      WHERE r.id IN (OLD.result_id, NEW.result_id) AND p.seal_hash IS NOT NULL) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the period is sealed: corrections go into a new revision'); END;
CREATE TRIGGER result_value_sealed_delete BEFORE DELETE ON result_value
WHEN (SELECT p.seal_hash FROM result r JOIN period p ON p.id = r.period_id
      WHERE r.id = OLD.result_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the period is sealed: corrections go into a new revision'); END;

CREATE TRIGGER stratum_sealed_insert BEFORE INSERT ON stratum
WHEN EXISTS (SELECT 1 FROM result r JOIN period p ON p.id = r.period_id
             WHERE r.stratification_id = NEW.stratification_id AND p.seal_hash IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'the stratification is used by a sealed period'); END;
CREATE TRIGGER stratum_sealed_update BEFORE UPDATE ON stratum
WHEN EXISTS (SELECT 1 FROM result r JOIN period p ON p.id = r.period_id
             WHERE r.stratification_id IN (OLD.stratification_id, NEW.stratification_id)
             AND p.seal_hash IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'the stratification is used by a sealed period'); END;
CREATE TRIGGER stratum_sealed_delete BEFORE DELETE ON stratum
WHEN EXISTS (SELECT 1 FROM result r JOIN period p ON p.id = r.period_id
             WHERE r.stratification_id = OLD.stratification_id AND p.seal_hash IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'the stratification is used by a sealed period'); END;
CREATE TRIGGER stratification_sealed_update BEFORE UPDATE ON stratification
WHEN EXISTS (SELECT 1 FROM result r JOIN period p ON p.id = r.period_id
             WHERE r.stratification_id = OLD.id AND p.seal_hash IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'the stratification is used by a sealed period'); END;
CREATE TRIGGER stratification_sealed_delete BEFORE DELETE ON stratification
WHEN EXISTS (SELECT 1 FROM result r JOIN period p ON p.id = r.period_id
             WHERE r.stratification_id = OLD.id AND p.seal_hash IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'the stratification is used by a sealed period'); END;

CREATE TRIGGER parameter_set_sealed_update BEFORE UPDATE ON parameter_set
WHEN EXISTS (SELECT 1 FROM result r JOIN period p ON p.id = r.period_id
             WHERE r.parameter_set_id = OLD.id AND p.seal_hash IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'the parameter set is used by a sealed period'); END;
CREATE TRIGGER parameter_set_sealed_delete BEFORE DELETE ON parameter_set
WHEN EXISTS (SELECT 1 FROM result r JOIN period p ON p.id = r.period_id
             WHERE r.parameter_set_id = OLD.id AND p.seal_hash IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'the parameter set is used by a sealed period'); END;

CREATE TRIGGER period_sealed_format BEFORE UPDATE ON period
WHEN OLD.seal_hash IS NOT NULL AND (NEW.seal_format IS NOT OLD.seal_format OR
                                    NEW.sealed_layer_id IS NOT OLD.sealed_layer_id)
BEGIN SELECT RAISE(ABORT, 'the period is sealed: corrections go into a new revision'); END;

CREATE TRIGGER layer_sealed_update BEFORE UPDATE ON layer
WHEN EXISTS (SELECT 1 FROM period WHERE seal_hash IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'layers are part of the seals of sealed periods'); END;
CREATE TRIGGER layer_sealed_delete BEFORE DELETE ON layer
WHEN EXISTS (SELECT 1 FROM period WHERE seal_hash IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'layers are part of the seals of sealed periods'); END;
CREATE TRIGGER project_sealed_update BEFORE UPDATE ON project
WHEN EXISTS (SELECT 1 FROM period WHERE seal_hash IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'the project row is part of the seals of sealed periods'); END;

CREATE TRIGGER project_audit_update AFTER UPDATE ON project
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'update', 'project', OLD.id,
        json_object('id', OLD.id, 'name', OLD.name, 'methodology', OLD.methodology, 'crs_wkt', OLD.crs_wkt, 'boundary_wkt', OLD.boundary_wkt, 'created_at', OLD.created_at, 'created_by', OLD.created_by, 'tanhui_version', OLD.tanhui_version),
        json_object('id', NEW.id, 'name', NEW.name, 'methodology', NEW.methodology, 'crs_wkt', NEW.crs_wkt, 'boundary_wkt', NEW.boundary_wkt, 'created_at', NEW.created_at, 'created_by', NEW.created_by, 'tanhui_version', NEW.tanhui_version)); END;
CREATE TRIGGER project_audit_delete AFTER DELETE ON project
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'delete', 'project', OLD.id,
        json_object('id', OLD.id, 'name', OLD.name, 'methodology', OLD.methodology, 'crs_wkt', OLD.crs_wkt, 'boundary_wkt', OLD.boundary_wkt, 'created_at', OLD.created_at, 'created_by', OLD.created_by, 'tanhui_version', OLD.tanhui_version),
        NULL); END;
CREATE TRIGGER layer_audit_update AFTER UPDATE ON layer
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'update', 'layer', OLD.id,
        json_object('id', OLD.id, 'kind', OLD.kind, 'role', OLD.role, 'path', OLD.path, 'sha256', OLD.sha256, 'crs_wkt', OLD.crs_wkt, 'added_at', OLD.added_at),
        json_object('id', NEW.id, 'kind', NEW.kind, 'role', NEW.role, 'path', NEW.path, 'sha256', NEW.sha256, 'crs_wkt', NEW.crs_wkt, 'added_at', NEW.added_at)); END;
CREATE TRIGGER layer_audit_delete AFTER DELETE ON layer
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'delete', 'layer', OLD.id,
        json_object('id', OLD.id, 'kind', OLD.kind, 'role', OLD.role, 'path', OLD.path, 'sha256', OLD.sha256, 'crs_wkt', OLD.crs_wkt, 'added_at', OLD.added_at),
        NULL); END;
CREATE TRIGGER stratification_audit_update AFTER UPDATE ON stratification
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'update', 'stratification', OLD.id,
        json_object('id', OLD.id, 'name', OLD.name, 'rules_json', OLD.rules_json, 'created_at', OLD.created_at, 'method', OLD.method, 'layer_id', OLD.layer_id),
        json_object('id', NEW.id, 'name', NEW.name, 'rules_json', NEW.rules_json, 'created_at', NEW.created_at, 'method', NEW.method, 'layer_id', NEW.layer_id)); END;
CREATE TRIGGER stratification_audit_delete AFTER DELETE ON stratification
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'delete', 'stratification', OLD.id,
        json_object('id', OLD.id, 'name', OLD.name, 'rules_json', OLD.rules_json, 'created_at', OLD.created_at, 'method', OLD.method, 'layer_id', OLD.layer_id),
        NULL); END;
CREATE TRIGGER stratum_audit_update AFTER UPDATE ON stratum
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'update', 'stratum', OLD.id,
        json_object('id', OLD.id, 'stratification_id', OLD.stratification_id, 'name', OLD.name, 'area_ha', OLD.area_ha),
        json_object('id', NEW.id, 'stratification_id', NEW.stratification_id, 'name', NEW.name, 'area_ha', NEW.area_ha)); END;
CREATE TRIGGER stratum_audit_delete AFTER DELETE ON stratum
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'delete', 'stratum', OLD.id,
        json_object('id', OLD.id, 'stratification_id', OLD.stratification_id, 'name', OLD.name, 'area_ha', OLD.area_ha),
        NULL); END;
CREATE TRIGGER period_audit_update AFTER UPDATE ON period
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'update', 'period', OLD.id,
        json_object('id', OLD.id, 'label', OLD.label, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'status', OLD.status, 'revision', OLD.revision, 'revises_period_id', OLD.revises_period_id, 'revision_reason', OLD.revision_reason, 'sealed_at', OLD.sealed_at, 'seal_hash', OLD.seal_hash, 'previous_seal_hash', OLD.previous_seal_hash, 'sealed_by_version', OLD.sealed_by_version, 'seal_format', OLD.seal_format,
                    'sealed_layer_id', OLD.sealed_layer_id),
        json_object('id', NEW.id, 'label', NEW.label, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'status', NEW.status, 'revision', NEW.revision, 'revises_period_id', NEW.revises_period_id, 'revision_reason', NEW.revision_reason, 'sealed_at', NEW.sealed_at, 'seal_hash', NEW.seal_hash, 'previous_seal_hash', NEW.previous_seal_hash, 'sealed_by_version', NEW.sealed_by_version, 'seal_format', NEW.seal_format,
                    'sealed_layer_id', NEW.sealed_layer_id)); END;
CREATE TRIGGER period_audit_delete AFTER DELETE ON period
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'delete', 'period', OLD.id,
        json_object('id', OLD.id, 'label', OLD.label, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'status', OLD.status, 'revision', OLD.revision, 'revises_period_id', OLD.revises_period_id, 'revision_reason', OLD.revision_reason, 'sealed_at', OLD.sealed_at, 'seal_hash', OLD.seal_hash, 'previous_seal_hash', OLD.previous_seal_hash, 'sealed_by_version', OLD.sealed_by_version, 'seal_format', OLD.seal_format,
                    'sealed_layer_id', OLD.sealed_layer_id),
        NULL); END;
CREATE TRIGGER plot_audit_update AFTER UPDATE ON plot
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'update', 'plot', OLD.id,
        json_object('id', OLD.id, 'period_id', OLD.period_id, 'plot_code', OLD.plot_code, 'stratum', OLD.stratum, 'area_ha', OLD.area_ha, 'slope_deg', OLD.slope_deg, 'x', OLD.x, 'y', OLD.y, 'source', OLD.source, 'source_row', OLD.source_row),
        json_object('id', NEW.id, 'period_id', NEW.period_id, 'plot_code', NEW.plot_code, 'stratum', NEW.stratum, 'area_ha', NEW.area_ha, 'slope_deg', NEW.slope_deg, 'x', NEW.x, 'y', NEW.y, 'source', NEW.source, 'source_row', NEW.source_row)); END;
CREATE TRIGGER plot_audit_delete AFTER DELETE ON plot
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'delete', 'plot', OLD.id,
        json_object('id', OLD.id, 'period_id', OLD.period_id, 'plot_code', OLD.plot_code, 'stratum', OLD.stratum, 'area_ha', OLD.area_ha, 'slope_deg', OLD.slope_deg, 'x', OLD.x, 'y', OLD.y, 'source', OLD.source, 'source_row', OLD.source_row),
        NULL); END;
CREATE TRIGGER tree_audit_update AFTER UPDATE ON tree
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'update', 'tree', OLD.id,
        json_object('id', OLD.id, 'plot_id', OLD.plot_id, 'species', OLD.species, 'dbh_cm', OLD.dbh_cm, 'height_m', OLD.height_m, 'wood_density', OLD.wood_density, 'alive', OLD.alive, 'source', OLD.source, 'source_row', OLD.source_row),
        json_object('id', NEW.id, 'plot_id', NEW.plot_id, 'species', NEW.species, 'dbh_cm', NEW.dbh_cm, 'height_m', NEW.height_m, 'wood_density', NEW.wood_density, 'alive', NEW.alive, 'source', NEW.source, 'source_row', NEW.source_row)); END;
CREATE TRIGGER tree_audit_delete AFTER DELETE ON tree
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'delete', 'tree', OLD.id,
        json_object('id', OLD.id, 'plot_id', OLD.plot_id, 'species', OLD.species, 'dbh_cm', OLD.dbh_cm, 'height_m', OLD.height_m, 'wood_density', OLD.wood_density, 'alive', OLD.alive, 'source', OLD.source, 'source_row', OLD.source_row),
        NULL); END;
CREATE TRIGGER parameter_set_audit_update AFTER UPDATE ON parameter_set
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'update', 'parameter_set', OLD.id,
        json_object('id', OLD.id, 'name', OLD.name, 'version', OLD.version, 'sha256', OLD.sha256, 'source', OLD.source),
        json_object('id', NEW.id, 'name', NEW.name, 'version', NEW.version, 'sha256', NEW.sha256, 'source', NEW.source)); END;
CREATE TRIGGER parameter_set_audit_delete AFTER DELETE ON parameter_set
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'delete', 'parameter_set', OLD.id,
        json_object('id', OLD.id, 'name', OLD.name, 'version', OLD.version, 'sha256', OLD.sha256, 'source', OLD.source),
        NULL); END;
CREATE TRIGGER result_audit_update AFTER UPDATE ON result
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'update', 'result', OLD.id,
        json_object('id', OLD.id, 'period_id', OLD.period_id, 'kind', OLD.kind, 'parameter_set_id', OLD.parameter_set_id, 'stratification_id', OLD.stratification_id, 'earlier_period_id', OLD.earlier_period_id, 'created_at', OLD.created_at,
                    'value_json', OLD.value_json),
        json_object('id', NEW.id, 'period_id', NEW.period_id, 'kind', NEW.kind, 'parameter_set_id', NEW.parameter_set_id, 'stratification_id', NEW.stratification_id, 'earlier_period_id', NEW.earlier_period_id, 'created_at', NEW.created_at,
                    'value_json', NEW.value_json)); END;
CREATE TRIGGER result_audit_delete AFTER DELETE ON result
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'delete', 'result', OLD.id,
        json_object('id', OLD.id, 'period_id', OLD.period_id, 'kind', OLD.kind, 'parameter_set_id', OLD.parameter_set_id, 'stratification_id', OLD.stratification_id, 'earlier_period_id', OLD.earlier_period_id, 'created_at', OLD.created_at,
                    'value_json', OLD.value_json),
        NULL); END;
)sql",
    // 4: plausibility limits of field measurements, widened only with a reason (audited);
    // layers recorded relative to the project file, with the absolute path as a hint.
    R"sql(
ALTER TABLE layer ADD COLUMN absolute_path TEXT;
-- A random identifier given at creation, for seal receipts (older projects have none).
ALTER TABLE project ADD COLUMN uid TEXT;
CREATE TABLE plausibility_limit (
    measure TEXT PRIMARY KEY,
    min     REAL NOT NULL,
    max     REAL NOT NULL CHECK (max >= min),
    status  TEXT NOT NULL,
    source  TEXT NOT NULL,
    reason  TEXT
) STRICT;
-- INSERT OR REPLACE deletes the row it collides with without firing delete triggers: no row
-- of the project is ever replaced, so any insert that would collide is refused first.
CREATE TRIGGER project_no_replace BEFORE INSERT ON project
WHEN EXISTS (SELECT 1 FROM project WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'rows of project are never replaced'); END;
CREATE TRIGGER layer_no_replace BEFORE INSERT ON layer
WHEN EXISTS (SELECT 1 FROM layer WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'rows of layer are never replaced'); END;
CREATE TRIGGER stratification_no_replace BEFORE INSERT ON stratification
WHEN EXISTS (SELECT 1 FROM stratification WHERE id = NEW.id OR name = NEW.name)
BEGIN SELECT RAISE(ABORT, 'rows of stratification are never replaced'); END;
CREATE TRIGGER stratum_no_replace BEFORE INSERT ON stratum
WHEN EXISTS (SELECT 1 FROM stratum WHERE id = NEW.id OR (stratification_id = NEW.stratification_id AND name = NEW.name))
BEGIN SELECT RAISE(ABORT, 'rows of stratum are never replaced'); END;
CREATE TRIGGER period_no_replace BEFORE INSERT ON period
WHEN EXISTS (SELECT 1 FROM period WHERE id = NEW.id OR (label = NEW.label AND revision = NEW.revision))
BEGIN SELECT RAISE(ABORT, 'rows of period are never replaced'); END;
CREATE TRIGGER plot_no_replace BEFORE INSERT ON plot
WHEN EXISTS (SELECT 1 FROM plot WHERE id = NEW.id OR (period_id = NEW.period_id AND plot_code = NEW.plot_code))
BEGIN SELECT RAISE(ABORT, 'rows of plot are never replaced'); END;
CREATE TRIGGER tree_no_replace BEFORE INSERT ON tree
WHEN EXISTS (SELECT 1 FROM tree WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'rows of tree are never replaced'); END;
CREATE TRIGGER parameter_set_no_replace BEFORE INSERT ON parameter_set
WHEN EXISTS (SELECT 1 FROM parameter_set WHERE id = NEW.id OR (name = NEW.name AND version = NEW.version AND sha256 = NEW.sha256))
BEGIN SELECT RAISE(ABORT, 'rows of parameter_set are never replaced'); END;
CREATE TRIGGER result_no_replace BEFORE INSERT ON result
WHEN EXISTS (SELECT 1 FROM result WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'rows of result are never replaced'); END;
CREATE TRIGGER result_value_no_replace BEFORE INSERT ON result_value
WHEN EXISTS (SELECT 1 FROM result_value WHERE result_id = NEW.result_id AND key = NEW.key)
BEGIN SELECT RAISE(ABORT, 'rows of result_value are never replaced'); END;
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'rows of audit_log are never replaced'); END;
CREATE TRIGGER plausibility_limit_no_replace BEFORE INSERT ON plausibility_limit
WHEN EXISTS (SELECT 1 FROM plausibility_limit WHERE measure = NEW.measure)
BEGIN SELECT RAISE(ABORT, 'rows of plausibility_limit are never replaced'); END;
CREATE TRIGGER plausibility_limit_audit_update AFTER UPDATE ON plausibility_limit
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'update', 'plausibility_limit', OLD.rowid,
        json_object('measure', OLD.measure, 'min', OLD.min, 'max', OLD.max, 'status', OLD.status, 'source', OLD.source, 'reason', OLD.reason),
        json_object('measure', NEW.measure, 'min', NEW.min, 'max', NEW.max, 'status', NEW.status, 'source', NEW.source, 'reason', NEW.reason)); END;
CREATE TRIGGER plausibility_limit_audit_delete AFTER DELETE ON plausibility_limit
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'delete', 'plausibility_limit', OLD.rowid,
        json_object('measure', OLD.measure, 'min', OLD.min, 'max', OLD.max, 'status', OLD.status, 'source', OLD.source, 'reason', OLD.reason),
        NULL); END;
)sql",
    // 5: a result carries the SHA-256 of its inputs (a seal refuses results not computed from
    // the period's inputs as they are); the audit log is hash-chained, each row's link written
    // by Tanhui in the transaction that made the row, and a seal records the chain's head; a
    // seal may be signed by the organisation's key.
    R"sql(
ALTER TABLE result ADD COLUMN inputs_sha256 TEXT;
ALTER TABLE period ADD COLUMN sealed_audit_id INTEGER;
ALTER TABLE period ADD COLUMN seal_signature TEXT;
ALTER TABLE period ADD COLUMN seal_public_key TEXT;
-- The SHA-256 of each part of the seal's manifest, so that verify names what differs.
ALTER TABLE period ADD COLUMN seal_parts TEXT;
CREATE TRIGGER period_sealed_chain BEFORE UPDATE ON period
WHEN OLD.seal_hash IS NOT NULL AND (NEW.sealed_audit_id IS NOT OLD.sealed_audit_id OR
    NEW.seal_signature IS NOT OLD.seal_signature OR NEW.seal_public_key IS NOT OLD.seal_public_key
    OR NEW.seal_parts IS NOT OLD.seal_parts)
BEGIN SELECT RAISE(ABORT, 'the period is sealed: corrections go into a new revision'); END;
DROP TRIGGER period_audit_update;
CREATE TRIGGER period_audit_update AFTER UPDATE ON period
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'update', 'period', OLD.id,
        json_object('id', OLD.id, 'label', OLD.label, 'start_date', OLD.start_date, 'end_date', OLD.end_date, 'status', OLD.status, 'revision', OLD.revision, 'revises_period_id', OLD.revises_period_id, 'revision_reason', OLD.revision_reason, 'sealed_at', OLD.sealed_at, 'seal_hash', OLD.seal_hash, 'previous_seal_hash', OLD.previous_seal_hash, 'sealed_by_version', OLD.sealed_by_version, 'seal_format', OLD.seal_format,
                    'sealed_layer_id', OLD.sealed_layer_id, 'sealed_audit_id', OLD.sealed_audit_id, 'seal_signature', OLD.seal_signature, 'seal_public_key', OLD.seal_public_key, 'seal_parts', OLD.seal_parts),
        json_object('id', NEW.id, 'label', NEW.label, 'start_date', NEW.start_date, 'end_date', NEW.end_date, 'status', NEW.status, 'revision', NEW.revision, 'revises_period_id', NEW.revises_period_id, 'revision_reason', NEW.revision_reason, 'sealed_at', NEW.sealed_at, 'seal_hash', NEW.seal_hash, 'previous_seal_hash', NEW.previous_seal_hash, 'sealed_by_version', NEW.sealed_by_version, 'seal_format', NEW.seal_format,
                    'sealed_layer_id', NEW.sealed_layer_id, 'sealed_audit_id', NEW.sealed_audit_id, 'seal_signature', NEW.seal_signature, 'seal_public_key', NEW.seal_public_key, 'seal_parts', NEW.seal_parts)); END;

-- The audit log's hash chain: link i is SHA-256(link i − 1, row i).
CREATE TABLE audit_chain (
    audit_id INTEGER PRIMARY KEY REFERENCES audit_log (id),
    sha256   TEXT NOT NULL
) STRICT;
CREATE TRIGGER audit_chain_no_update BEFORE UPDATE ON audit_chain
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_chain_no_replace BEFORE INSERT ON audit_chain
WHEN EXISTS (SELECT 1 FROM audit_chain WHERE audit_id = NEW.audit_id)
BEGIN SELECT RAISE(ABORT, 'rows of audit_chain are never replaced'); END;
)sql",
    // 6: what a report's title block and a registry need of the project (its registration,
    // methodology version, proponent, crediting period, location and boundary), editable and
    // audited; per period the other terms of net removals (baseline removals, project
    // emissions, leakage), each with its source and uncertainty or stated zero with the
    // reason, sealed with the period (seal format 4).
    R"sql(
CREATE TABLE project_details (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    registration_id     TEXT NOT NULL DEFAULT '',
    methodology_version TEXT NOT NULL DEFAULT '',
    proponent           TEXT NOT NULL DEFAULT '',
    crediting_start     TEXT NOT NULL DEFAULT '',
    crediting_end       TEXT NOT NULL DEFAULT '',
    location            TEXT NOT NULL DEFAULT '',
    boundary            TEXT NOT NULL DEFAULT '',
    CHECK (crediting_start = '' OR crediting_end = '' OR crediting_end > crediting_start)
) STRICT;
INSERT INTO project_details (id) VALUES (1);
CREATE TRIGGER project_details_no_replace BEFORE INSERT ON project_details
WHEN EXISTS (SELECT 1 FROM project_details WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'rows of project_details are never replaced'); END;
CREATE TRIGGER project_details_no_delete BEFORE DELETE ON project_details
BEGIN SELECT RAISE(ABORT, 'the project details are changed, never deleted'); END;
CREATE TRIGGER project_details_audit_update AFTER UPDATE ON project_details
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'update', 'project_details', OLD.id,
        json_object('registration_id', OLD.registration_id, 'methodology_version', OLD.methodology_version, 'proponent', OLD.proponent, 'crediting_start', OLD.crediting_start, 'crediting_end', OLD.crediting_end, 'location', OLD.location, 'boundary', OLD.boundary),
        json_object('registration_id', NEW.registration_id, 'methodology_version', NEW.methodology_version, 'proponent', NEW.proponent, 'crediting_start', NEW.crediting_start, 'crediting_end', NEW.crediting_end, 'location', NEW.location, 'boundary', NEW.boundary)); END;

-- t CO2e over the period's monitoring interval (the interval of its change), signed;
-- uncertainty as a fraction (90 % CI half-width / |value|); source names where the value
-- comes from, or (stated_zero) why the term is zero.
CREATE TABLE net_removal_term (
    id          INTEGER PRIMARY KEY,
    period_id   INTEGER NOT NULL REFERENCES period (id),
    term        TEXT NOT NULL CHECK (term IN ('baseline', 'project-emissions', 'leakage')),
    tco2e       REAL NOT NULL,
    uncertainty REAL NOT NULL CHECK (uncertainty >= 0),
    source      TEXT NOT NULL CHECK (length(trim(source)) > 0),
    stated_zero INTEGER NOT NULL CHECK (stated_zero IN (0, 1)),
    CHECK (stated_zero = 0 OR (tco2e = 0 AND uncertainty = 0)),
    CHECK (term = 'baseline' OR tco2e >= 0),
    UNIQUE (period_id, term)
) STRICT;
CREATE TRIGGER net_removal_term_no_replace BEFORE INSERT ON net_removal_term
WHEN EXISTS (SELECT 1 FROM net_removal_term WHERE id = NEW.id OR (period_id = NEW.period_id AND term = NEW.term))
BEGIN SELECT RAISE(ABORT, 'rows of net_removal_term are never replaced'); END;
CREATE TRIGGER net_removal_term_sealed_insert BEFORE INSERT ON net_removal_term
WHEN (SELECT seal_hash FROM period WHERE id = NEW.period_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the period is sealed: corrections go into a new revision'); END;
CREATE TRIGGER net_removal_term_sealed_update BEFORE UPDATE ON net_removal_term
WHEN EXISTS (SELECT 1 FROM period WHERE id IN (OLD.period_id, NEW.period_id) AND seal_hash IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'the period is sealed: corrections go into a new revision'); END;
CREATE TRIGGER net_removal_term_sealed_delete BEFORE DELETE ON net_removal_term
WHEN (SELECT seal_hash FROM period WHERE id = OLD.period_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'the period is sealed: corrections go into a new revision'); END;
CREATE TRIGGER net_removal_term_audit_insert AFTER INSERT ON net_removal_term
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'insert', 'net_removal_term', NEW.id,
        NULL,
        json_object('period_id', NEW.period_id, 'term', NEW.term, 'tco2e', NEW.tco2e, 'uncertainty', NEW.uncertainty, 'source', NEW.source, 'stated_zero', NEW.stated_zero)); END;
CREATE TRIGGER net_removal_term_audit_update AFTER UPDATE ON net_removal_term
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'update', 'net_removal_term', OLD.id,
        json_object('period_id', OLD.period_id, 'term', OLD.term, 'tco2e', OLD.tco2e, 'uncertainty', OLD.uncertainty, 'source', OLD.source, 'stated_zero', OLD.stated_zero),
        json_object('period_id', NEW.period_id, 'term', NEW.term, 'tco2e', NEW.tco2e, 'uncertainty', NEW.uncertainty, 'source', NEW.source, 'stated_zero', NEW.stated_zero)); END;
CREATE TRIGGER net_removal_term_audit_delete AFTER DELETE ON net_removal_term
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'delete', 'net_removal_term', OLD.id,
        json_object('period_id', OLD.period_id, 'term', OLD.term, 'tco2e', OLD.tco2e, 'uncertainty', OLD.uncertainty, 'source', OLD.source, 'stated_zero', OLD.stated_zero),
        NULL); END;
)sql",
    // 7: the CRS a plot's x and y are in, as recorded at import ("EPSG:4527", or WKT when it
    // has no identifier); NULL when it was not known (every plot imported before schema 7).
    // The plot's audit rows carry it.
    R"sql(
ALTER TABLE plot ADD COLUMN crs TEXT;
DROP TRIGGER plot_audit_update;
DROP TRIGGER plot_audit_delete;
CREATE TRIGGER plot_audit_update AFTER UPDATE ON plot
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'update', 'plot', OLD.id,
        json_object('id', OLD.id, 'period_id', OLD.period_id, 'plot_code', OLD.plot_code, 'stratum', OLD.stratum, 'area_ha', OLD.area_ha, 'slope_deg', OLD.slope_deg, 'x', OLD.x, 'y', OLD.y, 'crs', OLD.crs, 'source', OLD.source, 'source_row', OLD.source_row),
        json_object('id', NEW.id, 'period_id', NEW.period_id, 'plot_code', NEW.plot_code, 'stratum', NEW.stratum, 'area_ha', NEW.area_ha, 'slope_deg', NEW.slope_deg, 'x', NEW.x, 'y', NEW.y, 'crs', NEW.crs, 'source', NEW.source, 'source_row', NEW.source_row)); END;
CREATE TRIGGER plot_audit_delete AFTER DELETE ON plot
BEGIN INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), coalesce((SELECT user FROM audit_session WHERE id = 1), 'outside Tanhui'), 'delete', 'plot', OLD.id,
        json_object('id', OLD.id, 'period_id', OLD.period_id, 'plot_code', OLD.plot_code, 'stratum', OLD.stratum, 'area_ha', OLD.area_ha, 'slope_deg', OLD.slope_deg, 'x', OLD.x, 'y', OLD.y, 'crs', OLD.crs, 'source', OLD.source, 'source_row', OLD.source_row),
        NULL); END;
)sql",
};

} // namespace tanhui::store::detail
