#include "tests/support/FakeNameServer.h"
#include "tests/support/ProbeHelpers.h"
#include "tests/support/TestServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// Checks of URLs with host names: the prober looks the name up itself (HostResolver, here with
// a fake name server), sends to the address, and names the host wherever it matters.
class TestProberDns final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void hostHeaderNamesTheHost_data();
    void hostHeaderNamesTheHost();
    void redirectToAnotherNameLooksItUp();
    void nextAddressWhenTheFirstRefuses();
    void lookupFailures_data();
    void lookupFailures();
    void silentNameServerFailsAtTheDeadline();
    void otherNamesGoOnWhileOneHangs();

private:
    [[nodiscard]] QUrl urlFor(const QString &host, const QString &path) const;

    TestServer m_server;
    std::shared_ptr<FakeNameServer> m_names;
};

void TestProberDns::initTestCase()
{
    QVERIFY(m_server.start());
    m_server.setRoute("/ok", TestRoute::ok("all good: healthy"));
    m_server.setRoute("/to-b",
                      TestRoute::redirect(
                          "http://b.example:" + QByteArray::number(m_server.serverPort()) + "/ok"));
}

void TestProberDns::init()
{
    m_server.clearRecords();
    m_names = std::make_shared<FakeNameServer>();
    for (const QByteArray name :
         {"api.example", "a.example", "b.example", "xn--bcher-kva.example", "custom.example"})
        m_names->point(name, QHostAddress(QHostAddress::LocalHost));
}

void TestProberDns::cleanup()
{
    m_names->release();
}

QUrl TestProberDns::urlFor(const QString &host, const QString &path) const
{
    QUrl url = m_server.url(path);
    url.setHost(host);
    return url;
}

void TestProberDns::hostHeaderNamesTheHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QList<HttpHeader>>("headers");
    QTest::addColumn<QByteArray>("expected"); // without the port
    QTest::newRow("name") << "api.example" << QList<HttpHeader>() << QByteArray("api.example");
    QTest::newRow("upper case") << "API.Example" << QList<HttpHeader>()
                                << QByteArray("api.example");
    QTest::newRow("international")
        << u"bücher.example"_s << QList<HttpHeader>() << QByteArray("xn--bcher-kva.example");
    QTest::newRow("the monitor's own Host")
        << "api.example" << QList<HttpHeader>{{"Host", "custom.example"}}
        << QByteArray("custom.example");
}

void TestProberDns::hostHeaderNamesTheHost()
{
    QFETCH(QString, host);
    QFETCH(QList<HttpHeader>, headers);
    QFETCH(QByteArray, expected);
    Monitor monitor;
    monitor.url = urlFor(host, u"/ok"_s);
    monitor.headers = headers;
    Prober prober;
    prober.setHostLookup(FakeNameServer::lookupFor(m_names));
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Up, describe(*result));
    QCOMPARE(m_server.requests().size(), 1);
    const QByteArray port = ':' + QByteArray::number(m_server.serverPort());
    QCOMPARE(m_server.requests().constFirst().header("Host"),
             headers.isEmpty() ? expected + port : expected);
}

void TestProberDns::redirectToAnotherNameLooksItUp()
{
    Monitor monitor;
    monitor.url = urlFor(u"a.example"_s, u"/to-b"_s);
    Prober prober;
    prober.setHostLookup(FakeNameServer::lookupFor(m_names));
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Up, describe(*result));
    QCOMPARE(m_server.requests().size(), 2);
    const QByteArray port = ':' + QByteArray::number(m_server.serverPort());
    QCOMPARE(m_server.requests().at(0).header("Host"), "a.example" + port);
    QCOMPARE(m_server.requests().at(1).header("Host"), "b.example" + port);
    QCOMPARE(m_names->calls("a.example"), 1);
    QCOMPARE(m_names->calls("b.example"), 1);
}

void TestProberDns::nextAddressWhenTheFirstRefuses()
{
    // The server listens on 127.0.0.1 only: 127.0.0.2 (loopback too) refuses the connection.
    m_names->point("two.example", QList<QHostAddress>{QHostAddress(u"127.0.0.2"_s),
                                                      QHostAddress(QHostAddress::LocalHost)});
    Monitor monitor;
    monitor.url = urlFor(u"two.example"_s, u"/ok"_s);
    Prober prober;
    prober.setHostLookup(FakeNameServer::lookupFor(m_names));
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Up, describe(*result));
    QCOMPARE(m_server.requests().size(), 1);

    // With no address left, the refusal is the verdict.
    m_names->point("refusing.example", QHostAddress(u"127.0.0.2"_s));
    monitor.url = urlFor(u"refusing.example"_s, u"/ok"_s);
    const auto refused = runCheck(prober, monitor);
    QVERIFY(refused);
    QVERIFY2(refused->reason == Reason::Refused, describe(*refused));
}

void TestProberDns::lookupFailures_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("error");
    QTest::newRow("not found") << "missing.example"
                               << "host 'missing.example' not found";
    QTest::newRow("not found, system") << "no-such-host.invalid" // RFC 6761: never resolves
                                       << "host 'no-such-host.invalid' not found";
}

void TestProberDns::lookupFailures()
{
    QFETCH(QString, host);
    QFETCH(QString, error);
    Monitor monitor;
    monitor.url = urlFor(host, u"/ok"_s);
    Prober prober;
    if (host.endsWith(u".example"_s))
        prober.setHostLookup(FakeNameServer::lookupFor(m_names));
    const auto result = runCheck(prober, monitor, 60000);
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Down && result->reason == Reason::Dns, describe(*result));
    QCOMPARE(result->error, error);
    QCOMPARE(m_server.requests().size(), 0);
}

void TestProberDns::silentNameServerFailsAtTheDeadline()
{
    m_names->hang("silent.example");
    Monitor monitor;
    monitor.url = urlFor(u"silent.example"_s, u"/ok"_s);
    monitor.timeoutMs = 300;
    Prober prober;
    prober.setHostLookup(FakeNameServer::lookupFor(m_names));
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Down && result->reason == Reason::Dns, describe(*result));
    QCOMPARE(result->error, u"the name server did not answer for 'silent.example' within 300 ms"_s);
    QVERIFY(result->responseMs >= 0); // the wait counts as the check's time

    // The next check fails without asking again: the lookup is still hanging.
    const auto again = runCheck(prober, monitor);
    QVERIFY(again);
    QVERIFY2(again->reason == Reason::Dns, describe(*again));
    QVERIFY2(again->error.startsWith(u"the name server did not answer for 'silent.example' (it "
                                     u"did not answer a lookup less than 30 s ago"_s),
             describe(*again));
    QCOMPARE(m_names->calls("silent.example"), 1);
}

void TestProberDns::otherNamesGoOnWhileOneHangs()
{
    // More silent names than the resolver runs lookups at once, then a name that answers.
    Prober prober;
    prober.setHostLookup(FakeNameServer::lookupFor(m_names));
    QSignalSpy spy(&prober, &Prober::checkFinished);
    constexpr int kSilent = 40;
    for (int i = 0; i < kSilent; ++i) {
        const QString host = u"silent-%1.example"_s.arg(i);
        m_names->hang(host.toLatin1());
        Monitor silent;
        silent.id = 1000 + i;
        silent.url = urlFor(host, u"/ok"_s);
        silent.timeoutMs = 60000;
        prober.check(silent);
    }
    Monitor healthy;
    healthy.id = 1;
    healthy.url = urlFor(u"api.example"_s, u"/ok"_s);
    healthy.timeoutMs = 60000;
    prober.check(healthy);
    QVERIFY(spy.wait(30000));
    QCOMPARE(spy.size(), 1);
    const auto result = spy.takeFirst().at(0).value<CheckResult>();
    QCOMPARE(result.monitorId, 1);
    QVERIFY2(result.verdict == Verdict::Up, describe(result));
}

QTEST_GUILESS_MAIN(TestProberDns)
#include "tst_prober_dns.moc"
