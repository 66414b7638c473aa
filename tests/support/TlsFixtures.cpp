#include "tests/support/TlsFixtures.h"

#include <QFile>

namespace TlsFixtures {

QByteArray read(const QString &name)
{
    QFile file(QStringLiteral(UPWATCH_TEST_DATA "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QSslCertificate certificate(const QString &name)
{
    return QSslCertificate(read(name), QSsl::Pem);
}

QSslKey serverKey()
{
    return QSslKey(read(QStringLiteral("server.key")), QSsl::Rsa, QSsl::Pem);
}

QSslCertificate testCa()
{
    return certificate(QStringLiteral("test-ca.pem"));
}

} // namespace TlsFixtures
