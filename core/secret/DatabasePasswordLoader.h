#pragma once

#include "core/secret/SecretStore.h"

#include <QString>

// Reads the password stored for a PostgreSQL database (under DatabaseLocation::passwordKey())
// from a SecretStore, the OS keychain or the secrets file the user chose, into
// DatabasePasswords, where StoreDatabase finds it: what a front does before it opens the
// database. A database with no password stored opens as before (PGPASSWORD, ~/.pgpass).
namespace DatabasePasswordLoader {

// How long a front waits for the keychain before it goes on without a stored password: enough
// for a keychain started by D-Bus activation, far less than a hung daemon's 50 s.
inline constexpr int kWaitMs = 5000;

// Reads it; done(reply) runs once, later, from the event loop of `context`'s thread (never
// inside this call, never when `context` is gone first) with the store's answer: Ok (the
// password is now in DatabasePasswords), NotFound (none stored), Unavailable (no keychain here),
// Denied or Failed, or Failed when no answer came within `timeoutMs`. A file database, or a URL
// that cannot be used, answers NotFound without asking the store.
void load(SecretStore &store, const QString &databasePath, int timeoutMs, QObject *context,
          SecretStore::Callback done);

} // namespace DatabasePasswordLoader
