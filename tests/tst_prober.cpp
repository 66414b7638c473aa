#include "tests/support/Builders.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ProbeHelpers.h"
#include "tests/support/TestServer.h"

#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

// The check engine against a real HTTP server on a loopback port.
class TestProber final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void verdicts_data();
    void verdicts();

    void endlessBodyIsCutAtTheCap();
    void deadlineCoversDripThatKeepsTheConnectionAlive();
    void responseTimeIsMeasured();
    void refusedConnection();
    void unknownHost();
    void invalidUrlIsReportedNotSent();
    void startedAtComesFromTheClock();
    void manyChecksAtOnce();
    void cancelAllReportsNothing();
    void destroyedMidCheck();
    void deletedFromItsOwnHandler();
    void otherNetworkFailure();
    void runsInAWorkerThread();

private:
    Monitor monitorFor(const QString &path) const;

    TestServer m_server;
};

void TestProber::initTestCase()
{
    QVERIFY(m_server.start());
    m_server.setRoute("/ok", TestRoute::ok("all good: healthy"));
    m_server.setRoute("/503", TestRoute::withStatus(503, "maintenance"));
    m_server.setRoute("/404", TestRoute::withStatus(404, "missing"));
    m_server.setRoute("/500-healthy", TestRoute::withStatus(500, "healthy"));
    m_server.setRoute("/moved", TestRoute::redirect("/ok", 301));
    m_server.setRoute("/r1", TestRoute::redirect("/r2"));
    m_server.setRoute("/r2", TestRoute::redirect("r3", 307)); // relative to /r2
    m_server.setRoute("/r3", TestRoute::redirect("/ok", 308));
    m_server.setRoute("/loop-a", TestRoute::redirect("/loop-b"));
    m_server.setRoute("/loop-b", TestRoute::redirect("/loop-a"));
    m_server.setRoute("/self", TestRoute::redirect("/self"));
    m_server.setRoute("/to-ftp", TestRoute::redirect("ftp://127.0.0.1/file"));
    m_server.setRoute("/redirect-no-location", TestRoute::withStatus(302, "where?"));
    m_server.setRoute("/slow", TestRoute::ok("slow but fine").delayed(400));
    m_server.setRoute("/very-slow", TestRoute::ok().delayed(5000));
    m_server.setRoute("/drip-keyword", TestRoute::drip("0123456789 healthy 0123456789", 5, 3));
    m_server.setRoute("/drip-slow", TestRoute::drip(QByteArray(100, 'd'), 40));
    m_server.setRoute("/endless", TestRoute::endless());
    m_server.setRoute("/close", TestRoute::closeWithoutResponse());
    m_server.setRoute("/reset", TestRoute::reset());
    m_server.setRoute("/big-needle", TestRoute::ok(QByteArray(4096, 'h') + "needle"));
    m_server.setRoute("/exact-1k", TestRoute::ok(QByteArray(1018, 'e') + "needle"));
    m_server.setRoute("/plain", TestRoute::ok("nothing to see"));
    m_server.setRoute("/keyword-in-redirect", TestRoute::redirect("/plain").withBody("healthy"));
    m_server.setRoute("/big-redirect", TestRoute::redirect("/ok").withBody(QByteArray(8192, 'r')));
    m_server.setRoute("/slow-redirect", TestRoute::redirect("/slow").delayed(300));
    m_server.setRoute("/deflate", TestRoute::deflated("compressed, and healthy"));
    m_server.setRoute("/bad-deflate",
                      TestRoute::ok("not deflate at all").header("Content-Encoding", "deflate"));
}

void TestProber::init()
{
    m_server.clearRecords();
}

Monitor TestProber::monitorFor(const QString &path) const
{
    return MonitorBuilder(u"test"_s).id(7).url(m_server.url(path)).timeoutMs(5000).build();
}

void TestProber::verdicts_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Monitor>("monitor");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorPart");

    const Monitor base;
    Monitor m;
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

    row("GET 200") << "/ok" << base << Verdict::Up << Reason::Ok << 200 << "";
    m = base;
    m.method = HttpMethod::Head;
    row("HEAD 200") << "/ok" << m << Verdict::Up << Reason::Ok << 200 << "";
    m = base;
    m.method = HttpMethod::Post;
    m.body = "x=1";
    row("POST 200") << "/ok" << m << Verdict::Up << Reason::Ok << 200 << "";
    row("503 is down") << "/503" << base << Verdict::Down << Reason::Status << 503
                       << "HTTP 503 Service Unavailable, expected 200-299";
    row("404 is down") << "/404" << base << Verdict::Down << Reason::Status << 404 << "HTTP 404";
    row("unknown path") << "/nowhere" << base << Verdict::Down << Reason::Status << 404 << "404";
    m = base;
    m.expectedStatuses = *StatusRanges::parse(u"404");
    row("404 expected") << "/404" << m << Verdict::Up << Reason::Ok << 404 << "";
    m = base;
    m.expectedStatuses = *StatusRanges::parse(u"200-299,500-599");
    row("500 in list") << "/500-healthy" << m << Verdict::Up << Reason::Ok << 500 << "";
    m = base;
    m.expectedStatuses = *StatusRanges::parse(u"200,201");
    row("503 not in list") << "/503" << m << Verdict::Down << Reason::Status << 503
                           << "expected 200,201";

    // Keywords
    m = base;
    m.keyword = u"healthy"_s;
    row("keyword present") << "/ok" << m << Verdict::Up << Reason::Ok << 200 << "";
    m.keyword = u"unhealthy"_s;
    row("keyword absent") << "/ok" << m << Verdict::Down << Reason::Keyword << 200
                          << "keyword 'unhealthy' not found";
    m.keyword = u"Healthy"_s;
    row("keyword is case-sensitive")
        << "/ok" << m << Verdict::Down << Reason::Keyword << 200 << "not found";
    m = base;
    m.keyword = u"healthy"_s;
    m.invertKeyword = true;
    row("inverted keyword present")
        << "/ok" << m << Verdict::Down << Reason::Keyword << 200 << "found, but must be absent";
    m.keyword = u"error"_s;
    row("inverted keyword absent") << "/ok" << m << Verdict::Up << Reason::Ok << 200 << "";
    m = base;
    m.keyword = u"healthy"_s;
    row("keyword split across pieces")
        << "/drip-keyword" << m << Verdict::Up << Reason::Ok << 200 << "";
    m = base;
    m.keyword = u"healthy"_s;
    row("status is judged before keyword")
        << "/503" << m << Verdict::Down << Reason::Status << 503 << "";
    m = base;
    m.keyword = u"needle"_s;
    row("keyword within default cap")
        << "/big-needle" << m << Verdict::Up << Reason::Ok << 200 << "";
    m.maxBodyBytes = 1024;
    row("keyword beyond the cap") << "/big-needle" << m << Verdict::Down << Reason::Keyword << 200
                                  << "not found in the first 1 KiB";

    // Compressed bodies: the keyword is searched in the decompressed text
    m = base;
    m.keyword = u"healthy"_s;
    row("deflate body") << "/deflate" << m << Verdict::Up << Reason::Ok << 200 << "";
    row("corrupt deflate body") << "/bad-deflate" << base << Verdict::Down << Reason::Network << 200
                                << "could not be decompressed (Content-Encoding: deflate)";

    // Body cap
    m = base;
    m.keyword = u"healthy"_s;
    m = base;
    m.keyword = u"needle"_s;
    m.maxBodyBytes = 1024;
    row("keyword ends exactly at the cap")
        << "/exact-1k" << m << Verdict::Up << Reason::Ok << 200 << "";
    m = base;
    m.keyword = u"healthy"_s;
    row("keyword only in the redirect body")
        << "/keyword-in-redirect" << m << Verdict::Down << Reason::Keyword << 200 << "not found";
    m.maxBodyBytes = 1024;
    row("capped redirect body, then the page")
        << "/big-redirect" << m << Verdict::Up << Reason::Ok << 200 << "";
    m = base;
    m.keyword = u"healthy"_s;
    row("endless body, default cap") << "/endless" << m << Verdict::Down << Reason::Keyword << 200
                                     << "not found in the first 1 MiB";
    m = base;
    m.maxBodyBytes = 64 * 1024;
    row("endless body is not a failure")
        << "/endless" << m << Verdict::Up << Reason::Ok << 200 << "";
    m.keyword = u"healthy"_s;
    row("endless body without keyword")
        << "/endless" << m << Verdict::Down << Reason::Keyword << 200 << "in the first 64 KiB";

    // Time
    m = base;
    m.degradedAboveMs = 100;
    row("slow is degraded") << "/slow" << m << Verdict::Degraded << Reason::Slow << 200
                            << "above the 100 ms threshold";
    m.degradedAboveMs = 4000;
    row("fast enough") << "/slow" << m << Verdict::Up << Reason::Ok << 200 << "";
    m = base;
    m.timeoutMs = 300;
    row("no headers before deadline") << "/very-slow" << m << Verdict::Down << Reason::Timeout << 0
                                      << "no complete response within 300 ms";
    m = base;
    m.timeoutMs = 600;
    row("drip past deadline") << "/drip-slow" << m << Verdict::Down << Reason::Timeout << 200
                              << "within 600 ms";
    m = base;
    m.timeoutMs = 500;
    row("deadline covers the redirects")
        << "/slow-redirect" << m << Verdict::Down << Reason::Timeout << 0 << "within 500 ms";
    m.timeoutMs = 2000;
    row("redirects within the deadline")
        << "/slow-redirect" << m << Verdict::Up << Reason::Ok << 200 << "";
    m = base;
    m.degradedAboveMs = 100;
    m.keyword = u"nothing-like-this"_s;
    row("keyword failure beats slowness")
        << "/slow" << m << Verdict::Down << Reason::Keyword << 200 << "";

    // Connections
    row("closed without response") << "/close" << base << Verdict::Down << Reason::Reset << 0 << "";
    row("connection reset") << "/reset" << base << Verdict::Down << Reason::Reset << 0 << "";

    // Redirects
    row("redirect followed") << "/moved" << base << Verdict::Up << Reason::Ok << 200 << "";
    row("redirect chain") << "/r1" << base << Verdict::Up << Reason::Ok << 200 << "";
    m = base;
    m.maxRedirects = 2;
    row("chain longer than the limit") << "/r1" << m << Verdict::Down << Reason::Redirects << 308
                                       << "too many redirects (the limit is 2)";
    m.maxRedirects = 3;
    row("chain at the limit") << "/r1" << m << Verdict::Up << Reason::Ok << 200 << "";
    row("redirect loop") << "/loop-a" << base << Verdict::Down << Reason::Redirects << 302
                         << "redirect loop";
    row("redirect to itself") << "/self" << base << Verdict::Down << Reason::Redirects << 302
                              << "redirect loop";
    row("redirect to ftp") << "/to-ftp" << base << Verdict::Down << Reason::Redirects << 302
                           << "ftp://127.0.0.1/file";
    m = base;
    m.maxRedirects = 0;
    row("redirects off: 301 judged")
        << "/moved" << m << Verdict::Down << Reason::Status << 301 << "HTTP 301";
    m.expectedStatuses = *StatusRanges::parse(u"301");
    row("redirects off: 301 expected") << "/moved" << m << Verdict::Up << Reason::Ok << 301 << "";
    row("3xx without Location") << "/redirect-no-location" << base << Verdict::Down
                                << Reason::Status << 302 << "HTTP 302";
}

void TestProber::verdicts()
{
    QFETCH(QString, path);
    QFETCH(Monitor, monitor);
    QFETCH(Verdict, verdict);
    QFETCH(Reason, reason);
    QFETCH(int, status);
    QFETCH(QString, errorPart);

    monitor.id = 42;
    monitor.url = m_server.url(path);
    Prober prober;
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->verdict == verdict && result->reason == reason, describe(*result));
    QCOMPARE(result->httpStatus, status);
    QCOMPARE(result->monitorId, 42);
    QVERIFY2(result->error.contains(errorPart), describe(*result));
    QCOMPARE(result->error.isEmpty(), verdict == Verdict::Up);
    QVERIFY(result->responseMs >= 0);
    QVERIFY(result->responseMs <= monitor.timeoutMs + 2000);
    QVERIFY(!result->certExpires.isValid()); // plain HTTP
    QCOMPARE(prober.inFlight(), 0);
}

void TestProber::endlessBodyIsCutAtTheCap()
{
    Monitor monitor = monitorFor(u"/endless"_s);
    monitor.maxBodyBytes = 256 * 1024;
    Prober prober;
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Up, describe(*result));
    // The prober hung up: the server stops far below its own 256 MiB bound.
    QTest::qWait(200);
    QVERIFY2(m_server.endlessBytesSent() < 64 * 1024 * 1024,
             qPrintable(QString::number(m_server.endlessBytesSent())));
}

void TestProber::deadlineCoversDripThatKeepsTheConnectionAlive()
{
    // Each byte comes well inside the inactivity timeout; only the total deadline ends it.
    m_server.setRoute("/drip-long", TestRoute::drip(QByteArray(200, 'd'), 20));
    Monitor monitor = monitorFor(u"/drip-long"_s);
    monitor.timeoutMs = 500;
    Prober prober;
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->reason == Reason::Timeout, describe(*result));
    QVERIFY(result->responseMs >= 500);
    QVERIFY2(result->responseMs < 3500, describe(*result)); // not the 4 s the drip takes
}

void TestProber::responseTimeIsMeasured()
{
    Prober prober;
    const auto result = runCheck(prober, monitorFor(u"/slow"_s));
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Up, describe(*result));
    QVERIFY2(result->responseMs >= 400, describe(*result));
}

void TestProber::refusedConnection()
{
    const quint16 port = TestServer::unusedPort();
    QVERIFY(port != 0);

    Monitor monitor;
    monitor.url = QUrl(u"http://127.0.0.1:%1/"_s.arg(port));
    Prober prober;
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Down && result->reason == Reason::Refused,
             describe(*result));
    QCOMPARE(result->httpStatus, 0);
    QVERIFY(!result->error.isEmpty());
}

void TestProber::unknownHost()
{
    Monitor monitor;
    monitor.url = QUrl(u"http://no-such-host.invalid/"_s); // RFC 6761: never resolves
    Prober prober;
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Down && result->reason == Reason::Dns, describe(*result));
    QVERIFY(result->error.contains(u"no-such-host.invalid"_s));
}

void TestProber::invalidUrlIsReportedNotSent()
{
    Monitor monitor;
    monitor.id = 3;
    monitor.url = QUrl(u"ftp://127.0.0.1/"_s);
    Prober prober;
    QSignalSpy spy(&prober, &Prober::checkFinished);
    prober.check(monitor);
    QCOMPARE(spy.size(), 0); // reported from the event loop, not from inside check()
    QVERIFY(spy.wait(5000));
    const auto result = spy.at(0).at(0).value<CheckResult>();
    QVERIFY2(result.reason == Reason::InvalidUrl, describe(result));
    QCOMPARE(result.verdict, Verdict::Down);
    QCOMPARE(result.monitorId, 3);
    QCOMPARE(result.responseMs, -1);
    QVERIFY(result.error.contains(u"ftp"_s));
}

void TestProber::startedAtComesFromTheClock()
{
    const QDateTime when(QDate(2030, 5, 6), QTime(7, 8, 9, 10), Qt::UTC);
    Prober prober(std::make_shared<FakeClock>(when));
    const auto result = runCheck(prober, monitorFor(u"/ok"_s));
    QVERIFY(result);
    QCOMPARE(result->startedAt, when);
}

void TestProber::manyChecksAtOnce()
{
    m_server.setRoute("/slowish", TestRoute::ok("fine").delayed(100));
    Prober prober;
    QSignalSpy spy(&prober, &Prober::checkFinished);
    constexpr int kChecks = 40;
    for (int i = 1; i <= kChecks; ++i) {
        Monitor monitor = monitorFor(i % 2 ? u"/slowish"_s : u"/503"_s);
        monitor.id = i;
        prober.check(monitor);
    }
    QCOMPARE(prober.inFlight(), kChecks);
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), kChecks, 20000);
    QSet<qint64> ids;
    for (const QList<QVariant> &args : std::as_const(spy)) {
        const auto result = args.at(0).value<CheckResult>();
        ids.insert(result.monitorId);
        QCOMPARE(result.verdict, result.monitorId % 2 ? Verdict::Up : Verdict::Down);
    }
    QCOMPARE(ids.size(), kChecks);
    QCOMPARE(prober.inFlight(), 0);
}

void TestProber::cancelAllReportsNothing()
{
    m_server.setRoute("/held", TestRoute::ok().delayed(200));
    Prober prober;
    QSignalSpy spy(&prober, &Prober::checkFinished);
    prober.check(monitorFor(u"/held"_s));
    QTRY_COMPARE(m_server.requests().size(), 1); // the server holds the request now
    Monitor invalid;
    invalid.url = QUrl(u"ftp://x/"_s);
    prober.check(invalid); // its result waits in the event queue
    QCOMPARE(prober.inFlight(), 2);
    prober.cancelAll();
    QCOMPARE(prober.inFlight(), 0);
    // Only the prober can close it: the server keeps connections alive after answering.
    QTRY_COMPARE_WITH_TIMEOUT(m_server.openConnectionCount(), 0, 3000);
    QTest::qWait(400); // past the moment the server would have answered
    QCOMPARE(spy.size(), 0);
}

void TestProber::destroyedMidCheck()
{
    auto prober = std::make_unique<Prober>();
    QSignalSpy spy(prober.get(), &Prober::checkFinished);
    prober->check(monitorFor(u"/very-slow"_s));
    prober->check(monitorFor(u"/drip-slow"_s));
    QTRY_COMPARE(m_server.requests().size(), 2);
    prober.reset();
    QTRY_COMPARE(m_server.openConnectionCount(), 0);
    QTest::qWait(500);
    QCOMPARE(spy.size(), 0);
}

void TestProber::deletedFromItsOwnHandler()
{
    auto *prober = new Prober;
    QPointer<Prober> watch(prober);
    int results = 0;
    connect(prober, &Prober::checkFinished, this, [&results, prober] {
        ++results;
        prober->deleteLater();
    });
    prober->check(monitorFor(u"/ok"_s));
    prober->check(monitorFor(u"/slow"_s));
    QTRY_VERIFY(watch.isNull());
    QTest::qWait(500);
    QCOMPARE(results, 1); // the second check died with its prober, unreported
}

void TestProber::otherNetworkFailure()
{
    // A SOCKS proxy that refuses: neither DNS nor the target failed. (Qt 6.4 reports a refusing
    // HTTP proxy as ConnectionRefusedError, as if the target refused, so that one says
    // "refused".)
    const quint16 port = TestServer::unusedPort();
    QVERIFY(port != 0);
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::Socks5Proxy, u"127.0.0.1"_s, port));
    // Qt never proxies loopback targets; a name the proxy would resolve (it never gets to).
    Monitor monitor = monitorFor(u"/ok"_s);
    monitor.url = QUrl(u"http://through-the-proxy.invalid/ok"_s);
    Prober prober;
    const auto result = runCheck(prober, monitor);
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    QVERIFY(result);
    QVERIFY2(result->reason == Reason::Network && result->verdict == Verdict::Down,
             describe(*result));
    QVERIFY2(result->error.contains(u"roxy"_s), describe(*result));
}

void TestProber::runsInAWorkerThread()
{
    // How the engine will use it: one Prober per worker thread, results over queued signals.
    QThread worker;
    auto *prober = new Prober;
    prober->moveToThread(&worker);
    connect(&worker, &QThread::finished, prober, &QObject::deleteLater);
    worker.start();

    QThread *emittedIn = nullptr;
    connect(
        prober, &Prober::checkFinished, prober,
        [&emittedIn] { emittedIn = QThread::currentThread(); }, Qt::DirectConnection);
    QSignalSpy spy(prober, &Prober::checkFinished);
    Monitor monitor = monitorFor(u"/slow"_s);
    QMetaObject::invokeMethod(prober, [prober, monitor] { prober->check(monitor); });
    // The test thread stays free: the server (in this thread) answers while the worker waits.
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.at(0).at(0).value<CheckResult>().verdict, Verdict::Up);
    QCOMPARE(emittedIn, &worker);
    worker.quit();
    QVERIFY(worker.wait(5000));
}

QTEST_GUILESS_MAIN(TestProber)
#include "tst_prober.moc"
