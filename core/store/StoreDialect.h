#pragma once

#include <QString>

// The little that differs between the SQL of the two engines Upwatch stores into. The schema
// and its migrations are written once, in SQLite's words (StoreSchema); toPostgres() says the
// same to PostgreSQL. Queries are written in the SQL both understand where there is one
// (coalesce, ON CONFLICT ... DO UPDATE, explicit ids) and ask this for the rest.
enum class SqlDialect { Sqlite, Postgres };

namespace StoreDialect {

// A schema statement of StoreSchema for PostgreSQL: an id INTEGER PRIMARY KEY is an identity,
// INTEGER is 64 bits (BIGINT), BLOB is BYTEA,
// WITHOUT ROWID goes, a revision trigger calls upwatch_bump_revision(), INSERT OR IGNORE is an
// INSERT ... ON CONFLICT DO NOTHING and rowid is ctid.
[[nodiscard]] QString toPostgres(const QString &sqliteStatement);

// What PostgreSQL needs before the first schema step: the function revision triggers call.
[[nodiscard]] QString postgresPrelude();

// The larger of two values: max(a, b) in SQLite, greatest(a, b) in PostgreSQL.
[[nodiscard]] QString greatest(SqlDialect dialect, const QString &a, const QString &b);
// The smaller of two values: min(a, b) in SQLite, least(a, b) in PostgreSQL.
[[nodiscard]] QString least(SqlDialect dialect, const QString &a, const QString &b);

} // namespace StoreDialect
