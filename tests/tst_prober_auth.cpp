#include "core/model/JsonAssertion.h"
#include "tests/support/AuthFixtures.h"
#include "tests/support/ProbeHelpers.h"
#include "tests/support/TestServer.h"
#include "tests/support/TlsFixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace AuthFixtures;

Q_DECLARE_METATYPE(MonitorAuth)

// Every kind of authentication on the wire, against the loopback server's protected routes
// (OAuth2's token handling: tst_prober_oauth).
class TestProberAuth final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void kinds_data();
    void kinds();
    void missingSecret_data();
    void missingSecret();
    void unusableSecretHeaderName_data();
    void unusableSecretHeaderName();
    void unusableIdentityFiles_data();
    void unusableIdentityFiles();
    void redirects_data();
    void redirects();
    void urlCredentialsStillWork();
    void identitiesNeverShareAConnection();
    void identityIsReadOnceUntilItsFilesChange();
    void echoedSecretIsHidden_data();
    void echoedSecretIsHidden();

private:
    TestServer m_server;
    TestServer m_other; // another origin
    TestServer m_mutual;
};

void TestProberAuth::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_server.start());
    QVERIFY(m_other.start());
    QVERIFY(startMutualTls(m_mutual));
    serveProtectedRoutes(m_server);
}

void TestProberAuth::kinds_data()
{
    QTest::addColumn<MonitorAuth>("auth");
    QTest::addColumn<bool>("mutualTls");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QList<Reason>>("reasons"); // Ok when up
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorPart");

    const QUrl tokenUrl = m_server.url(u"/oauth/token"_s);
    const QList<Reason> ok{Reason::Ok};
    const QList<Reason> status{Reason::Status};
    // A rejected client certificate shows as a failed handshake, or (TLS 1.3, where the server
    // judges the certificate after the client's handshake is done) as a connection it closes.
    const QList<Reason> refused{Reason::Tls, Reason::Reset};

    QTest::newRow("basic") << basic() << false << "/basic" << kPassword << ok << 200 << "";
    QTest::newRow("basic, wrong password")
        << basic() << false << "/basic" << QByteArray("wrong") << status << 401 << "HTTP 401";
    QTest::newRow("bearer") << bearer() << false << "/bearer" << kToken << ok << 200 << "";
    QTest::newRow("bearer, wrong token")
        << bearer() << false << "/bearer" << QByteArray("tok-999") << status << 401 << "HTTP 401";
    QTest::newRow("header") << header() << false << "/api-key" << kApiKey << ok << 200 << "";
    QTest::newRow("header, wrong value")
        << header() << false << "/api-key" << QByteArray("key-000") << status << 401 << "HTTP 401";
    QTest::newRow("oauth2") << oauth(tokenUrl) << false << "/oauth/resource" << kClientSecret << ok
                            << 200 << "";
    QTest::newRow("oauth2, wrong client secret")
        << oauth(tokenUrl) << false << "/oauth/resource" << QByteArray("s3cret wrong") << status
        << 0
        << u"OAuth2 token request to %1 failed: HTTP 401, invalid_client (client authentication "
           u"failed for upwatch client:[secret])"_s.arg(tokenUrl.toString());
    QTest::newRow("client certificate, RSA") << certificate(u"client.pem"_s, u"client.key"_s)
                                             << true << "/ok" << QByteArray() << ok << 200 << "";
    QTest::newRow("client certificate, EC with passphrase")
        << certificate(u"client-ec.pem"_s, u"client-ec.key"_s) << true << "/ok" << kPassphrase << ok
        << 200 << "";
    QTest::newRow("client certificate from another CA")
        << certificate(u"localhost.pem"_s, u"server.key"_s) << true << "/ok" << QByteArray()
        << refused << 0 << "";
    QTest::newRow("no client certificate")
        << MonitorAuth() << true << "/ok" << QByteArray() << refused << 0 << "";
}

void TestProberAuth::kinds()
{
    QFETCH(MonitorAuth, auth);
    QFETCH(bool, mutualTls);
    QFETCH(QString, path);
    QFETCH(QByteArray, secret);
    QFETCH(QList<Reason>, reasons);
    QFETCH(int, status);
    QFETCH(QString, errorPart);

    TestServer &server = mutualTls ? m_mutual : m_server;
    server.clearRecords();
    Prober prober;
    prober.setExtraCaCertificates({TlsFixtures::testCa()});
    const auto result = runCheck(prober, monitorFor(server.url(path), auth), secret);
    QVERIFY(result);
    QVERIFY2(reasons.contains(result->reason), describe(*result));
    QCOMPARE(result->verdict, reasons == QList<Reason>{Reason::Ok} ? Verdict::Up : Verdict::Down);
    QCOMPARE(result->httpStatus, status);
    QVERIFY2(result->error.contains(errorPart), describe(*result));
    QVERIFY2(!mentionsSecret(result->error, secret), describe(*result));
    if (mutualTls && result->verdict == Verdict::Up) {
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(server.requests().constFirst().clientCertificate.startsWith(u"Upwatch Test"_s));
    }
}

void TestProberAuth::missingSecret_data()
{
    QTest::addColumn<MonitorAuth>("auth");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("error");

    QTest::newRow("basic") << basic() << QByteArray()
                           << "no password for HTTP Basic authentication: edit the monitor and "
                              "enter it, or import it again with --secrets-stdin";
    QTest::newRow("bearer") << bearer() << QByteArray()
                            << "no token for Bearer token authentication: edit the monitor and "
                               "enter it, or import it again with --secrets-stdin";
    QTest::newRow("header") << header() << QByteArray()
                            << "no header value for Secret header authentication: edit the monitor "
                               "and enter it, or import it again with --secrets-stdin";
    QTest::newRow("oauth2")
        << oauth(m_server.url(u"/oauth/token"_s)) << QByteArray()
        << "no client secret for OAuth2 client credentials authentication: edit the monitor and "
           "enter it, or import it again with --secrets-stdin";
    QTest::newRow("token with a line break")
        << bearer() << QByteArray("tok\r\nX-Evil: 1")
        << "the token for Bearer token authentication contains a line break or NUL, which "
           "cannot be sent in a header";
}

void TestProberAuth::missingSecret()
{
    QFETCH(MonitorAuth, auth);
    QFETCH(QByteArray, secret);
    QFETCH(QString, error);

    m_server.clearRecords();
    Prober prober;
    const auto result = runCheck(prober, monitorFor(m_server.url(u"/basic"_s), auth), secret);
    QVERIFY(result);
    QCOMPARE(result->verdict, Verdict::Down);
    QCOMPARE(result->reason, Reason::Secret);
    QCOMPARE(result->error, error);
    QCOMPARE(result->httpStatus, 0);
    QVERIFY(m_server.requests().isEmpty()); // nothing was sent
    QCOMPARE(m_server.connectionCount(), 0);
}

void TestProberAuth::unusableSecretHeaderName_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QByteArray()
                           << "the secret header cannot be sent: header ': -' has no name";
    QTest::newRow("space") << QByteArray("X Key")
                           << "the secret header cannot be sent: header name 'X Key' contains "
                              "characters a header name cannot have";
    QTest::newRow("line break") << QByteArray("X-Key:\r\nX-Evil")
                                << "the secret header cannot be sent: header name "
                                   "'X-Key:\\r\\nX-Evil' contains characters a header name "
                                   "cannot have";
    QTest::newRow("colon") << QByteArray("X-Key:1")
                           << "the secret header cannot be sent: header name 'X-Key:1' contains "
                              "characters a header name cannot have";
}

void TestProberAuth::unusableSecretHeaderName()
{
    QFETCH(QByteArray, name);
    QFETCH(QString, error);

    m_server.clearRecords();
    MonitorAuth auth = header();
    auth.headerName = name;
    Prober prober;
    const auto result = runCheck(prober, monitorFor(m_server.url(u"/api-key"_s), auth), kApiKey);
    QVERIFY(result);
    QCOMPARE(result->verdict, Verdict::Down);
    QCOMPARE(result->reason, Reason::Unknown);
    QVERIFY2(result->error.startsWith(error), describe(*result));
    QVERIFY(!mentionsSecret(result->error, kApiKey));
    QCOMPARE(m_server.connectionCount(), 0); // nothing was sent
}

void TestProberAuth::unusableIdentityFiles_data()
{
    QTest::addColumn<MonitorAuth>("auth");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("error");

    const QString missing = dataFile(u"no-such-key.pem"_s);
    QTest::newRow("key file missing")
        << certificate(u"client.pem"_s, missing) << QByteArray()
        << u"cannot read client key file '%1': No such file or directory"_s.arg(missing);
    QTest::newRow("certificate file missing")
        << certificate(missing, u"client.key"_s) << QByteArray()
        << u"cannot read client certificate file '%1': No such file or directory"_s.arg(missing);
    QTest::newRow("wrong passphrase")
        << certificate(u"client-ec.pem"_s, u"client-ec.key"_s) << QByteArray("wrong words")
        << u"cannot decrypt client key file '%1': wrong key passphrase"_s.arg(
               dataFile(u"client-ec.key"_s));
    QTest::newRow("no passphrase for an encrypted key")
        << certificate(u"client-ec.pem"_s, u"client-ec.key"_s) << QByteArray()
        << u"client key file '%1' is encrypted, and no key passphrase was given"_s.arg(
               dataFile(u"client-ec.key"_s));
    QTest::newRow("key of another certificate, same algorithm")
        << certificate(u"client.pem"_s, u"server.key"_s) << QByteArray()
        << u"client key file '%1' does not belong to the certificate in '%2'"_s.arg(
               dataFile(u"server.key"_s), dataFile(u"client.pem"_s));
    QTest::newRow("key of another certificate, other algorithm")
        << certificate(u"client.pem"_s, u"client-ec.key"_s) << kPassphrase
        << u"client key file '%1' does not belong to the certificate in '%2'"_s.arg(
               dataFile(u"client-ec.key"_s), dataFile(u"client.pem"_s));
    QTest::newRow("certificate where the key should be")
        << certificate(u"client.pem"_s, u"client.pem"_s) << QByteArray()
        << u"client key file '%1' holds no PEM RSA or EC private key"_s.arg(
               dataFile(u"client.pem"_s));
    QTest::newRow("key where the certificate should be")
        << certificate(u"client.key"_s, u"client.key"_s) << QByteArray()
        << u"client certificate file '%1' holds no PEM certificate"_s.arg(
               dataFile(u"client.key"_s));
}

void TestProberAuth::unusableIdentityFiles()
{
    QFETCH(MonitorAuth, auth);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, error);

    m_mutual.clearRecords();
    Prober prober;
    prober.setExtraCaCertificates({TlsFixtures::testCa()});
    const auto result = runCheck(prober, monitorFor(m_mutual.url(u"/ok"_s), auth), passphrase);
    QVERIFY(result);
    QCOMPARE(result->verdict, Verdict::Down);
    QCOMPARE(result->reason, Reason::Tls);
    QCOMPARE(result->error, error);
    QVERIFY(!mentionsSecret(result->error, passphrase));
    QCOMPARE(m_mutual.connectionCount(), 0); // nothing was sent
}

void TestProberAuth::redirects_data()
{
    QTest::addColumn<MonitorAuth>("auth");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("crossOrigin");

    for (const bool cross : {false, true}) {
        const char *where = cross ? "other origin" : "same origin";
        QTest::addRow("basic, %s", where)
            << basic() << kPassword << QByteArray("Authorization") << cross;
        QTest::addRow("bearer, %s", where)
            << bearer() << kToken << QByteArray("Authorization") << cross;
        QTest::addRow("header, %s", where)
            << header() << kApiKey << QByteArray("x-api-key") << cross;
    }
}

void TestProberAuth::redirects()
{
    QFETCH(MonitorAuth, auth);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, header);
    QFETCH(bool, crossOrigin);

    TestServer &landing = crossOrigin ? m_other : m_server;
    landing.setRoute("/landing", TestRoute::ok("landed"));
    m_server.setRoute("/go", TestRoute::redirect(landing.url(u"/landing"_s).toEncoded()));
    m_server.clearRecords();
    m_other.clearRecords();
    Monitor monitor = monitorFor(m_server.url(u"/go"_s), auth);
    monitor.maxRedirects = 3;
    Prober prober;
    const auto result = runCheck(prober, monitor, secret);
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Up, describe(*result));
    QCOMPARE(m_server.requests().constFirst().hasHeader(header), true);
    const RecordedRequest landed = landing.requests().constLast();
    QCOMPARE(landed.path, QByteArray("/landing"));
    QCOMPARE(landed.hasHeader(header), !crossOrigin);
}

void TestProberAuth::urlCredentialsStillWork()
{
    m_server.clearRecords();
    QUrl url = m_server.url(u"/basic"_s);
    url.setUserName(u"user"_s);
    url.setPassword(QString::fromUtf8(kPassword));
    Prober prober;
    const auto result = runCheck(prober, monitorFor(url, MonitorAuth()));
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Up, describe(*result));
    QCOMPARE(m_server.requests().size(), 1); // sent up front, not after a 401 challenge
}

void TestProberAuth::identitiesNeverShareAConnection()
{
    // QNAM reuses a kept-alive TLS connection for any request to the same host and port,
    // whatever client certificate the request carries: each identity needs its own manager.
    m_mutual.clearRecords();
    const QUrl url = m_mutual.url(u"/ok"_s);
    const Monitor rsa = monitorFor(url, certificate(u"client.pem"_s, u"client.key"_s));
    const Monitor ec = monitorFor(url, certificate(u"client-ec.pem"_s, u"client-ec.key"_s));
    const Monitor anonymous = monitorFor(url, MonitorAuth());
    Prober prober;
    prober.setExtraCaCertificates({TlsFixtures::testCa()});
    for (int round = 0; round < 2; ++round) {
        const auto first = runCheck(prober, rsa);
        QVERIFY(first);
        QVERIFY2(first->verdict == Verdict::Up, describe(*first));
        QCOMPARE(m_mutual.requests().constLast().clientCertificate, u"Upwatch Test Client"_s);
        const auto second = runCheck(prober, ec, kPassphrase);
        QVERIFY(second);
        QVERIFY2(second->verdict == Verdict::Up, describe(*second));
        QCOMPARE(m_mutual.requests().constLast().clientCertificate, u"Upwatch Test Client EC"_s);
        // Both authenticated connections are alive and idle; a check without an identity must
        // not ride on one of them.
        const auto third = runCheck(prober, anonymous);
        QVERIFY(third);
        QVERIFY2(third->verdict == Verdict::Down, describe(*third));
    }
    QCOMPARE(m_mutual.requests().size(), 4);
}

void TestProberAuth::identityIsReadOnceUntilItsFilesChange()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString certificate = dir.filePath(u"cert.pem"_s);
    const QString key = dir.filePath(u"key.pem"_s);
    QVERIFY(QFile::copy(dataFile(u"client.pem"_s), certificate));
    QVERIFY(QFile::copy(dataFile(u"client.key"_s), key));
    m_mutual.clearRecords();
    const Monitor monitor =
        monitorFor(m_mutual.url(u"/ok"_s), AuthFixtures::certificate(certificate, key));
    Prober prober;
    prober.setExtraCaCertificates({TlsFixtures::testCa()});
    for (int i = 0; i < 3; ++i) {
        const auto result = runCheck(prober, monitor);
        QVERIFY(result);
        QVERIFY2(result->verdict == Verdict::Up, describe(*result));
    }
    QCOMPARE(prober.identityLoadCount(), 1);

    // Another identity in the same files: read again, and used on a new connection.
    for (const auto &[from, to] :
         {std::pair{u"client-ec.pem"_s, certificate}, std::pair{u"client-ec.key"_s, key}}) {
        QVERIFY(QFile::remove(to));
        QVERIFY(QFile::copy(dataFile(from), to));
        QFile file(to);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(60),
                                 QFileDevice::FileModificationTime));
    }
    const auto result = runCheck(prober, monitor, kPassphrase);
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Up, describe(*result));
    QCOMPARE(prober.identityLoadCount(), 2);
    QCOMPARE(m_mutual.requests().constLast().clientCertificate, u"Upwatch Test Client EC"_s);
}
void TestProberAuth::echoedSecretIsHidden_data()
{
    QTest::addColumn<MonitorAuth>("auth");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("echoed"); // what the server quotes back
    QTest::newRow("bearer") << bearer() << kToken << "Bearer " + kToken;
    QTest::newRow("basic pair") << basic() << kPassword
                                << "Basic " + QByteArray("user:" + kPassword).toBase64();
    QTest::newRow("header value") << header() << kApiKey << kApiKey;
}

void TestProberAuth::echoedSecretIsHidden()
{
    // A server that quotes the request back (a debugging endpoint, an error page): the
    // assertion's message shows the actual value, but never the secret in it.
    QFETCH(MonitorAuth, auth);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, echoed);
    m_server.setRoute("/echo", TestRoute::ok(R"({"seen": ")" + echoed + R"("})"));
    Monitor monitor = monitorFor(m_server.url(u"/echo"_s), auth);
    QString error;
    const auto assertion = JsonAssertion::parse(uR"(/seen == "nothing")", &error);
    QVERIFY2(assertion, qPrintable(error));
    monitor.jsonAssertions = {*assertion};
    Prober prober;
    const auto result = runCheck(prober, monitor, secret);
    QVERIFY(result);
    QCOMPARE(result->reason, Reason::Json);
    QVERIFY2(result->error.contains(u"[secret]"_s), qPrintable(result->error));
    QVERIFY2(!mentionsSecret(result->error, secret), qPrintable(result->error));
    QVERIFY2(!result->error.contains(QString::fromUtf8(echoed)), qPrintable(result->error));
}

QTEST_GUILESS_MAIN(TestProberAuth)
#include "tst_prober_auth.moc"
