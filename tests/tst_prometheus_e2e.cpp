#include "tests/support/Builders.h"
#include "tests/support/RunningUpwatch.h"
#include "tests/support/StoreHelpers.h"
#include "tests/support/TestServer.h"
#include "tests/support/UpwatchProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
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
    void badOptions_data();
    void badOptions();
    void portInUse();

private:
    // GET on a local URL: the body, or empty when it did not answer.
    QByteArray get(const QUrl &url);

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

void TestPrometheusE2e::prometheusScrapesRun()
{
    const QString prometheus = QStandardPaths::findExecutable(u"prometheus"_s);
    if (prometheus.isEmpty())
        QSKIP("prometheus is not installed (Debian package prometheus; tools/install-deps)");

    TestServer site;
    QVERIFY(site.start());
    site.setRoute("/ok", TestRoute::ok());
    const Monitor monitor = storeMonitor(
        m_database->db(),
        MonitorBuilder(u"e2e \"site\""_s).url(site.url(u"/ok"_s)).intervalSeconds(1).build());
    QVERIFY(monitor.id > 0);
    m_database->close();

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

    const quint16 webPort = TestServer::unusedPort();
    QVERIFY(webPort > 0 && webPort != metricsPort);
    QFile config(m_dir->filePath(u"prometheus.yml"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QByteArray("global:\n"
                            "  scrape_interval: 1s\n"
                            "  scrape_timeout: 1s\n"
                            "scrape_configs:\n"
                            "  - job_name: upwatch\n"
                            "    authorization:\n"
                            "      credentials: " +
                            kToken +
                            "\n"
                            "    static_configs:\n"
                            "      - targets: ['127.0.0.1:" +
                            QByteArray::number(metricsPort) + "']\n"));
    config.close();
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(prometheus,
                 {u"--config.file=%1"_s.arg(config.fileName()),
                  u"--storage.tsdb.path=%1"_s.arg(m_dir->filePath(u"data"_s)),
                  u"--web.listen-address=127.0.0.1:%1"_s.arg(webPort), u"--log.level=warn"_s});
    QVERIFY2(server.waitForStarted(10'000), qPrintable(server.errorString()));
    const auto stopServer = qScopeGuard([&server] {
        server.terminate();
        if (!server.waitForFinished(15'000))
            server.kill();
    });

    // Ask Prometheus until the monitor's up series has been scraped (a bounded wait).
    QUrl query(u"http://127.0.0.1:%1/api/v1/query"_s.arg(webPort));
    QUrlQuery parameters;
    parameters.addQueryItem(u"query"_s, u"upwatch_monitor_up{id=\"%1\"}"_s.arg(monitor.id));
    query.setQuery(parameters);
    QJsonArray result;
    const QDeadlineTimer deadline(kScrapeWaitMs);
    while (!deadline.hasExpired() && server.state() == QProcess::Running) {
        const QJsonObject answer = QJsonDocument::fromJson(get(query)).object();
        result = answer.value(u"data"_s).toObject().value(u"result"_s).toArray();
        if (!result.isEmpty())
            break;
        QTest::qWait(500);
    }
    QVERIFY2(!result.isEmpty(), qPrintable(u"no series in Prometheus; prometheus said:\n"_s +
                                           QString::fromUtf8(server.readAll()) +
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
