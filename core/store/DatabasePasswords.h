#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The passwords of PostgreSQL databases this process was given, by the database's key
// (DatabaseLocation::passwordKey(), "postgresql://user@host:5432/db"): read from the OS keychain
// (or the secrets file) when a front starts on the database, or typed in File > Open database….
// StoreDatabase takes a database's password from here whenever it opens a connection to it, in
// whichever thread; a database with none here gets libpq's own: PGPASSWORD, else ~/.pgpass.
//
// Process-wide, against the habit of passing what a class needs: every thread's store, writer
// and reader opens its own connection through StoreDatabase::open(path), and none of them is
// handed more than the path. Thread-safe. Nothing here reads the keychain (DatabasePasswordLoader
// does) or ever writes a password anywhere.
namespace DatabasePasswords {

// Replaces the password kept for `key`; an empty one forgets it.
void set(const QString &key, const QByteArray &password);
void forget(const QString &key);
// The password kept for `key`, or nullopt.
[[nodiscard]] std::optional<QByteArray> find(const QString &key);

} // namespace DatabasePasswords
