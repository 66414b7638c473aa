#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

// The certificates in tests/data (see make-certs.sh there).
namespace TlsFixtures {

// A file of tests/data, or an empty array.
QByteArray read(const QString &name);
QSslCertificate certificate(const QString &name);
QSslKey serverKey();
QSslCertificate testCa();

} // namespace TlsFixtures
