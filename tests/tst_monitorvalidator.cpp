#include "MonitorValidator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMonitorValidator final : public QObject {
    Q_OBJECT

private slots:
    void urls_data();
    void urls();
    void headers_data();
    void headers();
    void hidePassword_data();
    void hidePassword();
    void defaultMonitorProblems();
    void monitorProblems_data();
    void monitorProblems();
};

void TestMonitorValidator::urls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("http") << "http://example.com" << true << "";
    QTest::newRow("https path query") << "https://example.com/a/b?c=d" << true << "";
    QTest::newRow("port") << "http://127.0.0.1:8080/health" << true << "";
    QTest::newRow("ipv6") << "http://[::1]:8080/" << true << "";
    QTest::newRow("upper-case scheme") << "HTTPS://Example.com" << true << "";
    QTest::newRow("surrounding spaces") << "  https://example.com  " << true << "";
    QTest::newRow("user info") << "https://user:pw@example.com/" << true << "";
    QTest::newRow("empty") << "" << false << "empty";
    QTest::newRow("blank") << "   " << false << "empty";
    QTest::newRow("no scheme") << "example.com" << false << "no scheme";
    QTest::newRow("host:port") << "localhost:8080" << false << "no scheme";
    QTest::newRow("ftp") << "ftp://example.com/file" << false << "unsupported scheme 'ftp'";
    QTest::newRow("file") << "file:///etc/passwd" << false << "unsupported scheme 'file'";
    QTest::newRow("javascript") << "javascript://alert(1)" << false
                                << "unsupported scheme 'javascript'";
    QTest::newRow("mailto") << "mailto:someone@example.com" << false
                            << "unsupported scheme 'mailto'";
    QTest::newRow("one slash") << "http:/example.com" << false << "must be followed by '//'";
    QTest::newRow("host:port/path") << "example.com:8080/health" << false << "no scheme";
    QTest::newRow("password hidden")
        << "ftp://user:hunter2@example.com/" << false << "'ftp://user@example.com/'";
    QTest::newRow("password, bad host")
        << "http://u:hunter2@exa mple.com/" << false << "'http://u@exa mple.com/'";
    QTest::newRow("password, bad port")
        << "https://u:hunter2@host:99999/" << false << "malformed URL 'https://u@host:99999/'";
    QTest::newRow("password, one slash") << "http:/u:hunter2@host/" << false << "'http:/u@host/'";
    QTest::newRow("no host") << "http:///path" << false << "no host";
    QTest::newRow("space in host") << "http://exa mple.com/" << false << "malformed URL";
    QTest::newRow("bad port") << "http://example.com:99999/" << false << "malformed URL";
    QTest::newRow("port letters") << "http://example.com:80a/" << false << "malformed URL";
}

void TestMonitorValidator::urls()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, errorPart);

    QString error;
    const auto url = MonitorValidator::parseUrl(text, &error);
    QCOMPARE(url.has_value(), valid);
    if (valid) {
        QVERIFY(error.isEmpty());
        QVERIFY(url->scheme() == u"http" || url->scheme() == u"https");
        QVERIFY(MonitorValidator::isCheckableUrl(*url));
    }
    else {
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
        QVERIFY(!error.contains(u"hunter2"_s));
        QVERIFY(!error.contains(u"hunter2"_s));
    }
}

void TestMonitorValidator::headers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("plain") << "X-Token: abc" << true << QByteArray("X-Token") << QByteArray("abc");
    QTest::newRow("no space") << "Accept:text/html" << true << QByteArray("Accept")
                              << QByteArray("text/html");
    QTest::newRow("colon in value")
        << "X-Time: 12:30:00" << true << QByteArray("X-Time") << QByteArray("12:30:00");
    QTest::newRow("empty value") << "X-Empty:" << true << QByteArray("X-Empty") << QByteArray("");
    QTest::newRow("trimmed") << "  Authorization :  Bearer x  " << true
                             << QByteArray("Authorization") << QByteArray("Bearer x");
    QTest::newRow("utf-8 value") << "X-Name: Grüße" << true << QByteArray("X-Name")
                                 << QByteArray("Grüße");
    QTest::newRow("no colon") << "X-Token abc" << false << QByteArray() << QByteArray();
    QTest::newRow("no name") << ": abc" << false << QByteArray() << QByteArray();
    QTest::newRow("space in name") << "X Token: abc" << false << QByteArray() << QByteArray();
    QTest::newRow("newline in value")
        << "X-A: a\r\nX-B: b" << false << QByteArray() << QByteArray();
    QTest::newRow("content-length") << "Content-Length: 5" << false << QByteArray() << QByteArray();
    QTest::newRow("transfer-encoding")
        << "transfer-encoding: chunked" << false << QByteArray() << QByteArray();
    QTest::newRow("accept-encoding")
        << "Accept-Encoding: gzip" << false << QByteArray() << QByteArray();
}

void TestMonitorValidator::headers()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);

    QString error;
    const auto header = MonitorValidator::parseHeader(text, &error);
    QCOMPARE(header.has_value(), valid);
    if (valid) {
        QCOMPARE(header->name, name);
        QCOMPARE(header->value, value);
    }
    else {
        QVERIFY(!error.isEmpty());
    }
}

void TestMonitorValidator::hidePassword_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");

    QTest::newRow("none") << "https://example.com/a"
                          << "https://example.com/a";
    QTest::newRow("user only") << "https://me@example.com/"
                               << "https://me@example.com/";
    QTest::newRow("password") << "https://me:pw@example.com/"
                              << "https://me@example.com/";
    QTest::newRow("@ in password") << "https://me:p@w@example.com/x"
                                   << "https://me@example.com/x";
    QTest::newRow("@ in path") << "https://me:pw@h/a@b"
                               << "https://me@h/a@b";
    QTest::newRow("@ in query only") << "http://h/p?x=a:b@c"
                                     << "http://h/p?x=a:b@c";
    QTest::newRow("port, no user") << "http://h:8080/"
                                   << "http://h:8080/";
    QTest::newRow("no scheme") << "me:pw@host/x"
                               << "me@host/x";
    QTest::newRow("one slash") << "http:/me:pw@host"
                               << "http:/me@host";
    QTest::newRow("unparsable") << "http://me:pw@ho st:99999/"
                                << "http://me@ho st:99999/";
    QTest::newRow("empty") << ""
                           << "";
}

void TestMonitorValidator::hidePassword()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(::hidePassword(text), shown);
    const QUrl url(text);
    if (url.isValid() && !url.password().isEmpty())
        QVERIFY(!displayUrl(url).contains(url.password()));
}

void TestMonitorValidator::defaultMonitorProblems()
{
    Monitor monitor;
    QVERIFY(!MonitorValidator::problems(monitor).isEmpty()); // no URL yet
    monitor.url = QUrl(u"https://example.com/"_s);
    QCOMPARE(MonitorValidator::problems(monitor), QStringList());
    // The defaults DESIGN.md promises.
    QCOMPARE(monitor.method, HttpMethod::Get);
    QCOMPARE(monitor.intervalSeconds, 60);
    QCOMPARE(monitor.timeoutMs, 10000);
    QCOMPARE(monitor.expectedStatuses.toString(), u"200-299"_s);
    QCOMPARE(monitor.maxRedirects, 10);
    QCOMPARE(monitor.ignoreTlsErrors, false);
    QCOMPARE(monitor.retries, 0);
    QCOMPARE(monitor.recovery, 1);
    QCOMPARE(monitor.maxBodyBytes, 1024 * 1024);
}

void TestMonitorValidator::monitorProblems_data()
{
    QTest::addColumn<Monitor>("monitor");
    QTest::addColumn<QString>("problem");

    Monitor base;
    base.url = QUrl(u"https://example.com/"_s);

    Monitor m = base;
    m.url = QUrl(u"ftp://example.com/"_s);
    QTest::newRow("scheme") << m << "unsupported scheme";
    m = base;
    m.body = "x";
    QTest::newRow("body with GET") << m << "POST";
    m = base;
    m.method = HttpMethod::Head;
    m.keyword = u"ok"_s;
    QTest::newRow("keyword with HEAD") << m << "HEAD";
    m = base;
    m.invertKeyword = true;
    QTest::newRow("invert without keyword") << m << "needs a keyword";
    m = base;
    m.timeoutMs = 0;
    QTest::newRow("zero timeout") << m << "timeout";
    m = base;
    m.intervalSeconds = 0;
    QTest::newRow("zero interval") << m << "interval";
    m = base;
    m.maxRedirects = -1;
    QTest::newRow("negative redirects") << m << "redirect";
    m = base;
    m.degradedAboveMs = -5;
    QTest::newRow("negative degraded") << m << "degraded";
    m = base;
    m.recovery = 0;
    QTest::newRow("zero recovery") << m << "recovery";
    m = base;
    m.headers.append(HttpHeader{"Bad Name", "x"});
    QTest::newRow("bad header") << m << "Bad Name";
}

void TestMonitorValidator::monitorProblems()
{
    QFETCH(Monitor, monitor);
    QFETCH(QString, problem);

    const QStringList problems = MonitorValidator::problems(monitor);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(problem), qPrintable(problems.constFirst()));
}

QTEST_GUILESS_MAIN(TestMonitorValidator)
#include "tst_monitorvalidator.moc"
