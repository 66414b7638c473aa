#include "tests/support/TestServer.h"
#include "tests/support/TlsFixtures.h"
#include "tests/support/UpwatchProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json; // stdout parsed, when it is one JSON object
};

} // namespace

// `upwatch check` run as a process against the loopback test server.
class TestCheckCommand final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void upPrintsTheContractFields();
    void verdicts_data();
    void verdicts();
    void postSendsDataAndHeaders();
    void putSendsData();
    void headMethod();
    void refused();
    void phases_data();
    void phases();
    void unknownHost();
    void passwordNeverPrinted();
    void acceptsDb();
    void tlsFailureAndIgnore();
    void jsonAssertionSaysWhatFailed();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion_data();
    void helpAndVersion();

private:
    Run upwatch(const QStringList &arguments);
    QString url(const char *path) const
    {
        return m_server.url(QString::fromLatin1(path)).toString();
    }

    TestServer m_server;
};

void TestCheckCommand::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(UPWATCH_BINARY)));
    QVERIFY(m_server.start());
    m_server.setRoute("/ok", TestRoute::ok("all good: healthy"));
    m_server.setRoute("/503", TestRoute::withStatus(503, "maintenance"));
    m_server.setRoute("/slow", TestRoute::ok("slow").delayed(300));
    m_server.setRoute("/hang", TestRoute::ok().delayed(10000));
    m_server.setRoute("/moved", TestRoute::redirect("/ok", 301));
    m_server.setRoute("/loop", TestRoute::redirect("/loop"));
    m_server.setRoute("/reset", TestRoute::reset());
    m_server.setRoute("/json", TestRoute::ok(R"({"status": "ok", "queue": {"depth": 42}})"));
}

void TestCheckCommand::init()
{
    m_server.clearRecords();
}

Run TestCheckCommand::upwatch(const QStringList &arguments)
{
    const UpwatchRun process = runUpwatch(arguments, 30000);
    Run run;
    run.exitCode = process.exitCode;
    run.out = process.out;
    run.err = process.err;
    run.json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    return run;
}

void TestCheckCommand::upPrintsTheContractFields()
{
    const Run run = upwatch({u"check"_s, url("/ok")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out.count(u'\n'), 1); // one line
    QVERIFY(run.out.endsWith(u'\n'));
    const QStringList keys{u"url"_s,    u"method"_s,       u"verdict"_s,
                           u"reason"_s, u"http_status"_s,  u"response_ms"_s,
                           u"error"_s,  u"cert_expires"_s, u"phases"_s};
    QStringList actualKeys = run.json.keys();
    QStringList expectedKeys = keys;
    actualKeys.sort();
    expectedKeys.sort();
    QCOMPARE(actualKeys, expectedKeys);
    // Written in the documented order, not sorted.
    QVERIFY(run.out.startsWith(u"{\"url\":"_s));
    QCOMPARE(run.json.value(u"url").toString(), url("/ok"));
    QCOMPARE(run.json.value(u"method").toString(), u"GET"_s);
    QCOMPARE(run.json.value(u"verdict").toString(), u"up"_s);
    QCOMPARE(run.json.value(u"reason").toString(), u"ok"_s);
    QCOMPARE(run.json.value(u"http_status").toInt(), 200);
    QVERIFY(run.json.value(u"response_ms").isDouble());
    QVERIFY(run.json.value(u"response_ms").toInt() >= 0);
    QVERIFY(run.json.value(u"error").isNull());
    QVERIFY(run.json.value(u"cert_expires").isNull());
    QCOMPARE(m_server.requests().size(), 1);
}

void TestCheckCommand::verdicts_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QJsonValue>("status");

    QTest::newRow("degraded") << QStringList{u"--degraded-ms"_s, u"100"_s} << "/slow" << 0
                              << "degraded"
                              << "slow" << QJsonValue(200);
    QTest::newRow("503") << QStringList() << "/503" << 1 << "down"
                         << "status" << QJsonValue(503);
    QTest::newRow("503 expected") << QStringList{u"--expect-status"_s, u"200-299,503"_s} << "/503"
                                  << 0 << "up"
                                  << "ok" << QJsonValue(503);
    QTest::newRow("keyword present")
        << QStringList{u"--keyword"_s, u"healthy"_s} << "/ok" << 0 << "up"
        << "ok" << QJsonValue(200);
    QTest::newRow("keyword absent")
        << QStringList{u"--keyword"_s, u"broken"_s} << "/ok" << 1 << "down"
        << "keyword" << QJsonValue(200);
    QTest::newRow("inverted keyword")
        << QStringList{u"--keyword"_s, u"healthy"_s, u"--invert-keyword"_s} << "/ok" << 1 << "down"
        << "keyword" << QJsonValue(200);
    QTest::newRow("timeout") << QStringList{u"--timeout"_s, u"300"_s} << "/hang" << 1 << "down"
                             << "timeout" << QJsonValue();
    QTest::newRow("redirect followed") << QStringList() << "/moved" << 0 << "up"
                                       << "ok" << QJsonValue(200);
    QTest::newRow("redirect not followed")
        << QStringList{u"--max-redirects"_s, u"0"_s} << "/moved" << 1 << "down"
        << "status" << QJsonValue(301);
    QTest::newRow("redirect expected")
        << QStringList{u"--max-redirects"_s, u"0"_s, u"--expect-status"_s, u"301"_s} << "/moved"
        << 0 << "up"
        << "ok" << QJsonValue(301);
    QTest::newRow("redirect loop") << QStringList() << "/loop" << 1 << "down"
                                   << "redirects" << QJsonValue(302);
    QTest::newRow("reset") << QStringList() << "/reset" << 1 << "down"
                           << "reset" << QJsonValue();
    const QString assert = u"--json-assert"_s;
    QTest::newRow("JSON assertions hold")
        << QStringList{assert, uR"(/status == "ok")"_s, assert, u"/queue/depth < 100"_s} << "/json"
        << 0 << "up"
        << "ok" << QJsonValue(200);
    QTest::newRow("JSON assertion fails")
        << QStringList{assert, uR"(/status == "ok")"_s, assert, u"/queue/depth < 10"_s} << "/json"
        << 1 << "down"
        << "json" << QJsonValue(200);
    QTest::newRow("JSON assertion on a text body")
        << QStringList{assert, u"/status exists"_s} << "/ok" << 1 << "down"
        << "json" << QJsonValue(200);
    QTest::newRow("regex keyword matches")
        << QStringList{u"--keyword"_s, u"good: h[a-z]+y$"_s, u"--keyword-regex"_s} << "/ok" << 0
        << "up"
        << "ok" << QJsonValue(200);
    QTest::newRow("regex keyword does not match")
        << QStringList{u"--keyword"_s, u"^healthy"_s, u"--keyword-regex"_s} << "/ok" << 1 << "down"
        << "keyword" << QJsonValue(200);
    QTest::newRow("regex keyword inverted")
        << QStringList{u"--keyword"_s, u"^healthy"_s, u"--keyword-regex"_s, u"--invert-keyword"_s}
        << "/ok" << 0 << "up"
        << "ok" << QJsonValue(200);
}

void TestCheckCommand::verdicts()
{
    QFETCH(QStringList, options);
    QFETCH(QString, path);
    QFETCH(int, exitCode);
    QFETCH(QString, verdict);
    QFETCH(QString, reason);
    QFETCH(QJsonValue, status);

    const Run run =
        upwatch(QStringList{u"check"_s} + options + QStringList{m_server.url(path).toString()});
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
    QCOMPARE(run.json.value(u"verdict").toString(), verdict);
    QCOMPARE(run.json.value(u"reason").toString(), reason);
    if (status.isUndefined())
        QVERIFY(run.json.value(u"http_status").isNull());
    else
        QCOMPARE(run.json.value(u"http_status"), status);
    QCOMPARE(run.json.value(u"error").isNull(), verdict == u"up");
    QVERIFY(run.err.isEmpty());
}

void TestCheckCommand::jsonAssertionSaysWhatFailed()
{
    const Run run = upwatch({u"check"_s, u"--json-assert"_s, u"/queue/depth exists"_s,
                             u"--json-assert"_s, uR"(/status == "degraded")"_s, url("/json")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json.value(u"reason").toString(), u"json"_s);
    QCOMPARE(run.json.value(u"error").toString(), uR"(/status is "ok", expected == "degraded")"_s);
}

void TestCheckCommand::postSendsDataAndHeaders()
{
    const Run run = upwatch({u"check"_s, u"--data"_s, u"{\"probe\":1}"_s, u"--header"_s,
                             u"Content-Type: application/json"_s, u"--header"_s, u"X-Token: abc"_s,
                             url("/ok")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(u"method").toString(), u"POST"_s);
    QCOMPARE(m_server.requests().size(), 1);
    const RecordedRequest &request = m_server.requests().constFirst();
    QCOMPARE(request.method, "POST");
    QCOMPARE(request.body, "{\"probe\":1}");
    QCOMPARE(request.header("Content-Type"), "application/json");
    QCOMPARE(request.header("X-Token"), "abc");
}

void TestCheckCommand::putSendsData()
{
    const Run run =
        upwatch({u"check"_s, u"--method"_s, u"put"_s, u"--data"_s, u"{\"on\":true}"_s, url("/ok")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(u"method").toString(), u"PUT"_s);
    QCOMPARE(m_server.requests().size(), 1);
    QCOMPARE(m_server.requests().constFirst().method, "PUT");
    QCOMPARE(m_server.requests().constFirst().body, "{\"on\":true}");
}

void TestCheckCommand::headMethod()
{
    const Run run = upwatch({u"check"_s, u"--method"_s, u"head"_s, url("/ok")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(u"method").toString(), u"HEAD"_s);
    QCOMPARE(m_server.requests().size(), 1);
    QCOMPARE(m_server.requests().constFirst().method, "HEAD");
}

void TestCheckCommand::refused()
{
    const quint16 port = TestServer::unusedPort();
    QVERIFY(port != 0);
    const Run run = upwatch({u"check"_s, u"http://127.0.0.1:%1/"_s.arg(port)});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json.value(u"reason").toString(), u"refused"_s);
    QVERIFY(run.json.value(u"http_status").isNull());
    QVERIFY(!run.json.value(u"error").toString().isEmpty());
}

void TestCheckCommand::phases_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("present"); // the phases with a value; the others are null
    const quint16 unused = TestServer::unusedPort();
    QTest::newRow("up") << url("/ok") << QStringList{u"connect"_s, u"processing"_s, u"transfer"_s};
    QTest::newRow("redirect") << url("/moved")
                              << QStringList{u"connect"_s, u"processing"_s, u"transfer"_s};
    QTest::newRow("refused") << u"http://127.0.0.1:%1/"_s.arg(unused) << QStringList{u"connect"_s};
    QTest::newRow("unknown host") << u"http://no-such-host.invalid/"_s << QStringList{u"resolve"_s};
}

void TestCheckCommand::phases()
{
    QFETCH(QString, target);
    QFETCH(QStringList, present);
    const Run run = upwatch({u"check"_s, target});
    QVERIFY2(run.json.value(u"phases").isObject(), qPrintable(run.out));
    // The documented keys in the documented order, after the other keys.
    QVERIFY2(run.out.contains(u"\"cert_expires\":"_s) &&
                 run.out.contains(u",\"phases\":{\"resolve\":"_s) && run.out.endsWith(u"}}\n"_s),
             qPrintable(run.out));
    const QJsonObject phases = run.json.value(u"phases").toObject();
    const QStringList names{u"resolve"_s, u"connect"_s, u"tls"_s, u"processing"_s, u"transfer"_s};
    QStringList keys = phases.keys();
    QStringList expectedKeys = names;
    keys.sort();
    expectedKeys.sort();
    QCOMPARE(keys, expectedKeys);
    qsizetype at = 0;
    for (const QString &name : names) {
        const qsizetype next = run.out.indexOf(u'"' + name + u'"', at);
        QVERIFY2(next > at, qPrintable(name));
        at = next;
        const QJsonValue value = phases.value(name);
        if (present.contains(name)) {
            QVERIFY2(value.isDouble() && value.toInt() >= 0, qPrintable(name + u' ' + run.out));
        }
        else {
            QVERIFY2(value.isNull(), qPrintable(name + u' ' + run.out));
        }
    }
}

void TestCheckCommand::unknownHost()
{
    const Run run = upwatch({u"check"_s, u"http://no-such-host.invalid/"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json.value(u"verdict").toString(), u"down"_s);
    QCOMPARE(run.json.value(u"reason").toString(), u"dns"_s);
}

void TestCheckCommand::passwordNeverPrinted()
{
    QUrl target = m_server.url(u"/ok"_s);
    target.setUserName(u"admin"_s);
    target.setPassword(u"hunter2"_s);
    const Run run = upwatch({u"check"_s, target.toString()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.out.contains(u"hunter2"_s), qPrintable(run.out));
    QVERIFY(run.json.value(u"url").toString().contains(u"admin@127.0.0.1"_s));
    QCOMPARE(run.err, u"upwatch: warning: a password in the URL shows in the process list while "
                      "upwatch runs; use --user with UPWATCH_PASSWORD or --password-stdin\n"_s);
    // The credentials still went to the server.
    QCOMPARE(m_server.requests().size(), 1);
    QCOMPARE(m_server.requests().constFirst().header("Authorization"),
             "Basic " + QByteArray("admin:hunter2").toBase64());
}

void TestCheckCommand::acceptsDb()
{
    const Run run = upwatch({u"check"_s, u"--db"_s, u"/nonexistent/upwatch.db"_s, url("/ok")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json.value(u"verdict").toString(), u"up"_s);
}

void TestCheckCommand::tlsFailureAndIgnore()
{
    TestServer tls;
    QVERIFY(tls.startTls(TlsFixtures::certificate(u"expired.pem"_s), TlsFixtures::serverKey()));
    tls.setRoute("/ok", TestRoute::ok());
    const QString target = tls.url(u"/ok"_s).toString();

    const Run strict = upwatch({u"check"_s, target});
    QCOMPARE(strict.exitCode, 1);
    QCOMPARE(strict.json.value(u"reason").toString(), u"tls"_s);
    QVERIFY2(strict.json.value(u"error").toString().contains(u"expired"_s), qPrintable(strict.out));
    QCOMPARE(strict.json.value(u"cert_expires").toString(), u"2021-01-01T00:00:00Z"_s);

    const Run lenient = upwatch({u"check"_s, u"--ignore-tls-errors"_s, target});
    QCOMPARE(lenient.exitCode, 0);
    QCOMPARE(lenient.json.value(u"verdict").toString(), u"up"_s);
    QCOMPARE(lenient.json.value(u"cert_expires").toString(), u"2021-01-01T00:00:00Z"_s);
}

void TestCheckCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QString target = u"http://127.0.0.1:9/"_s;
    QTest::newRow("no URL") << QStringList{u"check"_s} << "check needs a URL";
    QTest::newRow("two URLs") << QStringList{u"check"_s, target, target} << "one URL";
    QTest::newRow("two URLs, password hidden")
        << QStringList{u"check"_s, u"http://me:hunter2@127.0.0.1:9/"_s, u"extra"_s}
        << "got 2: http://me@127.0.0.1:9/ extra";
    QTest::newRow("ftp") << QStringList{u"check"_s, u"ftp://example.com/"_s}
                         << "unsupported scheme 'ftp'";
    QTest::newRow("file") << QStringList{u"check"_s, u"file:///etc/passwd"_s}
                          << "unsupported scheme 'file'";
    QTest::newRow("no scheme") << QStringList{u"check"_s, u"example.com"_s} << "no scheme";
    QTest::newRow("malformed") << QStringList{u"check"_s, u"http://exa mple.com/"_s}
                               << "malformed URL";
    QTest::newRow("bad status list")
        << QStringList{u"check"_s, u"--expect-status"_s, u"abc"_s, target}
        << "bad --expect-status: 'abc'";
    QTest::newRow("reversed range")
        << QStringList{u"check"_s, u"--expect-status"_s, u"299-200"_s, target}
        << "ends before it starts";
    QTest::newRow("status out of range")
        << QStringList{u"check"_s, u"--expect-status"_s, u"700"_s, target} << "outside 100-599";
    QTest::newRow("bad header") << QStringList{u"check"_s, u"--header"_s, u"NoColon"_s, target}
                                << "'Name: value'";
    QTest::newRow("managed header")
        << QStringList{u"check"_s, u"--header"_s, u"Content-Length: 3"_s, target}
        << "Content-Length";
    QTest::newRow("bad method") << QStringList{u"check"_s, u"--method"_s, u"TRACE"_s, target}
                                << "unsupported method 'TRACE': use GET, HEAD, POST, PUT, PATCH, "
                                   "DELETE or OPTIONS";
    QTest::newRow("zero timeout") << QStringList{u"check"_s, u"--timeout"_s, u"0"_s, target}
                                  << "--timeout";
    QTest::newRow("word timeout") << QStringList{u"check"_s, u"--timeout"_s, u"soon"_s, target}
                                  << "not 'soon'";
    QTest::newRow("negative redirects")
        << QStringList{u"check"_s, u"--max-redirects"_s, u"-1"_s, target} << "--max-redirects";
    QTest::newRow("bad degraded") << QStringList{u"check"_s, u"--degraded-ms"_s, u"x"_s, target}
                                  << "--degraded-ms";
    QTest::newRow("invert without keyword")
        << QStringList{u"check"_s, u"--invert-keyword"_s, target} << "needs a keyword";
    QTest::newRow("keyword with HEAD")
        << QStringList{u"check"_s, u"--method"_s, u"HEAD"_s, u"--keyword"_s, u"x"_s, target}
        << "HEAD";
    QTest::newRow("malformed JSON assertion")
        << QStringList{u"check"_s, u"--json-assert"_s, uR"(/status = "ok")"_s, target}
        << uR"(upwatch: bad --json-assert '/status = "ok"': unknown operator '=' at column 9: use ==, )"_s;
    QTest::newRow("JSON assertion without a value")
        << QStringList{u"check"_s, u"--json-assert"_s, u"/depth <"_s, target}
        << uR"(bad --json-assert '/depth <': '<' needs a JSON value after it, e.g. < "ok" or < 5)"_s;
    QTest::newRow("JSON assertion text without quotes")
        << QStringList{u"check"_s, u"--json-assert"_s, u"/status == ok"_s, target}
        << u"the value is not JSON: column 12: not a valid number or value (text needs double "
           u"quotes)"_s;
    QTest::newRow("JSON assertion with a line break")
        << QStringList{u"check"_s, u"--json-assert"_s, u"/a\n= 1"_s, target}
        << u"bad --json-assert '/a\\n= 1': unknown operator '='"_s;
    QTest::newRow("JSON assertion with HEAD")
        << QStringList{u"check"_s,         u"--method"_s,  u"HEAD"_s,
                       u"--json-assert"_s, u"/a exists"_s, target}
        << "a JSON assertion needs a response body";
    QTest::newRow("invalid keyword regex")
        << QStringList{u"check"_s, u"--keyword"_s, u"(a"_s, u"--keyword-regex"_s, target}
        << "the keyword is not a valid regular expression: missing closing parenthesis";
    QTest::newRow("data with GET")
        << QStringList{u"check"_s, u"--method"_s, u"GET"_s, u"--data"_s, u"x"_s, target} << "POST";
    QTest::newRow("unknown option")
        << QStringList{u"check"_s, u"--bogus"_s, target} << "unknown option 'bogus'";
    QTest::newRow("missing value")
        << QStringList{u"check"_s, target, u"--timeout"_s} << "missing value after '--timeout'";
    QTest::newRow("unknown command")
        << QStringList{u"frobnicate"_s} << "unknown command 'frobnicate'";
}

void TestCheckCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const Run run = upwatch(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(u"upwatch: "_s), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!run.err.contains(u"hunter2"_s));
}

void TestCheckCommand::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("text");

    QTest::newRow("help") << QStringList{u"help"_s} << "upwatch <command>";
    QTest::newRow("--help") << QStringList{u"--help"_s} << "check URL";
    QTest::newRow("check --help") << QStringList{u"check"_s, u"--help"_s} << "--expect-status";
    QTest::newRow("--version") << QStringList{u"--version"_s} << "upwatch " UPWATCH_VERSION;
}

void TestCheckCommand::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, text);

    const Run run = upwatch(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(text), qPrintable(run.out));
    QCOMPARE(run.err, QString());
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
