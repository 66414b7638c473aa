#include "core/store/StoreSchema.h"

namespace {

const char *const kSchemaV1[] = {
    R"(CREATE TABLE monitors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        url TEXT NOT NULL,
        method TEXT NOT NULL,
        headers TEXT NOT NULL,
        body BLOB NOT NULL,
        interval_s INTEGER NOT NULL,
        timeout_ms INTEGER NOT NULL,
        expected_statuses TEXT NOT NULL,
        keyword TEXT NOT NULL,
        invert_keyword INTEGER NOT NULL,
        max_redirects INTEGER NOT NULL,
        ignore_tls_errors INTEGER NOT NULL,
        degraded_ms INTEGER NOT NULL,
        max_body_bytes INTEGER NOT NULL,
        retries INTEGER NOT NULL,
        recovery INTEGER NOT NULL,
        parent_id INTEGER REFERENCES monitors(id) ON DELETE SET NULL,
        tags TEXT NOT NULL,
        paused INTEGER NOT NULL,
        credential_key TEXT NOT NULL,
        created_at INTEGER NOT NULL))",
    // Verdict, reason and state are the enums' stable indexes; times are ms since the epoch, UTC.
    R"(CREATE TABLE results (
        monitor_id INTEGER NOT NULL,
        started_at INTEGER NOT NULL,
        verdict INTEGER NOT NULL,
        reason INTEGER NOT NULL,
        http_status INTEGER,
        response_ms INTEGER,
        error TEXT,
        cert_expires INTEGER))",
    "CREATE INDEX results_by_monitor ON results (monitor_id, started_at)",
    R"(CREATE TABLE rollups (
        level INTEGER NOT NULL,
        monitor_id INTEGER NOT NULL,
        bucket INTEGER NOT NULL,
        up INTEGER NOT NULL,
        degraded INTEGER NOT NULL,
        down INTEGER NOT NULL,
        timed INTEGER NOT NULL,
        sum_ms INTEGER NOT NULL,
        min_ms INTEGER,
        max_ms INTEGER,
        p95_ms INTEGER,
        histogram BLOB NOT NULL,
        PRIMARY KEY (level, monitor_id, bucket)) WITHOUT ROWID)",
    R"(CREATE TABLE incidents (
        id INTEGER PRIMARY KEY,
        monitor_id INTEGER NOT NULL,
        state INTEGER NOT NULL,
        reason INTEGER NOT NULL,
        error TEXT,
        started_at INTEGER NOT NULL,
        ended_at INTEGER))",
    "CREATE INDEX incidents_by_monitor ON incidents (monitor_id, started_at)",
    // Bumped on every change to the monitors, so a running engine in another process notices.
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
    "INSERT INTO meta (key, value) VALUES ('monitors_revision', 0)",
    R"(CREATE TRIGGER monitors_inserted AFTER INSERT ON monitors BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'monitors_revision'; END)",
    R"(CREATE TRIGGER monitors_updated AFTER UPDATE ON monitors BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'monitors_revision'; END)",
    R"(CREATE TRIGGER monitors_deleted AFTER DELETE ON monitors BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'monitors_revision'; END)",
};

// Schema 2: authentication, JSON assertions and regular-expression keywords on monitors; timing
// phases on results, and their sums and counts on rollups (a phase's average is sum / count,
// over the checks that had that phase). Columns are only ever appended.
const char *const kSchemaV2[] = {
    // The authentication kind and its fields as a JSON object, never a secret; '' for none.
    "ALTER TABLE monitors ADD COLUMN auth TEXT NOT NULL DEFAULT ''",
    // A JSON array of assertion expressions, e.g. ["/status == \"ok\""].
    "ALTER TABLE monitors ADD COLUMN json_assertions TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE monitors ADD COLUMN keyword_regex INTEGER NOT NULL DEFAULT 0",
    // Milliseconds; NULL where the phase did not happen (a reused connection has no connect).
    "ALTER TABLE results ADD COLUMN resolve_ms INTEGER",
    "ALTER TABLE results ADD COLUMN connect_ms INTEGER",
    "ALTER TABLE results ADD COLUMN tls_ms INTEGER",
    "ALTER TABLE results ADD COLUMN processing_ms INTEGER",
    "ALTER TABLE results ADD COLUMN transfer_ms INTEGER",
    "ALTER TABLE rollups ADD COLUMN resolve_sum INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE rollups ADD COLUMN resolve_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE rollups ADD COLUMN connect_sum INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE rollups ADD COLUMN connect_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE rollups ADD COLUMN tls_sum INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE rollups ADD COLUMN tls_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE rollups ADD COLUMN processing_sum INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE rollups ADD COLUMN processing_count INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE rollups ADD COLUMN transfer_sum INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE rollups ADD COLUMN transfer_count INTEGER NOT NULL DEFAULT 0",
};

// Schema 3: alert channels (webhook and command), with their own revision so that a running
// service notices what `upwatch channel ...` changed. Lists are JSON arrays of text; a webhook's
// URL and headers are a secret (credential_key names it), `target` only what people may see.
const char *const kSchemaV3[] = {
    R"(CREATE TABLE channels (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        enabled INTEGER NOT NULL,
        events TEXT NOT NULL,
        monitor_names TEXT NOT NULL,
        tags TEXT NOT NULL,
        timeout_ms INTEGER NOT NULL,
        preset TEXT NOT NULL,
        body_template TEXT NOT NULL,
        target TEXT NOT NULL,
        credential_key TEXT NOT NULL,
        program TEXT NOT NULL,
        arguments TEXT NOT NULL,
        created_at INTEGER NOT NULL))",
    "INSERT INTO meta (key, value) VALUES ('channels_revision', 0)",
    R"(CREATE TRIGGER channels_inserted AFTER INSERT ON channels BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'channels_revision'; END)",
    R"(CREATE TRIGGER channels_updated AFTER UPDATE ON channels BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'channels_revision'; END)",
    R"(CREATE TRIGGER channels_deleted AFTER DELETE ON channels BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'channels_revision'; END)",
};

// Schema 4: maintenance windows, a key/value table for settings every front honours (snooze,
// quiet hours), a monitor's own mute, and the checks made during maintenance. Such a check is
// stored with maintenance = 1; rollups count those checks apart (maintenance, and of them
// maintenance_good up or degraded) and leave them out of up/degraded/down and the response
// times, so uptime leaves planned outages out. A maintenance period is an incidents row with the
// MAINTENANCE state, so the time spent in it is kept as long as incidents are.
const char *const kSchemaV4[] = {
    // Scope: monitor ids and tags as JSON arrays; both empty: every monitor. kind 'once' uses
    // starts_at/ends_at (ms since the epoch, UTC); 'weekly' uses weekdays (bit 0 Monday ..
    // bit 6 Sunday), start_minute (after local midnight) and duration_minutes in time_zone (an
    // IANA id; '' the system's).
    R"(CREATE TABLE maintenance (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        monitor_ids TEXT NOT NULL,
        tags TEXT NOT NULL,
        kind TEXT NOT NULL,
        starts_at INTEGER NOT NULL,
        ends_at INTEGER NOT NULL,
        weekdays INTEGER NOT NULL,
        start_minute INTEGER NOT NULL,
        duration_minutes INTEGER NOT NULL,
        time_zone TEXT NOT NULL,
        created_at INTEGER NOT NULL))",
    "INSERT INTO meta (key, value) VALUES ('maintenance_revision', 0)",
    R"(CREATE TRIGGER maintenance_inserted AFTER INSERT ON maintenance BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'maintenance_revision'; END)",
    R"(CREATE TRIGGER maintenance_updated AFTER UPDATE ON maintenance BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'maintenance_revision'; END)",
    R"(CREATE TRIGGER maintenance_deleted AFTER DELETE ON maintenance BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'maintenance_revision'; END)",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "INSERT INTO meta (key, value) VALUES ('settings_revision', 0)",
    R"(CREATE TRIGGER settings_inserted AFTER INSERT ON settings BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'settings_revision'; END)",
    R"(CREATE TRIGGER settings_updated AFTER UPDATE ON settings BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'settings_revision'; END)",
    R"(CREATE TRIGGER settings_deleted AFTER DELETE ON settings BEGIN
        UPDATE meta SET value = value + 1 WHERE key = 'settings_revision'; END)",
    // ms since the epoch, UTC; 0: not muted; INT64 max: until unmuted.
    "ALTER TABLE monitors ADD COLUMN muted_until INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE results ADD COLUMN maintenance INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE rollups ADD COLUMN maintenance INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE rollups ADD COLUMN maintenance_good INTEGER NOT NULL DEFAULT 0",
};

// Schema 5: smaller history. Results are keyed by (monitor_id, started_at) in a WITHOUT ROWID
// table, so the separate index and the rowid go; a monitor's results of the same millisecond
// (possible before) are kept a millisecond apart, in their order (one that would land on the
// next result's time too is dropped).
// Rollups lose p95_ms (the histogram gives it) and store the histogram compactly (empty when
// the minimum and maximum say it all, Rollup::histogramBlob()); older blobs stay readable and
// are rewritten as their rows are. Both tables are copied in key order, which packs them.
const char *const kSchemaV5[] = {
    R"(CREATE TABLE results_v5 (
        monitor_id INTEGER NOT NULL,
        started_at INTEGER NOT NULL,
        verdict INTEGER NOT NULL,
        reason INTEGER NOT NULL,
        http_status INTEGER,
        response_ms INTEGER,
        error TEXT,
        cert_expires INTEGER,
        resolve_ms INTEGER,
        connect_ms INTEGER,
        tls_ms INTEGER,
        processing_ms INTEGER,
        transfer_ms INTEGER,
        maintenance INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (monitor_id, started_at)) WITHOUT ROWID)",
    R"(INSERT OR IGNORE INTO results_v5 SELECT monitor_id, started_at + row_number() OVER (
        PARTITION BY monitor_id, started_at ORDER BY rowid) - 1, verdict, reason, http_status,
        response_ms, error, cert_expires, resolve_ms, connect_ms, tls_ms, processing_ms,
        transfer_ms, maintenance FROM results ORDER BY 1, 2)",
    "DROP TABLE results",
    "ALTER TABLE results_v5 RENAME TO results",
    R"(CREATE TABLE rollups_v5 (
        level INTEGER NOT NULL,
        monitor_id INTEGER NOT NULL,
        bucket INTEGER NOT NULL,
        up INTEGER NOT NULL,
        degraded INTEGER NOT NULL,
        down INTEGER NOT NULL,
        timed INTEGER NOT NULL,
        sum_ms INTEGER NOT NULL,
        min_ms INTEGER,
        max_ms INTEGER,
        histogram BLOB NOT NULL,
        resolve_sum INTEGER NOT NULL DEFAULT 0,
        resolve_count INTEGER NOT NULL DEFAULT 0,
        connect_sum INTEGER NOT NULL DEFAULT 0,
        connect_count INTEGER NOT NULL DEFAULT 0,
        tls_sum INTEGER NOT NULL DEFAULT 0,
        tls_count INTEGER NOT NULL DEFAULT 0,
        processing_sum INTEGER NOT NULL DEFAULT 0,
        processing_count INTEGER NOT NULL DEFAULT 0,
        transfer_sum INTEGER NOT NULL DEFAULT 0,
        transfer_count INTEGER NOT NULL DEFAULT 0,
        maintenance INTEGER NOT NULL DEFAULT 0,
        maintenance_good INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (level, monitor_id, bucket)) WITHOUT ROWID)",
    R"(INSERT INTO rollups_v5 SELECT level, monitor_id, bucket, up, degraded, down, timed, sum_ms,
        min_ms, max_ms, histogram, resolve_sum, resolve_count, connect_sum, connect_count,
        tls_sum, tls_count, processing_sum, processing_count, transfer_sum, transfer_count,
        maintenance, maintenance_good FROM rollups ORDER BY level, monitor_id, bucket)",
    "DROP TABLE rollups",
    "ALTER TABLE rollups_v5 RENAME TO rollups",
};

// Schema 6: agents that share one database (`upwatch run --db postgresql://...`). Each running
// agent has a row it refreshes with a heartbeat; monitors are split into shards (id modulo
// kLeaseShards, LeaseStore) and an agent checks the monitors of the shards it leases, until the
// lease expires (ms since the epoch, UTC). Every shard has a row from the start, leased to
// nobody ('') until taken. Results and incidents name the location that checked (NULL: a lone
// engine, as before).
const char *const kSchemaV6[] = {
    R"(CREATE TABLE agents (
        name TEXT PRIMARY KEY,
        location TEXT NOT NULL,
        host TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        heartbeat_at INTEGER NOT NULL) WITHOUT ROWID)",
    R"(CREATE TABLE leases (
        shard INTEGER PRIMARY KEY,
        agent TEXT NOT NULL,
        expires_at INTEGER NOT NULL))",
    R"(INSERT INTO leases (shard, agent, expires_at) WITH RECURSIVE shards (n) AS (
        SELECT 0 UNION ALL SELECT n + 1 FROM shards WHERE n + 1 < 64)
        SELECT n, '', 0 FROM shards)",
    "ALTER TABLE results ADD COLUMN location TEXT",
    "ALTER TABLE incidents ADD COLUMN location TEXT",
};

// Schema 7: each monitor's live state where several share the database, written with every
// batch of an engine that has a location (HistoryStore::setLocation()): the state it is in and
// since when (NULL: no verdict yet), and its newest check and where that was made. The desktop
// app shows monitors that agents check from it, and an agent that takes a monitor over goes on
// from it.
const char *const kSchemaV7[] = {
    R"(CREATE TABLE live_states (
        monitor_id INTEGER PRIMARY KEY,
        state INTEGER,
        since INTEGER,
        checked_at INTEGER,
        location TEXT))",
};

// Schema 8: monitors checked from several locations (agents in several places) with a quorum,
// and each location's newest check of such a monitor: the agent that owns the monitor judges
// its state from its own check and these votes (Quorum::judge()). A live state keeps why the
// monitor entered it (the state change's reason and error: for such a monitor the owner's
// verdict, which no single stored check says).
const char *const kSchemaV8[] = {
    "ALTER TABLE live_states ADD COLUMN reason INTEGER",
    "ALTER TABLE live_states ADD COLUMN error TEXT",
    "ALTER TABLE monitors ADD COLUMN locations INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE monitors ADD COLUMN quorum INTEGER NOT NULL DEFAULT 1",
    R"(CREATE TABLE location_votes (
        monitor_id INTEGER NOT NULL,
        location TEXT NOT NULL,
        verdict INTEGER NOT NULL,
        reason INTEGER NOT NULL,
        error TEXT NOT NULL,
        checked_at INTEGER NOT NULL,
        PRIMARY KEY (monitor_id, location)) WITHOUT ROWID)",
};

} // namespace

namespace StoreSchema {

std::span<const char *const> step(int version)
{
    switch (version) {
    case 1:
        return kSchemaV1;
    case 2:
        return kSchemaV2;
    case 3:
        return kSchemaV3;
    case 4:
        return kSchemaV4;
    case 5:
        return kSchemaV5;
    case 6:
        return kSchemaV6;
    case 7:
        return kSchemaV7;
    case 8:
        return kSchemaV8;
    default:
        return {};
    }
}

} // namespace StoreSchema
