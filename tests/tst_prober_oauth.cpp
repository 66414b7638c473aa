#include "tests/support/AuthFixtures.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ProbeHelpers.h"
#include "tests/support/TestServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace AuthFixtures;

Q_DECLARE_METATYPE(TestRoute)

// OAuth2 client credentials: how tokens are got, kept, shared, renewed and dropped, and how a
// failing token endpoint fails the check (each kind's basic success and failure:
// tst_prober_auth).
class TestProberOAuth final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void oauthTokenIsReusedAcrossChecks();
    void concurrentChecksShareOneTokenRequest();
    void oauthTokenIsFetchedAgainAfterExpiry_data();
    void oauthTokenIsFetchedAgainAfterExpiry();
    void oauthTokenIsDroppedAfter401();
    void oauthTokenRequestForm();
    void oauthFailures_data();
    void oauthFailures();

private:
    TestServer m_server;
};

void TestProberOAuth::initTestCase()
{
    QVERIFY(m_server.start());
    m_server.setRoute("/oauth/token", TestRoute::oauthToken(kClientId, kClientSecret, 3600));
    m_server.setRoute("/oauth/resource", TestRoute::oauthProtected("resource ok"));
}

void TestProberOAuth::oauthTokenIsReusedAcrossChecks()
{
    m_server.clearRecords();
    const Monitor monitor =
        monitorFor(m_server.url(u"/oauth/resource"_s), oauth(m_server.url(u"/oauth/token"_s)));
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

void TestProberOAuth::concurrentChecksShareOneTokenRequest()
{
    m_server.clearRecords();
    m_server.setRoute("/oauth/slow-token",
                      TestRoute::oauthToken(kClientId, kClientSecret, 3600).delayed(200));
    const Monitor monitor =
        monitorFor(m_server.url(u"/oauth/resource"_s), oauth(m_server.url(u"/oauth/slow-token"_s)));
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

void TestProberOAuth::oauthTokenIsFetchedAgainAfterExpiry_data()
{
    QTest::addColumn<int>("expiresIn"); // seconds; -1: not sent
    QTest::addColumn<qint64>("stillFreshMs");
    QTest::addColumn<qint64>("staleMs");

    // Used until a tenth of its life (at most 30 s) before it ends.
    QTest::newRow("expires_in 120") << 120 << qint64(100'000) << qint64(110'000);
    QTest::newRow("expires_in 3600") << 3600 << qint64(3'500'000) << qint64(3'575'000);
    QTest::newRow("no expires_in: 5 minutes") << -1 << qint64(4 * 60'000) << qint64(5 * 60'000);
}

void TestProberOAuth::oauthTokenIsFetchedAgainAfterExpiry()
{
    QFETCH(int, expiresIn);
    QFETCH(qint64, stillFreshMs);
    QFETCH(qint64, staleMs);

    m_server.clearRecords();
    m_server.setRoute("/oauth/expiring",
                      TestRoute::oauthToken(kClientId, kClientSecret, expiresIn));
    const Monitor monitor =
        monitorFor(m_server.url(u"/oauth/resource"_s), oauth(m_server.url(u"/oauth/expiring"_s)));
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

void TestProberOAuth::oauthTokenIsDroppedAfter401()
{
    m_server.clearRecords();
    const Monitor monitor =
        monitorFor(m_server.url(u"/oauth/resource"_s), oauth(m_server.url(u"/oauth/token"_s)));
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

void TestProberOAuth::oauthTokenRequestForm()
{
    m_server.clearRecords();
    const Monitor monitor = monitorFor(m_server.url(u"/oauth/resource"_s),
                                       oauth(m_server.url(u"/oauth/token"_s), u"read write"_s));
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

void TestProberOAuth::oauthFailures_data()
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

void TestProberOAuth::oauthFailures()
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
    Monitor monitor = monitorFor(m_server.url(u"/oauth/resource"_s), oauth(tokenUrl));
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
QTEST_GUILESS_MAIN(TestProberOAuth)
#include "tst_prober_oauth.moc"
