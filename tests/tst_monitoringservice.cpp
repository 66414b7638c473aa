#include "core/base/SystemClock.h"
#include "core/secret/MemorySecretStore.h"
#include "core/service/MonitoringService.h"
#include "core/store/HistoryReader.h"
#include "core/store/HistoryStore.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/Builders.h"
#include "tests/support/StoreHelpers.h"
#include "tests/support/TestServer.h"
#include "tests/support/UpwatchProcess.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

// The service as both fronts run it, against a real database file and a loopback server.
class TestMonitoringService final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsFromStoredMonitorsAndOpenIncident();
    void editFromAnotherProcessArrives();
    void shutdownWritesEveryResult();
    void failingStoreIsReportedOnce();
    void pauseAndResumeOfADownMonitorDoNotAlertAgain();
    void editsReachTheStoreFirst();
    void removedMonitorLeavesNoHistory();
    void secretsAreSavedUsedAndRemoved();
    void unreadableSecretIsADownReason();

private:
    // Adds a monitor to the database (before the service starts); its id.
    qint64 addMonitor(const QString &name, const QUrl &url, int intervalSeconds = 60);
    void recordDown(qint64 id);
    void startService(SecretStore *secrets = nullptr);
    [[nodiscard]] qint64 count(const QString &sql);
    // Takes the database's write lock from a connection of the test: writes of others fail
    // with "database is locked" after their busy timeout.
    void lock();
    void unlock();
    // Waits for a batch with a result of monitor `id`; the changes that came with it.
    std::optional<QList<StateChange>> waitForResultOf(qint64 id);
    // storeFailed() messages about monitor edits (not about writing history).
    [[nodiscard]] static qsizetype editFailures(const QSignalSpy &failed);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<StoreDatabase> m_database; // the test's own connection
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<MonitoringService> m_service;
    std::unique_ptr<QSignalSpy> m_batches;
    QUrl m_refused; // nothing listens there: every check fails at once
};

void TestMonitoringService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"upwatch.db"_s);
    QString error;
    m_database = StoreDatabase::open(m_path, &error);
    QVERIFY2(m_database, qPrintable(error));
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->start());
    m_server->setRoute("/ok", TestRoute::ok());
    m_refused = QUrl(u"http://127.0.0.1:%1/"_s.arg(TestServer::unusedPort()));
}

void TestMonitoringService::cleanup()
{
    if (m_service && !m_service->isStopping() && m_service->isLoaded()) {
        QSignalSpy stopped(m_service.get(), &MonitoringService::stopped);
        m_service->shutdown();
        QVERIFY(stopped.wait(30'000));
    }
    m_batches.reset();
    m_service.reset();
    m_server.reset();
    m_database.reset();
    m_dir.reset();
}

qint64 TestMonitoringService::addMonitor(const QString &name, const QUrl &url, int intervalSeconds)
{
    Monitor monitor = makeMonitor(name, url.toString());
    monitor.intervalSeconds = intervalSeconds;
    monitor.timeoutMs = 2000;
    MonitorStore store(*m_database);
    if (!store.add(monitor))
        qWarning("%s", qPrintable(store.lastError()));
    return monitor.id;
}

void TestMonitoringService::recordDown(qint64 id)
{
    StateChange change;
    change.monitorId = id;
    change.at = QDateTime::currentDateTimeUtc().addSecs(-600);
    change.from = MonitorState::Up;
    change.to = MonitorState::Down;
    change.reason = Reason::Refused;
    change.error = u"Connection refused"_s;
    QVERIFY(HistoryStore(*m_database).append({}, {change}));
}

void TestMonitoringService::startService(SecretStore *secrets)
{
    m_service = std::make_unique<MonitoringService>(m_path, std::make_shared<SystemClock>());
    m_service->setSecretStore(secrets);
    m_batches = std::make_unique<QSignalSpy>(m_service.get(), &MonitoringService::resultsReady);
    QSignalSpy loaded(m_service.get(), &MonitoringService::loaded);
    m_service->start();
    QVERIFY(loaded.wait(10'000));
    QVERIFY(m_service->isLoaded());
}

qint64 TestMonitoringService::count(const QString &sql)
{
    QSqlQuery query(m_database->db());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestMonitoringService::lock()
{
    QSqlQuery query(m_database->db());
    QVERIFY2(query.exec(u"BEGIN IMMEDIATE"_s), qPrintable(query.lastError().text()));
}

void TestMonitoringService::unlock()
{
    QSqlQuery query(m_database->db());
    QVERIFY2(query.exec(u"ROLLBACK"_s), qPrintable(query.lastError().text()));
}

std::optional<QList<StateChange>> TestMonitoringService::waitForResultOf(qint64 id)
{
    QDeadlineTimer deadline(30'000);
    int seen = 0;
    while (!deadline.hasExpired()) {
        for (; seen < m_batches->size(); ++seen) {
            const auto batch = m_batches->at(seen).at(0).value<ResultBatch>();
            for (const CheckResult &result : batch.results) {
                if (result.monitorId == id) {
                    ++seen;
                    m_batches->remove(0, seen); // later waits see later batches only
                    return batch.changes;
                }
            }
        }
        m_batches->wait(1000);
    }
    qWarning("no result of monitor %lld within 30 s", id);
    return std::nullopt;
}

qsizetype TestMonitoringService::editFailures(const QSignalSpy &failed)
{
    return std::count_if(failed.cbegin(), failed.cend(), [](const QList<QVariant> &arguments) {
        // History failures say what could not be done: "cannot write history: ...".
        return !arguments.at(0).toString().startsWith(u"cannot "_s);
    });
}

void TestMonitoringService::startsFromStoredMonitorsAndOpenIncident()
{
    const qint64 down = addMonitor(u"billing"_s, m_refused, 1);
    const qint64 up = addMonitor(u"api"_s, m_server->url(u"/ok"_s));
    recordDown(down);

    m_service = std::make_unique<MonitoringService>(m_path, std::make_shared<SystemClock>());
    m_batches = std::make_unique<QSignalSpy>(m_service.get(), &MonitoringService::resultsReady);
    QSignalSpy loaded(m_service.get(), &MonitoringService::loaded);
    m_service->start();
    QVERIFY(loaded.wait(10'000));
    const auto monitors = loaded.at(0).at(0).value<QList<Monitor>>();
    const auto states = loaded.at(0).at(1).value<QHash<qint64, MonitorState>>();
    QCOMPARE(monitors.size(), 2);
    QCOMPARE(states.value(down), MonitorState::Down); // the outage goes on
    QCOMPARE(states.value(up), MonitorState::Pending);
    QCOMPARE(m_service->engine().state(down), MonitorState::Down);
    QVERIFY(m_service->monitors().contains(up));

    // Still down: the first check changes nothing, so nobody is alerted a second time.
    const auto changes = waitForResultOf(down);
    QVERIFY(changes);
    for (const StateChange &change : *changes)
        QVERIFY(change.monitorId != down);
    QCOMPARE(count(u"SELECT count(*) FROM incidents WHERE monitor_id = %1"_s.arg(down)), 1);
}

void TestMonitoringService::editFromAnotherProcessArrives()
{
    addMonitor(u"api"_s, m_server->url(u"/ok"_s));
    startService();
    QSignalSpy added(m_service.get(), &MonitoringService::monitorAdded);
    QSignalSpy updated(m_service.get(), &MonitoringService::monitorUpdated);
    QSignalSpy removed(m_service.get(), &MonitoringService::monitorsRemoved);

    const UpwatchRun add = runUpwatch({u"monitor"_s, u"add"_s, u"--name"_s, u"web"_s, u"--url"_s,
                                       m_server->url(u"/ok"_s).toString(), u"--interval"_s, u"30"_s,
                                       u"--db"_s, m_path});
    QCOMPARE(add.exitCode, 0);
    // Within the sync period (a generous bound: the machine may be busy). The signal may come
    // while runUpwatch() still waits for the process, so the spies are counted, not waited on.
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, MonitoringService::kSyncEveryMs * 5);
    const auto monitor = added.at(0).at(0).value<Monitor>();
    QCOMPARE(monitor.name, u"web"_s);
    QCOMPARE(monitor.intervalSeconds, 30);
    QVERIFY(m_service->engine().contains(monitor.id));

    QCOMPARE(runUpwatch({u"monitor"_s, u"pause"_s, u"web"_s, u"--db"_s, m_path}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 1, MonitoringService::kSyncEveryMs * 5);
    QVERIFY(updated.at(0).at(0).value<Monitor>().paused);
    QCOMPARE(m_service->engine().state(monitor.id), MonitorState::Paused);

    QCOMPARE(runUpwatch({u"monitor"_s, u"remove"_s, u"web"_s, u"--db"_s, m_path}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, MonitoringService::kSyncEveryMs * 5);
    QCOMPARE(removed.at(0).at(0).value<QList<qint64>>(), QList<qint64>{monitor.id});
    QVERIFY(!m_service->engine().contains(monitor.id));
}

void TestMonitoringService::shutdownWritesEveryResult()
{
    for (int i = 0; i < 20; ++i)
        addMonitor(u"api %1"_s.arg(i), m_server->url(u"/ok"_s), 1);
    startService();
    QTRY_VERIFY_WITH_TIMEOUT(m_service->resultCount() >= 40, 30'000);

    QSignalSpy stopped(m_service.get(), &MonitoringService::stopped);
    m_service->shutdown();
    QVERIFY(stopped.wait(30'000));
    const auto report = stopped.at(0).at(0).value<ServiceReport>();
    QVERIFY(!report.writerStuck);
    QCOMPARE(report.results, m_service->resultCount());
    QVERIFY(report.results >= 40);
    QCOMPARE(report.history.stored, report.results);
    QCOMPARE(report.lost(), 0);
    QCOMPARE(count(u"SELECT count(*) FROM results"_s), report.results);
    // Nothing runs any more.
    const qint64 produced = m_service->resultCount();
    QTest::qWait(1500);
    QCOMPARE(m_service->resultCount(), produced);
}

void TestMonitoringService::failingStoreIsReportedOnce()
{
    for (int i = 0; i < 5; ++i)
        addMonitor(u"api %1"_s.arg(i), m_server->url(u"/ok"_s), 1);
    startService();
    QSignalSpy failed(m_service.get(), &MonitoringService::storeFailed);
    QSignalSpy accounting(m_service.get(), &MonitoringService::historyAccountingChanged);
    QSignalSpy resumed(m_service.get(), &MonitoringService::historyResumed);
    QTRY_VERIFY_WITH_TIMEOUT(count(u"SELECT count(*) FROM results"_s) > 0, 30'000);

    lock();
    // Several write attempts fail (each after the writer's busy timeout) while results wait.
    QVERIFY(failed.wait(30'000));
    const auto pendingNow = [&accounting] {
        return accounting.isEmpty()
                   ? 0
                   : accounting.constLast().at(0).value<WriterAccounting>().pending;
    };
    const qint64 firstPending = pendingNow();
    QTRY_VERIFY_WITH_TIMEOUT(pendingNow() > firstPending + 10, 60'000);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(u"locked"_s),
             qPrintable(failed.at(0).at(0).toString()));
    unlock();
    QVERIFY(resumed.wait(30'000));
    QCOMPARE(failed.size(), 1);

    // A new failure after recovery is news again.
    lock();
    QVERIFY(failed.wait(30'000));
    QCOMPARE(failed.size(), 2);
    unlock();
}

void TestMonitoringService::pauseAndResumeOfADownMonitorDoNotAlertAgain()
{
    const qint64 id = addMonitor(u"billing"_s, m_refused, 1);
    recordDown(id);
    startService();
    QCOMPARE(m_service->engine().state(id), MonitorState::Down);
    QSignalSpy updated(m_service.get(), &MonitoringService::monitorUpdated);

    m_service->setPaused({id}, true);
    QVERIFY(updated.wait(10'000));
    QCOMPARE(m_service->engine().state(id), MonitorState::Paused);
    m_service->setPaused({id}, false);
    QVERIFY(updated.wait(10'000));
    QCOMPARE(m_service->engine().state(id), MonitorState::Down);

    // A resumed monitor is checked at once; it is still down.
    m_batches->clear();
    QList<StateChange> all;
    for (int i = 0; i < 2; ++i) {
        const auto changes = waitForResultOf(id);
        QVERIFY(changes);
        all += *changes;
    }
    for (const StateChange &change : all) {
        if (change.monitorId == id)
            QVERIFY2(!change.wentDown(), "alerted again for an outage it had already told of");
    }
    QCOMPARE(m_service->engine().state(id), MonitorState::Down);

    QSignalSpy stopped(m_service.get(), &MonitoringService::stopped);
    m_service->shutdown();
    QVERIFY(stopped.wait(30'000));
    // One incident, still open: the pause did not end the outage.
    QCOMPARE(count(u"SELECT count(*) FROM incidents WHERE monitor_id = %1"_s.arg(id)), 1);
    const auto open = HistoryReader(*m_database).openStates();
    QVERIFY(open);
    QCOMPARE(open->value(id), MonitorState::Down);
}

void TestMonitoringService::editsReachTheStoreFirst()
{
    const qint64 id = addMonitor(u"api"_s, m_server->url(u"/ok"_s));
    startService();
    QSignalSpy failed(m_service.get(), &MonitoringService::storeFailed);
    QSignalSpy updated(m_service.get(), &MonitoringService::monitorUpdated);
    QSignalSpy removed(m_service.get(), &MonitoringService::monitorsRemoved);

    lock();
    m_service->setPaused({id}, true);
    m_service->removeMonitors({id});
    // Both fail after the store's busy timeout; the engine keeps what the database holds.
    QTRY_COMPARE_WITH_TIMEOUT(editFailures(failed), 2, 30'000);
    QVERIFY(updated.isEmpty());
    QVERIFY(removed.isEmpty());
    QVERIFY(m_service->engine().contains(id));
    QVERIFY(m_service->engine().state(id) != MonitorState::Paused);
    QVERIFY(!m_service->monitors().value(id).paused);
    unlock();

    m_service->setPaused({id}, true);
    QVERIFY(updated.wait(10'000));
    QCOMPARE(m_service->engine().state(id), MonitorState::Paused);
    QVERIFY(MonitorStore(*m_database).byId(id)->paused);
    m_service->removeMonitors({id});
    QVERIFY(removed.wait(10'000));
    QVERIFY(!m_service->engine().contains(id));
    QVERIFY(!MonitorStore(*m_database).byId(id));
}

void TestMonitoringService::removedMonitorLeavesNoHistory()
{
    // Removed just after a check: that check, still in the writer's buffer, must not be written
    // after the monitor and its history are deleted (nothing would ever delete it).
    const qint64 kept = addMonitor(u"kept"_s, m_server->url(u"/ok"_s), 1);
    const qint64 gone = addMonitor(u"gone"_s, m_server->url(u"/ok"_s), 1);
    startService();
    QSignalSpy removed(m_service.get(), &MonitoringService::monitorsRemoved);
    QVERIFY(waitForResultOf(gone));
    m_service->removeMonitors({gone});
    QVERIFY(removed.wait(10'000));
    QVERIFY(!m_service->engine().contains(gone));
    QVERIFY(waitForResultOf(kept)); // later batches go on being written

    QSignalSpy stopped(m_service.get(), &MonitoringService::stopped);
    m_service->shutdown();
    QVERIFY(stopped.wait(30'000));
    const auto report = stopped.at(0).at(0).value<ServiceReport>();
    QCOMPARE(report.lost(), 0);
    QCOMPARE(count(u"SELECT count(*) FROM results WHERE monitor_id = %1"_s.arg(gone)), 0);
    QCOMPARE(count(u"SELECT count(*) FROM rollups WHERE monitor_id = %1"_s.arg(gone)), 0);
    QVERIFY(count(u"SELECT count(*) FROM results WHERE monitor_id = %1"_s.arg(kept)) > 0);
}

void TestMonitoringService::secretsAreSavedUsedAndRemoved()
{
    m_server->setRoute("/basic", TestRoute::ok("basic ok").requiringBasic("user", "pw 42"));
    MemorySecretStore secrets;
    startService(&secrets);
    const auto save = [this](const Monitor &monitor, std::optional<QByteArray> secret) {
        std::optional<Monitor> result;
        QString failure;
        bool done = false;
        m_service->saveMonitor(monitor, std::move(secret), m_service.get(),
                               [&](const std::optional<Monitor> &saved, const QString &error) {
                                   result = saved;
                                   failure = error;
                                   done = true;
                               });
        if (!QTest::qWaitFor([&done] { return done; }, 30'000))
            qWarning("the save did not answer");
        return std::make_pair(result, failure);
    };

    Monitor monitor =
        MonitorBuilder(u"api"_s).url(m_server->url(u"/basic"_s)).intervalSeconds(1).build();
    monitor.auth.kind = AuthKind::Basic;
    monitor.auth.user = u"user"_s;
    const auto [saved, error] = save(monitor, QByteArray("pw 42"));
    QVERIFY2(saved, qPrintable(error));
    QVERIFY(saved->credentialKey.startsWith(u"basic/"_s));
    QCOMPARE(secrets.secret(saved->credentialKey), QByteArray("pw 42"));
    QTRY_COMPARE_WITH_TIMEOUT(m_service->engine().state(saved->id), MonitorState::Up, 30'000);
    QCOMPARE(m_server->requests().constLast().header("Authorization"),
             "Basic " + QByteArray("user:pw 42").toBase64());
    QCOMPARE(
        count(
            u"SELECT count(*) FROM monitors WHERE url || auth || credential_key LIKE '%pw 42%'"_s),
        0);

    // A store that fails: nothing is saved, and the message says where.
    secrets.failWith(SecretStore::Status::Unavailable, u"no Secret Service"_s);
    const auto [refused, why] = save(*saved, QByteArray("other"));
    QVERIFY(!refused);
    QVERIFY2(why.startsWith(u"cannot store the password in "_s) &&
                 why.endsWith(u"no Secret Service"_s),
             qPrintable(why));
    secrets.failWith(SecretStore::Status::Ok);

    // No authentication any more: the secret goes once the monitor is stored.
    Monitor plain = *saved;
    plain.auth = {};
    const auto [cleared, clearError] = save(plain, std::nullopt);
    QVERIFY2(cleared, qPrintable(clearError));
    QVERIFY(cleared->credentialKey.isEmpty());
    QTRY_COMPARE(secrets.size(), 0);

    // A password typed into the URL moves to the store.
    Monitor typed = *cleared;
    typed.url = QUrl(u"http://user:pw%2042@127.0.0.1:%1/basic"_s.arg(m_server->url(u"/"_s).port()));
    const auto [moved, moveError] = save(typed, std::nullopt);
    QVERIFY2(moved, qPrintable(moveError));
    QCOMPARE(moved->url.password(), QString());
    QCOMPARE(moved->auth.user, u"user"_s);
    QCOMPARE(secrets.secret(moved->credentialKey), QByteArray("pw 42"));
    QCOMPARE(count(u"SELECT count(*) FROM monitors WHERE url LIKE '%pw%'"_s), 0);

    m_service->removeMonitors({moved->id});
    QTRY_COMPARE(secrets.size(), 0);
}

void TestMonitoringService::unreadableSecretIsADownReason()
{
    Monitor monitor = MonitorBuilder(u"api"_s).url(m_refused).intervalSeconds(1).build();
    monitor.auth.kind = AuthKind::Bearer;
    monitor.credentialKey = u"bearer/gone"_s;
    MonitorStore store(*m_database);
    QVERIFY(store.add(monitor));
    MemorySecretStore secrets;
    startService(&secrets);
    QSignalSpy problems(m_service.get(), &MonitoringService::secretProblem);
    QVERIFY(waitForResultOf(monitor.id));
    QTRY_VERIFY_WITH_TIMEOUT(
        count(u"SELECT count(*) FROM results WHERE reason = %1"_s.arg(int(Reason::Secret))) > 0,
        30'000);
    QSqlQuery query(m_database->db());
    QVERIFY(query.exec(u"SELECT error FROM results WHERE reason = %1"_s.arg(int(Reason::Secret))));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(),
             u"the token of this monitor is not in the in-memory secret store (if it is locked, "
             "unlock it; otherwise edit the monitor and enter the token again)"_s);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.at(0).at(0).toString().startsWith(u"monitor 'api': the token"_s));
}

QTEST_GUILESS_MAIN(TestMonitoringService)
#include "tst_monitoringservice.moc"
