#pragma once

#include "core/check/ClientIdentity.h"

#include <QByteArray>
#include <QHash>
#include <QSslConfiguration>
#include <QString>

#include <optional>

// The client identities a Prober has loaded, so their files are not read again for every
// check: an entry stands while the files' modification times and the passphrase stay the same.
// Failures are not kept (a fixed file works at the next check). Not thread-safe: one per
// Prober, used from its thread.
class ClientIdentityCache {
public:
    struct Loaded {
        QSslConfiguration tls; // the base configuration with the identity set
        // Changes whenever the identity read from the files changes (not on every load).
        quint64 generation = 0;
    };

    // The identity from these files on top of `base`, or nullopt with *error set (naming the
    // file; never the passphrase).
    [[nodiscard]] std::optional<Loaded> load(const QString &certificateFile, const QString &keyFile,
                                             const QByteArray &passphrase,
                                             const QSslConfiguration &base, QString *error);
    // Forgets every identity (the base configuration changed).
    void clear() { m_entries.clear(); }
    // How many times files were read and parsed successfully: for tests.
    [[nodiscard]] int loadCount() const { return m_loadCount; }

private:
    struct Entry {
        qint64 certificateModified = -1; // ms since the epoch
        qint64 keyModified = -1;
        QByteArray passphraseHash;
        Loaded loaded;
    };

    QHash<QString, Entry> m_entries; // by the two file paths
    quint64 m_nextGeneration = 1;
    int m_loadCount = 0;
};
