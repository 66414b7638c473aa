#include "core/alert/Alerting.h"
#include "core/base/SystemClock.h"
#include "core/metrics/MetricsCollector.h"
#include "core/metrics/MetricsServer.h"
#include "core/metrics/PrometheusText.h"
#include "core/secret/MemorySecretStore.h"
#include "core/service/MonitoringService.h"
#include "tests/support/Builders.h"
#include "tests/support/StoreHelpers.h"
#include "tests/support/TestServer.h"
#include "tests/support/WebhookReceiver.h"
#include "ui/desktop/AppSettings.h"
#include "ui/desktop/DesktopSession.h"
#include "ui/dialogs/ChannelListModel.h"
#include "ui/dialogs/ChannelsPage.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/window/AlertStatus.h"
#include "ui/window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 30'000;

AlertChannel webhookChannel(const QString &name)
{
    AlertChannel channel;
    channel.name = name;
    channel.preset = WebhookPreset::Json;
    channel.timeoutMs = 5000;
    return channel;
}

} // namespace

// Alert channels in the desktop app: the DesktopSession runs Alerting on its service (webhook
// deliveries, counted by the session's metrics, test deliveries not), the main window shows a
// failed delivery in its status bar and the stored channels in Settings, and shutdown stops
// alerting (sending what is grouped) before monitoring. A temporary database, a MemorySecretStore,
// the loopback test server and a webhook receiver on 127.0.0.1.
class TestDesktopAlerts final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void downAlertsOnceAndIsCounted();
    void failedDeliveryShowsInTheStatusBar();
    void settingsListTheStoredChannels();
    void shutdownStopsAlertingBeforeMonitoring();

private:
    qint64 addMonitor(const QString &name, const QString &path);
    // Creates the session (and the window when asked), starts it and waits for the load.
    void startSession(bool withWindow);
    // Saves a webhook channel to the receiver's `path` through the session's Alerting; the stored
    // channel (id 0 when saving failed).
    AlertChannel saveWebhook(const QString &name, const QString &path);
    // Waits for `count` more results of monitor `id`; their state changes.
    QList<StateChange> waitForResults(qint64 id, int count);
    // Waits until monitor `id` changes to `state`; false when it does not within kWaitMs.
    bool waitForState(qint64 id, MonitorState state);
    // The session's metrics as Prometheus text.
    [[nodiscard]] QString metricsText();
    // Shuts the session down and waits for shutDown(); false when it does not come.
    bool shutDownSession();

    std::unique_ptr<TempDatabase> m_database;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<DesktopSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QSignalSpy> m_batches;
    qsizetype m_seenBatches = 0;
    bool m_shutDown = false;
};

void TestDesktopAlerts::init()
{
    m_database = std::make_unique<TempDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->start());
    m_receiver = std::make_unique<WebhookReceiver>();
    QVERIFY(m_receiver->start());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_settings =
        std::make_unique<QSettings>(m_database->folder() + u"/upwatch.ini"_s, QSettings::IniFormat);
    m_seenBatches = 0;
    m_shutDown = false;
}

void TestDesktopAlerts::cleanup()
{
    if (m_session && m_session->isLoaded() && !m_shutDown)
        QVERIFY(shutDownSession());
    m_window.reset(); // before the session it shows
    m_batches.reset();
    m_session.reset();
    m_settings.reset();
    m_secrets.reset();
    m_receiver.reset();
    m_server.reset();
    m_database.reset();
}

qint64 TestDesktopAlerts::addMonitor(const QString &name, const QString &path)
{
    Monitor monitor = makeMonitor(name, m_server->url(path).toString());
    monitor.intervalSeconds = 1;
    monitor.timeoutMs = 2000;
    return storeMonitor(m_database->db(), monitor).id;
}

void TestDesktopAlerts::startSession(bool withWindow)
{
    m_session = std::make_unique<DesktopSession>(m_database->path(), AppSettings(),
                                                 std::make_shared<SystemClock>());
    m_session->setSecretStore(m_secrets.get());
    m_batches = std::make_unique<QSignalSpy>(m_session.get(), &DesktopSession::resultsReady);
    if (withWindow) {
        m_window = std::make_unique<MainWindow>(*m_session, *m_settings, AppSettings());
        m_window->show();
    }
    QSignalSpy loaded(m_session.get(), &DesktopSession::loaded);
    m_session->start();
    QVERIFY(loaded.wait(kWaitMs));
}

AlertChannel TestDesktopAlerts::saveWebhook(const QString &name, const QString &path)
{
    WebhookSecret secret;
    secret.url = m_receiver->url(path);
    std::optional<AlertChannel> stored;
    QString failure;
    bool answered = false;
    QObject context; // the answer is dropped once this returns
    m_session->alerting().saveChannel(
        webhookChannel(name), secret, &context,
        [&](const std::optional<AlertChannel> &saved, const QString &error) {
            stored = saved;
            failure = error;
            answered = true;
        });
    if (!QTest::qWaitFor([&answered] { return answered; }, kWaitMs))
        qWarning("saving channel %s: no answer", qPrintable(name));
    else if (!stored)
        qWarning("saving channel %s failed: %s", qPrintable(name), qPrintable(failure));
    return stored.value_or(AlertChannel{});
}

QList<StateChange> TestDesktopAlerts::waitForResults(qint64 id, int count)
{
    QList<StateChange> changes;
    QDeadlineTimer deadline(kWaitMs);
    while (count > 0 && !deadline.hasExpired()) {
        for (; m_seenBatches < m_batches->size() && count > 0; ++m_seenBatches) {
            const auto batch = m_batches->at(m_seenBatches).at(0).value<ResultBatch>();
            for (const CheckResult &result : batch.results)
                count -= result.monitorId == id ? 1 : 0;
            for (const StateChange &change : batch.changes) {
                if (change.monitorId == id)
                    changes.append(change);
            }
        }
        if (count > 0)
            m_batches->wait(1000);
    }
    if (count > 0)
        qWarning("monitor %lld: results missing after %d ms", id, kWaitMs);
    return changes;
}

bool TestDesktopAlerts::waitForState(qint64 id, MonitorState state)
{
    QDeadlineTimer deadline(kWaitMs);
    while (!deadline.hasExpired()) {
        const QList<StateChange> changes = waitForResults(id, 1);
        if (!changes.isEmpty() && changes.constLast().to == state)
            return true;
    }
    qWarning("monitor %lld: not in state %d after %d ms", id, int(state), kWaitMs);
    return false;
}

QString TestDesktopAlerts::metricsText()
{
    return QString::fromUtf8(PrometheusText::render(m_session->metrics().collector().snapshot()));
}

bool TestDesktopAlerts::shutDownSession()
{
    QSignalSpy done(m_session.get(), &DesktopSession::shutDown);
    m_session->shutdown();
    m_shutDown = done.wait(kWaitMs);
    return m_shutDown;
}

void TestDesktopAlerts::downAlertsOnceAndIsCounted()
{
    m_server->setRoute("/site", TestRoute::ok());
    const qint64 site = addMonitor(u"site"_s, u"/site"_s);
    QVERIFY(site > 0);
    startSession(false);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(waitForState(site, MonitorState::Up));
    const AlertChannel hook = saveWebhook(u"ops hook"_s, u"/hook/s3cr3t"_s);
    QVERIFY(hook.id > 0);
    QCOMPARE(m_session->alerting().channels().size(), 1);
    QSignalSpy finished(&m_session->alerting(), &Alerting::deliveryFinished);

    m_server->setRoute("/site", TestRoute::withStatus(503));
    QVERIFY(waitForState(site, MonitorState::Down));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    const auto report = finished.at(0).at(0).value<AlertDeliveryReport>();
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(!report.test);
    QCOMPARE(report.channelName, u"ops hook"_s);
    QCOMPARE(m_receiver->requests().size(), 1);
    const RecordedRequest &request = m_receiver->requests().at(0);
    QCOMPARE(request.path, "/hook/s3cr3t");
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(u"event").toString(), u"down"_s);
    QCOMPARE(body.value(u"monitor").toString(), u"site"_s);
    QCOMPARE(body.value(u"monitor_id").toInteger(), site);

    // More failed checks, past the grouping window: still the one message.
    (void)waitForResults(site, 4);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_receiver->requests().size(), 1);

    // The session's metrics count the delivery.
    const QString counted =
        u"upwatch_alert_deliveries_total{channel=\"ops hook\",result=\"ok\"} "_s;
    QString text = metricsText();
    QVERIFY2(text.contains(counted + u"1\n"), qPrintable(text));
    QVERIFY2(
        !text.contains(u"upwatch_alert_deliveries_total{channel=\"ops hook\",result=\"failed\"}"),
        qPrintable(text));

    // A test delivery reaches the webhook but is no alert: not counted.
    std::optional<AlertDeliveryReport> tested;
    QObject context;
    m_session->alerting().testChannel(hook.id, &context,
                                      [&tested](const AlertDeliveryReport &r) { tested = r; });
    QTRY_VERIFY_WITH_TIMEOUT(tested.has_value(), kWaitMs);
    QVERIFY2(tested->ok, qPrintable(tested->error));
    QVERIFY(tested->test);
    QCOMPARE(m_receiver->requests().size(), 2);
    QCOMPARE(finished.size(), 2);
    text = metricsText();
    QVERIFY2(text.contains(counted + u"1\n"), qPrintable(text));
    QVERIFY2(!text.contains(counted + u"2\n"), qPrintable(text));
}

void TestDesktopAlerts::failedDeliveryShowsInTheStatusBar()
{
    m_server->setRoute("/site", TestRoute::ok());
    const qint64 site = addMonitor(u"site"_s, u"/site"_s);
    QVERIFY(site > 0);
    m_receiver->setStatuses({500});
    startSession(true);
    QVERIFY(!QTest::currentTestFailed());
    auto *status = m_window->findChild<AlertStatus *>();
    QVERIFY(status);
    QVERIFY(!status->isVisible());
    QVERIFY(waitForState(site, MonitorState::Up));
    const AlertChannel broken = saveWebhook(u"Ops Slack"_s, u"/hook"_s);
    QVERIFY(broken.id > 0);
    QSignalSpy finished(&m_session->alerting(), &Alerting::deliveryFinished);

    m_server->setRoute("/site", TestRoute::withStatus(503));
    QVERIFY(waitForState(site, MonitorState::Down));
    // Its retries spent, the delivery fails: the status bar names the channel.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
    QVERIFY(!finished.at(0).at(0).value<AlertDeliveryReport>().ok);
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), kWaitMs);
    QCOMPARE(status->failingChannels(), 1);
    QCOMPARE(status->text(), u"Alert to Ops Slack failed"_s);
    auto *label = status->findChild<QLabel *>(u"alertStatusText"_s);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(u"Ops Slack"_s), qPrintable(label->text()));
    QVERIFY(m_receiver->requests().size() >= 1);
    const QString text = metricsText();
    QVERIFY2(text.contains(
                 u"upwatch_alert_deliveries_total{channel=\"Ops Slack\",result=\"failed\"} 1\n"_s),
             qPrintable(text));

    // The channel renamed: the status bar follows it.
    AlertChannel renamed = broken;
    renamed.name = u"Ops Teams"_s;
    bool saved = false;
    QObject context;
    m_session->alerting().saveChannel(renamed, std::nullopt, &context,
                                      [&saved](const std::optional<AlertChannel> &channel,
                                               const QString &) { saved = channel.has_value(); });
    QTRY_VERIFY_WITH_TIMEOUT(saved, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Alert to Ops Teams failed"_s, kWaitMs);
}

void TestDesktopAlerts::settingsListTheStoredChannels()
{
    startSession(true);
    QVERIFY(!QTest::currentTestFailed());
    const AlertChannel hook = saveWebhook(u"ops hook"_s, u"/hook"_s);
    QVERIFY(hook.id > 0);

    auto *settingsAction = m_window->findChild<QAction *>(u"settingsAction"_s);
    QVERIFY(settingsAction);
    settingsAction->trigger();
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    auto *tabs = dialog->findChild<QTabWidget *>(u"settingsTabs"_s);
    QVERIFY(tabs);
    int index = -1;
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i).remove(u'&') == u"Alert channels"_s)
            index = i;
    }
    QVERIFY2(index >= 0, "no Alert channels tab");
    auto *page = qobject_cast<ChannelsPage *>(tabs->widget(index));
    QVERIFY(page);
    QCOMPARE(page->objectName(), u"channelsPage"_s);
    QCOMPARE(dialog->findChild<ChannelsPage *>(u"channelsPage"_s), page);

    ChannelListModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->channelAt(0)->id, hook.id);
    QCOMPARE(model->index(0, ChannelListModel::NameColumn).data().toString(), u"ops hook"_s);
    const QString target = model->index(0, ChannelListModel::TargetColumn).data().toString();
    QVERIFY2(target.startsWith(m_receiver->url(u"/"_s).toString()), qPrintable(target));

    // A channel saved while Settings is open shows up there too.
    const AlertChannel other = saveWebhook(u"second hook"_s, u"/other"_s);
    QVERIFY(other.id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, kWaitMs);
    QVERIFY(model->rowOf(other.id) >= 0);
    dialog->reject();
}

void TestDesktopAlerts::shutdownStopsAlertingBeforeMonitoring()
{
    m_server->setRoute("/site", TestRoute::ok());
    const qint64 site = addMonitor(u"site"_s, u"/site"_s);
    QVERIFY(site > 0);
    startSession(false);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(waitForState(site, MonitorState::Up));
    const AlertChannel hook = saveWebhook(u"ops hook"_s, u"/hook"_s);
    QVERIFY(hook.id > 0);

    // What happens, in order, from here on (until `recorder` goes).
    QStringList log;
    QObject recorder;
    connect(&m_session->alerting(), &Alerting::deliveryFinished, &recorder,
            [&log, this](const AlertDeliveryReport &report) {
                log << (report.ok ? u"delivered %1"_s : u"failed %1"_s)
                           .arg(m_receiver->requests().size());
            });
    connect(&m_session->service(), &MonitoringService::stopped, &recorder,
            [&log, this] { log << u"service stopped %1"_s.arg(m_receiver->requests().size()); });

    // Down, and shut down at once, within the grouping window: the grouped message leaves
    // before monitoring stops.
    m_server->setRoute("/site", TestRoute::withStatus(503));
    QVERIFY(waitForState(site, MonitorState::Down));
    QVERIFY(shutDownSession());
    // (The service's stopped() is what ends in the session's shutDown().)
    const QStringList expected{u"delivered 1"_s, u"service stopped 1"_s};
    QCOMPARE(log, expected);
    QCOMPARE(m_receiver->requests().size(), 1);

    // Alerting is stopped: nothing more is sent, not even a test.
    std::optional<AlertDeliveryReport> tested;
    QObject context;
    m_session->alerting().testChannel(hook.id, &context,
                                      [&tested](const AlertDeliveryReport &r) { tested = r; });
    QTRY_VERIFY_WITH_TIMEOUT(tested.has_value(), kWaitMs);
    QVERIFY(!tested->ok);
    QCOMPARE(tested->error, u"not sent: alerting is stopping"_s);
    QCOMPARE(m_receiver->requests().size(), 1);
}

QTEST_MAIN(TestDesktopAlerts)
#include "tst_desktopalerts.moc"
