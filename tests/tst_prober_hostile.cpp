#include "tests/support/Builders.h"
#include "tests/support/ProbeHelpers.h"
#include "tests/support/TestServer.h"

#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

// Checks against servers that misbehave on purpose: compression bombs, bodies faster than the
// check reads them, broken HTTP framing. Each must cost its check a bounded amount of memory and
// end with a verdict that names the fault.
class TestProberHostile final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void verdicts_data();
    void verdicts();

    void bombIsNotInflated();
    void unreadBodyIsNotBuffered();

private:
    [[nodiscard]] Monitor monitorFor(const QString &path) const;

    TestServer m_server;
};

void TestProberHostile::initTestCase()
{
    QVERIFY(m_server.start());
    const QByteArray page = "<html>" + QByteArray(200 * 1024, ' ') + "healthy</html>";
    const TestRoute gzipped = TestRoute::gzipped(page);
    m_server.setRoute("/gzip", gzipped);
    m_server.setRoute("/gzip-cut", TestRoute::ok(gzipped.body.left(gzipped.body.size() / 2))
                                       .header("Content-Encoding", "gzip"));
    m_server.setRoute("/bomb", TestRoute::gzipBomb(qint64(64) << 20));
    // qCompress: a 4-byte length, then a zlib stream (2-byte header, deflate, 4-byte checksum).
    const QByteArray zlib = qCompress("a deflated page: healthy", 9).mid(4);
    m_server.setRoute(
        "/raw-deflate-drip",
        TestRoute::drip(zlib.mid(2).chopped(4), 2, 1).header("Content-Encoding", "deflate"));
    m_server.setRoute("/zlib-deflate-drip",
                      TestRoute::drip(zlib, 2, 1).header("Content-Encoding", "deflate"));
    m_server.setRoute("/brotli", TestRoute::ok("healthy").header("Content-Encoding", "br"));
    m_server.setRoute("/bad-gzip", TestRoute::ok("healthy").header("Content-Encoding", "gzip"));
    m_server.setRoute("/two-lengths", TestRoute::raw("HTTP/1.1 200 OK\r\nContent-Length: 7\r\n"
                                                     "Content-Length: 9\r\n\r\nhealthy!!",
                                                     false));
    m_server.setRoute("/same-length-twice",
                      TestRoute::raw("HTTP/1.1 200 OK\r\nContent-Length: 7\r\n"
                                     "Content-Length: 7\r\n\r\nhealthy",
                                     false));
    m_server.setRoute("/bad-length", TestRoute::raw("HTTP/1.1 200 OK\r\nContent-Length: 7x\r\n"
                                                    "\r\nhealthy",
                                                    false));
    m_server.setRoute("/chunked-and-length",
                      TestRoute::raw("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
                                     "Content-Length: 7\r\n\r\n7\r\nhealthy\r\n0\r\n\r\n",
                                     false));
    m_server.setRoute(
        "/short-body",
        TestRoute::raw("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhealthy", true));
    m_server.setRoute("/banner", TestRoute::raw("SSH-2.0-OpenSSH_9.2\r\n", false));
    m_server.setRoute("/endless", TestRoute::endless());
}

void TestProberHostile::init()
{
    m_server.clearRecords();
}

Monitor TestProberHostile::monitorFor(const QString &path) const
{
    return MonitorBuilder(u"hostile"_s).id(3).url(m_server.url(path)).timeoutMs(10000).build();
}

void TestProberHostile::verdicts_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("gzip page, keyword after 200 KiB")
        << "/gzip"
        << "healthy" << Verdict::Up << Reason::Ok << "";
    QTest::newRow("raw deflate, a byte at a time") << "/raw-deflate-drip"
                                                   << "healthy" << Verdict::Up << Reason::Ok << "";
    QTest::newRow("zlib deflate, a byte at a time") << "/zlib-deflate-drip"
                                                    << "healthy" << Verdict::Up << Reason::Ok << "";
    QTest::newRow("gzip cut short") << "/gzip-cut"
                                    << "" << Verdict::Down << Reason::Network
                                    << "ends before its end of stream (Content-Encoding: gzip)";
    QTest::newRow("corrupt gzip") << "/bad-gzip"
                                  << "" << Verdict::Down << Reason::Network
                                  << "could not be decompressed (Content-Encoding: gzip)";
    QTest::newRow("a coding that was not asked for")
        << "/brotli"
        << "healthy" << Verdict::Down << Reason::Network
        << "encoded with 'br', which Upwatch did not ask for";
    QTest::newRow("gzip bomb") << "/bomb"
                               << "" << Verdict::Down << Reason::BodyTooLarge << "compression bomb";
    QTest::newRow("conflicting Content-Length") << "/two-lengths"
                                                << "healthy" << Verdict::Down << Reason::Protocol
                                                << "conflicting Content-Length headers (7, 9)";
    QTest::newRow("the same Content-Length twice") << "/same-length-twice"
                                                   << "healthy" << Verdict::Up << Reason::Ok << "";
    QTest::newRow("invalid Content-Length")
        << "/bad-length"
        << "" << Verdict::Down << Reason::Protocol << "invalid Content-Length";
    QTest::newRow("chunked and Content-Length") << "/chunked-and-length"
                                                << "healthy" << Verdict::Down << Reason::Protocol
                                                << "both Transfer-Encoding and Content-Length";
    QTest::newRow("body shorter than its Content-Length")
        << "/short-body"
        << "" << Verdict::Down << Reason::Protocol
        << "the body ended after 7 of the 100 bytes its Content-Length announced";
    QTest::newRow("not HTTP") << "/banner"
                              << "" << Verdict::Down << Reason::Reset
                              << "answered with something that is not HTTP";
}

void TestProberHostile::verdicts()
{
    QFETCH(QString, path);
    QFETCH(QString, keyword);
    QFETCH(Verdict, verdict);
    QFETCH(Reason, reason);
    QFETCH(QString, errorPart);

    Monitor monitor = monitorFor(path);
    monitor.keyword = keyword;
    Prober prober;
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->verdict == verdict, describe(*result));
    QVERIFY2(result->reason == reason, describe(*result));
    QVERIFY2(result->error.contains(errorPart), describe(*result));
}

void TestProberHostile::bombIsNotInflated()
{
    // 64 MiB behind 64 KiB of gzip: decoding stops at the body cap, so the verdict names the
    // bomb and the amount decoded is the cap, not the 64 MiB.
    Monitor monitor = monitorFor(u"/bomb"_s);
    monitor.maxBodyBytes = 256 * 1024;
    Prober prober;
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->reason == Reason::BodyTooLarge, describe(*result));
    QVERIFY2(result->error.contains(u"expanded past 256 KiB"), describe(*result));
}

void TestProberHostile::unreadBodyIsNotBuffered()
{
    // The check's thread is busy while the server streams an endless body. Qt's network thread
    // must stop reading at the reply's small read buffer: what the server gets rid of meanwhile
    // is bounded by the socket buffers, not by how fast loopback is.
    QThread worker;
    auto *prober = new Prober;
    prober->moveToThread(&worker);
    connect(&worker, &QThread::finished, prober, &QObject::deleteLater);
    worker.start();
    std::optional<CheckResult> result;
    connect(prober, &Prober::checkFinished, this,
            [&result](const CheckResult &finished) { result = finished; });
    Monitor monitor = monitorFor(u"/endless"_s);
    QMetaObject::invokeMethod(prober, [prober, monitor] {
        prober->check(monitor);
        // Queued behind the start of the request: the thread is busy while the body streams.
        QMetaObject::invokeMethod(
            prober, [] { QThread::sleep(2); }, Qt::QueuedConnection);
    });
    QTest::qWait(2500);
    const qint64 sentWhileBusy = m_server.endlessBytesSent();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    worker.quit();
    QVERIFY(worker.wait(5000));
    QVERIFY2(result->verdict == Verdict::Up, describe(*result));
    qInfo("sent while the check's thread was busy: %lld KiB", sentWhileBusy / 1024);
    QVERIFY(sentWhileBusy > 0);
    QVERIFY2(sentWhileBusy < 48 * 1024 * 1024,
             qPrintable(u"%1 bytes were taken off the socket"_s.arg(sentWhileBusy)));
}

QTEST_GUILESS_MAIN(TestProberHostile)
#include "tst_prober_hostile.moc"
