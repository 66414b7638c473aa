#include "core/service/MaintenancePlanner.h"
#include "core/service/MonitoringService.h"
#include "core/store/HistoryReader.h"
#include "core/store/MaintenanceStore.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/Builders.h"
#include "tests/support/FakeClock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 30'000;
const QDateTime kStart(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC); // a Monday

} // namespace

// The planner on a real MonitoringService with a fake clock: windows by tag and by monitor open
// and close on time, windows added through it or by another process are picked up, a monitor
// tagged later joins an open window, and every MAINTENANCE stretch is stored as a record. The
// monitors check hourly, so the engine leaves them alone while the clock moves.
class TestMaintenancePlanner final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void windowOpensAndClosesOnTime();
    void windowOpenAtStartHoldsTheFirstChecks();
    void savedAndRemovedThroughThePlanner();
    void windowAddedElsewhereIsPickedUp();
    void monitorTaggedLaterJoinsAnOpenWindow();

private:
    void startService();
    [[nodiscard]] MaintenanceWindow onceWindow(const QString &name, qint64 fromMinutes,
                                               qint64 toMinutes) const;
    void addWindow(MaintenanceWindow window);
    [[nodiscard]] QList<Incident> incidents(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::shared_ptr<FakeClock> m_clock;
    qint64 m_db = 0;
    qint64 m_web = 0;
    std::unique_ptr<MonitoringService> m_service;
};

void TestMaintenancePlanner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"upwatch.db"_s);
    QString error;
    auto database = StoreDatabase::open(m_path, &error);
    QVERIFY2(database, qPrintable(error));
    MonitorStore monitors(*database);
    Monitor db = MonitorBuilder(u"db"_s).tags({u"database"_s}).intervalSeconds(3600).build();
    Monitor web = MonitorBuilder(u"web"_s).intervalSeconds(3600).build();
    QVERIFY(monitors.add(db));
    QVERIFY(monitors.add(web));
    m_db = db.id;
    m_web = web.id;
    m_clock = std::make_shared<FakeClock>(kStart);
}

void TestMaintenancePlanner::cleanup()
{
    if (m_service && m_service->isLoaded() && !m_service->isStopping()) {
        QSignalSpy stopped(m_service.get(), &MonitoringService::stopped);
        m_service->shutdown();
        QVERIFY(stopped.wait(kWaitMs));
    }
    m_service.reset();
    m_dir.reset();
}

void TestMaintenancePlanner::startService()
{
    m_service = std::make_unique<MonitoringService>(m_path, m_clock);
    QSignalSpy loaded(m_service.get(), &MonitoringService::loaded);
    m_service->start();
    QVERIFY(loaded.wait(kWaitMs));
    QVERIFY(m_service->maintenance().isLoaded());
}

MaintenanceWindow TestMaintenancePlanner::onceWindow(const QString &name, qint64 fromMinutes,
                                                     qint64 toMinutes) const
{
    MaintenanceWindow window;
    window.name = name;
    window.kind = MaintenanceKind::Once;
    window.startsAt = kStart.addSecs(fromMinutes * 60);
    window.endsAt = kStart.addSecs(toMinutes * 60);
    return window;
}

void TestMaintenancePlanner::addWindow(MaintenanceWindow window)
{
    QString error;
    auto database = StoreDatabase::open(m_path, &error);
    QVERIFY2(database, qPrintable(error));
    MaintenanceStore store(*database);
    QVERIFY2(store.add(window), qPrintable(store.lastError()));
}

QList<Incident> TestMaintenancePlanner::incidents(qint64 id)
{
    QString error;
    auto database = StoreDatabase::open(m_path, &error);
    if (!database)
        return {};
    return HistoryReader(*database).incidents(id).value_or(QList<Incident>{});
}

void TestMaintenancePlanner::windowOpensAndClosesOnTime()
{
    MaintenanceWindow window = onceWindow(u"db upgrade"_s, 60, 120);
    window.tags = {u"database"_s};
    addWindow(window);
    startService();
    MaintenancePlanner &planner = m_service->maintenance();
    QCOMPARE(planner.windows().size(), 1);
    QCOMPARE(m_service->engine().state(m_db), MonitorState::Pending);

    m_clock->setNow(kStart.addSecs(60 * 60));
    planner.evaluate();
    QCOMPARE(m_service->engine().state(m_db), MonitorState::Maintenance);
    QCOMPARE(m_service->engine().state(m_web), MonitorState::Pending);
    QCOMPARE(planner.active(), QSet<qint64>{m_db});
    QCOMPARE(planner.openFor(m_db, m_clock->nowUtc()).size(), 1);
    QVERIFY(planner.openFor(m_web, m_clock->nowUtc()).isEmpty());

    m_clock->setNow(kStart.addSecs(120 * 60));
    planner.evaluate();
    QCOMPARE(m_service->engine().state(m_db), MonitorState::Pending);
    QVERIFY(planner.active().isEmpty());

    // The stretch is stored as a record of its own, an hour long.
    QTRY_VERIFY_WITH_TIMEOUT(
        !incidents(m_db).isEmpty() && incidents(m_db).constFirst().endedAt.isValid(), kWaitMs);
    const Incident record = incidents(m_db).constFirst();
    QCOMPARE(record.state, MonitorState::Maintenance);
    QCOMPARE(record.startedAt, kStart.addSecs(60 * 60));
    QCOMPARE(record.endedAt, kStart.addSecs(120 * 60));
}

void TestMaintenancePlanner::windowOpenAtStartHoldsTheFirstChecks()
{
    MaintenanceWindow window = onceWindow(u"now"_s, -10, 50);
    window.monitorIds = {m_web};
    addWindow(window);
    startService();
    // Before the first check can run: the engine has it already.
    QCOMPARE(m_service->engine().state(m_web), MonitorState::Maintenance);
    QCOMPARE(m_service->engine().maintenance(), QSet<qint64>{m_web});
}

void TestMaintenancePlanner::savedAndRemovedThroughThePlanner()
{
    startService();
    MaintenancePlanner &planner = m_service->maintenance();
    QSignalSpy changed(&planner, &MaintenancePlanner::windowsChanged);
    MaintenanceWindow window = onceWindow(u"all"_s, 0, 30); // open now, every monitor
    std::optional<MaintenanceWindow> saved;
    QString failure;
    planner.save(window, this, [&](const std::optional<MaintenanceWindow> &w, const QString &e) {
        saved = w;
        failure = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(saved || !failure.isEmpty(), kWaitMs);
    QVERIFY2(saved, qPrintable(failure));
    QVERIFY(saved->id > 0);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, kWaitMs);
    QCOMPARE(m_service->engine().state(m_db), MonitorState::Maintenance);
    QCOMPARE(m_service->engine().state(m_web), MonitorState::Maintenance);

    // A second window with the same name is refused with a sentence.
    bool answered = false;
    planner.save(window, this, [&](const std::optional<MaintenanceWindow> &w, const QString &e) {
        answered = true;
        QVERIFY(!w);
        failure = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, kWaitMs);
    QVERIFY2(failure.contains(u"all"_s), qPrintable(failure));

    QString removeError = u"not answered"_s;
    planner.remove(saved->id, this, [&](const QString &e) { removeError = e; });
    QTRY_VERIFY_WITH_TIMEOUT(removeError.isEmpty(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(planner.windows().isEmpty(), kWaitMs);
    QCOMPARE(m_service->engine().state(m_db), MonitorState::Pending);
}

void TestMaintenancePlanner::windowAddedElsewhereIsPickedUp()
{
    startService();
    MaintenanceWindow window = onceWindow(u"elsewhere"_s, 0, 30);
    window.monitorIds = {m_db};
    addWindow(window); // as `upwatch maintenance add` does
    QTRY_COMPARE_WITH_TIMEOUT(m_service->engine().state(m_db), MonitorState::Maintenance, kWaitMs);
    QCOMPARE(m_service->engine().state(m_web), MonitorState::Pending);
}

void TestMaintenancePlanner::monitorTaggedLaterJoinsAnOpenWindow()
{
    MaintenanceWindow window = onceWindow(u"db"_s, 0, 30);
    window.tags = {u"database"_s};
    addWindow(window);
    startService();
    QCOMPARE(m_service->engine().state(m_web), MonitorState::Pending);
    Monitor web = m_service->monitors().value(m_web);
    web.tags = {u"database"_s};
    bool saved = false;
    m_service->saveMonitor(
        web, this, [&](const std::optional<Monitor> &m, const QString &) { saved = bool(m); });
    QTRY_VERIFY_WITH_TIMEOUT(saved, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_service->engine().state(m_web), MonitorState::Maintenance, kWaitMs);
}

QTEST_GUILESS_MAIN(TestMaintenancePlanner)
#include "tst_maintenanceplanner.moc"
