#include "core/model/MonitorValidator.h"

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
    void limitsAreInclusive();
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
    QTest::newRow("'#' inside the fragment") << "http://h/#a#b" << true << "";
    QTest::newRow("short to type, too long encoded")
        << u"http://h/"_s + QString(2000, u'ü') << false << "bytes long when encoded";
    QTest::newRow("escapes and IDN") << "https://bücher.example/a%2Fb?q=a%26b#x" << true << "";
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
        // What the store writes (the fully encoded form) reads back as the same URL.
        const auto stored = MonitorValidator::parseUrl(url->toString(QUrl::FullyEncoded));
        QVERIFY(stored);
        QCOMPARE(*stored, *url);
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
    QTest::newRow("tab in value") << "X-A: a\tb" << true << QByteArray("X-A") << QByteArray("a\tb");
    QTest::newRow("NUL in value") << u"X-A: a\0b"_s << false << QByteArray() << QByteArray();
    QTest::newRow("control character in value")
        << "X-A: a\x01b" << false << QByteArray() << QByteArray();
    QTest::newRow("8192 bytes") << u"X-A: "_s + QString(8192 - 5, u'v') << true << QByteArray("X-A")
                                << QByteArray(8192 - 5, 'v');
    QTest::newRow("8193 bytes") << u"X-A: "_s + QString(8193 - 5, u'v') << false << QByteArray()
                                << QByteArray();
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
    QTest::newRow("body with GET") << m << "POST, PUT, PATCH or DELETE method, not GET";
    m.method = HttpMethod::Options;
    QTest::newRow("body with OPTIONS") << m << "not OPTIONS";
    m = base;
    m.method = HttpMethod::Head;
    m.keyword = u"ok"_s;
    QTest::newRow("keyword with HEAD") << m << "HEAD";
    m = base;
    m.invertKeyword = true;
    QTest::newRow("invert without keyword") << m << "needs a keyword";
    m = base;
    m.keyword = u"(unclosed"_s;
    m.keywordIsRegex = true;
    QTest::newRow("keyword regex invalid")
        << m << "the keyword is not a valid regular expression: missing closing parenthesis";
    m = base;
    m.jsonAssertions.append(JsonAssertion(u"/name"_s, JsonAssertion::Op::Matches, u"[a-"_s));
    QTest::newRow("matches regex invalid") << m << "JSON assertion '/name matches \"[a-\"'";
    m = base;
    m.jsonAssertions.append(JsonAssertion(u"status"_s, JsonAssertion::Op::Exists));
    QTest::newRow("pointer without slash") << m << "must start with '/'";
    m = base;
    m.method = HttpMethod::Head;
    m.jsonAssertions.append(JsonAssertion(u"/id"_s, JsonAssertion::Op::Exists));
    QTest::newRow("JSON assertion with HEAD") << m << "a JSON assertion needs a response body";
    m = base;
    for (int i = 0; i < 65; ++i)
        m.jsonAssertions.append(JsonAssertion(u"/id"_s, JsonAssertion::Op::Exists));
    QTest::newRow("65 JSON assertions") << m << "there are 65 JSON assertions; the limit is 64";
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
    m.locations = 17;
    QTest::newRow("17 locations") << m << "the number of locations must be between 1 and 16";
    m = base;
    m.locations = 2;
    m.quorum = 3;
    QTest::newRow("quorum above locations")
        << m << "the quorum must be between 1 and the number of locations (2)";
    m = base;
    m.headers.append(HttpHeader{"Bad Name", "x"});
    QTest::newRow("bad header") << m << "Bad Name";
    m = base;
    m.headers.append(HttpHeader{"X-A", "1\r\nX-B: 2"});
    QTest::newRow("header with CR/LF") << m << "value of header 'X-A' contains a line break";
    m = base;
    m.headers.append(HttpHeader{"X-A", QByteArray(9000, 'h')});
    QTest::newRow("header of 9000 bytes") << m << "the limit is 8192";
    m = base;
    for (int i = 0; i < 65; ++i)
        m.headers.append(HttpHeader{"X-N" + QByteArray::number(i), "1"});
    QTest::newRow("65 headers") << m << "there are 65 request headers; the limit is 64";

    // Names, keywords, tags, bodies and URLs: bounded, one line of text.
    m = base;
    m.name = u"a\0b"_s;
    QTest::newRow("NUL in the name") << m << "the name contains the control character \\u0000";
    m = base;
    m.name = u"a\nb"_s;
    QTest::newRow("line break in the name") << m << "the name contains the control character \\n";
    m = base;
    m.name = QString(128 * 1024, u'n');
    QTest::newRow("name of 128 KiB") << m << "the name is 131072 characters long; the limit is 200";
    m = base;
    m.name = QString(200, u'n');
    m.keyword = QString(1025, u'k');
    QTest::newRow("keyword of 1025 bytes")
        << m << "the keyword is 1025 bytes long; the limit is 1024";
    m = base;
    m.keyword = QString(512, u'\u00fc'); // two bytes each in UTF-8
    m.keyword += u'x';
    QTest::newRow("keyword counted in UTF-8") << m << "the keyword is 1025 bytes long";
    m = base;
    m.keyword = u"ok\n"_s;
    QTest::newRow("line break in the keyword") << m << "control character \\n";
    m = base;
    m.tags = QStringList{u"prod"_s, QString()};
    QTest::newRow("empty tag") << m << "a tag is empty";
    m = base;
    m.tags = QStringList{u"a\u0007"_s};
    QTest::newRow("control character in a tag") << m << "tag 'a\\u0007' contains the control";
    m = base;
    m.tags = QStringList{QString(65, u't')};
    QTest::newRow("tag of 65 characters") << m << "is 65 characters long; the limit is 64";
    m = base;
    for (int i = 0; i < 33; ++i)
        m.tags.append(u"t%1"_s.arg(i));
    QTest::newRow("33 tags") << m << "there are 33 tags; the limit is 32";
    m = base;
    m.method = HttpMethod::Post;
    m.body = QByteArray(1024 * 1024 + 1, 'b');
    QTest::newRow("body over 1 MiB")
        << m << "the request body is 1048577 bytes long; the limit is 1048576";
    m = base;
    m.url = QUrl(u"https://example.com/"_s + QString(8192, u'p'));
    QTest::newRow("URL over 8 KiB")
        << m << "the URL is 8212 bytes long when encoded; the limit is 8192";
    m = base;
    m.intervalSeconds = 30 * 24 * 60 * 60 + 1;
    QTest::newRow("interval over 30 days")
        << m << "the interval must be between 1 second and 30 days";
    m = base;
    m.retries = 101;
    QTest::newRow("101 retries") << m << "retries must be at most 100";
}

void TestMonitorValidator::limitsAreInclusive()
{
    Monitor m;
    m.url = QUrl(u"https://example.com/"_s);
    m.name = QString(MonitorValidator::kMaxNameLength, u'n');
    m.method = HttpMethod::Post;
    m.keyword = QString(MonitorValidator::kMaxKeywordBytes, u'k');
    m.body = QByteArray(MonitorValidator::kMaxBodyBytes, 'b');
    for (qsizetype i = 0; i < MonitorValidator::kMaxTags; ++i)
        m.tags.append(QString(MonitorValidator::kMaxTagLength - 3, u't') +
                      QString::number(i).rightJustified(3, u'0'));
    for (qsizetype i = 0; i < MonitorValidator::kMaxHeaders; ++i)
        m.headers.append(HttpHeader{"X-N" + QByteArray::number(i), "1"});
    m.keyword.replace(0, 1, u"\t"_s); // a tab is fine in a keyword
    QCOMPARE(MonitorValidator::problems(m), QStringList());
    m.keyword = u"^ok|up$"_s;
    m.keywordIsRegex = true; // a valid regular expression
    for (qsizetype i = 0; i < JsonAssertion::kMaxPerMonitor; ++i)
        m.jsonAssertions.append(JsonAssertion(u"/a"_s, JsonAssertion::Op::Matches, u"^x"_s));
    QCOMPARE(MonitorValidator::problems(m), QStringList());
    QCOMPARE(MonitorValidator::nameProblem(u"  padded  "_s), QString());
    QCOMPARE(MonitorValidator::nameProblem(u"   "_s), u"the name is empty"_s);
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
