#include "core/model/TimingPhases.h"
#include "tests/support/FakeNameServer.h"
#include "tests/support/ProbeHelpers.h"
#include "tests/support/TestServer.h"
#include "tests/support/TlsFixtures.h"

#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

// Where a check's time went (TimingPhases), measured on real loopback connections. Only which
// phases happened is asserted, never how long they took (the machines are shared and noisy).
class TestProberPhases final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void newConnection_data();
    void newConnection();
    void reusedConnectionHasNoConnectOrTls_data();
    void reusedConnectionHasNoConnectOrTls();
    void redirectsSumTheirRequests_data();
    void redirectsSumTheirRequests();
    void resolveOnlyWhenAHostIsLookedUp_data();
    void resolveOnlyWhenAHostIsLookedUp();
    void failedChecksKeepThePhasesTheyReached();
    void invalidUrlHasNoPhases();

private:
    [[nodiscard]] static std::unique_ptr<TestServer> serverFor(bool https);
};

// The phases a result must have, as the letters r c t p x (resolve, connect, tls, processing,
// transfer); the others must be null.
static void comparePhases(const CheckResult &result, const QString &expected)
{
    const QString letters = u"rctpx"_s;
    for (const Phase phase : kAllPhases) {
        const std::optional<int> ms = result.phases[phase];
        const bool wanted = expected.contains(letters.at(int(phase)));
        const QByteArray where = phaseName(phase).toLatin1() + " in " + describe(result);
        QVERIFY2(ms.has_value() == wanted, where.constData());
        if (ms)
            QVERIFY2(*ms >= 0, where.constData());
    }
}

void TestProberPhases::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
}

std::unique_ptr<TestServer> TestProberPhases::serverFor(bool https)
{
    auto server = std::make_unique<TestServer>();
    const bool started = https ? server->startTls(TlsFixtures::certificate(u"localhost.pem"_s),
                                                  TlsFixtures::serverKey())
                               : server->start();
    if (!started)
        return nullptr;
    server->setRoute("/ok", TestRoute::ok("fine"));
    server->setRoute("/slow", TestRoute::ok("late").delayed(5000));
    server->setRoute("/here", TestRoute::redirect("/ok"));
    return server;
}

void TestProberPhases::newConnection_data()
{
    QTest::addColumn<bool>("https");
    QTest::addColumn<QString>("phases");
    // Qt signals no point between the TCP connect and the TLS handshake: on https the tls phase
    // holds both (PhaseTimer).
    QTest::newRow("http") << false << u"cpx"_s;
    QTest::newRow("https") << true << u"tpx"_s;
}

void TestProberPhases::newConnection()
{
    QFETCH(bool, https);
    QFETCH(QString, phases);
    const auto server = serverFor(https);
    QVERIFY(server);
    Monitor monitor;
    monitor.url = server->url(u"/ok"_s);
    Prober prober;
    prober.setExtraCaCertificates({TlsFixtures::testCa()});
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Up, describe(*result));
    comparePhases(*result, phases);
}

void TestProberPhases::reusedConnectionHasNoConnectOrTls_data()
{
    QTest::addColumn<bool>("https");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void TestProberPhases::reusedConnectionHasNoConnectOrTls()
{
    QFETCH(bool, https);
    const auto server = serverFor(https);
    QVERIFY(server);
    Monitor monitor;
    monitor.url = server->url(u"/ok"_s);
    Prober prober;
    prober.setExtraCaCertificates({TlsFixtures::testCa()});
    const auto first = runCheck(prober, monitor);
    QVERIFY(first);
    comparePhases(*first, https ? u"tpx"_s : u"cpx"_s);
    const auto second = runCheck(prober, monitor);
    QVERIFY(second);
    QVERIFY2(second->verdict == Verdict::Up, describe(*second));
    QCOMPARE(server->connectionCount(), 1); // the keep-alive connection was reused
    comparePhases(*second, u"px"_s);
}

void TestProberPhases::redirectsSumTheirRequests_data()
{
    QTest::addColumn<bool>("warmFirst");  // a check of the first server beforehand
    QTest::addColumn<bool>("warmSecond"); // a check of the second server beforehand
    QTest::addColumn<QString>("phases");
    // Each phase comes from whichever request had it: a connect on either request shows.
    QTest::newRow("new, then reused") << false << true << u"cpx"_s;
    QTest::newRow("reused, then new") << true << false << u"cpx"_s;
    QTest::newRow("both reused") << true << true << u"px"_s;
}

void TestProberPhases::redirectsSumTheirRequests()
{
    QFETCH(bool, warmFirst);
    QFETCH(bool, warmSecond);
    QFETCH(QString, phases);
    const auto first = serverFor(false);
    const auto second = serverFor(false);
    QVERIFY(first && second);
    first->setRoute("/away", TestRoute::redirect(second->url(u"/ok"_s).toEncoded()));
    Prober prober;
    Monitor monitor;
    if (warmFirst) {
        monitor.url = first->url(u"/ok"_s);
        QVERIFY(runCheck(prober, monitor));
    }
    if (warmSecond) {
        monitor.url = second->url(u"/ok"_s);
        QVERIFY(runCheck(prober, monitor));
    }
    monitor.url = first->url(u"/away"_s);
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Up, describe(*result));
    QCOMPARE(first->connectionCount(), 1);
    QCOMPARE(second->connectionCount(), 1);
    comparePhases(*result, phases);
}

void TestProberPhases::resolveOnlyWhenAHostIsLookedUp_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("phases");
    QTest::newRow("IP address") << u"127.0.0.1"_s << u"cpx"_s;
    QTest::newRow("name") << u"api.example"_s << u"rcpx"_s;
}

void TestProberPhases::resolveOnlyWhenAHostIsLookedUp()
{
    QFETCH(QString, host);
    QFETCH(QString, phases);
    const auto server = serverFor(false);
    QVERIFY(server);
    const auto names = std::make_shared<FakeNameServer>();
    names->point("api.example", QHostAddress(QHostAddress::LocalHost));
    Prober prober;
    prober.setHostLookup(FakeNameServer::lookupFor(names));
    Monitor monitor;
    monitor.url = server->url(u"/ok"_s, host);
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Up, describe(*result));
    QCOMPARE(names->calls("api.example"), host == u"api.example" ? 1 : 0);
    comparePhases(*result, phases);
}

void TestProberPhases::failedChecksKeepThePhasesTheyReached()
{
    const auto server = serverFor(false);
    QVERIFY(server);
    Monitor monitor;
    monitor.url = server->url(u"/slow"_s);
    monitor.timeoutMs = 300;
    Prober prober;
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->reason == Reason::Timeout, describe(*result));
    // Connected and sent; the wait for the answer is the phase the deadline cut short.
    comparePhases(*result, u"cp"_s);
}

void TestProberPhases::invalidUrlHasNoPhases()
{
    Monitor monitor;
    monitor.url = QUrl(u"ftp://127.0.0.1/"_s);
    Prober prober;
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->reason == Reason::InvalidUrl, describe(*result));
    QVERIFY(result->phases.isEmpty());
}

QTEST_GUILESS_MAIN(TestProberPhases)
#include "tst_prober_phases.moc"
