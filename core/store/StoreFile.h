#pragma once

#include <QByteArray>
#include <QString>

// The database file before SQLite touches it: what kind of file it is (read from the 100-byte
// SQLite header, without writing anything), and new files and folders made private to the user,
// since the database holds URLs, headers and passwords.
namespace StoreFile {

// PRAGMA application_id of databases Upwatch creates ("Upwt"); older ones have 0.
constexpr quint32 kApplicationId = 0x55707774;

enum class Kind {
    Empty,        // no bytes yet: Upwatch may create its schema in it
    NotADatabase, // not an SQLite file at all (or one damaged beyond its header)
    Foreign,      // an SQLite database of another program
    Upwatch,      // carries Upwatch's application_id
    Unknown,      // an SQLite file the header cannot decide; its schema must be read
};

// Reads the file's first 100 bytes (fewer if it is shorter). False with the cause in *error.
bool readHeader(const QString &path, QByteArray *header, QString *error);

// What the header (the file's first bytes, up to 100) says. An empty header is Kind::Empty.
[[nodiscard]] Kind classify(const QByteArray &header);
// True when the header says the file is in write-ahead-log mode.
[[nodiscard]] bool isWal(const QByteArray &header);

// Creates `path` and any missing folders above it with mode 0700 (only the user may enter).
// Folders that exist keep their mode. False with the cause in *error.
bool makePrivateFolder(const QString &path, QString *error);

// Creates an empty file with mode 0600 whatever the umask; an existing file is left alone and
// is no error. False with the cause in *error ("the file system is read-only").
bool createPrivateFile(const QString &path, QString *error);

} // namespace StoreFile
