#pragma once

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

// The certificates in tests/data (see make-certs.sh there).
namespace TlsFixtures {

inline QByteArray read(const QString &name)
{
    QFile file(QStringLiteral(UPWATCH_TEST_DATA "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QSslCertificate certificate(const QString &name)
{
    return QSslCertificate(read(name), QSsl::Pem);
}

inline QSslKey serverKey()
{
    return QSslKey(read(QStringLiteral("server.key")), QSsl::Rsa, QSsl::Pem);
}

inline QSslCertificate testCa()
{
    return certificate(QStringLiteral("test-ca.pem"));
}

} // namespace TlsFixtures
