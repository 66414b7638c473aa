#include "tests/support/Builders.h"
#include "tests/support/ProbeHelpers.h"
#include "tests/support/TestServer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// JSON assertions and regular-expression keywords, checked against the loopback server.
class TestProberJson final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void verdicts_data();
    void verdicts();

private:
    TestServer m_server;
};

namespace {

const QByteArray kJson = R"({"status": "ok", "queue": {"depth": 42}, "tags": ["eu", "us"]})";

QList<JsonAssertion> assertions(const QStringList &texts)
{
    QString error;
    const auto parsed = JsonAssertion::parseAll(texts, &error);
    if (!parsed)
        qFatal("%s", qPrintable(error));
    return *parsed;
}

} // namespace

void TestProberJson::initTestCase()
{
    QVERIFY(m_server.start());
    const auto json = [](const QByteArray &body) {
        return TestRoute::ok(body).header("Content-Type", "application/json");
    };
    m_server.setRoute("/json", json(kJson));
    m_server.setRoute("/json-503", TestRoute::withStatus(503, kJson));
    m_server.setRoute("/json-gzip", TestRoute::gzipped(kJson));
    m_server.setRoute("/json-behind-redirect", TestRoute::redirect("/json").withBody("not JSON"));
    m_server.setRoute("/scalar", json(R"("pong")"));
    m_server.setRoute("/two-values", json("1 2"));
    m_server.setRoute("/empty", TestRoute::ok(QByteArray()));
    m_server.setRoute("/html", TestRoute::ok("<html>all good: healthy</html>"));
    m_server.setRoute("/umlaut", TestRoute::ok("Grüße aus Köln"));
    m_server.setRoute("/endless", TestRoute::endless());
}

void TestProberJson::verdicts_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Monitor>("monitor");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<QString>("error");

    const Monitor base = MonitorBuilder(u"json"_s).timeoutMs(5000).build();
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
    Monitor m;

    // JSON assertions: all must hold; the first that fails says why.
    m = base;
    m.jsonAssertions =
        assertions({uR"(/status == "ok")"_s, u"/queue/depth < 100"_s, uR"(/tags contains "eu")"_s});
    row("all hold") << "/json" << m << Verdict::Up << Reason::Ok << "";
    row("compressed JSON") << "/json-gzip" << m << Verdict::Up << Reason::Ok << "";
    row("the redirect's body is not judged")
        << "/json-behind-redirect" << m << Verdict::Up << Reason::Ok << "";
    m.jsonAssertions = assertions(
        {uR"(/status == "ok")"_s, u"/queue/depth < 10"_s, uR"(/tags contains "asia")"_s});
    row("the first that fails") << "/json" << m << Verdict::Down << Reason::Json
                                << "/queue/depth is 42, expected < 10";
    m.jsonAssertions = assertions({u"/id exists"_s});
    row("missing key") << "/json" << m << Verdict::Down << Reason::Json
                       << "/id is missing, expected exists";
    row("status first") << "/json-503" << m << Verdict::Down << Reason::Status
                        << "HTTP 503 Service Unavailable, expected 200-299";
    m.keyword = u"absent"_s;
    row("keyword before JSON") << "/json" << m << Verdict::Down << Reason::Keyword
                               << "keyword 'absent' not found";
    m = base;
    m.jsonAssertions = assertions({uR"("" == "pong")"_s});
    row("a bare JSON value") << "/scalar" << m << Verdict::Up << Reason::Ok << "";

    // Bodies that are not JSON, or not all of it.
    m = base;
    m.jsonAssertions = assertions({u"/status exists"_s});
    row("not JSON") << "/html" << m << Verdict::Down << Reason::Json
                    << "the body is not JSON: line 1, column 1: not a valid number or value (text "
                       "needs double quotes)";
    row("empty body") << "/empty" << m << Verdict::Down << Reason::Json
                      << "the body is empty, not JSON";
    row("two values") << "/two-values" << m << Verdict::Down << Reason::Json
                      << "the body is not JSON: line 1, column 3: missing comma between values";
    m.maxBodyBytes = 16;
    row("cut by the body cap")
        << "/json" << m << Verdict::Down << Reason::Json
        << "the body is larger than the 16 bytes read limit, so it cannot be read as JSON";
    m.maxBodyBytes = 64 * 1024;
    row("endless body") << "/endless" << m << Verdict::Down << Reason::Json
                        << "the body is larger than the 64 KiB read limit, so it cannot be read "
                           "as JSON";

    // Regular-expression keywords: on the decoded text, inverted as substrings are.
    m = base;
    m.keyword = u"heal+thy</"_s;
    row("substring is not a pattern")
        << "/html" << m << Verdict::Down << Reason::Keyword << "keyword 'heal+thy</' not found";
    m.keywordIsRegex = true;
    row("regex matches") << "/html" << m << Verdict::Up << Reason::Ok << "";
    m.keyword = u"^healthy"_s;
    row("regex does not match") << "/html" << m << Verdict::Down << Reason::Keyword
                                << "regular expression '^healthy' did not match";
    m.invertKeyword = true;
    row("inverted regex absent") << "/html" << m << Verdict::Up << Reason::Ok << "";
    m.keyword = u"good: \\w+"_s;
    row("inverted regex present") << "/html" << m << Verdict::Down << Reason::Keyword
                                  << "regular expression 'good: \\w+' matched, but must not";
    m = base;
    m.keywordIsRegex = true;
    m.keyword = u"^Gr.ße aus K.ln$"_s; // one '.' per character, not per UTF-8 byte
    row("regex on UTF-8 text") << "/umlaut" << m << Verdict::Up << Reason::Ok << "";
    m.keyword = u"healthy"_s;
    m.maxBodyBytes = 64 * 1024;
    row("regex in a capped body") << "/endless" << m << Verdict::Down << Reason::Keyword
                                  << "regular expression 'healthy' did not match in the first 64 "
                                     "KiB";
    m = base;
    m.keywordIsRegex = true;
    m.keyword = u"all good"_s;
    m.jsonAssertions = assertions({u"/status exists"_s});
    row("regex keyword holds, then JSON")
        << "/html" << m << Verdict::Down << Reason::Json << "the body is not JSON";
}

void TestProberJson::verdicts()
{
    QFETCH(QString, path);
    QFETCH(Monitor, monitor);
    QFETCH(Verdict, verdict);
    QFETCH(Reason, reason);
    QFETCH(QString, error);

    monitor.url = m_server.url(path);
    Prober prober;
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->verdict == verdict && result->reason == reason, describe(*result));
    QCOMPARE(result->error.isEmpty(), verdict == Verdict::Up);
    QVERIFY2(error.isEmpty() || result->error.startsWith(error), describe(*result));
}

QTEST_GUILESS_MAIN(TestProberJson)
#include "tst_prober_json.moc"
