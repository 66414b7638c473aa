#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

#include <optional>

// A client certificate and its private key for mutual TLS, read from PEM files. The key is RSA
// or EC, encrypted with a passphrase or not. Loading checks that the key belongs to the
// certificate, so a wrong pair fails with a clear message instead of a handshake error.
struct ClientIdentity {
    QSslCertificate certificate;
    QList<QSslCertificate> chain; // the certificate first, then any intermediates in its file
    QSslKey key;

    // Files larger than this are not certificates or keys; they are refused unread.
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;

    // Reads both files. On failure, *error names the file and what is wrong with it; the
    // passphrase never appears in it.
    [[nodiscard]] static std::optional<ClientIdentity> load(const QString &certificateFile,
                                                            const QString &keyFile,
                                                            const QByteArray &passphrase,
                                                            QString *error);

    // `base` with this certificate (and chain) and key set.
    [[nodiscard]] QSslConfiguration applyTo(QSslConfiguration base) const;
};
