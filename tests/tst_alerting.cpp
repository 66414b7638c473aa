#include "core/alert/Alerting.h"
#include "core/base/SystemClock.h"
#include "core/secret/MemorySecretStore.h"
#include "core/service/MonitoringService.h"
#include "core/store/ChannelStore.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/Builders.h"
#include "tests/support/TestServer.h"
#include "tests/support/WebhookReceiver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 30'000;

} // namespace

// Alerting on a real MonitoringService: a temporary database, monitors against the loopback
// test server, a webhook receiver and a command channel.
class TestAlerting final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void monitorGoingDownAlertsOnceByWebhookAndCommand();
    void childOfADownParentDoesNotAlert();
    void channelAddedElsewhereIsPickedUp();
    void saveKeepsTheUrlInTheSecretStore();
    void saveRefusesBadInput();
    void testChannelDelivers();
    void failedDeliveryIsOneSentence();
    void removeDeletesTheSecret();
    void stopSendsWhatIsGrouped();

private:
    qint64 addMonitor(const QString &name, const QString &path, qint64 parentId = 0);
    void startService();
    void startAlerting();
    // Saves through Alerting; the stored channel (id 0 when it failed).
    AlertChannel save(const AlertChannel &channel, const std::optional<WebhookSecret> &secret);
    // Waits for `count` more results of monitor `id`; their state changes.
    QList<StateChange> waitForResults(qint64 id, int count);
    [[nodiscard]] QString writeScript(const QString &name, const QByteArray &body);
    [[nodiscard]] static AlertChannel webhookChannel(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<StoreDatabase> m_database;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<MonitoringService> m_service;
    std::unique_ptr<Alerting> m_alerting;
    std::unique_ptr<QSignalSpy> m_batches;
    qsizetype m_seenBatches = 0;
};

void TestAlerting::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"upwatch.db"_s);
    QString error;
    m_database = StoreDatabase::open(m_path, &error);
    QVERIFY2(m_database, qPrintable(error));
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->start());
    m_receiver = std::make_unique<WebhookReceiver>();
    QVERIFY(m_receiver->start());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_seenBatches = 0;
}

void TestAlerting::cleanup()
{
    if (m_alerting) {
        bool stopped = false;
        m_alerting->stop(this, [&stopped] { stopped = true; });
        QTRY_VERIFY_WITH_TIMEOUT(stopped, kWaitMs);
    }
    if (m_service && m_service->isLoaded() && !m_service->isStopping()) {
        QSignalSpy stopped(m_service.get(), &MonitoringService::stopped);
        m_service->shutdown();
        QVERIFY(stopped.wait(kWaitMs));
    }
    m_alerting.reset();
    m_batches.reset();
    m_service.reset();
    m_secrets.reset();
    m_receiver.reset();
    m_server.reset();
    m_database.reset();
    m_dir.reset();
}

qint64 TestAlerting::addMonitor(const QString &name, const QString &path, qint64 parentId)
{
    Monitor monitor = makeMonitor(name, m_server->url(path).toString());
    monitor.intervalSeconds = 1;
    monitor.timeoutMs = 2000;
    monitor.parentId = parentId;
    MonitorStore store(*m_database);
    if (!store.add(monitor))
        qWarning("%s", qPrintable(store.lastError()));
    return monitor.id;
}

void TestAlerting::startService()
{
    m_service = std::make_unique<MonitoringService>(m_path, std::make_shared<SystemClock>());
    m_service->setSecretStore(m_secrets.get());
    m_batches = std::make_unique<QSignalSpy>(m_service.get(), &MonitoringService::resultsReady);
    QSignalSpy loaded(m_service.get(), &MonitoringService::loaded);
    m_service->start();
    QVERIFY(loaded.wait(kWaitMs));
}

void TestAlerting::startAlerting()
{
    m_alerting = std::make_unique<Alerting>(*m_service);
    QSignalSpy changed(m_alerting.get(), &Alerting::channelsChanged);
    m_alerting->start();
    // Loaded from the database (when there is anything to load).
    if (ChannelStore(*m_database).all()->size() > 0)
        QVERIFY(changed.wait(kWaitMs));
}

AlertChannel TestAlerting::save(const AlertChannel &channel,
                                const std::optional<WebhookSecret> &secret)
{
    std::optional<AlertChannel> stored;
    QString failure;
    bool answered = false;
    m_alerting->saveChannel(channel, secret, this,
                            [&](const std::optional<AlertChannel> &saved, const QString &error) {
                                stored = saved;
                                failure = error;
                                answered = true;
                            });
    if (!QTest::qWaitFor([&answered] { return answered; }, kWaitMs))
        qWarning("save: no answer");
    if (!stored)
        qWarning("save failed: %s", qPrintable(failure));
    return stored.value_or(AlertChannel{});
}

QList<StateChange> TestAlerting::waitForResults(qint64 id, int count)
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

QString TestAlerting::writeScript(const QString &name, const QByteArray &body)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body);
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

AlertChannel TestAlerting::webhookChannel(const QString &name)
{
    AlertChannel channel;
    channel.name = name;
    channel.preset = WebhookPreset::Json;
    channel.timeoutMs = 5000;
    return channel;
}

void TestAlerting::monitorGoingDownAlertsOnceByWebhookAndCommand()
{
    m_server->setRoute("/site", TestRoute::ok());
    const qint64 site = addMonitor(u"site"_s, u"/site"_s);
    // A command channel stored before the service starts (as `upwatch channel add` does).
    const QString runs = m_dir->filePath(u"runs.log"_s);
    AlertChannel command;
    command.name = u"script"_s;
    command.kind = AlertChannelKind::Command;
    command.program =
        writeScript(u"alert.sh"_s, "echo \"$UPWATCH_EVENT $UPWATCH_MONITOR\" >> \"$1\"\n");
    command.arguments = {runs};
    command.events = {AlertEventKind::Down};
    QVERIFY(ChannelStore(*m_database).add(command));
    startService();
    startAlerting();
    QCOMPARE(m_alerting->channels().size(), 1);
    // A webhook channel saved through the running service.
    WebhookSecret secret;
    secret.url = m_receiver->url(u"/hook/s3cr3t"_s);
    const AlertChannel hook = save(webhookChannel(u"hook"_s), secret);
    QVERIFY(hook.id > 0);
    QCOMPARE(m_alerting->channels().size(), 2);
    QSignalSpy finished(m_alerting.get(), &Alerting::deliveryFinished);

    // Up first: nothing to tell.
    QVERIFY(!waitForResults(site, 2).isEmpty());
    QCOMPARE(m_receiver->requests().size(), 0);
    // Then down.
    m_server->setRoute("/site", TestRoute::withStatus(503));
    QList<StateChange> changes;
    while (changes.isEmpty() || changes.constLast().to != MonitorState::Down) {
        changes += waitForResults(site, 1);
        QVERIFY(!changes.isEmpty() || !QTest::currentTestFailed());
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kWaitMs);
    for (const auto &arguments : finished) {
        const auto report = arguments.at(0).value<AlertDeliveryReport>();
        QVERIFY2(report.ok, qPrintable(report.error));
        QVERIFY(!report.test);
    }
    // Several more failed checks, past the grouping window: still one message each.
    (void)waitForResults(site, 4);
    QCOMPARE(finished.count(), 2);
    QCOMPARE(m_receiver->requests().size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(m_receiver->requests().at(0).body).object();
    QCOMPARE(body.value(u"event").toString(), u"down"_s);
    QCOMPARE(body.value(u"monitor").toString(), u"site"_s);
    QCOMPARE(body.value(u"monitor_id").toInteger(), site);
    QCOMPARE(body.value(u"reason").toString(), u"status"_s);
    QCOMPARE(m_receiver->requests().at(0).path, "/hook/s3cr3t");
    QFile log(runs);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QCOMPARE(log.readAll(), QByteArray("down site\n"));
}

void TestAlerting::childOfADownParentDoesNotAlert()
{
    m_server->setRoute("/router", TestRoute::ok());
    m_server->setRoute("/nas", TestRoute::ok());
    const qint64 router = addMonitor(u"router"_s, u"/router"_s);
    const qint64 nas = addMonitor(u"nas"_s, u"/nas"_s, router);
    startService();
    startAlerting();
    WebhookSecret secret;
    secret.url = m_receiver->url(u"/hook"_s);
    QVERIFY(save(webhookChannel(u"hook"_s), secret).id > 0);
    QSignalSpy finished(m_alerting.get(), &Alerting::deliveryFinished);
    (void)waitForResults(nas, 1);

    // The router goes down first; then what is behind it fails too.
    m_server->setRoute("/router", TestRoute::withStatus(500));
    QList<StateChange> routerChanges;
    while (routerChanges.isEmpty())
        routerChanges = waitForResults(router, 1);
    QCOMPARE(routerChanges.constLast().to, MonitorState::Down);
    m_server->setRoute("/nas", TestRoute::withStatus(500));
    QList<StateChange> nasChanges;
    while (nasChanges.isEmpty())
        nasChanges = waitForResults(nas, 1);
    QCOMPARE(nasChanges.constLast().to, MonitorState::Unreachable);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    (void)waitForResults(nas, 4);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_receiver->requests().size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(m_receiver->requests().at(0).body).object();
    QCOMPARE(body.value(u"event").toString(), u"down"_s);
    QCOMPARE(body.value(u"monitor").toString(), u"router"_s);
}

void TestAlerting::channelAddedElsewhereIsPickedUp()
{
    startService();
    startAlerting();
    QVERIFY(m_alerting->channels().isEmpty());
    QSignalSpy changed(m_alerting.get(), &Alerting::channelsChanged);
    AlertChannel command;
    command.name = u"elsewhere"_s;
    command.kind = AlertChannelKind::Command;
    command.program = u"/bin/true"_s;
    QVERIFY(ChannelStore(*m_database).add(command)); // another connection, as another process
    QVERIFY(changed.wait(kWaitMs));
    QCOMPARE(m_alerting->channels().size(), 1);
    QCOMPARE(m_alerting->channels().constFirst().name, u"elsewhere"_s);
    QVERIFY(ChannelStore(*m_database).remove(command.id));
    QVERIFY(changed.wait(kWaitMs));
    QVERIFY(m_alerting->channels().isEmpty());
}

void TestAlerting::saveKeepsTheUrlInTheSecretStore()
{
    startService();
    startAlerting();
    WebhookSecret secret;
    secret.url = QUrl(u"https://hooks.slack.com/services/T1/B2/sup3rs3cret"_s);
    secret.headers = {{"X-Token", "t0ken"}};
    AlertChannel channel = webhookChannel(u"slack"_s);
    channel.preset = WebhookPreset::Slack;
    const AlertChannel stored = save(channel, secret);
    QVERIFY(stored.id > 0);
    QVERIFY(stored.credentialKey.startsWith(u"channel/"));
    QCOMPARE(stored.target, u"https://hooks.slack.com/services/…"_s);
    QVERIFY(m_secrets->contains(stored.credentialKey));
    // The database holds no secret.
    const auto row = ChannelStore(*m_database).byId(stored.id);
    QVERIFY(row);
    QVERIFY(!QJsonDocument(row->toJson()).toJson().contains("sup3rs3cret"));
    QVERIFY(!QJsonDocument(row->toJson()).toJson().contains("t0ken"));
    // It reads back.
    std::optional<WebhookSecret> read;
    bool answered = false;
    m_alerting->readSecret(stored.id, this,
                           [&](const std::optional<WebhookSecret> &s, const QString &) {
                               read = s;
                               answered = true;
                           });
    QTRY_VERIFY_WITH_TIMEOUT(answered, kWaitMs);
    QVERIFY(read);
    QCOMPARE(*read, secret);
    // An edit without a new secret keeps it; one with a new secret replaces (and removes) it.
    AlertChannel renamed = stored;
    renamed.name = u"slack ops"_s;
    const AlertChannel kept = save(renamed, std::nullopt);
    QCOMPARE(kept.credentialKey, stored.credentialKey);
    QCOMPARE(kept.target, stored.target);
    WebhookSecret other;
    other.url = QUrl(u"https://hooks.slack.com/services/T1/B3/n3w"_s);
    const AlertChannel replaced = save(kept, other);
    QVERIFY(replaced.credentialKey != stored.credentialKey);
    QVERIFY(m_secrets->contains(replaced.credentialKey));
    QTRY_VERIFY_WITH_TIMEOUT(!m_secrets->contains(stored.credentialKey), kWaitMs);
}

void TestAlerting::saveRefusesBadInput()
{
    startService();
    startAlerting();
    QString failure;
    bool answered = false;
    const auto expectFailure = [&](const AlertChannel &channel,
                                   const std::optional<WebhookSecret> &secret) {
        answered = false;
        m_alerting->saveChannel(channel, secret, this,
                                [&](const std::optional<AlertChannel> &saved, const QString &e) {
                                    QVERIFY(!saved);
                                    failure = e;
                                    answered = true;
                                });
        QTRY_VERIFY_WITH_TIMEOUT(answered, kWaitMs);
    };
    expectFailure(webhookChannel(u"hook"_s), std::nullopt);
    QVERIFY2(failure.contains(u"URL"), qPrintable(failure));
    WebhookSecret bad;
    bad.url = QUrl(u"ftp://example.com/sup3rs3cret"_s);
    expectFailure(webhookChannel(u"hook"_s), bad);
    QVERIFY2(failure.contains(u"http:// or https://"), qPrintable(failure));
    QVERIFY(!failure.contains(u"sup3rs3cret"));
    WebhookSecret good;
    good.url = m_receiver->url(u"/hook"_s);
    QVERIFY(save(webhookChannel(u"hook"_s), good).id > 0);
    const qsizetype secrets = m_secrets->size();
    expectFailure(webhookChannel(u"hook"_s), good);
    QVERIFY2(failure.contains(u"already exists"), qPrintable(failure));
    // The secret written for the refused channel is not left behind.
    QTRY_COMPARE_WITH_TIMEOUT(m_secrets->size(), secrets, kWaitMs);
}

void TestAlerting::testChannelDelivers()
{
    startService();
    startAlerting();
    WebhookSecret secret;
    secret.url = m_receiver->url(u"/hook"_s);
    AlertChannel channel = webhookChannel(u"hook"_s);
    channel.enabled = false; // a test goes past the channel's filters
    const AlertChannel stored = save(channel, secret);
    QSignalSpy failed(m_alerting.get(), &Alerting::deliveryFailed);
    std::optional<AlertDeliveryReport> report;
    m_alerting->testChannel(stored.id, this,
                            [&report](const AlertDeliveryReport &r) { report = r; });
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), kWaitMs);
    QVERIFY2(report->ok, qPrintable(report->error));
    QVERIFY(report->test);
    QCOMPARE(report->attempts, 1);
    QCOMPARE(report->channelName, u"hook"_s);
    QCOMPARE(m_receiver->requests().size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(m_receiver->requests().at(0).body).object();
    QCOMPARE(body.value(u"test").toBool(), true);
    // An unknown channel is an answer too.
    report.reset();
    m_alerting->testChannel(999, this, [&report](const AlertDeliveryReport &r) { report = r; });
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), kWaitMs);
    QVERIFY(!report->ok);
    QVERIFY(report->error.contains(u"no channel"));
    QCOMPARE(failed.count(), 0); // tests are not failures of monitoring
}

void TestAlerting::failedDeliveryIsOneSentence()
{
    m_server->setRoute("/site", TestRoute::withStatus(500));
    const qint64 site = addMonitor(u"site"_s, u"/site"_s);
    m_receiver->setStatuses({404});
    startService();
    startAlerting();
    WebhookSecret secret;
    secret.url = m_receiver->url(u"/hook/sup3rs3cret"_s);
    QVERIFY(save(webhookChannel(u"hook"_s), secret).id > 0);
    QSignalSpy failed(m_alerting.get(), &Alerting::deliveryFailed);
    Q_UNUSED(site);
    QVERIFY(failed.wait(kWaitMs));
    const QString sentence = failed.at(0).at(0).toString();
    QVERIFY2(sentence.startsWith(u"channel hook: the webhook answered HTTP 404"),
             qPrintable(sentence));
    QVERIFY(!sentence.contains(u"sup3rs3cret"));
}

void TestAlerting::removeDeletesTheSecret()
{
    startService();
    startAlerting();
    WebhookSecret secret;
    secret.url = m_receiver->url(u"/hook"_s);
    const AlertChannel stored = save(webhookChannel(u"hook"_s), secret);
    QVERIFY(m_secrets->contains(stored.credentialKey));
    std::optional<QString> result;
    m_alerting->removeChannel(stored.id, this, [&result](const QString &e) { result = e; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
    QVERIFY2(result->isEmpty(), qPrintable(*result));
    QVERIFY(m_alerting->channels().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_secrets->contains(stored.credentialKey), kWaitMs);
    QCOMPARE(ChannelStore(*m_database).all()->size(), 0);
    result.reset();
    m_alerting->removeChannel(stored.id, this, [&result](const QString &e) { result = e; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
    QVERIFY(result->contains(u"no channel"));
}

void TestAlerting::stopSendsWhatIsGrouped()
{
    m_server->setRoute("/site", TestRoute::ok());
    const qint64 site = addMonitor(u"site"_s, u"/site"_s);
    startService();
    startAlerting();
    WebhookSecret secret;
    secret.url = m_receiver->url(u"/hook"_s);
    QVERIFY(save(webhookChannel(u"hook"_s), secret).id > 0);
    (void)waitForResults(site, 1);
    m_server->setRoute("/site", TestRoute::withStatus(500));
    QList<StateChange> changes;
    while (changes.isEmpty())
        changes = waitForResults(site, 1);
    QCOMPARE(changes.constLast().to, MonitorState::Down);
    // Stopped within the grouping window: the message still leaves before stop() is done.
    QCOMPARE(m_receiver->requests().size(), 0);
    bool stopped = false;
    m_alerting->stop(this, [&stopped] { stopped = true; });
    QTRY_VERIFY_WITH_TIMEOUT(stopped, kWaitMs);
    QCOMPARE(m_receiver->requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestAlerting)
#include "tst_alerting.moc"
