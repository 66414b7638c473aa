#include "tests/support/FakeClock.h"
#include "tests/support/ProbeHelpers.h"
#include "tests/support/TestServer.h"
#include "tests/support/TlsFixtures.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(MonitorAuth)
Q_DECLARE_METATYPE(TestRoute)

namespace {

const QByteArray kPassword = "pa:ss w\xc3\xb6rd";
const QByteArray kToken = "tok-123.abc";
const QByteArray kApiKey = "key-456";
const QByteArray kClientId = "upwatch client";
const QByteArray kClientSecret = "cl!ent s3cret&=+";
const QByteArray kPassphrase = "test passphrase";

QString dataFile(const QString &name)
{
    return QStringLiteral(UPWATCH_TEST_DATA "/") + name;
}

MonitorAuth basicAuth()
{
    MonitorAuth auth;
    auth.kind = AuthKind::Basic;
    auth.user = u"user"_s;
    return auth;
}

MonitorAuth bearerAuth()
{
    MonitorAuth auth;
    auth.kind = AuthKind::Bearer;
    return auth;
}

MonitorAuth headerAuth()
{
    MonitorAuth auth;
    auth.kind = AuthKind::Header;
    auth.headerName = "X-API-Key";
    return auth;
}

MonitorAuth oauthAuth(const QUrl &tokenUrl, const QString &scope = QString())
{
    MonitorAuth auth;
    auth.kind = AuthKind::OAuth2;
    auth.tokenUrl = tokenUrl;
    auth.clientId = QString::fromUtf8(kClientId);
    auth.scope = scope;
    return auth;
}

MonitorAuth certificateAuth(const QString &certificate, const QString &key)
{
    MonitorAuth auth;
    auth.kind = AuthKind::ClientCertificate;
    auth.certificateFile = certificate.startsWith(u'/') ? certificate : dataFile(certificate);
    auth.keyFile = key.startsWith(u'/') ? key : dataFile(key);
    return auth;
}

// The secret in none of the forms it travels in.
bool mentionsSecret(const QString &text, const QByteArray &secret)
{
    if (secret.isEmpty())
        return false;
    for (const QByteArray &form :
         {secret, secret.toBase64(), QUrl::toPercentEncoding(QString::fromUtf8(secret))}) {
        if (text.contains(QString::fromUtf8(form)))
            return true;
    }
    return false;
}

} // namespace

// Every kind of authentication on the wire, against the loopback server's protected routes.
class TestProberAuth final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void kinds_data();
    void kinds();
    void missingSecret_data();
    void missingSecret();
    void unusableIdentityFiles_data();
    void unusableIdentityFiles();
    void redirects_data();
    void redirects();
    void urlCredentialsStillWork();
    void oauthTokenIsReusedAcrossChecks();
    void concurrentChecksShareOneTokenRequest();
    void oauthTokenIsFetchedAgainAfterExpiry_data();
    void oauthTokenIsFetchedAgainAfterExpiry();
    void oauthTokenIsDroppedAfter401();
    void oauthTokenRequestForm();
    void oauthFailures_data();
    void oauthFailures();
    void identitiesNeverShareAConnection();
    void identityIsReadOnceUntilItsFilesChange();

private:
    Monitor monitorFor(const QUrl &url, const MonitorAuth &auth) const;

    TestServer m_server;
    TestServer m_other; // another origin
    TestServer m_mutual;
};

void TestProberAuth::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_server.start());
    QVERIFY(m_other.start());
    QVERIFY(m_mutual.startMutualTls(TlsFixtures::certificate(u"localhost.pem"_s),
                                    TlsFixtures::serverKey(),
                                    TlsFixtures::certificate(u"test-client-ca.pem"_s)));
    m_server.setRoute("/basic", TestRoute::ok("basic ok").requiringBasic("user", kPassword));
    m_server.setRoute("/bearer",
                      TestRoute::ok("bearer ok").requiring("Authorization", "Bearer " + kToken));
    m_server.setRoute("/api-key", TestRoute::ok("key ok").requiring("X-API-Key", kApiKey));
    m_server.setRoute("/oauth/token", TestRoute::oauthToken(kClientId, kClientSecret, 3600));
    m_server.setRoute("/oauth/resource", TestRoute::oauthProtected("resource ok"));
    m_mutual.setRoute("/ok", TestRoute::ok("mutual ok"));
}

Monitor TestProberAuth::monitorFor(const QUrl &url, const MonitorAuth &auth) const
{
    Monitor monitor;
    monitor.url = url;
    monitor.auth = auth;
    monitor.maxRedirects = 0;
    return monitor;
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

    QTest::newRow("basic") << basicAuth() << false << "/basic" << kPassword << ok << 200 << "";
    QTest::newRow("basic, wrong password")
        << basicAuth() << false << "/basic" << QByteArray("wrong") << status << 401 << "HTTP 401";
    QTest::newRow("bearer") << bearerAuth() << false << "/bearer" << kToken << ok << 200 << "";
    QTest::newRow("bearer, wrong token") << bearerAuth() << false << "/bearer"
                                         << QByteArray("tok-999") << status << 401 << "HTTP 401";
    QTest::newRow("header") << headerAuth() << false << "/api-key" << kApiKey << ok << 200 << "";
    QTest::newRow("header, wrong value") << headerAuth() << false << "/api-key"
                                         << QByteArray("key-000") << status << 401 << "HTTP 401";
    QTest::newRow("oauth2") << oauthAuth(tokenUrl) << false << "/oauth/resource" << kClientSecret
                            << ok << 200 << "";
    QTest::newRow("oauth2, wrong client secret")
        << oauthAuth(tokenUrl) << false << "/oauth/resource" << QByteArray("s3cret wrong") << status
        << 0
        << u"OAuth2 token request to %1 failed: HTTP 401, invalid_client (client authentication "
           u"failed for upwatch client:[secret])"_s.arg(tokenUrl.toString());
    QTest::newRow("client certificate, RSA") << certificateAuth(u"client.pem"_s, u"client.key"_s)
                                             << true << "/ok" << QByteArray() << ok << 200 << "";
    QTest::newRow("client certificate, EC with passphrase")
        << certificateAuth(u"client-ec.pem"_s, u"client-ec.key"_s) << true << "/ok" << kPassphrase
        << ok << 200 << "";
    QTest::newRow("client certificate from another CA")
        << certificateAuth(u"localhost.pem"_s, u"server.key"_s) << true << "/ok" << QByteArray()
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

    QTest::newRow("basic") << basicAuth() << QByteArray()
                           << "no password for HTTP Basic authentication";
    QTest::newRow("bearer") << bearerAuth() << QByteArray()
                            << "no token for Bearer token authentication";
    QTest::newRow("header") << headerAuth() << QByteArray()
                            << "no header value for Secret header authentication";
    QTest::newRow("oauth2") << oauthAuth(m_server.url(u"/oauth/token"_s)) << QByteArray()
                            << "no client secret for OAuth2 client credentials authentication";
    QTest::newRow("token with a line break")
        << bearerAuth() << QByteArray("tok\r\nX-Evil: 1")
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

void TestProberAuth::unusableIdentityFiles_data()
{
    QTest::addColumn<MonitorAuth>("auth");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("error");

    const QString missing = dataFile(u"no-such-key.pem"_s);
    QTest::newRow("key file missing")
        << certificateAuth(u"client.pem"_s, missing) << QByteArray()
        << u"cannot read client key file '%1': No such file or directory"_s.arg(missing);
    QTest::newRow("certificate file missing")
        << certificateAuth(missing, u"client.key"_s) << QByteArray()
        << u"cannot read client certificate file '%1': No such file or directory"_s.arg(missing);
    QTest::newRow("wrong passphrase")
        << certificateAuth(u"client-ec.pem"_s, u"client-ec.key"_s) << QByteArray("wrong words")
        << u"cannot decrypt client key file '%1': wrong key passphrase"_s.arg(
               dataFile(u"client-ec.key"_s));
    QTest::newRow("no passphrase for an encrypted key")
        << certificateAuth(u"client-ec.pem"_s, u"client-ec.key"_s) << QByteArray()
        << u"client key file '%1' is encrypted, and no key passphrase was given"_s.arg(
               dataFile(u"client-ec.key"_s));
    QTest::newRow("key of another certificate, same algorithm")
        << certificateAuth(u"client.pem"_s, u"server.key"_s) << QByteArray()
        << u"client key file '%1' does not belong to the certificate in '%2'"_s.arg(
               dataFile(u"server.key"_s), dataFile(u"client.pem"_s));
    QTest::newRow("key of another certificate, other algorithm")
        << certificateAuth(u"client.pem"_s, u"client-ec.key"_s) << kPassphrase
        << u"client key file '%1' does not belong to the certificate in '%2'"_s.arg(
               dataFile(u"client-ec.key"_s), dataFile(u"client.pem"_s));
    QTest::newRow("certificate where the key should be")
        << certificateAuth(u"client.pem"_s, u"client.pem"_s) << QByteArray()
        << u"client key file '%1' holds no PEM RSA or EC private key"_s.arg(
               dataFile(u"client.pem"_s));
    QTest::newRow("key where the certificate should be")
        << certificateAuth(u"client.key"_s, u"client.key"_s) << QByteArray()
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
            << basicAuth() << kPassword << QByteArray("Authorization") << cross;
        QTest::addRow("bearer, %s", where)
            << bearerAuth() << kToken << QByteArray("Authorization") << cross;
        QTest::addRow("header, %s", where)
            << headerAuth() << kApiKey << QByteArray("x-api-key") << cross;
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

void TestProberAuth::oauthTokenIsReusedAcrossChecks()
{
    m_server.clearRecords();
    const Monitor monitor =
        monitorFor(m_server.url(u"/oauth/resource"_s), oauthAuth(m_server.url(u"/oauth/token"_s)));
    Prober prober;
    for (int i = 0; i < 3; ++i) {
        const auto result = runCheck(prober, monitor, kClientSecret);
        QVERIFY(result);
        QVERIFY2(result->verdict == Verdict::Up, describe(*result));
    }
    QCOMPARE(m_server.tokenRequestCount(), 1);
    QCOMPARE(prober.tokenRequestCount(), 1);
    // Another client secret is another token.
    const auto other = runCheck(prober, monitor, "another secret");
    QVERIFY(other);
    QVERIFY2(other->reason == Reason::Status, describe(*other));
    QCOMPARE(m_server.tokenRequestCount(), 2);
}

void TestProberAuth::concurrentChecksShareOneTokenRequest()
{
    m_server.clearRecords();
    m_server.setRoute("/oauth/slow-token",
                      TestRoute::oauthToken(kClientId, kClientSecret, 3600).delayed(200));
    const Monitor monitor = monitorFor(m_server.url(u"/oauth/resource"_s),
                                       oauthAuth(m_server.url(u"/oauth/slow-token"_s)));
    Prober prober;
    QSignalSpy finished(&prober, &Prober::checkFinished);
    for (int i = 0; i < 4; ++i)
        prober.check(monitor, kClientSecret);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 20000);
    for (const QList<QVariant> &arguments : std::as_const(finished)) {
        const auto result = arguments.at(0).value<CheckResult>();
        QVERIFY2(result.verdict == Verdict::Up, describe(result));
    }
    QCOMPARE(m_server.tokenRequestCount(), 1);
}

void TestProberAuth::oauthTokenIsFetchedAgainAfterExpiry_data()
{
    QTest::addColumn<int>("expiresIn"); // seconds; -1: not sent
    QTest::addColumn<qint64>("stillFreshMs");
    QTest::addColumn<qint64>("staleMs");

    // Used until a tenth of its life (at most 30 s) before it ends.
    QTest::newRow("expires_in 120") << 120 << qint64(100'000) << qint64(110'000);
    QTest::newRow("expires_in 3600") << 3600 << qint64(3'500'000) << qint64(3'575'000);
    QTest::newRow("no expires_in: 5 minutes") << -1 << qint64(4 * 60'000) << qint64(5 * 60'000);
}

void TestProberAuth::oauthTokenIsFetchedAgainAfterExpiry()
{
    QFETCH(int, expiresIn);
    QFETCH(qint64, stillFreshMs);
    QFETCH(qint64, staleMs);

    m_server.clearRecords();
    m_server.setRoute("/oauth/expiring",
                      TestRoute::oauthToken(kClientId, kClientSecret, expiresIn));
    const Monitor monitor = monitorFor(m_server.url(u"/oauth/resource"_s),
                                       oauthAuth(m_server.url(u"/oauth/expiring"_s)));
    auto clock = std::make_shared<FakeClock>();
    Prober prober(clock);
    const auto check = [&] {
        const auto result = runCheck(prober, monitor, kClientSecret);
        return result && result->verdict == Verdict::Up;
    };
    QVERIFY(check());
    QCOMPARE(m_server.tokenRequestCount(), 1);
    clock->advance(stillFreshMs);
    QVERIFY(check());
    QCOMPARE(m_server.tokenRequestCount(), 1);
    clock->advance(staleMs - stillFreshMs);
    QVERIFY(check());
    QCOMPARE(m_server.tokenRequestCount(), 2);
}

void TestProberAuth::oauthTokenIsDroppedAfter401()
{
    m_server.clearRecords();
    const Monitor monitor =
        monitorFor(m_server.url(u"/oauth/resource"_s), oauthAuth(m_server.url(u"/oauth/token"_s)));
    Prober prober;
    const auto first = runCheck(prober, monitor, kClientSecret);
    QVERIFY(first);
    QVERIFY2(first->verdict == Verdict::Up, describe(*first));
    m_server.revokeTokens();
    const auto refused = runCheck(prober, monitor, kClientSecret);
    QVERIFY(refused);
    QVERIFY2(refused->reason == Reason::Status && refused->httpStatus == 401, describe(*refused));
    QCOMPARE(m_server.tokenRequestCount(), 1);
    const auto again = runCheck(prober, monitor, kClientSecret);
    QVERIFY(again);
    QVERIFY2(again->verdict == Verdict::Up, describe(*again));
    QCOMPARE(m_server.tokenRequestCount(), 2);
}

void TestProberAuth::oauthTokenRequestForm()
{
    m_server.clearRecords();
    const Monitor monitor = monitorFor(m_server.url(u"/oauth/resource"_s),
                                       oauthAuth(m_server.url(u"/oauth/token"_s), u"read write"_s));
    Prober prober;
    const auto result = runCheck(prober, monitor, kClientSecret);
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Up, describe(*result));
    QCOMPARE(m_server.requests().size(), 2);
    const RecordedRequest token = m_server.requests().constFirst();
    QCOMPARE(token.method, QByteArray("POST"));
    QCOMPARE(token.path, QByteArray("/oauth/token"));
    QCOMPARE(token.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(token.body, QByteArray("grant_type=client_credentials&scope=read+write"));
    // RFC 6749 2.3.1: id and secret form-encoded, then HTTP Basic.
    QCOMPARE(token.header("Authorization"),
             "Basic " + QByteArray("upwatch+client:cl%21ent+s3cret%26%3D%2B").toBase64());
    const RecordedRequest resource = m_server.requests().constLast();
    QVERIFY(resource.header("Authorization").startsWith("Bearer token-"));
}

void TestProberAuth::oauthFailures_data()
{
    QTest::addColumn<QByteArray>("route"); // empty: nothing listens at the token URL
    QTest::addColumn<TestRoute>("answer");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("nothing listens") << QByteArray() << TestRoute() << Reason::Refused
                                     << "OAuth2 token request to http://127.0.0.1:";
    QTest::newRow("not JSON") << QByteArray("/t/html") << TestRoute::ok("<html>hi</html>")
                              << Reason::Protocol << "answered with something that is not a JSON";
    QTest::newRow("no access_token")
        << QByteArray("/t/empty") << TestRoute::ok(R"({"token_type":"Bearer"})") << Reason::Protocol
        << "answered without an access_token";
    QTest::newRow("not a bearer token")
        << QByteArray("/t/mac") << TestRoute::ok(R"({"access_token":"x","token_type":"mac"})")
        << Reason::Protocol << "gave a token of type 'mac'; only Bearer tokens can be sent";
    QTest::newRow("server error") << QByteArray("/t/503") << TestRoute::withStatus(503, "busy")
                                  << Reason::Status << "failed: HTTP 503";
    QTest::newRow("redirected") << QByteArray("/t/moved") << TestRoute::redirect("/oauth/token")
                                << Reason::Redirects << "failed: HTTP 302";
    QTest::newRow("hangs") << QByteArray("/t/hang") << TestRoute::ok().delayed(60'000)
                           << Reason::Timeout << "no OAuth2 token from http://127.0.0.1:";
}

void TestProberAuth::oauthFailures()
{
    QFETCH(QByteArray, route);
    QFETCH(TestRoute, answer);
    QFETCH(Reason, reason);
    QFETCH(QString, errorPart);

    QUrl tokenUrl = m_server.url(QString::fromLatin1(route));
    if (route.isEmpty())
        tokenUrl = QUrl(u"http://127.0.0.1:%1/token"_s.arg(TestServer::unusedPort()));
    else
        m_server.setRoute(route, answer);
    m_server.clearRecords();
    Monitor monitor = monitorFor(m_server.url(u"/oauth/resource"_s), oauthAuth(tokenUrl));
    monitor.timeoutMs = 1500;
    Prober prober;
    const auto result = runCheck(prober, monitor, kClientSecret);
    QVERIFY(result);
    QCOMPARE(result->verdict, Verdict::Down);
    QVERIFY2(result->reason == reason, describe(*result));
    QVERIFY2(result->error.contains(errorPart), describe(*result));
    QVERIFY2(result->error.contains(tokenUrl.toString()), describe(*result));
    QVERIFY(!mentionsSecret(result->error, kClientSecret));
    for (const RecordedRequest &request : m_server.requests())
        QVERIFY(request.path != "/oauth/resource"); // the resource was never asked
}

void TestProberAuth::identitiesNeverShareAConnection()
{
    // QNAM reuses a kept-alive TLS connection for any request to the same host and port,
    // whatever client certificate the request carries: each identity needs its own manager.
    m_mutual.clearRecords();
    const QUrl url = m_mutual.url(u"/ok"_s);
    const Monitor rsa = monitorFor(url, certificateAuth(u"client.pem"_s, u"client.key"_s));
    const Monitor ec = monitorFor(url, certificateAuth(u"client-ec.pem"_s, u"client-ec.key"_s));
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
    const Monitor monitor = monitorFor(m_mutual.url(u"/ok"_s), certificateAuth(certificate, key));
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

QTEST_GUILESS_MAIN(TestProberAuth)
#include "tst_prober_auth.moc"
