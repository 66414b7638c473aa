#include "core/engine/StateTracker.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kStart(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

CheckResult result(qint64 id, Verdict verdict, int second = 0)
{
    CheckResult r;
    r.monitorId = id;
    r.startedAt = kStart.addSecs(second);
    r.verdict = verdict;
    r.reason = verdict == Verdict::Up         ? Reason::Ok
               : verdict == Verdict::Degraded ? Reason::Slow
                                              : Reason::Refused;
    r.error = verdict == Verdict::Down ? u"Connection refused"_s : QString();
    return r;
}

// Feeds verdicts in order; returns the states after each one and the transitions seen.
QList<MonitorState> feed(StateTracker &tracker, qint64 id, const QList<Verdict> &verdicts,
                         QList<StateChange> *changes = nullptr)
{
    QList<MonitorState> states;
    int second = 0;
    for (const Verdict verdict : verdicts) {
        if (const auto change = tracker.apply(result(id, verdict, second++)); change && changes)
            changes->append(*change);
        states.append(tracker.state(id));
    }
    return states;
}

} // namespace

class TestStateTracker final : public QObject {
    Q_OBJECT

private slots:
    void stateNamesAreStable();
    void storedState();
    void transitions_data();
    void transitions();
    void oneEventPerTransition();
    void changeCarriesReasonAndTime();
    void parentDownMakesChildUnreachable();
    void unreachableChildBecomesDownWhenParentIsBack();
    void childAlreadyDownStaysDown();
    void pauseAndResume();
    void resumeReturnsToTheOutage_data();
    void resumeReturnsToTheOutage();
    void resultsWhilePausedChangeNothing();
    void unknownMonitorIgnored();
    void restoredState();
    void rulesChangeKeepsState();
    void counts();
    void maintenanceHoldsTheState();
    void maintenanceEndsInPending();
    void maintenanceWhilePaused();
    void parentInMaintenanceMakesChildUnreachable();
    void maintenanceChangesOpenRecords();
};

void TestStateTracker::stateNamesAreStable()
{
    const QStringList names = {u"pending"_s,     u"up"_s,     u"degraded"_s,   u"down"_s,
                               u"unreachable"_s, u"paused"_s, u"maintenance"_s};
    QCOMPARE(names.size(), kMonitorStateCount);
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(monitorStateName(MonitorState(i)), names[i]);
        QCOMPARE(monitorStateFromName(names[i]), MonitorState(i));
    }
    QVERIFY(!monitorStateFromName(u"sideways"));
}

void TestStateTracker::storedState()
{
    QCOMPARE(::storedState(true, MonitorState::Down, true), MonitorState::Paused);
    QCOMPARE(::storedState(false, MonitorState::Down, true), MonitorState::Down);
    QCOMPARE(::storedState(false, MonitorState::Unreachable, true), MonitorState::Unreachable);
    QCOMPARE(::storedState(false, std::nullopt, true), MonitorState::Up);
    QCOMPARE(::storedState(false, std::nullopt, false), MonitorState::Pending);
}

void TestStateTracker::transitions_data()
{
    QTest::addColumn<int>("retries");
    QTest::addColumn<int>("recovery");
    QTest::addColumn<QList<Verdict>>("verdicts");
    QTest::addColumn<QList<MonitorState>>("states");

    using V = Verdict;
    using S = MonitorState;
    QTest::newRow("first up") << 0 << 1 << QList<V>{V::Up} << QList<S>{S::Up};
    QTest::newRow("first down") << 0 << 1 << QList<V>{V::Down} << QList<S>{S::Down};
    QTest::newRow("down and back")
        << 0 << 1 << QList<V>{V::Up, V::Down, V::Up} << QList<S>{S::Up, S::Down, S::Up};
    QTest::newRow("retries 2: two failures tolerated")
        << 2 << 1 << QList<V>{V::Up, V::Down, V::Down, V::Up, V::Down, V::Down, V::Down}
        << QList<S>{S::Up, S::Up, S::Up, S::Up, S::Up, S::Up, S::Down};
    QTest::newRow("retries while pending stay pending")
        << 1 << 1 << QList<V>{V::Down, V::Down} << QList<S>{S::Pending, S::Down};
    QTest::newRow("recovery 3") << 0 << 3
                                << QList<V>{V::Down, V::Up, V::Up, V::Down, V::Up, V::Up, V::Up}
                                << QList<S>{S::Down, S::Down, S::Down, S::Down,
                                            S::Down, S::Down, S::Up};
    QTest::newRow("degraded counts as recovery")
        << 0 << 2 << QList<V>{V::Down, V::Degraded, V::Degraded, V::Up}
        << QList<S>{S::Down, S::Down, S::Degraded, S::Up};
    QTest::newRow("degraded and back")
        << 0 << 1 << QList<V>{V::Up, V::Degraded, V::Up} << QList<S>{S::Up, S::Degraded, S::Up};
    QTest::newRow("degraded is immediate despite retries")
        << 3 << 1 << QList<V>{V::Up, V::Degraded} << QList<S>{S::Up, S::Degraded};
    QTest::newRow("degraded to down after retries")
        << 1 << 1 << QList<V>{V::Degraded, V::Down, V::Down}
        << QList<S>{S::Degraded, S::Degraded, S::Down};
}

void TestStateTracker::transitions()
{
    QFETCH(int, retries);
    QFETCH(int, recovery);
    QFETCH(QList<Verdict>, verdicts);
    QFETCH(QList<MonitorState>, states);
    StateTracker tracker;
    tracker.setMonitor(7, {retries, recovery, 0});
    QCOMPARE(feed(tracker, 7, verdicts), states);
}

void TestStateTracker::oneEventPerTransition()
{
    StateTracker tracker;
    tracker.setMonitor(1, {});
    QList<StateChange> changes;
    feed(tracker, 1,
         {Verdict::Up, Verdict::Up, Verdict::Down, Verdict::Down, Verdict::Down, Verdict::Up,
          Verdict::Up, Verdict::Degraded, Verdict::Degraded},
         &changes);
    QCOMPARE(changes.size(), 4);
    QCOMPARE(changes[0].from, MonitorState::Pending);
    QCOMPARE(changes[0].to, MonitorState::Up);
    QVERIFY(changes[1].wentDown());
    QVERIFY(changes[2].recovered());
    QVERIFY(changes[3].becameDegraded());
    QVERIFY(!changes[0].recovered()); // a first check is no recovery
}

void TestStateTracker::changeCarriesReasonAndTime()
{
    StateTracker tracker;
    tracker.setMonitor(3, {1, 1, 0});
    QVERIFY(!tracker.apply(result(3, Verdict::Down, 10)));
    const auto change = tracker.apply(result(3, Verdict::Down, 20));
    QVERIFY(change);
    QCOMPARE(change->monitorId, 3);
    QCOMPARE(change->at, kStart.addSecs(20)); // when it was decided, not the first failure
    QCOMPARE(change->reason, Reason::Refused);
    QCOMPARE(change->error, u"Connection refused"_s);
}

void TestStateTracker::parentDownMakesChildUnreachable()
{
    StateTracker tracker;
    tracker.setMonitor(1, {});
    tracker.setMonitor(2, {0, 1, 1});
    tracker.setMonitor(3, {0, 1, 2}); // grandchild
    QVERIFY(tracker.apply(result(1, Verdict::Down))->wentDown());
    const auto child = tracker.apply(result(2, Verdict::Down));
    QVERIFY(child);
    QCOMPARE(child->to, MonitorState::Unreachable);
    QVERIFY(!child->wentDown()); // no alert of its own
    const auto grandchild = tracker.apply(result(3, Verdict::Down));
    QCOMPARE(grandchild->to, MonitorState::Unreachable);
    // Unreachable children that answer again are simply up, without a "recovered" alert.
    const auto back = tracker.apply(result(2, Verdict::Up));
    QCOMPARE(back->to, MonitorState::Up);
    QVERIFY(!back->recovered());
}

void TestStateTracker::unreachableChildBecomesDownWhenParentIsBack()
{
    StateTracker tracker;
    tracker.setMonitor(1, {});
    tracker.setMonitor(2, {0, 1, 1});
    (void)tracker.apply(result(1, Verdict::Down));
    QCOMPARE(tracker.apply(result(2, Verdict::Down))->to, MonitorState::Unreachable);
    QVERIFY(!tracker.apply(result(2, Verdict::Down))); // still unreachable: no second event
    QCOMPARE(tracker.apply(result(1, Verdict::Up))->to, MonitorState::Up);
    const auto change = tracker.apply(result(2, Verdict::Down));
    QVERIFY(change);
    QCOMPARE(change->from, MonitorState::Unreachable);
    QVERIFY(change->wentDown());
}

void TestStateTracker::childAlreadyDownStaysDown()
{
    StateTracker tracker;
    tracker.setMonitor(1, {});
    tracker.setMonitor(2, {0, 1, 1});
    QVERIFY(tracker.apply(result(2, Verdict::Down))->wentDown()); // parent still fine
    (void)tracker.apply(result(1, Verdict::Down));
    QVERIFY(!tracker.apply(result(2, Verdict::Down)));
    QCOMPARE(tracker.state(2), MonitorState::Down);
}

void TestStateTracker::pauseAndResume()
{
    StateTracker tracker;
    tracker.setMonitor(1, {});
    (void)tracker.apply(result(1, Verdict::Up));
    const auto paused = tracker.setPaused(1, true, kStart);
    QVERIFY(paused);
    QCOMPARE(paused->from, MonitorState::Up);
    QCOMPARE(paused->to, MonitorState::Paused);
    QVERIFY(paused->isPauseOrResume());
    QVERIFY(!tracker.setPaused(1, true, kStart)); // already paused
    const auto resumed = tracker.setPaused(1, false, kStart.addSecs(5));
    QCOMPARE(resumed->to, MonitorState::Pending); // the next check decides
    QCOMPARE(resumed->at, kStart.addSecs(5));
    QVERIFY(!tracker.setPaused(1, false, kStart));
    // Streaks start over after a resume.
    tracker.setMonitor(1, {1, 1, 0});
    QVERIFY(!tracker.apply(result(1, Verdict::Down)));
    QCOMPARE(tracker.state(1), MonitorState::Pending);
}

void TestStateTracker::resumeReturnsToTheOutage_data()
{
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<qint64>("parent");
    QTest::addColumn<MonitorState>("before");

    QTest::newRow("down") << Verdict::Down << qint64(0) << MonitorState::Down;
    QTest::newRow("unreachable") << Verdict::Down << qint64(9) << MonitorState::Unreachable;
    QTest::newRow("degraded") << Verdict::Degraded << qint64(0) << MonitorState::Degraded;
}

void TestStateTracker::resumeReturnsToTheOutage()
{
    QFETCH(Verdict, verdict);
    QFETCH(qint64, parent);
    QFETCH(MonitorState, before);

    StateTracker tracker;
    tracker.setMonitor(9, {});
    if (parent != 0)
        (void)tracker.apply(result(9, Verdict::Down));
    tracker.setMonitor(1, {0, 1, parent});
    (void)tracker.apply(result(1, verdict));
    QCOMPARE(tracker.state(1), before);
    (void)tracker.setPaused(1, true, kStart);
    const auto resumed = tracker.setPaused(1, false, kStart.addSecs(60));
    QVERIFY(resumed);
    QCOMPARE(resumed->from, MonitorState::Paused);
    QCOMPARE(resumed->to, before);
    QVERIFY(!resumed->wentDown()); // told when it went down, not again
    QVERIFY(!resumed->becameDegraded());
    // Still failing: nothing new. Back up: a recovery, as for any outage.
    QVERIFY(!tracker.apply(result(1, verdict)));
    const auto back = tracker.apply(result(1, Verdict::Up));
    QVERIFY(back);
    QCOMPARE(back->to, MonitorState::Up);
}

void TestStateTracker::resultsWhilePausedChangeNothing()
{
    StateTracker tracker;
    tracker.setMonitor(1, {});
    (void)tracker.setPaused(1, true, kStart);
    QVERIFY(!tracker.apply(result(1, Verdict::Down)));
    QCOMPARE(tracker.state(1), MonitorState::Paused);
}

void TestStateTracker::unknownMonitorIgnored()
{
    StateTracker tracker;
    QVERIFY(!tracker.apply(result(99, Verdict::Down)));
    QVERIFY(!tracker.setPaused(99, true, kStart));
    QCOMPARE(tracker.state(99), MonitorState::Pending);
    tracker.setMonitor(99, {});
    tracker.remove(99);
    QVERIFY(!tracker.contains(99));
}

void TestStateTracker::restoredState()
{
    // After a restart a monitor that was down stays down: a failure raises no second alert,
    // and success is a recovery.
    StateTracker tracker;
    tracker.setMonitor(1, {}, MonitorState::Down);
    QVERIFY(!tracker.apply(result(1, Verdict::Down)));
    QVERIFY(tracker.apply(result(1, Verdict::Up))->recovered());
}

void TestStateTracker::rulesChangeKeepsState()
{
    StateTracker tracker;
    tracker.setMonitor(1, {});
    (void)tracker.apply(result(1, Verdict::Up));
    tracker.setMonitor(1, {2, 1, 0}, MonitorState::Pending);
    QCOMPARE(tracker.state(1), MonitorState::Up);
    QVERIFY(!tracker.apply(result(1, Verdict::Down)));
    QVERIFY(!tracker.apply(result(1, Verdict::Down)));
    QVERIFY(tracker.apply(result(1, Verdict::Down))->wentDown());
}

void TestStateTracker::counts()
{
    StateTracker tracker;
    for (qint64 id = 1; id <= 5; ++id)
        tracker.setMonitor(id, {});
    (void)tracker.apply(result(1, Verdict::Up));
    (void)tracker.apply(result(2, Verdict::Down));
    (void)tracker.apply(result(3, Verdict::Degraded));
    (void)tracker.setPaused(4, true, kStart);
    const QList<int> counts = tracker.counts();
    QCOMPARE(counts.size(), kMonitorStateCount);
    QCOMPARE(counts[int(MonitorState::Pending)], 1);
    QCOMPARE(counts[int(MonitorState::Up)], 1);
    QCOMPARE(counts[int(MonitorState::Down)], 1);
    QCOMPARE(counts[int(MonitorState::Degraded)], 1);
    QCOMPARE(counts[int(MonitorState::Paused)], 1);
}

void TestStateTracker::maintenanceHoldsTheState()
{
    StateTracker tracker;
    tracker.setMonitor(1, {});
    (void)tracker.apply(result(1, Verdict::Down));
    QCOMPARE(tracker.state(1), MonitorState::Down);

    const auto opened = tracker.setMaintenance(1, true, kStart.addSecs(10));
    QVERIFY(opened);
    QCOMPARE(opened->from, MonitorState::Down);
    QCOMPARE(opened->to, MonitorState::Maintenance);
    QCOMPARE(opened->at, kStart.addSecs(10));
    QVERIFY(!opened->wentDown());
    QVERIFY(!opened->recovered());
    QVERIFY(tracker.isInMaintenance(1));
    QVERIFY(!tracker.setMaintenance(1, true, kStart.addSecs(11))); // already in it

    // Whatever the checks say, nothing changes and nothing alerts.
    QList<StateChange> changes;
    const auto states = feed(tracker, 1, {Verdict::Down, Verdict::Up, Verdict::Down}, &changes);
    QCOMPARE(states, QList<MonitorState>(3, MonitorState::Maintenance));
    QVERIFY(changes.isEmpty());
    QCOMPARE(tracker.counts()[int(MonitorState::Maintenance)], 1);
}

void TestStateTracker::maintenanceEndsInPending()
{
    StateTracker tracker;
    tracker.setMonitor(1, {.retries = 1});
    QVERIFY(tracker.setMaintenance(1, true, kStart));
    const auto closed = tracker.setMaintenance(1, false, kStart.addSecs(60));
    QVERIFY(closed);
    QCOMPARE(closed->from, MonitorState::Maintenance);
    QCOMPARE(closed->to, MonitorState::Pending);
    QVERIFY(!tracker.isInMaintenance(1));

    // Still down after the window: news again, after the retries as usual.
    QList<StateChange> changes;
    const auto states = feed(tracker, 1, {Verdict::Down, Verdict::Down}, &changes);
    QCOMPARE(states, (QList<MonitorState>{MonitorState::Pending, MonitorState::Down}));
    QCOMPARE(changes.size(), 1);
    QVERIFY(changes.constFirst().wentDown());
}

void TestStateTracker::maintenanceWhilePaused()
{
    StateTracker tracker;
    tracker.setMonitor(1, {});
    (void)tracker.apply(result(1, Verdict::Down));
    QVERIFY(tracker.setPaused(1, true, kStart));
    // A paused monitor stays paused; the window is remembered for the resume.
    QVERIFY(!tracker.setMaintenance(1, true, kStart.addSecs(1)));
    QCOMPARE(tracker.state(1), MonitorState::Paused);
    const auto resumed = tracker.setPaused(1, false, kStart.addSecs(2));
    QVERIFY(resumed);
    QCOMPARE(resumed->to, MonitorState::Maintenance);
    QVERIFY(!resumed->wentDown());

    // Paused again, the window closes, the resume asks the next check.
    QVERIFY(tracker.setPaused(1, true, kStart.addSecs(3)));
    QVERIFY(!tracker.setMaintenance(1, false, kStart.addSecs(4)));
    const auto again = tracker.setPaused(1, false, kStart.addSecs(5));
    QVERIFY(again);
    QCOMPARE(again->to, MonitorState::Pending);
}

void TestStateTracker::parentInMaintenanceMakesChildUnreachable()
{
    StateTracker tracker;
    tracker.setMonitor(1, {});
    tracker.setMonitor(2, {.parentId = 1});
    QVERIFY(tracker.setMaintenance(1, true, kStart));
    QList<StateChange> changes;
    feed(tracker, 2, {Verdict::Down}, &changes);
    QCOMPARE(tracker.state(2), MonitorState::Unreachable);
    QCOMPARE(changes.size(), 1);
    QVERIFY(!changes.constFirst().wentDown());
}

void TestStateTracker::maintenanceChangesOpenRecords()
{
    StateChange change;
    change.from = MonitorState::Down;
    change.to = MonitorState::Maintenance;
    QVERIFY(change.opensRecord());
    QVERIFY(!change.entersIncident());
    QVERIFY(!change.keepsIncident()); // the outage ends, planned time begins
    change.from = MonitorState::Maintenance;
    change.to = MonitorState::Pending;
    QVERIFY(!change.opensRecord());
    change.to = MonitorState::Down;
    QVERIFY(change.wentDown());
}

QTEST_GUILESS_MAIN(TestStateTracker)
#include "tst_statetracker.moc"
