#include "tests/support/FakeNameServer.h"
#include "tests/support/ProbeHelpers.h"
#include "tests/support/TestServer.h"
#include "tests/support/TlsFixtures.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// TLS verdicts against loopback HTTPS servers with the certificates in tests/data.
class TestProberTls final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void certificates_data();
    void certificates();
    void untrustedIssuer();
    void strictMonitorNeverReusesLenientConnection();
    void expiryReportedOnReusedConnection();
    void noDowngradeToPlainHttp();
    void certificateIsCheckedAgainstTheName();
    void namesOnOneAddressNeverShareAConnection();

private:
    std::unique_ptr<TestServer> serverWith(const QString &certificateFile);
};

void TestProberTls::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(!TlsFixtures::testCa().isNull());
    QVERIFY(!TlsFixtures::serverKey().isNull());
}

std::unique_ptr<TestServer> TestProberTls::serverWith(const QString &certificateFile)
{
    auto server = std::make_unique<TestServer>();
    if (!server->startTls(TlsFixtures::certificate(certificateFile), TlsFixtures::serverKey()))
        return nullptr;
    server->setRoute("/ok", TestRoute::ok("secure and healthy"));
    return server;
}

void TestProberTls::certificates_data()
{
    QTest::addColumn<QString>("certificateFile");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("ignoreErrors");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<QString>("errorPart");
    QTest::addColumn<QDateTime>("expires");

    const QDateTime valid(QDate(2125, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime expired(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime selfSigned =
        TlsFixtures::certificate(u"self-signed.pem"_s).expiryDate().toUTC();

    QTest::newRow("valid by IP") << "localhost.pem"
                                 << "127.0.0.1" << false << Verdict::Up << Reason::Ok << ""
                                 << valid;
    QTest::newRow("valid by name")
        << "localhost.pem"
        << "localhost" << false << Verdict::Up << Reason::Ok << "" << valid;
    QTest::newRow("expired") << "expired.pem"
                             << "127.0.0.1" << false << Verdict::Down << Reason::Tls
                             << "TLS: certificate expired on 2021-01-01 00:00 UTC" << expired;
    QTest::newRow("self-signed") << "self-signed.pem"
                                 << "127.0.0.1" << false << Verdict::Down << Reason::Tls
                                 << "self-signed certificate" << selfSigned;
    QTest::newRow("wrong host") << "wrong-host.pem"
                                << "127.0.0.1" << false << Verdict::Down << Reason::Tls
                                << "certificate is for wrong.example" << valid;
    QTest::newRow("expired, ignored")
        << "expired.pem"
        << "127.0.0.1" << true << Verdict::Up << Reason::Ok << "" << expired;
    QTest::newRow("self-signed, ignored")
        << "self-signed.pem"
        << "127.0.0.1" << true << Verdict::Up << Reason::Ok << "" << selfSigned;
    QTest::newRow("wrong host, ignored")
        << "wrong-host.pem"
        << "127.0.0.1" << true << Verdict::Up << Reason::Ok << "" << valid;
}

void TestProberTls::certificates()
{
    QFETCH(QString, certificateFile);
    QFETCH(QString, host);
    QFETCH(bool, ignoreErrors);
    QFETCH(Verdict, verdict);
    QFETCH(Reason, reason);
    QFETCH(QString, errorPart);
    QFETCH(QDateTime, expires);

    const auto server = serverWith(certificateFile);
    QVERIFY(server);
    Monitor monitor;
    monitor.url = server->url(u"/ok"_s, host);
    monitor.ignoreTlsErrors = ignoreErrors;
    monitor.keyword = u"healthy"_s;
    Prober prober;
    prober.setExtraCaCertificates({TlsFixtures::testCa()});
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->verdict == verdict && result->reason == reason, describe(*result));
    QVERIFY2(result->error.contains(errorPart), describe(*result));
    QCOMPARE(result->certExpires, expires);
    QCOMPARE(server->requests().size(), verdict == Verdict::Up ? 1 : 0);
}

void TestProberTls::untrustedIssuer()
{
    // A valid certificate from a CA the prober was not told about.
    const auto server = serverWith(u"localhost.pem"_s);
    QVERIFY(server);
    Monitor monitor;
    monitor.url = server->url(u"/ok"_s);
    Prober prober;
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->reason == Reason::Tls, describe(*result));
    QVERIFY2(result->error.contains(u"not trusted"_s) || result->error.contains(u"self-signed"_s),
             describe(*result));
}

void TestProberTls::strictMonitorNeverReusesLenientConnection()
{
    const auto server = serverWith(u"self-signed.pem"_s);
    QVERIFY(server);
    Monitor lenient;
    lenient.url = server->url(u"/ok"_s);
    lenient.ignoreTlsErrors = true;
    Monitor strict = lenient;
    strict.ignoreTlsErrors = false;

    Prober prober;
    for (int round = 0; round < 2; ++round) {
        const auto accepted = runCheck(prober, lenient);
        QVERIFY(accepted);
        QVERIFY2(accepted->verdict == Verdict::Up, describe(*accepted));
        // The lenient connection is alive and idle now; the strict check must not ride on it.
        const auto refused = runCheck(prober, strict);
        QVERIFY(refused);
        QVERIFY2(refused->reason == Reason::Tls, describe(*refused));
    }
    QCOMPARE(server->requests().size(), 2);
}

void TestProberTls::expiryReportedOnReusedConnection()
{
    const auto server = serverWith(u"localhost.pem"_s);
    QVERIFY(server);
    Monitor monitor;
    monitor.url = server->url(u"/ok"_s);
    Prober prober;
    prober.setExtraCaCertificates({TlsFixtures::testCa()});
    for (int i = 0; i < 3; ++i) {
        const auto result = runCheck(prober, monitor);
        QVERIFY(result);
        QVERIFY2(result->verdict == Verdict::Up, describe(*result));
        QCOMPARE(result->certExpires, QDateTime(QDate(2125, 1, 1), QTime(0, 0), Qt::UTC));
    }
    QCOMPARE(server->connectionCount(), 1); // one kept-alive connection served all three
}

void TestProberTls::noDowngradeToPlainHttp()
{
    TestServer plain;
    QVERIFY(plain.start());
    plain.setRoute("/landing", TestRoute::ok());
    const auto server = serverWith(u"localhost.pem"_s);
    QVERIFY(server);
    server->setRoute("/down", TestRoute::redirect(plain.url(u"/landing"_s).toEncoded(), 301));
    server->setRoute("/up", TestRoute::redirect("/ok", 301));

    Monitor monitor;
    monitor.url = server->url(u"/down"_s);
    monitor.headers = {{"X-Api-Key", "k"}};
    Prober prober;
    prober.setExtraCaCertificates({TlsFixtures::testCa()});
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->reason == Reason::Redirects, describe(*result));
    QVERIFY2(result->error.contains(u"HTTPS to plain HTTP"_s), describe(*result));
    QCOMPARE(plain.requests().size(), 0); // the key never travelled in clear text

    monitor.url = server->url(u"/up"_s); // https -> https is followed
    const auto followed = runCheck(prober, monitor);
    QVERIFY(followed);
    QVERIFY2(followed->verdict == Verdict::Up, describe(*followed));
}

void TestProberTls::certificateIsCheckedAgainstTheName()
{
    // The request goes to 127.0.0.1, but the certificate (for wrong.example only) is checked
    // against the name in the URL.
    const auto server = serverWith(u"wrong-host.pem"_s);
    QVERIFY(server);
    auto names = std::make_shared<FakeNameServer>();
    names->point("wrong.example", QHostAddress(QHostAddress::LocalHost));
    Monitor monitor;
    monitor.url = server->url(u"/ok"_s, u"wrong.example"_s);
    Prober prober;
    prober.setExtraCaCertificates({TlsFixtures::testCa()});
    prober.setHostLookup(FakeNameServer::lookupFor(names));
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Up, describe(*result));
    QCOMPARE(server->requests().size(), 1);
    QCOMPARE(server->requests().constFirst().header("Host"),
             "wrong.example:" + QByteArray::number(server->serverPort()));
}

void TestProberTls::namesOnOneAddressNeverShareAConnection()
{
    // Qt keys its connection cache by the URL (here with the address) and the peerVerifyName: a
    // connection whose certificate was checked for one name must not carry another name's
    // check. The certificate is valid for localhost, not for wrong.example.
    const auto server = serverWith(u"localhost.pem"_s);
    QVERIFY(server);
    auto names = std::make_shared<FakeNameServer>();
    names->point("localhost", QHostAddress(QHostAddress::LocalHost));
    names->point("wrong.example", QHostAddress(QHostAddress::LocalHost));
    Monitor valid;
    valid.url = server->url(u"/ok"_s, u"localhost"_s);
    Monitor other = valid;
    other.url = server->url(u"/ok"_s, u"wrong.example"_s);
    Prober prober;
    prober.setExtraCaCertificates({TlsFixtures::testCa()});
    prober.setHostLookup(FakeNameServer::lookupFor(names));
    for (int round = 0; round < 2; ++round) {
        const auto accepted = runCheck(prober, valid);
        QVERIFY(accepted);
        QVERIFY2(accepted->verdict == Verdict::Up, describe(*accepted));
        // The connection for localhost is alive and idle now.
        const auto refused = runCheck(prober, other);
        QVERIFY(refused);
        QVERIFY2(refused->reason == Reason::Tls, describe(*refused));
        QVERIFY2(refused->error.contains(u"certificate is for localhost"_s), describe(*refused));
    }
    QCOMPARE(server->requests().size(), 2);
    // localhost's connection served both of its checks; wrong.example's were new each time.
    QCOMPARE(server->connectionCount(), 3);
}

QTEST_GUILESS_MAIN(TestProberTls)
#include "tst_prober_tls.moc"
