#include "core/alert/AlertRules.h"
#include "core/engine/StateTracker.h"
#include "tests/support/Builders.h"
#include "tests/support/FakeClock.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kStart(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

// Results through a real state tracker, as the engine makes its batches.
class Engine {
public:
    explicit Engine(StateTracker &tracker)
        : m_tracker(tracker)
    {
    }
    ResultBatch check(qint64 id, const QDateTime &at, Verdict verdict)
    {
        const CheckResult result = makeResult(id, at, verdict);
        ResultBatch batch;
        batch.results.append(result);
        if (const auto change = m_tracker.apply(result))
            batch.changes.append(*change);
        return batch;
    }

private:
    StateTracker &m_tracker;
};

QList<AlertEventKind> kinds(const QList<AlertEvent> &events)
{
    QList<AlertEventKind> found;
    for (const AlertEvent &event : events)
        found.append(event.kind);
    return found;
}

} // namespace

class TestAlertRules final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void downCarriesTheMonitor();
    void transitions_data();
    void transitions();
    void oncePerTransition();
    void noEventForUnreachableThroughParent();
    void unreachableThatStaysDownAfterParentIsBackAlerts();
    void pauseAndResumeAreSilent();
    void upReportsIncidentDuration();
    void upThroughDegradedCountsTheWholeIncident();
    void certificateWarnedOncePerCertificate();
    void renewedCertificateWarnsAgain();
    void certificateFarFromExpiryIsSilent();
    void certificateWarningsOff();
    void forgottenMonitorStartsOver();

private:
    [[nodiscard]] AlertRules rules();

    QHash<qint64, Monitor> m_monitors;
    std::shared_ptr<FakeClock> m_clock;
};

void TestAlertRules::init()
{
    m_clock = std::make_shared<FakeClock>(kStart);
    m_monitors.clear();
    m_monitors.insert(1, MonitorBuilder(u"api"_s)
                             .id(1)
                             .url(u"https://user:pw@api.example.com/health"_s)
                             .tags({u"prod"_s})
                             .build());
    m_monitors.insert(2, MonitorBuilder(u"router"_s).id(2).build());
    m_monitors.insert(3, MonitorBuilder(u"nas"_s).id(3).parentId(2).build());
}

AlertRules TestAlertRules::rules()
{
    return AlertRules(
        [this](qint64 id) -> std::optional<Monitor> {
            if (m_monitors.contains(id))
                return m_monitors.value(id);
            return std::nullopt;
        },
        m_clock);
}

void TestAlertRules::downCarriesTheMonitor()
{
    AlertRules alertRules = rules();
    const QList<AlertEvent> events =
        alertRules.events(batchOf({makeChange(1, kStart, MonitorState::Up, MonitorState::Down)}));
    QCOMPARE(events.size(), 1);
    const AlertEvent &event = events.constFirst();
    QCOMPARE(event.kind, AlertEventKind::Down);
    QCOMPARE(event.monitorId, 1);
    QCOMPARE(event.monitorName, u"api"_s);
    QCOMPARE(event.url, u"https://user@api.example.com/health"_s); // never the password
    QCOMPARE(event.tags, QStringList{u"prod"_s});
    QCOMPARE(event.state, MonitorState::Down);
    QCOMPARE(event.previousState, MonitorState::Up);
    QCOMPARE(event.reason, Reason::Timeout);
    QCOMPARE(event.error, u"Timed out after 10000 ms"_s);
    QCOMPARE(event.at, kStart);
    QVERIFY(!event.test);
}

void TestAlertRules::transitions_data()
{
    QTest::addColumn<MonitorState>("from");
    QTest::addColumn<MonitorState>("to");
    QTest::addColumn<QList<AlertEventKind>>("expected");
    using S = MonitorState;
    using K = AlertEventKind;
    QTest::newRow("up -> down") << S::Up << S::Down << QList<K>{K::Down};
    QTest::newRow("pending -> down") << S::Pending << S::Down << QList<K>{K::Down};
    QTest::newRow("degraded -> down") << S::Degraded << S::Down << QList<K>{K::Down};
    QTest::newRow("unreachable -> down") << S::Unreachable << S::Down << QList<K>{K::Down};
    QTest::newRow("down -> up") << S::Down << S::Up << QList<K>{K::Up};
    QTest::newRow("degraded -> up") << S::Degraded << S::Up << QList<K>{K::Up};
    QTest::newRow("up -> degraded") << S::Up << S::Degraded << QList<K>{K::Degraded};
    QTest::newRow("down -> degraded") << S::Down << S::Degraded << QList<K>{K::Degraded};
    QTest::newRow("up -> unreachable") << S::Up << S::Unreachable << QList<K>{};
    QTest::newRow("unreachable -> up") << S::Unreachable << S::Up << QList<K>{};
    QTest::newRow("pending -> up") << S::Pending << S::Up << QList<K>{};
    QTest::newRow("down -> paused") << S::Down << S::Paused << QList<K>{};
    QTest::newRow("paused -> down") << S::Paused << S::Down << QList<K>{};
    QTest::newRow("paused -> pending") << S::Paused << S::Pending << QList<K>{};
}

void TestAlertRules::transitions()
{
    QFETCH(MonitorState, from);
    QFETCH(MonitorState, to);
    QFETCH(QList<AlertEventKind>, expected);
    AlertRules alertRules = rules();
    QCOMPARE(kinds(alertRules.events(batchOf({makeChange(1, kStart, from, to)}))), expected);
}

void TestAlertRules::oncePerTransition()
{
    StateTracker tracker;
    tracker.setMonitor(1, {});
    Engine engine(tracker);
    AlertRules alertRules = rules();
    QList<AlertEvent> all;
    QDateTime at = kStart;
    for (int i = 0; i < 5; ++i, at = at.addSecs(60))
        all += alertRules.events(engine.check(1, at, Verdict::Up));
    for (int i = 0; i < 5; ++i, at = at.addSecs(60))
        all += alertRules.events(engine.check(1, at, Verdict::Down));
    for (int i = 0; i < 5; ++i, at = at.addSecs(60))
        all += alertRules.events(engine.check(1, at, Verdict::Up));
    QCOMPARE(kinds(all), (QList<AlertEventKind>{AlertEventKind::Down, AlertEventKind::Up}));
}

void TestAlertRules::noEventForUnreachableThroughParent()
{
    StateTracker tracker;
    tracker.setMonitor(2, {});
    tracker.setMonitor(3, StateTracker::Rules{0, 1, 2});
    Engine engine(tracker);
    AlertRules alertRules = rules();
    QList<AlertEvent> all;
    all += alertRules.events(engine.check(2, kStart, Verdict::Up));
    all += alertRules.events(engine.check(3, kStart, Verdict::Up));
    // The router fails; the NAS behind it fails too: only the router is news.
    all += alertRules.events(engine.check(2, kStart.addSecs(60), Verdict::Down));
    const ResultBatch child = engine.check(3, kStart.addSecs(61), Verdict::Down);
    QCOMPARE(child.changes.size(), 1);
    QCOMPARE(child.changes.constFirst().to, MonitorState::Unreachable);
    all += alertRules.events(child);
    all += alertRules.events(engine.check(3, kStart.addSecs(120), Verdict::Down));
    // Both come back: the router's recovery is news, the NAS's is not (it never alerted).
    all += alertRules.events(engine.check(2, kStart.addSecs(180), Verdict::Up));
    all += alertRules.events(engine.check(3, kStart.addSecs(181), Verdict::Up));
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).kind, AlertEventKind::Down);
    QCOMPARE(all.at(0).monitorName, u"router"_s);
    QCOMPARE(all.at(1).kind, AlertEventKind::Up);
    QCOMPARE(all.at(1).monitorName, u"router"_s);
}

void TestAlertRules::unreachableThatStaysDownAfterParentIsBackAlerts()
{
    StateTracker tracker;
    tracker.setMonitor(2, {});
    tracker.setMonitor(3, StateTracker::Rules{0, 1, 2});
    Engine engine(tracker);
    AlertRules alertRules = rules();
    (void)alertRules.events(engine.check(2, kStart, Verdict::Down));
    QVERIFY(alertRules.events(engine.check(3, kStart.addSecs(1), Verdict::Down)).isEmpty());
    (void)alertRules.events(engine.check(2, kStart.addSecs(60), Verdict::Up));
    const QList<AlertEvent> events =
        alertRules.events(engine.check(3, kStart.addSecs(61), Verdict::Down));
    QCOMPARE(kinds(events), QList<AlertEventKind>{AlertEventKind::Down});
    QCOMPARE(events.constFirst().monitorName, u"nas"_s);
    QCOMPARE(events.constFirst().previousState, MonitorState::Unreachable);
}

void TestAlertRules::pauseAndResumeAreSilent()
{
    StateTracker tracker;
    tracker.setMonitor(1, {});
    Engine engine(tracker);
    AlertRules alertRules = rules();
    QCOMPARE(kinds(alertRules.events(engine.check(1, kStart, Verdict::Down))),
             QList<AlertEventKind>{AlertEventKind::Down});
    const auto paused = tracker.setPaused(1, true, kStart.addSecs(10));
    QVERIFY(paused);
    QVERIFY(alertRules.events(batchOf({*paused})).isEmpty());
    const auto resumed = tracker.setPaused(1, false, kStart.addSecs(20));
    QVERIFY(resumed);
    QCOMPARE(resumed->to, MonitorState::Down);
    QVERIFY(alertRules.events(batchOf({*resumed})).isEmpty());
    // Still the same incident: its recovery counts from the first failure.
    const QList<AlertEvent> up =
        alertRules.events(engine.check(1, kStart.addSecs(90), Verdict::Up));
    QCOMPARE(kinds(up), QList<AlertEventKind>{AlertEventKind::Up});
    QCOMPARE(up.constFirst().incidentDurationMs, 90'000);
}

void TestAlertRules::upReportsIncidentDuration()
{
    AlertRules alertRules = rules();
    (void)alertRules.events(batchOf({makeChange(1, kStart, MonitorState::Up, MonitorState::Down)}));
    const QList<AlertEvent> up = alertRules.events(
        batchOf({makeChange(1, kStart.addSecs(300), MonitorState::Down, MonitorState::Up)}));
    QCOMPARE(up.size(), 1);
    QCOMPARE(up.constFirst().incidentDurationMs, 300'000);
    QCOMPARE(up.constFirst().incidentDurationSeconds(), 300);
    // An incident that began before this run: the duration is not known.
    const QList<AlertEvent> unknown = alertRules.events(
        batchOf({makeChange(2, kStart.addSecs(300), MonitorState::Down, MonitorState::Up)}));
    QCOMPARE(unknown.constFirst().incidentDurationMs, -1);
    QCOMPARE(unknown.constFirst().incidentDurationSeconds(), -1);
}

void TestAlertRules::upThroughDegradedCountsTheWholeIncident()
{
    AlertRules alertRules = rules();
    (void)alertRules.events(batchOf({makeChange(1, kStart, MonitorState::Up, MonitorState::Down)}));
    QCOMPARE(kinds(alertRules.events(batchOf(
                 {makeChange(1, kStart.addSecs(60), MonitorState::Down, MonitorState::Degraded)}))),
             QList<AlertEventKind>{AlertEventKind::Degraded});
    const QList<AlertEvent> up = alertRules.events(
        batchOf({makeChange(1, kStart.addSecs(120), MonitorState::Degraded, MonitorState::Up)}));
    QCOMPARE(up.constFirst().incidentDurationMs, 120'000);
}

void TestAlertRules::certificateWarnedOncePerCertificate()
{
    AlertRules alertRules = rules();
    CheckResult result = makeResult(1, kStart, Verdict::Up);
    result.certExpires = kStart.addDays(5);
    const QList<AlertEvent> first = alertRules.events(batchOf({result}));
    QCOMPARE(kinds(first), QList<AlertEventKind>{AlertEventKind::CertExpiry});
    QCOMPARE(first.constFirst().certExpires, kStart.addDays(5));
    QCOMPARE(first.constFirst().monitorName, u"api"_s);
    QCOMPARE(first.constFirst().state, MonitorState::Up);
    // Every later check sees the same certificate: not news, not even days later.
    for (int day = 0; day < 4; ++day) {
        m_clock->advance(CertificateWatch::kMsPerDay);
        result.startedAt = m_clock->nowUtc();
        QVERIFY(alertRules.events(batchOf({result})).isEmpty());
    }
}

void TestAlertRules::renewedCertificateWarnsAgain()
{
    AlertRules alertRules = rules();
    CheckResult result = makeResult(1, kStart, Verdict::Up);
    result.certExpires = kStart.addDays(2);
    QCOMPARE(alertRules.events(batchOf({result})).size(), 1);
    result.certExpires = kStart.addDays(10); // renewed, but still inside the window
    QCOMPARE(alertRules.events(batchOf({result})).size(), 1);
    result.certExpires = kStart.addDays(90); // renewed for good
    QVERIFY(alertRules.events(batchOf({result})).isEmpty());
}

void TestAlertRules::certificateFarFromExpiryIsSilent()
{
    AlertRules alertRules = rules();
    CheckResult result = makeResult(1, kStart, Verdict::Up);
    result.certExpires = kStart.addDays(15);
    QVERIFY(alertRules.events(batchOf({result})).isEmpty());
    result.certExpires = kStart.addDays(14);
    QCOMPARE(alertRules.events(batchOf({result})).size(), 1);
}

void TestAlertRules::certificateWarningsOff()
{
    AlertRules alertRules = rules();
    alertRules.setCertificateWarningDays(0);
    CheckResult result = makeResult(1, kStart, Verdict::Up);
    result.certExpires = kStart.addDays(-1);
    QVERIFY(alertRules.events(batchOf({result})).isEmpty());
}

void TestAlertRules::forgottenMonitorStartsOver()
{
    AlertRules alertRules = rules();
    CheckResult result = makeResult(1, kStart, Verdict::Up);
    result.certExpires = kStart.addDays(3);
    QCOMPARE(alertRules.events(batchOf({result})).size(), 1);
    alertRules.forget(1);
    QCOMPARE(alertRules.events(batchOf({result})).size(), 1);
}

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
