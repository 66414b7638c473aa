#include "core/model/MonitorValidator.h"
#include "tests/support/Builders.h"
#include "tests/support/ProbeHelpers.h"
#include "tests/support/TestServer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

// What the prober sends: methods, bodies, headers, and how they change along redirects.
class TestProberRequests final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void postSendsBodyAndHeaders();
    void postHasDefaultContentType();
    void headSendsNoBody();
    void userAgent();
    void everyMethodIsSent_data();
    void everyMethodIsSent();
    void redirectMethods_data();
    void redirectMethods();
    void credentialsStayWithTheirOrigin();
    void noCookiesBetweenChecks();
    void repeatedHeadersAreAllSent();
    void postAnsweredBySeeOtherToItself();

private:
    Monitor monitorFor(const QString &path) const;

    TestServer m_server;
};

void TestProberRequests::initTestCase()
{
    QVERIFY(m_server.start());
    m_server.setRoute("/ok", TestRoute::ok("all good: healthy"));
}

void TestProberRequests::init()
{
    m_server.clearRecords();
}

Monitor TestProberRequests::monitorFor(const QString &path) const
{
    return MonitorBuilder(QString()).url(m_server.url(path)).timeoutMs(5000).build();
}

void TestProberRequests::postSendsBodyAndHeaders()
{
    Monitor monitor = monitorFor(u"/ok"_s);
    monitor.method = HttpMethod::Post;
    monitor.body = R"({"ping":true})";
    monitor.headers = {{"Content-Type", "application/json"}, {"X-Api-Key", "secret 123"}};
    Prober prober;
    const auto result = runCheck(prober, monitor);
    QVERIFY(result && result->verdict == Verdict::Up);
    QCOMPARE(m_server.requests().size(), 1);
    const RecordedRequest &request = m_server.requests().constFirst();
    QCOMPARE(request.method, "POST");
    QCOMPARE(request.path, "/ok");
    QCOMPARE(request.body, R"({"ping":true})");
    QCOMPARE(request.header("Content-Type"), "application/json");
    QCOMPARE(request.header("X-Api-Key"), "secret 123");
    QCOMPARE(request.header("Content-Length"), "13");
}

void TestProberRequests::postHasDefaultContentType()
{
    Monitor monitor = monitorFor(u"/ok"_s);
    monitor.method = HttpMethod::Post;
    monitor.body = "a=1&b=2";
    Prober prober;
    QVERIFY(runCheck(prober, monitor));
    QCOMPARE(m_server.requests().size(), 1);
    QCOMPARE(m_server.requests().constFirst().header("Content-Type"),
             "application/x-www-form-urlencoded");
    QCOMPARE(m_server.requests().constFirst().body, "a=1&b=2");
}

void TestProberRequests::headSendsNoBody()
{
    Monitor monitor = monitorFor(u"/ok"_s);
    monitor.method = HttpMethod::Head;
    monitor.headers = {{"X-Trace", "1"}};
    Prober prober;
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Up, describe(*result));
    QCOMPARE(m_server.requests().size(), 1);
    const RecordedRequest &request = m_server.requests().constFirst();
    QCOMPARE(request.method, "HEAD");
    QVERIFY(request.body.isEmpty());
    QVERIFY(request.header("Content-Length").isEmpty() || request.header("Content-Length") == "0");
    QCOMPARE(request.header("X-Trace"), "1");
}

void TestProberRequests::userAgent()
{
    Prober prober;
    Monitor monitor = monitorFor(u"/ok"_s);
    QVERIFY(runCheck(prober, monitor));
    QVERIFY(m_server.requests().constLast().header("User-Agent").startsWith("Upwatch/"));
    monitor.headers = {{"User-Agent", "custom-agent/2"}};
    QVERIFY(runCheck(prober, monitor));
    QCOMPARE(m_server.requests().constLast().header("User-Agent"), "custom-agent/2");
}

void TestProberRequests::everyMethodIsSent_data()
{
    QTest::addColumn<HttpMethod>("method");
    for (const HttpMethod method : kHttpMethods)
        QTest::newRow(httpMethodName(method).constData()) << method;
}

void TestProberRequests::everyMethodIsSent()
{
    QFETCH(HttpMethod, method);
    Monitor monitor = monitorFor(u"/ok"_s);
    monitor.method = method;
    const bool withBody = httpMethodSendsBody(method);
    if (withBody)
        monitor.body = R"({"id":7})";
    QVERIFY(MonitorValidator::problems(monitor).isEmpty());
    Prober prober;
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Up, describe(*result));
    QCOMPARE(m_server.requests().size(), 1);
    const RecordedRequest &request = m_server.requests().constFirst();
    QCOMPARE(request.method, httpMethodName(method));
    QCOMPARE(request.body, withBody ? QByteArray(R"({"id":7})") : QByteArray());
    // A body has a type (the default when none is given); a request without one has neither.
    QCOMPARE(request.hasHeader("Content-Type"), withBody);
    if (withBody)
        QCOMPARE(request.header("Content-Length"), "8");
}

void TestProberRequests::redirectMethods_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<HttpMethod>("method");
    QTest::addColumn<QByteArray>("followedWith");
    QTest::addColumn<bool>("bodyKept");

    // A kept body keeps its Content-Type; a dropped one takes it along.
    QTest::newRow("POST 301") << 301 << HttpMethod::Post << QByteArray("GET") << false;
    QTest::newRow("POST 302") << 302 << HttpMethod::Post << QByteArray("GET") << false;
    QTest::newRow("POST 303") << 303 << HttpMethod::Post << QByteArray("GET") << false;
    QTest::newRow("POST 307") << 307 << HttpMethod::Post << QByteArray("POST") << true;
    QTest::newRow("POST 308") << 308 << HttpMethod::Post << QByteArray("POST") << true;
    QTest::newRow("HEAD 303") << 303 << HttpMethod::Head << QByteArray("HEAD") << false;
    QTest::newRow("HEAD 301") << 301 << HttpMethod::Head << QByteArray("HEAD") << false;
    QTest::newRow("GET 307") << 307 << HttpMethod::Get << QByteArray("GET") << false;
    // Only a POST turns into a GET on 301/302; every method but HEAD does on 303.
    QTest::newRow("PUT 301") << 301 << HttpMethod::Put << QByteArray("PUT") << true;
    QTest::newRow("PATCH 302") << 302 << HttpMethod::Patch << QByteArray("PATCH") << true;
    QTest::newRow("DELETE 303") << 303 << HttpMethod::Delete << QByteArray("GET") << false;
    QTest::newRow("PUT 308") << 308 << HttpMethod::Put << QByteArray("PUT") << true;
    QTest::newRow("OPTIONS 307") << 307 << HttpMethod::Options << QByteArray("OPTIONS") << false;
}

void TestProberRequests::redirectMethods()
{
    QFETCH(int, status);
    QFETCH(HttpMethod, method);
    QFETCH(QByteArray, followedWith);
    QFETCH(bool, bodyKept);

    m_server.setRoute("/redirect-method", TestRoute::redirect("/ok", status));
    Monitor monitor = monitorFor(u"/redirect-method"_s);
    monitor.method = method;
    if (httpMethodSendsBody(method)) {
        monitor.body = "payload";
        monitor.headers = {{"Content-Type", "text/plain"}};
    }
    Prober prober;
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Up, describe(*result));
    QCOMPARE(m_server.requests().size(), 2);
    const RecordedRequest &second = m_server.requests().at(1);
    QCOMPARE(second.path, "/ok");
    QCOMPARE(second.method, followedWith);
    QCOMPARE(second.body, bodyKept ? QByteArray("payload") : QByteArray());
    QCOMPARE(second.hasHeader("Content-Type"), bodyKept);
    if (bodyKept)
        QCOMPARE(second.header("Content-Type"), "text/plain");
}

void TestProberRequests::credentialsStayWithTheirOrigin()
{
    TestServer other;
    QVERIFY(other.start());
    other.setRoute("/landing", TestRoute::ok());
    m_server.setRoute("/away", TestRoute::redirect(other.url(u"/landing"_s).toEncoded()));
    m_server.setRoute("/here", TestRoute::redirect("/ok"));

    Monitor monitor = monitorFor(u"/here"_s);
    monitor.headers = {
        {"Authorization", "Bearer t0k3n"}, {"X-Other", "kept"}, {"Host", "site.example"}};
    Prober prober;
    QVERIFY(runCheck(prober, monitor));
    QCOMPARE(m_server.requests().size(), 2);
    QCOMPARE(m_server.requests().at(1).header("Authorization"), "Bearer t0k3n");
    QCOMPARE(m_server.requests().at(1).header("Host"), "site.example");

    monitor.url = m_server.url(u"/away"_s);
    const auto result = runCheck(prober, monitor);
    QVERIFY(result && result->verdict == Verdict::Up);
    QCOMPARE(other.requests().size(), 1);
    QVERIFY(!other.requests().constFirst().hasHeader("Authorization"));
    QCOMPARE(other.requests().constFirst().header("Host"),
             "127.0.0.1:" + QByteArray::number(other.serverPort()));
    QCOMPARE(other.requests().constFirst().header("X-Other"), "kept");
}

void TestProberRequests::noCookiesBetweenChecks()
{
    m_server.setRoute("/cookie", TestRoute::ok().header("Set-Cookie", "session=abc; Path=/"));
    Prober prober;
    const Monitor monitor = monitorFor(u"/cookie"_s);
    QVERIFY(runCheck(prober, monitor));
    QVERIFY(runCheck(prober, monitor));
    QCOMPARE(m_server.requests().size(), 2);
    QVERIFY(!m_server.requests().at(1).hasHeader("Cookie"));
}

void TestProberRequests::repeatedHeadersAreAllSent()
{
    Monitor monitor = monitorFor(u"/ok"_s);
    monitor.headers = {{"Accept", "text/html"}, {"X-One", "1"}, {"accept", "application/json"}};
    Prober prober;
    QVERIFY(runCheck(prober, monitor));
    QCOMPARE(m_server.requests().constFirst().header("Accept"), "text/html, application/json");
    QCOMPARE(m_server.requests().constFirst().header("X-One"), "1");
}

void TestProberRequests::postAnsweredBySeeOtherToItself()
{
    // A form that posts to itself and sends the browser back to it with GET: not a loop.
    m_server.setRoute("POST", "/form", TestRoute::redirect("/form", 303));
    m_server.setRoute("GET", "/form", TestRoute::ok("thanks"));
    Monitor monitor = monitorFor(u"/form"_s);
    monitor.method = HttpMethod::Post;
    monitor.body = "name=x";
    monitor.keyword = u"thanks"_s;
    Prober prober;
    const auto result = runCheck(prober, monitor);
    QVERIFY(result);
    QVERIFY2(result->verdict == Verdict::Up, describe(*result));
    QCOMPARE(m_server.requests().size(), 2);
    QCOMPARE(m_server.requests().at(1).method, "GET");

    // The same request answered by the same redirect is a loop.
    m_server.setRoute("GET", "/form", TestRoute::redirect("/form", 302));
    monitor.method = HttpMethod::Get;
    monitor.body.clear();
    const auto loop = runCheck(prober, monitor);
    QVERIFY(loop);
    QVERIFY2(loop->reason == Reason::Redirects, describe(*loop));
}

QTEST_GUILESS_MAIN(TestProberRequests)
#include "tst_prober_requests.moc"
