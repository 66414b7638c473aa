#pragma once

#include <span>

// The database schema, one step per version: the SQL statements that take a database from
// version - 1 to `version` (StoreDatabase::kSchemaVersion is the last). Columns are appended,
// or a table is rebuilt by copying it (schema 5), so every step runs on the database the step
// before left.
namespace StoreSchema {

// Empty for a version that has no step.
[[nodiscard]] std::span<const char *const> step(int version);

} // namespace StoreSchema
