#include "core/metrics/HttpEndpoint.h"
#include "core/metrics/MetricsCollector.h"
#include "core/metrics/MetricsServer.h"
#include "core/metrics/MetricsToken.h"
#include "core/secret/MemorySecretStore.h"
#include "core/service/MonitoringService.h"
#include "tests/support/Builders.h"
#include "tests/support/FakeClock.h"
#include "tests/support/StoreHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Answer {
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
};

} // namespace

// The metrics endpoint over real HTTP on 127.0.0.1, for a MonitoringService on a temporary
// database with one paused monitor.
class TestMetricsServer final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void metrics();
    void health();
    void headHasNoBody();
    void unknownPathIs404();
    void otherMethodsAre405_data();
    void otherMethodsAre405();
    void bearerToken();
    void middlewareCountsItsRequests();
    void portTaken();
    void listenAgainElsewhere();
    void tokenLookup();
    void endlessRequestIsDropped_data();
    void endlessRequestIsDropped();
    void parseAddress_data();
    void parseAddress();

private:
    void startService();
    Answer fetch(const QByteArray &method, const QString &path,
                 const QByteArray &authorization = {}, quint16 port = 0);

    std::unique_ptr<TempDatabase> m_database;
    std::unique_ptr<MonitoringService> m_service;
    std::unique_ptr<MetricsServer> m_server;
    QNetworkAccessManager m_network;
};

void TestMetricsServer::init()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_database = std::make_unique<TempDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    const Monitor stored = storeMonitor(
        m_database->db(),
        MonitorBuilder(u"caf\u00e9 \"main\""_s).url(u"http://127.0.0.1:1/"_s).paused().build());
    QVERIFY(stored.id > 0);
    m_service =
        std::make_unique<MonitoringService>(m_database->path(), std::make_shared<FakeClock>());
    m_server = std::make_unique<MetricsServer>(*m_service);
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->error()));
    QVERIFY(m_server->isListening());
    QVERIFY(m_server->port() > 0);
    QCOMPARE(m_server->metricsUrl(), QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(m_server->port())));
}

void TestMetricsServer::cleanup()
{
    m_server.reset();
    if (m_service && m_service->isLoaded() && !m_service->isStopping()) {
        QSignalSpy stopped(m_service.get(), &MonitoringService::stopped);
        m_service->shutdown();
        QVERIFY(stopped.wait(30'000));
    }
    m_service.reset();
    m_database.reset();
}

void TestMetricsServer::startService()
{
    QSignalSpy loaded(m_service.get(), &MonitoringService::loaded);
    m_service->start();
    QVERIFY(loaded.wait(20'000));
    QTRY_VERIFY_WITH_TIMEOUT(m_service->isHistoryOpen(), 20'000);
    // A first health sample, as the health monitor takes each second.
    m_service->health().sample();
}

Answer TestMetricsServer::fetch(const QByteArray &method, const QString &path,
                                const QByteArray &authorization, quint16 port)
{
    QNetworkRequest request(
        MetricsServer::urlFor(QHostAddress::LocalHost, port ? port : m_server->port(), path));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    // HEAD through head(): as a custom verb QNAM would wait for the body Content-Length names.
    QNetworkReply *reply =
        method == "HEAD" ? m_network.head(request) : m_network.sendCustomRequest(request, method);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20'000)) {
        reply->abort();
        reply->deleteLater();
        return {};
    }
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return answer;
}

void TestMetricsServer::metrics()
{
    startService();
    const Answer answer = fetch("GET", u"/metrics"_s);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.headers.value("content-type"), "text/plain; version=0.0.4; charset=utf-8");
    QVERIFY(answer.body.contains("upwatch_build_info{version=\"" UPWATCH_VERSION "\"} 1\n"));
    QVERIFY2(answer.body.contains("upwatch_monitor_state{id=\"1\",monitor=\"caf\xc3\xa9 "
                                  "\\\"main\\\"\",state=\"paused\"} 1\n"),
             answer.body.constData());
    QVERIFY(answer.body.contains("upwatch_monitors{state=\"paused\"} 1\n"));
    QVERIFY(answer.body.contains("upwatch_event_loop_lag_seconds{thread=\"owner\"}"));
}

void TestMetricsServer::health()
{
    // Not started: monitoring is not running, the endpoint says so with a 503.
    Answer answer = fetch("GET", u"/health"_s);
    QCOMPARE(answer.status, 503);
    QCOMPARE(answer.headers.value("content-type"), "application/json");
    QJsonObject json = QJsonDocument::fromJson(answer.body).object();
    QCOMPARE(json.value(u"status"_s).toString(), u"failing"_s);

    startService();
    answer = fetch("GET", u"/health"_s);
    QCOMPARE(answer.status, 200);
    json = QJsonDocument::fromJson(answer.body).object();
    QCOMPARE(json.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(json.value(u"version"_s).toString(), QStringLiteral(UPWATCH_VERSION));
    QCOMPARE(json.value(u"monitors"_s).toObject().value(u"paused"_s).toInt(), 1);

    // The store fails to write: the service is failing.
    emit m_service->historyAccountingChanged({0, 5, 0, u"database or disk is full"_s});
    answer = fetch("GET", u"/health"_s);
    QCOMPARE(answer.status, 503);
    json = QJsonDocument::fromJson(answer.body).object();
    QCOMPARE(json.value(u"status"_s).toString(), u"failing"_s);
    QVERIFY(json.value(u"problems"_s).toArray().first().toString().contains(u"disk is full"_s));
}

void TestMetricsServer::headHasNoBody()
{
    startService();
    for (const QString &path : {u"/metrics"_s, u"/health"_s}) {
        const Answer answer = fetch("HEAD", path);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.isEmpty());
        QVERIFY(answer.headers.value("content-length").toInt() > 0);
        QVERIFY(!answer.headers.value("content-type").isEmpty());
    }
    // The connection is still good for the next request.
    QCOMPARE(fetch("GET", u"/metrics"_s).status, 200);
}

void TestMetricsServer::unknownPathIs404()
{
    for (const QString &path : {u"/"_s, u"/metrics/"_s, u"/nope"_s, u"/health/x"_s}) {
        const Answer answer = fetch("GET", path);
        QCOMPARE(answer.status, 404);
    }
    QCOMPARE(fetch("POST", u"/nope"_s).status, 404);
}

void TestMetricsServer::otherMethodsAre405_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("POST /metrics") << QByteArray("POST") << u"/metrics"_s;
    QTest::newRow("PUT /metrics") << QByteArray("PUT") << u"/metrics"_s;
    QTest::newRow("DELETE /health") << QByteArray("DELETE") << u"/health"_s;
    QTest::newRow("OPTIONS /health") << QByteArray("OPTIONS") << u"/health"_s;
}

void TestMetricsServer::otherMethodsAre405()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const Answer answer = fetch(method, path);
    QCOMPARE(answer.status, 405);
    QCOMPARE(answer.headers.value("allow"), "GET, HEAD");
}

void TestMetricsServer::bearerToken()
{
    startService();
    m_server->setToken("s3cret-token");
    QVERIFY(m_server->endpoint().requiresToken());
    for (const QByteArray &wrong :
         {QByteArray(), QByteArray("Bearer wrong"), QByteArray("Bearer s3cret-toke"),
          QByteArray("Basic czNjcmV0LXRva2Vu"), QByteArray("s3cret-token")}) {
        const Answer answer = fetch("GET", u"/metrics"_s, wrong);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.headers.value("www-authenticate"), "Bearer realm=\"upwatch\"");
        QVERIFY(!answer.body.contains("upwatch_"));
    }
    // Also before telling an unknown path or a wrong method.
    QCOMPARE(fetch("GET", u"/nope"_s).status, 401);
    QCOMPARE(fetch("POST", u"/metrics"_s).status, 401);
    QCOMPARE(fetch("GET", u"/metrics"_s, "Bearer s3cret-token").status, 200);
    QCOMPARE(fetch("GET", u"/health"_s, "bearer s3cret-token").status, 200);
    m_server->setToken({});
    QCOMPARE(fetch("GET", u"/metrics"_s).status, 200);
}

void TestMetricsServer::middlewareCountsItsRequests()
{
    startService();
    QCOMPARE(fetch("GET", u"/metrics"_s).status, 200);
    QCOMPARE(fetch("GET", u"/metrics"_s).status, 200);
    QCOMPARE(fetch("GET", u"/nope"_s).status, 404);
    QCOMPARE(fetch("GET", u"/other-nope"_s).status, 404);
    QCOMPARE(fetch("POST", u"/health"_s).status, 405);
    QCOMPARE(fetch("HEAD", u"/health"_s).status, 200);
    // A request is counted once it is answered: this one sees the six before it.
    const QByteArray body = fetch("GET", u"/metrics"_s).body;
    for (const char *line :
         {"upwatch_http_requests_total{path=\"/metrics\",code=\"200\"} 2\n",
          "upwatch_http_requests_total{path=\"other\",code=\"404\"} 2\n",
          "upwatch_http_requests_total{path=\"/health\",code=\"405\"} 1\n",
          "upwatch_http_requests_total{path=\"/health\",code=\"200\"} 1\n",
          "upwatch_http_errors_total 3\n", "upwatch_http_request_duration_seconds_count 6\n"})
        QVERIFY2(body.contains(line), line);
    const HttpMetrics &http = m_server->collector().snapshot().http;
    QCOMPARE(http.duration.count(), quint64(7));
    QCOMPARE(http.requests.at({u"/metrics"_s, 200}), quint64(3));
}

void TestMetricsServer::portTaken()
{
    MetricsServer second(*m_service);
    QVERIFY(!second.listen(QHostAddress::LocalHost, m_server->port()));
    QVERIFY(!second.isListening());
    QCOMPARE(second.error(), u"cannot listen on 127.0.0.1:%1: the port is already in use (by "
                             "another program, or another Upwatch)"_s.arg(m_server->port()));
    QVERIFY(second.metricsUrl().isEmpty());
    // The first one still answers.
    QCOMPARE(fetch("GET", u"/health"_s).status, 503);
}

void TestMetricsServer::listenAgainElsewhere()
{
    startService();
    QCOMPARE(fetch("GET", u"/metrics"_s).status, 200);
    const quint16 first = m_server->port();
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->error()));
    QVERIFY(m_server->port() != first);
    QCOMPARE(fetch("GET", u"/metrics"_s, {}, first).status, 0); // nobody listens there now
    // What was counted is kept.
    const QByteArray body = fetch("GET", u"/metrics"_s).body;
    QVERIFY(body.contains("upwatch_http_requests_total{path=\"/metrics\",code=\"200\"} 1\n"));

    m_server->close();
    QVERIFY(!m_server->isListening());
    QCOMPARE(m_server->port(), quint16(0));
}

void TestMetricsServer::tokenLookup()
{
    MemorySecretStore secrets;
    bool stored = false;
    secrets.write(QString::fromLatin1(MetricsToken::kKey), "from-the-keychain", this,
                  [&stored](const SecretStore::Reply &reply) { stored = reply.ok(); });
    QTRY_VERIFY(stored);

    const auto find = [this, &secrets](const QHostAddress &address) {
        std::optional<MetricsToken::Found> result;
        bool inside = true; // done() must come later, never inside find()
        MetricsToken::find(&secrets, address, this,
                           [&result, &inside](const MetricsToken::Found &found) {
                               QVERIFY(!inside);
                               result = found;
                           });
        inside = false;
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 10'000);
        return result.value_or(MetricsToken::Found{false, {}, u"no answer"_s});
    };
    const QHostAddress lan(u"192.0.2.10"_s); // never listened on: only the lookup is tested
    const QHostAddress loopback(QHostAddress::LocalHost);

    // Loopback: no token unless the environment has one. Elsewhere: the keychain's.
    QCOMPARE(find(loopback).token, QByteArray());
    const int reads = secrets.operationCount();
    QCOMPARE(find(lan).token, "from-the-keychain");
    QCOMPARE(secrets.operationCount(), reads + 1);
    QVERIFY(find(lan).ok);

    // The environment's wins, on every address, without asking the keychain.
    qputenv(MetricsToken::kVariable, "  from-the-environment \n");
    QCOMPARE(find(loopback).token, "from-the-environment");
    QCOMPARE(find(lan).token, "from-the-environment");
    qunsetenv(MetricsToken::kVariable);

    // No keychain, or no such key: open (with the warning of the fronts).
    secrets.failWith(SecretStore::Status::Unavailable);
    QVERIFY(find(lan).ok);
    QCOMPARE(find(lan).token, QByteArray());
    // A keychain that refuses: not ok, and says why.
    secrets.failWith(SecretStore::Status::Denied, u"the keychain is locked"_s);
    const MetricsToken::Found denied = find(lan);
    QVERIFY(!denied.ok);
    QVERIFY2(denied.error.contains(u"the keychain is locked"_s), qPrintable(denied.error));
    QVERIFY(denied.error.contains(u"UPWATCH_METRICS_TOKEN"_s));
}

void TestMetricsServer::endlessRequestIsDropped_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("endless body") << QByteArray(
        "POST /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
        "1073741824\r\n\r\n");
    QTest::newRow("endless header") << QByteArray("GET /metrics HTTP/1.1\r\nX-Endless: ");
}

void TestMetricsServer::endlessRequestIsDropped()
{
    QFETCH(QByteArray, start);
    constexpr qint64 kGiveUpBytes = 64 * 1024 * 1024;
    const QByteArray chunk(64 * 1024, 'a');
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(client.waitForConnected(10'000));
    client.write(start);
    qint64 sent = start.size();
    while (client.state() == QAbstractSocket::ConnectedState && sent < kGiveUpBytes) {
        client.write(chunk);
        sent += chunk.size();
        // Lets the server (in this thread) read what arrived.
        (void)QTest::qWaitFor([&client] { return client.bytesToWrite() < 1024 * 1024; }, 1000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 10'000);
    QVERIFY2(sent < kGiveUpBytes, qPrintable(QString::number(sent)));
    // Others are still served.
    QCOMPARE(fetch("GET", u"/health"_s).status, 503);
}

void TestMetricsServer::parseAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address"); // empty: not an address
    QTest::newRow("v4") << u"127.0.0.1"_s << u"127.0.0.1"_s;
    QTest::newRow("spaces") << u" 10.0.0.1 "_s << u"10.0.0.1"_s;
    QTest::newRow("any") << u"0.0.0.0"_s << u"0.0.0.0"_s;
    QTest::newRow("v6") << u"::1"_s << u"::1"_s;
    QTest::newRow("v6 brackets") << u"[::1]"_s << u"::1"_s;
    QTest::newRow("localhost") << u"LocalHost"_s << u"127.0.0.1"_s;
    QTest::newRow("host name") << u"example.org"_s << QString();
    QTest::newRow("with port") << u"127.0.0.1:80"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("empty brackets") << u"[]"_s << QString();
}

void TestMetricsServer::parseAddress()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    const auto parsed = MetricsServer::parseAddress(text);
    QCOMPARE(parsed.has_value(), !address.isEmpty());
    if (parsed)
        QCOMPARE(parsed->toString(), address);
}

QTEST_GUILESS_MAIN(TestMetricsServer)
#include "tst_metricsserver.moc"
