#include "core/alert/AlertGrouping.h"
#include "core/alert/Alerting.h"
#include "core/alert/Silencer.h"
#include "core/service/MonitoringService.h"
#include "core/store/ChannelStore.h"
#include "core/store/MonitorStore.h"
#include "core/store/SettingsStore.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/Builders.h"
#include "tests/support/FakeClock.h"
#include "ui/tray/Notifier.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 30'000;

class FakeSink final : public NotificationSink {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeSink)

public:
    using NotificationSink::NotificationSink;
    void show(const Notification &n) override { shown.append(n); }
    QList<Notification> shown;
};

QDateTime berlin(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 1, day), QTime(hour, minute), Qt::LocalTime).toUTC();
}

} // namespace

// Snooze, quiet hours and mutes on a real MonitoringService with a fake clock: the window's
// notifications and a command channel hold what fires, then tell it once; what the tray shows
// (the engine's states) is not touched. The monitors are paused, so the engine checks nothing
// and the test hands the service the transitions itself.
class TestSilencing final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void quietHoursHoldThenOneSummary();
    void snoozeFromOneFrontReachesAnother();
    void endingTheSnoozeReleasesAtOnce();
    void mutedMonitorIsDropped();
    void failedStoreIsReported();

private:
    void startAll();
    void fire(const QList<StateChange> &changes);
    // Lets the channel's grouping window pass on the fake clock, and its timer fire.
    void passGroupingWindow();
    // The command channel's runs so far, one line each: "<event count> <event>".
    [[nodiscard]] QStringList runs() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::shared_ptr<FakeClock> m_clock;
    qint64 m_api = 0;
    qint64 m_db = 0;
    std::unique_ptr<MonitoringService> m_service;
    std::unique_ptr<Alerting> m_alerting;
    std::unique_ptr<FakeSink> m_sink;
    std::unique_ptr<Notifier> m_notifier;
};

void TestSilencing::initTestCase()
{
    qputenv("TZ", "Europe/Berlin");
    tzset();
}

void TestSilencing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"upwatch.db"_s);
    QString error;
    auto database = StoreDatabase::open(m_path, &error);
    QVERIFY2(database, qPrintable(error));
    MonitorStore monitors(*database);
    Monitor api = MonitorBuilder(u"api"_s).paused().build();
    Monitor db = MonitorBuilder(u"db"_s).paused().build();
    QVERIFY(monitors.add(api));
    QVERIFY(monitors.add(db));
    m_api = api.id;
    m_db = db.id;
    // A command channel that logs how many events each message carried.
    const QString script = m_dir->filePath(u"alert.sh"_s);
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\necho \"$UPWATCH_EVENT_COUNT $UPWATCH_EVENT\" >> \"$1\"\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    AlertChannel command;
    command.name = u"script"_s;
    command.kind = AlertChannelKind::Command;
    command.program = script;
    command.arguments = {m_dir->filePath(u"runs.log"_s)};
    ChannelStore channels(*database);
    QVERIFY2(channels.add(command), qPrintable(channels.lastError()));
    m_clock = std::make_shared<FakeClock>(berlin(15, 21));
}

void TestSilencing::cleanup()
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
    m_notifier.reset();
    m_sink.reset();
    m_alerting.reset();
    m_service.reset();
    m_dir.reset();
}

void TestSilencing::startAll()
{
    m_service = std::make_unique<MonitoringService>(m_path, m_clock);
    m_alerting = std::make_unique<Alerting>(*m_service);
    m_sink = std::make_unique<FakeSink>();
    m_notifier = std::make_unique<Notifier>(
        [this](qint64 id) -> std::optional<Monitor> {
            const auto it = m_service->monitors().constFind(id);
            return it == m_service->monitors().cend() ? std::nullopt : std::optional(*it);
        },
        m_clock);
    m_notifier->setSink(m_sink.get());
    m_notifier->setSilencer(&m_alerting->silencer());
    connect(m_service.get(), &MonitoringService::resultsReady, m_notifier.get(), &Notifier::handle);
    QSignalSpy loaded(m_service.get(), &MonitoringService::loaded);
    QSignalSpy channels(m_alerting.get(), &Alerting::channelsChanged);
    m_service->start();
    m_alerting->start();
    QVERIFY(loaded.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(m_alerting->silencer().isLoaded(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(channels.count() > 0, kWaitMs);
}

void TestSilencing::fire(const QList<StateChange> &changes)
{
    emit m_service->resultsReady(batchOf(changes));
}

void TestSilencing::passGroupingWindow()
{
    m_clock->advance(AlertGrouping::kDefaultMaxMs + 1000);
    QTest::qWait(AlertGrouping::kDefaultQuietMs + 500);
}

QStringList TestSilencing::runs() const
{
    QFile log(m_dir->filePath(u"runs.log"_s));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

void TestSilencing::quietHoursHoldThenOneSummary()
{
    startAll();
    Silencer &silencer = m_alerting->silencer();
    QSignalSpy ended(&silencer, &Silencer::holdEnded);
    silencer.setQuietHours(QuietHours{true, QTime(22, 0), QTime(7, 0)});
    QVERIFY(!silencer.isHolding()); // 21:00

    // Before they begin: told at once.
    fire({makeChange(m_api, m_clock->nowUtc(), MonitorState::Up, MonitorState::Down)});
    QCOMPARE(m_sink->shown.size(), 1);
    passGroupingWindow();
    QTRY_COMPARE_WITH_TIMEOUT(runs().size(), 1, kWaitMs);
    QCOMPARE(runs().constFirst(), u"1 down"_s);

    // 23:00: held, by the window and by the channel alike.
    m_clock->setNow(berlin(15, 23));
    silencer.poll();
    QVERIFY(silencer.isHolding());
    fire({makeChange(m_api, m_clock->nowUtc(), MonitorState::Down, MonitorState::Up)});
    m_clock->setNow(berlin(16, 2));
    fire({makeChange(m_db, m_clock->nowUtc(), MonitorState::Up, MonitorState::Down)});
    QCOMPARE(m_sink->shown.size(), 1);
    QCOMPARE(m_notifier->heldCount(), 2);
    passGroupingWindow(); // still nothing for the channel
    QCOMPARE(runs().size(), 1);
    QCOMPARE(ended.count(), 0);

    // What the tray shows is the engine's truth, which silencing does not touch.
    const QList<int> counts = m_service->engine().stateCounts();
    QCOMPARE(counts.value(int(MonitorState::Paused)), 2);

    // 07:00: one summary in the window, one message per channel.
    m_clock->setNow(berlin(16, 7));
    silencer.poll();
    QCOMPARE(ended.count(), 1);
    QVERIFY(!silencer.isHolding());
    QCOMPARE(m_sink->shown.size(), 2);
    const Notification summary = m_sink->shown.constLast();
    QVERIFY2(summary.title.contains(u"2 alert"_s), qPrintable(summary.title));
    QCOMPARE(summary.kind, Notification::Kind::Down); // the most urgent leads
    QVERIFY2(summary.body.contains(u"db is down"_s), qPrintable(summary.body));
    QVERIFY2(summary.body.contains(u"api is back up"_s), qPrintable(summary.body));
    QCOMPARE(summary.monitorId, m_db);
    QCOMPARE(m_notifier->heldCount(), 0);
    passGroupingWindow();
    QTRY_COMPARE_WITH_TIMEOUT(runs().size(), 2, kWaitMs);
    QVERIFY2(runs().constLast().startsWith(u"2 "_s), qPrintable(runs().join(u'|')));
    // Nothing more comes of it.
    silencer.poll();
    QCOMPARE(ended.count(), 1);
    QCOMPARE(m_sink->shown.size(), 2);
}

void TestSilencing::snoozeFromOneFrontReachesAnother()
{
    startAll();
    Silencer &silencer = m_alerting->silencer();
    QSignalSpy changed(&silencer, &Silencer::settingsChanged);
    // `upwatch snooze` in another process writes the database.
    {
        QString error;
        auto database = StoreDatabase::open(m_path, &error);
        QVERIFY2(database, qPrintable(error));
        QVERIFY(SettingsStore(*database).setSnoozedUntil(m_clock->nowUtc().addSecs(3600)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(silencer.isHolding(), kWaitMs);
    QCOMPARE(silencer.settings().snoozedUntil, m_clock->nowUtc().addSecs(3600));
    fire({makeChange(m_api, m_clock->nowUtc(), MonitorState::Up, MonitorState::Down)});
    QCOMPARE(m_sink->shown.size(), 0);
    QCOMPARE(m_notifier->heldCount(), 1);
    m_clock->advance(3600 * 1000);
    silencer.poll();
    QCOMPARE(m_sink->shown.size(), 1);
    // A single held alert is told as itself.
    QCOMPARE(m_sink->shown.constFirst().title, u"api is down"_s);
}

void TestSilencing::endingTheSnoozeReleasesAtOnce()
{
    startAll();
    Silencer &silencer = m_alerting->silencer();
    silencer.snooze(QuietSettings::nextMorning(m_clock->nowUtc()));
    QCOMPARE(silencer.settings().snoozedUntil, berlin(16, 8));
    QVERIFY(silencer.isHolding());
    fire({makeChange(m_api, m_clock->nowUtc(), MonitorState::Up, MonitorState::Down),
          makeChange(m_db, m_clock->nowUtc(), MonitorState::Up, MonitorState::Down)});
    QCOMPARE(m_sink->shown.size(), 0);
    QSignalSpy ended(&silencer, &Silencer::holdEnded);
    silencer.snooze(QDateTime()); // "Resume notifications"
    QCOMPARE(ended.count(), 1);
    QCOMPARE(m_sink->shown.size(), 1);
    QVERIFY2(m_sink->shown.constFirst().title.contains(u"2 alert"_s),
             qPrintable(m_sink->shown.constFirst().title));
    // Stored: a new process reads no snooze.
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            QString error;
            auto database = StoreDatabase::open(m_path, &error);
            return database && !SettingsStore(*database).quietSettings()->snoozedUntil.isValid();
        }(),
        kWaitMs);
}

void TestSilencing::mutedMonitorIsDropped()
{
    startAll();
    Silencer &silencer = m_alerting->silencer();
    silencer.muteMonitors({m_api}, m_clock->nowUtc().addSecs(3600));
    QTRY_VERIFY_WITH_TIMEOUT(m_service->monitors().value(m_api).isMutedAt(m_clock->nowUtc()),
                             kWaitMs);
    fire({makeChange(m_api, m_clock->nowUtc(), MonitorState::Up, MonitorState::Down),
          makeChange(m_db, m_clock->nowUtc(), MonitorState::Up, MonitorState::Down)});
    QCOMPARE(m_sink->shown.size(), 1);
    QCOMPARE(m_sink->shown.constFirst().title, u"db is down"_s);
    QCOMPARE(m_notifier->heldCount(), 0); // dropped, not held
    passGroupingWindow();
    QTRY_COMPARE_WITH_TIMEOUT(runs().size(), 1, kWaitMs);
    QCOMPARE(runs().constFirst(), u"1 down"_s);
    // The mute runs out.
    m_clock->advance(3600 * 1000);
    fire({makeChange(m_api, m_clock->nowUtc(), MonitorState::Up, MonitorState::Down)});
    QCOMPARE(m_sink->shown.size(), 2);
    QCOMPARE(m_sink->shown.constLast().title, u"api is down"_s);
}

void TestSilencing::failedStoreIsReported()
{
    startAll();
    Silencer &silencer = m_alerting->silencer();
    QSignalSpy failed(&silencer, &Silencer::failed);
    silencer.muteMonitors({m_api + 1000}, m_clock->nowUtc().addSecs(60));
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY2(failed.at(0).at(0).toString().contains(u"no monitor"_s),
             qPrintable(failed.at(0).at(0).toString()));
}

QTEST_MAIN(TestSilencing)
#include "tst_silencing.moc"
