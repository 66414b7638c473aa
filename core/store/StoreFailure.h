#pragma once

#include <QString>

// Why the database file failed, in words a person acts on: "the file system is read-only"
// rather than SQLite's "unable to open database file".
namespace StoreFailure {

// SQLite's primary result codes (https://sqlite.org/rescode.html, a stable API). Extended codes
// carry the primary one in their low byte.
enum SqliteCode : int {
    kPerm = 3,
    kBusy = 5,
    kLocked = 6,
    kReadOnly = 8,
    kIoErr = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kProtocol = 15,
    kNotADb = 26,
};

// An errno from creating or reading the file: "the file system is read-only", "the disk is
// full", "permission denied", otherwise the system's own words.
[[nodiscard]] QString fromErrno(int error);

// An SQLite failure of the file, with SQLite's text in brackets: "it is locked by another
// process (database is locked)", "it is damaged (database disk image is malformed)". When
// `readOnlyFileSystem`, a failure to open or write is put down to that.
[[nodiscard]] QString fromSqlite(int code, const QString &text, bool readOnlyFileSystem);

// True when the code is about the file (locks, space, damage, access), not about a statement.
[[nodiscard]] bool concernsFile(int code);

// True when `path` (or, if it does not exist, its folder) is on a file system mounted read-only.
[[nodiscard]] bool onReadOnlyFileSystem(const QString &path);

} // namespace StoreFailure
