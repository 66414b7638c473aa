#include "core/check/NetworkFailure.h"

#include <QSslCertificate>
#include <QStringList>

namespace NetworkFailure {

bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = static_cast<int>(error);
    return (code > 0 && code < 200) || error == QNetworkReply::ProtocolUnknownError ||
           error == QNetworkReply::ProtocolFailure;
}

bool isConnectError(QNetworkReply::NetworkError error)
{
    // Qt reports an unreachable network or host as UnknownNetworkError.
    return error == QNetworkReply::ConnectionRefusedError ||
           error == QNetworkReply::UnknownNetworkError ||
           error == QNetworkReply::TemporaryNetworkFailureError;
}

Reason reasonFor(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return Reason::Ok;
    case QNetworkReply::HostNotFoundError:
        return Reason::Dns;
    case QNetworkReply::ConnectionRefusedError:
        return Reason::Refused;
    case QNetworkReply::RemoteHostClosedError:
        return Reason::Reset;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what QNAM's inactivity timeout reports
        return Reason::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return Reason::Tls;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return Reason::Redirects;
    case QNetworkReply::ProtocolUnknownError:
        return Reason::InvalidUrl;
    default:
        return Reason::Network;
    }
}

QString describeSslError(const QSslError &error)
{
    const QSslCertificate cert = error.certificate();
    const auto when = [](const QDateTime &date) {
        return date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    };
    switch (error.error()) {
    case QSslError::CertificateExpired:
        return cert.isNull()
                   ? QStringLiteral("certificate expired")
                   : QStringLiteral("certificate expired on %1").arg(when(cert.expiryDate()));
    case QSslError::CertificateNotYetValid:
        return cert.isNull() ? QStringLiteral("certificate is not valid yet")
                             : QStringLiteral("certificate is not valid before %1")
                                   .arg(when(cert.effectiveDate()));
    case QSslError::SelfSignedCertificate:
        return QStringLiteral("self-signed certificate");
    case QSslError::SelfSignedCertificateInChain:
        return QStringLiteral("self-signed certificate in the chain");
    case QSslError::HostNameMismatch: {
        QStringList names = cert.subjectAlternativeNames().values(QSsl::DnsEntry);
        names += cert.subjectAlternativeNames().values(QSsl::IpAddressEntry);
        if (names.isEmpty())
            names = cert.subjectInfo(QSslCertificate::CommonName);
        return names.isEmpty()
                   ? QStringLiteral("certificate does not match the host name")
                   : QStringLiteral("certificate is for %1, not this host").arg(names.join(u", "));
    }
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return QStringLiteral("certificate issuer is not trusted");
    case QSslError::CertificateRevoked:
        return QStringLiteral("certificate was revoked");
    default:
        return error.errorString();
    }
}

QString describeSslErrors(const QList<QSslError> &errors)
{
    QStringList parts;
    for (const QSslError &error : errors) {
        const QString text = describeSslError(error);
        if (!parts.contains(text))
            parts.append(text);
    }
    return parts.join(u"; ");
}

} // namespace NetworkFailure
