#include "core/check/NetworkFailure.h"
#include "tests/support/TlsFixtures.h"

#include <QSslCertificate>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestNetworkFailure final : public QObject {
    Q_OBJECT

private slots:
    void reasons_data();
    void reasons();
    void sslErrorText_data();
    void sslErrorText();
    void distinctErrorsJoined();
};

void TestNetworkFailure::reasons_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<bool>("transport");

    QTest::newRow("dns") << QNetworkReply::HostNotFoundError << Reason::Dns << true;
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << Reason::Refused << true;
    QTest::newRow("closed") << QNetworkReply::RemoteHostClosedError << Reason::Reset << true;
    QTest::newRow("timeout") << QNetworkReply::TimeoutError << Reason::Timeout << true;
    QTest::newRow("canceled") << QNetworkReply::OperationCanceledError << Reason::Timeout << true;
    QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << Reason::Tls << true;
    QTest::newRow("temporary") << QNetworkReply::TemporaryNetworkFailureError << Reason::Network
                               << true;
    QTest::newRow("unknown network")
        << QNetworkReply::UnknownNetworkError << Reason::Network << true;
    QTest::newRow("proxy") << QNetworkReply::ProxyConnectionRefusedError << Reason::Network << true;
    QTest::newRow("protocol failure") << QNetworkReply::ProtocolFailure << Reason::Network << true;
    QTest::newRow("unknown protocol")
        << QNetworkReply::ProtocolUnknownError << Reason::InvalidUrl << true;
    // HTTP error statuses are judged by the expected statuses, not as transport failures.
    QTest::newRow("404") << QNetworkReply::ContentNotFoundError << Reason::Network << false;
    QTest::newRow("401") << QNetworkReply::AuthenticationRequiredError << Reason::Network << false;
    QTest::newRow("400") << QNetworkReply::ProtocolInvalidOperationError << Reason::Network
                         << false;
    QTest::newRow("500") << QNetworkReply::InternalServerError << Reason::Network << false;
    QTest::newRow("503") << QNetworkReply::ServiceUnavailableError << Reason::Network << false;
    QTest::newRow("none") << QNetworkReply::NoError << Reason::Ok << false;
}

void TestNetworkFailure::reasons()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(Reason, reason);
    QFETCH(bool, transport);

    QCOMPARE(NetworkFailure::isTransportError(error), transport);
    if (transport || error == QNetworkReply::NoError)
        QCOMPARE(NetworkFailure::reasonFor(error), reason);
}

void TestNetworkFailure::sslErrorText_data()
{
    QTest::addColumn<QSslError::SslError>("error");
    QTest::addColumn<QString>("certificateFile");
    QTest::addColumn<QString>("text");

    QTest::newRow("expired") << QSslError::CertificateExpired << "expired.pem"
                             << "certificate expired on 2021-01-01 00:00 UTC";
    QTest::newRow("expired, no certificate") << QSslError::CertificateExpired << ""
                                             << "certificate expired";
    QTest::newRow("self-signed") << QSslError::SelfSignedCertificate << "self-signed.pem"
                                 << "self-signed certificate";
    QTest::newRow("wrong host") << QSslError::HostNameMismatch << "wrong-host.pem"
                                << "certificate is for wrong.example, not this host";
    QTest::newRow("untrusted issuer")
        << QSslError::UnableToGetLocalIssuerCertificate << "localhost.pem"
        << "certificate issuer is not trusted";
    QTest::newRow("not yet valid") << QSslError::CertificateNotYetValid << "localhost.pem"
                                   << "certificate is not valid before 2025-01-01 00:00 UTC";
}

void TestNetworkFailure::sslErrorText()
{
    QFETCH(QSslError::SslError, error);
    QFETCH(QString, certificateFile);
    QFETCH(QString, text);

    const QSslCertificate cert =
        certificateFile.isEmpty() ? QSslCertificate() : TlsFixtures::certificate(certificateFile);
    QVERIFY(certificateFile.isEmpty() || !cert.isNull());
    QCOMPARE(NetworkFailure::describeSslError(QSslError(error, cert)), text);
}

void TestNetworkFailure::distinctErrorsJoined()
{
    const QSslCertificate cert = TlsFixtures::certificate(u"self-signed.pem"_s);
    const QList<QSslError> errors{QSslError(QSslError::SelfSignedCertificate, cert),
                                  QSslError(QSslError::SelfSignedCertificate, cert),
                                  QSslError(QSslError::CertificateRevoked, cert)};
    QCOMPARE(NetworkFailure::describeSslErrors(errors),
             u"self-signed certificate; certificate was revoked"_s);
}

QTEST_GUILESS_MAIN(TestNetworkFailure)
#include "tst_networkfailure.moc"
