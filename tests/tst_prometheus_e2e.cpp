#include "tests/support/Builders.h"
#include "tests/support/RunningUpwatch.h"
#include "tests/support/StoreHelpers.h"
#include "tests/support/TestServer.h"
#include "tests/support/UpwatchProcess.h"
#include "ui/desktop/AppSettings.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kScrapeWaitMs = 60'000;
const QByteArray kToken = "e2e-token-4f1c";

} // namespace

// `upwatch run --metrics-port` scraped by a real Prometheus on loopback: the series of a
// monitor that checks the loopback test server arrive in Prometheus' own database.
class TestPrometheusE2e final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void prometheusScrapesRun();
    void prometheusScrapesTheWindow();
    void badOptions_data();
    void badOptions();
    void portInUse();

private:
    // GET on a local URL: the body, or empty when it did not answer.
    QByteArray get(const QUrl &url);
    std::unique_ptr<QProcess> startPrometheus(quint16 metricsPort, const QByteArray &token,
                                              quint16 *webPort);
    QJsonArray waitForSeries(quint16 webPort, const QString &promql, const QProcess &server);
    Monitor storeSiteMonitor(const TestServer &site);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TempDatabase> m_database;
    QNetworkAccessManager m_network;
};

void TestPrometheusE2e::init()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<TempDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
}

void TestPrometheusE2e::cleanup()
{
    qunsetenv("UPWATCH_METRICS_TOKEN");
    m_database.reset();
    m_dir.reset();
}

QByteArray TestPrometheusE2e::get(const QUrl &url)
{
    QNetworkReply *reply = m_network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10'000))
        reply->abort();
    const QByteArray body =
        reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return body;
}

// A Prometheus on loopback that scrapes 127.0.0.1:metricsPort every second (with the bearer
// token when one is given), its storage in the test's folder.
std::unique_ptr<QProcess>
TestPrometheusE2e::startPrometheus(quint16 metricsPort, const QByteArray &token, quint16 *webPort)
{
    *webPort = TestServer::unusedPort();
    QFile config(m_dir->filePath(u"prometheus.yml"_s));
    if (*webPort == 0 || *webPort == metricsPort || !config.open(QIODevice::WriteOnly))
        return nullptr;
    QByteArray yaml = "global:\n"
                      "  scrape_interval: 1s\n"
                      "  scrape_timeout: 1s\n"
                      "scrape_configs:\n"
                      "  - job_name: upwatch\n";
    if (!token.isEmpty())
        yaml += QByteArray("    authorization:\n      credentials: " + token + "\n");
    yaml += QByteArray("    static_configs:\n      - targets: ['127.0.0.1:" +
                       QByteArray::number(metricsPort) + "']\n");
    config.write(yaml);
    config.close();
    auto server = std::make_unique<QProcess>();
    server->setProcessChannelMode(QProcess::MergedChannels);
    server->start(QStandardPaths::findExecutable(u"prometheus"_s),
                  {u"--config.file=%1"_s.arg(config.fileName()),
                   u"--storage.tsdb.path=%1"_s.arg(m_dir->filePath(u"data"_s)),
                   u"--web.listen-address=127.0.0.1:%1"_s.arg(*webPort), u"--log.level=warn"_s});
    if (!server->waitForStarted(10'000))
        return nullptr;
    return server;
}

QJsonArray TestPrometheusE2e::waitForSeries(quint16 webPort, const QString &promql,
                                            const QProcess &server)
{
    // Asks until the series has been scraped and stored (a bounded wait).
    QUrl query(u"http://127.0.0.1:%1/api/v1/query"_s.arg(webPort));
    QUrlQuery parameters;
    parameters.addQueryItem(u"query"_s, promql);
    query.setQuery(parameters);
    const QDeadlineTimer deadline(kScrapeWaitMs);
    while (!deadline.hasExpired() && server.state() == QProcess::Running) {
        const QJsonObject answer = QJsonDocument::fromJson(get(query)).object();
        const QJsonArray result = answer.value(u"data"_s).toObject().value(u"result"_s).toArray();
        if (!result.isEmpty())
            return result;
        QTest::qWait(500);
    }
    return {};
}

Monitor TestPrometheusE2e::storeSiteMonitor(const TestServer &site)
{
    const Monitor monitor = storeMonitor(
        m_database->db(),
        MonitorBuilder(u"e2e \"site\""_s).url(site.url(u"/ok"_s)).intervalSeconds(1).build());
    m_database->close();
    return monitor;
}

void TestPrometheusE2e::prometheusScrapesRun()
{
    if (QStandardPaths::findExecutable(u"prometheus"_s).isEmpty())
        QSKIP("prometheus is not installed (Debian package prometheus; tools/install-deps)");

    TestServer site;
    QVERIFY(site.start());
    site.setRoute("/ok", TestRoute::ok());
    const Monitor monitor = storeSiteMonitor(site);
    QVERIFY(monitor.id > 0);

    // upwatch with a token (from the environment), so the scrape must send it.
    const quint16 metricsPort = TestServer::unusedPort();
    QVERIFY(metricsPort > 0);
    qputenv("UPWATCH_METRICS_TOKEN", kToken);
    RunningUpwatch upwatch({u"run"_s, u"--db"_s, m_database->path(), u"--metrics-port"_s,
                            QString::number(metricsPort), u"--metrics-bind"_s, u"127.0.0.1"_s});
    qunsetenv("UPWATCH_METRICS_TOKEN");
    const QString listening =
        u"metrics: listening on http://127.0.0.1:%1/metrics"_s.arg(metricsPort);
    QTRY_VERIFY2_WITH_TIMEOUT(upwatch.err().contains(listening) || !upwatch.isRunning(),
                              qPrintable(upwatch.err()), 20'000);
    QVERIFY2(upwatch.isRunning(), qPrintable(upwatch.err()));
    // Without the token the endpoint answers nothing useful.
    QVERIFY(get(QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(metricsPort))).isEmpty());

    quint16 webPort = 0;
    const auto server = startPrometheus(metricsPort, kToken, &webPort);
    QVERIFY(server);
    const auto stopServer = qScopeGuard([&server] {
        server->terminate();
        if (!server->waitForFinished(15'000))
            server->kill();
    });
    const QJsonArray result =
        waitForSeries(webPort, u"upwatch_monitor_up{id=\"%1\"}"_s.arg(monitor.id), *server);
    QVERIFY2(!result.isEmpty(), qPrintable(u"no series in Prometheus; prometheus said:\n"_s +
                                           QString::fromUtf8(server->readAll()) +
                                           u"\nupwatch said:\n"_s + upwatch.err()));
    QCOMPARE(result.size(), 1);
    const QJsonObject series = result.first().toObject();
    const QJsonObject labels = series.value(u"metric"_s).toObject();
    QCOMPARE(labels.value(u"__name__"_s).toString(), u"upwatch_monitor_up"_s);
    QCOMPARE(labels.value(u"monitor"_s).toString(), u"e2e \"site\""_s);
    QCOMPARE(labels.value(u"url"_s).toString(), site.url(u"/ok"_s).toString());
    QCOMPARE(labels.value(u"job"_s).toString(), u"upwatch"_s);
    QCOMPARE(labels.value(u"instance"_s).toString(), u"127.0.0.1:%1"_s.arg(metricsPort));
    // [timestamp, "value"]: the site answers, the monitor is up.
    QCOMPARE(series.value(u"value"_s).toArray().at(1).toString(), u"1"_s);

    QVERIFY(upwatch.terminate());
    QCOMPARE(upwatch.exitCode(), 0);
}

void TestPrometheusE2e::prometheusScrapesTheWindow()
{
    if (QStandardPaths::findExecutable(u"prometheus"_s).isEmpty())
        QSKIP("prometheus is not installed (Debian package prometheus; tools/install-deps)");

    TestServer site;
    QVERIFY(site.start());
    site.setRoute("/ok", TestRoute::ok());
    const Monitor monitor = storeSiteMonitor(site);
    QVERIFY(monitor.id > 0);

    // The window's settings (QSettings under XDG_CONFIG_HOME) switch the metrics server on.
    const quint16 metricsPort = TestServer::unusedPort();
    QVERIFY(metricsPort > 0);
    const QString config = m_dir->filePath(u"config"_s);
    {
        QSettings settings(config + u"/Upwatch/upwatch.conf"_s, QSettings::NativeFormat);
        AppSettings app;
        app.metricsEnabled = true;
        app.metricsPort = metricsPort;
        app.save(settings);
    }
    const bool hadConfig = qEnvironmentVariableIsSet("XDG_CONFIG_HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", config.toLocal8Bit());
    RunningUpwatch window({u"--db"_s, m_database->path()}); // QT_QPA_PLATFORM=offscreen
    if (hadConfig)
        qputenv("XDG_CONFIG_HOME", oldConfig);
    else
        qunsetenv("XDG_CONFIG_HOME");

    quint16 webPort = 0;
    const auto server = startPrometheus(metricsPort, {}, &webPort);
    QVERIFY(server);
    const auto stopServer = qScopeGuard([&server] {
        server->terminate();
        if (!server->waitForFinished(15'000))
            server->kill();
    });
    const QJsonArray result =
        waitForSeries(webPort, u"upwatch_monitor_up{id=\"%1\"} == 1"_s.arg(monitor.id), *server);
    QVERIFY2(!result.isEmpty(), qPrintable(u"no series in Prometheus; prometheus said:\n"_s +
                                           QString::fromUtf8(server->readAll()) +
                                           u"\nupwatch said:\n"_s + window.err()));
    QCOMPARE(result.first().toObject().value(u"metric"_s).toObject().value(u"monitor"_s).toString(),
             u"e2e \"site\""_s);
    QVERIFY(window.isRunning());
}

void TestPrometheusE2e::badOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("error");
    QTest::newRow("port zero") << QStringList{u"--metrics-port"_s, u"0"_s}
                               << u"upwatch: --metrics-port needs a port number from 1 to 65535, "
                                  "not '0'"_s;
    QTest::newRow("port too big") << QStringList{u"--metrics-port"_s, u"65536"_s}
                                  << u"upwatch: --metrics-port needs a port number from 1 to "
                                     "65535, not '65536'"_s;
    QTest::newRow("port text") << QStringList{u"--metrics-port"_s, u"http"_s}
                               << u"upwatch: --metrics-port needs a port number from 1 to 65535, "
                                  "not 'http'"_s;
    QTest::newRow("bind a host name")
        << QStringList{u"--metrics-port"_s, u"9464"_s, u"--metrics-bind"_s, u"example.org"_s}
        << u"upwatch: --metrics-bind: 'example.org' is not an IP address (such as 127.0.0.1, ::1 "
           "or 0.0.0.0)"_s;
    QTest::newRow("bind without port") << QStringList{u"--metrics-bind"_s, u"127.0.0.1"_s}
                                       << u"upwatch: --metrics-bind needs --metrics-port"_s;
}

void TestPrometheusE2e::badOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QString, error);
    m_database->close();
    const UpwatchRun run = runUpwatch(
        QStringList{u"run"_s, u"--db"_s, m_database->path(), u"--duration"_s, u"1"_s} + options);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.trimmed(), error);
    QVERIFY(run.out.isEmpty()); // nothing ran
}

void TestPrometheusE2e::portInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    m_database->close();
    const UpwatchRun run =
        runUpwatch({u"run"_s, u"--db"_s, m_database->path(), u"--duration"_s, u"5"_s,
                    u"--metrics-port"_s, QString::number(taken.serverPort())});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.trimmed(),
             u"upwatch: metrics: cannot listen on 127.0.0.1:%1: the port is "
             "already in use (by another program, or another Upwatch)"_s.arg(taken.serverPort()));
    QVERIFY(run.out.isEmpty()); // monitoring never started
}

QTEST_GUILESS_MAIN(TestPrometheusE2e)
#include "tst_prometheus_e2e.moc"
