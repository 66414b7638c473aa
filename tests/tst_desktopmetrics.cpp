#include "core/metrics/MetricsServer.h"
#include "core/secret/MemorySecretStore.h"
#include "tests/support/FakeClock.h"
#include "tests/support/StoreHelpers.h"
#include "ui/desktop/AppSettings.h"
#include "ui/desktop/DesktopApp.h"
#include "ui/desktop/DesktopSession.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

// The window's metrics server: DesktopSession starts, moves and stops it as the settings say.
class TestDesktopMetrics final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startsMovesAndStops();
    void portInUseIsReported();
    void badAddressIsReported();
    void tokenFromTheEnvironment();
    void desktopAppFollowsTheSettings();
    void windowIsAnObserverOrAnAgentAsSet();

private:
    // The status code of GET url (0: no answer).
    int statusOf(const QUrl &url, const QByteArray &authorization = {});

    std::unique_ptr<TempDatabase> m_database;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<DesktopSession> m_session;
    QNetworkAccessManager m_network;
};

void TestDesktopMetrics::init()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_database = std::make_unique<TempDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_session = std::make_unique<DesktopSession>(m_database->path(), AppSettings(),
                                                 std::make_shared<FakeClock>());
    m_session->setSecretStore(m_secrets.get());
}

void TestDesktopMetrics::cleanup()
{
    qunsetenv("UPWATCH_METRICS_TOKEN");
    m_session.reset();
    m_secrets.reset();
    m_database.reset();
}

int TestDesktopMetrics::statusOf(const QUrl &url, const QByteArray &authorization)
{
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20'000))
        reply->abort();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

void TestDesktopMetrics::startsMovesAndStops()
{
    QSignalSpy changed(m_session.get(), &DesktopSession::metricsStatusChanged);
    QVERIFY(m_session->metricsStatus().url.isEmpty());

    m_session->setMetrics(true, 0, u"127.0.0.1"_s); // 0: any free port
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10'000);
    const QUrl first = m_session->metricsStatus().url;
    QVERIFY(m_session->metricsStatus().error.isEmpty());
    QCOMPARE(first.host(), u"127.0.0.1"_s);
    QCOMPARE(first.path(), u"/metrics"_s);
    QCOMPARE(changed.at(0).at(0).value<MetricsStatus>(), m_session->metricsStatus());
    QCOMPARE(statusOf(first), 200);

    // The same settings again change nothing.
    m_session->setMetrics(true, quint16(first.port()), u"127.0.0.1"_s);
    QTest::qWait(50);
    QCOMPARE(changed.size(), 1);

    // Another port: it moves there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 next = probe.serverPort();
    probe.close();
    m_session->setMetrics(true, next, u"localhost"_s);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 10'000);
    QCOMPARE(m_session->metricsStatus().url.port(), int(next));
    QCOMPARE(statusOf(m_session->metricsStatus().url), 200);
    QCOMPARE(statusOf(first), 0);

    // Switched off: nothing listens.
    const QUrl last = m_session->metricsStatus().url;
    m_session->setMetrics(false, next, u"127.0.0.1"_s);
    QCOMPARE(m_session->metricsStatus(), MetricsStatus());
    QVERIFY(!m_session->metrics().isListening());
    QCOMPARE(statusOf(last), 0);
}

void TestDesktopMetrics::portInUseIsReported()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    QSignalSpy failed(m_session.get(), &DesktopSession::storeFailed);
    m_session->setMetrics(true, taken.serverPort(), u"127.0.0.1"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->metricsStatus().error.isEmpty(), 10'000);
    const QString error = u"cannot listen on 127.0.0.1:%1: the port is already in use (by another "
                          "program, or another Upwatch)"_s.arg(taken.serverPort());
    QCOMPARE(m_session->metricsStatus().error, error);
    QVERIFY(m_session->metricsStatus().url.isEmpty());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), u"Metrics: "_s + error);
}

void TestDesktopMetrics::badAddressIsReported()
{
    QSignalSpy failed(m_session.get(), &DesktopSession::storeFailed);
    m_session->setMetrics(true, 9464, u"example.org"_s);
    QCOMPARE(m_session->metricsStatus().error, u"\"example.org\" is not an IP address"_s);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!m_session->metrics().isListening());
}

void TestDesktopMetrics::tokenFromTheEnvironment()
{
    // The environment's token applies on every address (the keychain's, read only off loopback,
    // is tested with MetricsToken in tst_metricsserver: tests listen on loopback only).
    qputenv("UPWATCH_METRICS_TOKEN", "env-token");
    m_session->setMetrics(true, 0, u"127.0.0.1"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->metricsStatus().url.isEmpty(), 10'000);
    const QUrl url = m_session->metricsStatus().url;
    QCOMPARE(statusOf(url), 401);
    QCOMPARE(statusOf(url, "Bearer env-token"), 200);
}

void TestDesktopMetrics::windowIsAnObserverOrAnAgentAsSet()
{
    // By default the window leases nothing: it checks what agents leave, and shows the rest.
    const AgentLeases *observer = m_session->service().agent();
    QVERIFY(observer);
    QVERIFY(observer->isObserver());
    QVERIFY(observer->config().followOthers);
    QVERIFY(observer->config().location.isEmpty()); // on a file: results name no location
    // Set to be an agent: it leases its share, from its location, and still shows the others.
    AppSettings asAgent;
    asAgent.checkAsAgent = true;
    asAgent.agentLocation = u"office"_s;
    DesktopSession agentSession(m_database->path(), asAgent, std::make_shared<FakeClock>());
    const AgentLeases *agent = agentSession.service().agent();
    QVERIFY(agent);
    QVERIFY(!agent->isObserver());
    QVERIFY(agent->config().isAgent());
    QVERIFY(agent->config().followOthers);
    QCOMPARE(agent->config().location, u"office"_s);
    QVERIFY2(agent->name().startsWith(u"office/"_s), qPrintable(agent->name()));
}

void TestDesktopMetrics::desktopAppFollowsTheSettings()
{
    m_session.reset(); // the app has a session of its own
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    QSettings settings(m_database->folder() + u"/upwatch.ini"_s, QSettings::IniFormat);
    AppSettings enabled;
    enabled.metricsEnabled = true;
    enabled.metricsPort = port;
    enabled.save(settings);

    DesktopApp::Options options;
    options.databasePath = m_database->path();
    options.useTray = false;
    DesktopApp app(options, settings, std::make_shared<FakeClock>());
    app.start();
    const QUrl url(u"http://127.0.0.1:%1/metrics"_s.arg(port));
    QTRY_COMPARE_WITH_TIMEOUT(app.session().metricsStatus().url, url, 10'000);
    QCOMPARE(statusOf(url), 200);

    // The settings dialog shows where it listens; switched off there, it stops.
    app.window().findChild<QAction *>(u"settingsAction"_s)->trigger();
    auto *dialog = app.window().findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(u"metricsStatusLabel"_s)->text(),
             u"Listening on "_s + url.toString());
    dialog->findChild<QCheckBox *>(u"metricsEnabledCheck"_s)->setChecked(false);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.session().metricsStatus().url.isEmpty(), 10'000);
    QCOMPARE(statusOf(url), 0);
    QVERIFY(!AppSettings::load(settings).metricsEnabled); // and it is saved

    QSignalSpy finished(&app, &DesktopApp::finished);
    app.quit();
    QVERIFY(finished.wait(15'000));
}

QTEST_MAIN(TestDesktopMetrics)
#include "tst_desktopmetrics.moc"
