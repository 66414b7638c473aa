#include "core/format/DisplayFormat.h"
#include "core/store/HistoryQueries.h"
#include "core/store/HistoryReader.h"
#include "core/store/HistoryStore.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/Builders.h"
#include "tests/support/StoreHelpers.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
const QDateTime kNoon(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);

// A history as (minutes before now, verdict) runs: `count` checks a minute apart, the newest
// `agoMinutes` before now, every `downEvery`-th down (0: none).
struct Run {
    qint64 agoMs;
    int count;
    int downEvery;
};
using Runs = QList<Run>;

} // namespace

Q_DECLARE_METATYPE(Run)

class TestHistoryQueries final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tableAndDetailAgreeOnDayUptime_data();
    void tableAndDetailAgreeOnDayUptime();
    void chartLevelAndWidth_data();
    void chartLevelAndWidth();
    void lastFailure_data();
    void lastFailure();
    void lastProblemIncludesDegraded();
    void liveChecksAddOnce();
    void liveStateChangesMoveIncidents();
    void pauseAndResumeKeepTheLiveIncident();
    void summaries();
    void maintenanceLeftOutOfUptime();

private:
    qint64 addMonitor(const QString &name);
    QList<CheckResult> write(qint64 monitorId, const QDateTime &now, const Runs &runs);
    void writeChanges(const QList<StateChange> &changes);

    std::unique_ptr<TestStoreLocation> m_dir;
    std::unique_ptr<StoreDatabase> m_db;
};

void TestHistoryQueries::initTestCase()
{
    UPWATCH_SKIP_UNLESS_ENGINE_RUNS();
}

void TestHistoryQueries::init()
{
    m_dir = std::make_unique<TestStoreLocation>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_db = StoreDatabase::open(m_dir->path(), &error);
    QVERIFY2(m_db, qPrintable(error));
}

void TestHistoryQueries::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestHistoryQueries::addMonitor(const QString &name)
{
    MonitorStore monitors(*m_db);
    Monitor monitor = makeMonitor(name);
    if (!monitors.add(monitor))
        qWarning("add failed: %s", qPrintable(monitors.lastError()));
    return monitor.id;
}

QList<CheckResult> TestHistoryQueries::write(qint64 monitorId, const QDateTime &now,
                                             const Runs &runs)
{
    QList<CheckResult> results;
    for (const Run &run : runs) {
        for (int i = run.count - 1; i >= 0; --i) {
            const bool down = run.downEvery > 0 && i % run.downEvery == 0;
            results.append(makeResult(monitorId, now.addMSecs(-run.agoMs - i * kMinute),
                                      down ? Verdict::Down : Verdict::Up, 100 + i % 50));
        }
    }
    HistoryStore history(*m_db);
    if (!history.append(results))
        qWarning("append failed: %s", qPrintable(history.lastError()));
    return results;
}

void TestHistoryQueries::writeChanges(const QList<StateChange> &changes)
{
    HistoryStore history(*m_db);
    if (!history.append({}, changes))
        qWarning("append failed: %s", qPrintable(history.lastError()));
}

void TestHistoryQueries::tableAndDetailAgreeOnDayUptime_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<Runs>("runs");
    QTest::addColumn<qint64>("good");
    QTest::addColumn<qint64>("total");
    // An outage 24.5 h ago, in the hour bucket that holds "24 h ago" but before it: the table
    // used to count it (78.26 % against the pane's 77.27 % was this).
    const Runs outage{{24 * kHour + 30 * kMinute, 10, 1}, {0, 20, 0}};
    QTest::newRow("half past, outage before the window")
        << kNoon.addSecs(30 * 60 + 15) << outage << qint64(20) << qint64(20);
    // The window ends at now, exclusive: a check at exactly 12:00:00 is the next window's.
    QTest::newRow("on the hour, outage before the window")
        << kNoon << outage << qint64(19) << qint64(19);
    // Every tenth check down, one a minute for 30 hours: 24 h of minutes in the window.
    const Runs steady{{0, 30 * 60, 10}};
    QTest::newRow("steady, on the hour") << kNoon << steady << qint64(1296) << qint64(1440);
    QTest::newRow("steady, mid-minute")
        << kNoon.addSecs(17 * 60 + 42) << steady << qint64(1296) << qint64(1440);
    QTest::newRow("steady, just before midnight")
        << QDateTime(QDate(2026, 6, 15), QTime(23, 59, 59, 999), Qt::UTC) << steady << qint64(1296)
        << qint64(1440);
    // Checks just inside and just outside 24 h.
    const Runs edges{{24 * kHour - kMinute, 1, 1}, {24 * kHour + kMinute, 1, 1}, {0, 3, 0}};
    QTest::newRow("edges") << kNoon.addSecs(45 * 60 + 10) << edges << qint64(3) << qint64(4);
    QTest::newRow("no checks") << kNoon << Runs{} << qint64(0) << qint64(0);
}

void TestHistoryQueries::tableAndDetailAgreeOnDayUptime()
{
    QFETCH(QDateTime, now);
    QFETCH(Runs, runs);
    QFETCH(qint64, good);
    QFETCH(qint64, total);
    const qint64 id = addMonitor(u"api"_s);
    const qint64 other = addMonitor(u"other"_s);
    write(id, now, runs);
    write(other, now, {{0, 90, 3}});

    HistoryReader reader(*m_db);
    HistoryQueries queries(reader);
    // The table's column (every monitor at once) and the detail pane's "Uptime 24 h".
    const auto table = queries.dayUptime(now);
    QVERIFY(table);
    const auto detail = queries.detail(id, now);
    QVERIFY(detail);
    const Rollup &day = detail->uptime.day();
    QCOMPARE(table->value(id).counts, (UptimeCounts{day.up + day.degraded, day.total()}));
    QCOMPARE(table->value(id).counts, (UptimeCounts{good, total}));
    const std::optional<double> tablePercent =
        total > 0 ? std::optional(100.0 * double(good) / double(total)) : std::nullopt;
    QCOMPARE(DisplayFormat::percent(tablePercent), DisplayFormat::percent(day.uptimePercent()));
    // `stats` reads the same windows.
    const auto stats = queries.uptimeWindows(id, now);
    QVERIFY(stats);
    QCOMPARE(stats->day(), day);
    const Rollup otherDay = queries.uptimeWindows(other, now)->day();
    QCOMPARE(table->value(other).counts,
             (UptimeCounts{otherDay.up + otherDay.degraded, otherDay.total()}));
    QVERIFY(otherDay.total() >= 89);
}

void TestHistoryQueries::chartLevelAndWidth_data()
{
    QTest::addColumn<HistoryRange>("range");
    QTest::addColumn<bool>("raw");
    QTest::addColumn<qint64>("bucketMs");
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<qint64>("timed");
    QTest::addColumn<qint64>("down");
    // One check a minute for two days (every tenth down), and 40 checks 20 days ago.
    QTest::newRow("hour: single checks")
        << HistoryRange::Hour << true << qint64(0) << 1000 << qint64(54) << qint64(6);
    QTest::newRow("hour, narrow") << HistoryRange::Hour << true << qint64(0) << 7 << qint64(54)
                                  << qint64(6);
    // The day starts at the minute 24 h ago, whose check is in.
    QTest::newRow("day: minutes") << HistoryRange::Day << false << kMinute << 300 << qint64(1296)
                                  << qint64(145);
    QTest::newRow("week: minutes")
        << HistoryRange::Week << false << kMinute << 300 << qint64(2592) << qint64(288);
    QTest::newRow("month: hours") << HistoryRange::Month << false << kHour << 300 << qint64(2632)
                                  << qint64(288);
    QTest::newRow("year: days") << HistoryRange::Year << false << kDay << 2 << qint64(2632)
                                << qint64(288);
}

void TestHistoryQueries::chartLevelAndWidth()
{
    QFETCH(HistoryRange, range);
    QFETCH(bool, raw);
    QFETCH(qint64, bucketMs);
    QFETCH(int, maxPoints);
    QFETCH(qint64, timed);
    QFETCH(qint64, down);
    const QDateTime now = kNoon.addSecs(20 * 60 + 30);
    const qint64 id = addMonitor(u"api"_s);
    write(id, now, {{20 * kDay, 40, 0}, {0, 2 * 24 * 60, 10}});

    HistoryReader reader(*m_db);
    const auto chart = HistoryQueries(reader).chart(id, range, now, maxPoints);
    QVERIFY(chart);
    QCOMPARE(chart->raw, raw);
    QCOMPARE(HistoryQueries::chartLevel(range).has_value(), !raw);
    QCOMPARE(chart->to, now);
    const qint64 fromMs = now.toMSecsSinceEpoch() - HistoryQueries::rangeMs(range);
    QCOMPARE(chart->from.toMSecsSinceEpoch(), raw ? fromMs : fromMs - fromMs % bucketMs);
    QVERIFY(!chart->points.isEmpty());
    QVERIFY(chart->points.size() <= maxPoints);
    qint64 timedSeen = 0;
    qint64 downSeen = 0;
    for (const ChartPoint &point : chart->points) {
        timedSeen += point.count;
        downSeen += point.down;
        QVERIFY(point.atMs >= chart->from.toMSecsSinceEpoch());
    }
    QCOMPARE(timedSeen, timed);
    QCOMPARE(downSeen, down);
    QCOMPARE(chart->newest, now);
    QCOMPARE(chart->total.timed, raw ? timed : chart->total.timed);
}

void TestHistoryQueries::lastFailure_data()
{
    QTest::addColumn<bool>("recentFailure");
    QTest::addColumn<bool>("oldOutage");
    QTest::addColumn<qint64>("expectedAgo"); // -1: none
    QTest::newRow("a recent failed check") << true << true << 5 * kMinute;
    QTest::newRow("only an old outage") << false << true << 10 * kDay;
    QTest::newRow("never failed") << false << false << qint64(-1);
}

void TestHistoryQueries::lastFailure()
{
    QFETCH(bool, recentFailure);
    QFETCH(bool, oldOutage);
    QFETCH(qint64, expectedAgo);
    const QDateTime now = kNoon;
    const qint64 id = addMonitor(u"api"_s);
    write(id, now, {{0, 300, 0}});
    if (recentFailure) {
        HistoryStore history(*m_db);
        QVERIFY(history.append({makeResult(id, now.addMSecs(-5 * kMinute - 1), Verdict::Down),
                                makeResult(id, now.addMSecs(-20 * kMinute - 1), Verdict::Down)}));
    }
    if (oldOutage) {
        StateChange wentDown;
        wentDown.monitorId = id;
        wentDown.at = now.addMSecs(-10 * kDay);
        wentDown.from = MonitorState::Up;
        wentDown.to = MonitorState::Down;
        wentDown.reason = Reason::Refused;
        wentDown.error = u"Connection refused"_s;
        StateChange back = wentDown;
        back.at = wentDown.at.addSecs(600);
        back.from = MonitorState::Down;
        back.to = MonitorState::Up;
        writeChanges({wentDown, back});
    }
    HistoryReader reader(*m_db);
    const auto detail = HistoryQueries(reader).detail(id, now);
    QVERIFY(detail);
    QCOMPARE(detail->incidents.size(), oldOutage ? 1 : 0);
    if (expectedAgo < 0) {
        QVERIFY(!detail->lastFailure);
        return;
    }
    QVERIFY(detail->lastFailure);
    QCOMPARE(detail->lastFailure->at.msecsTo(now) / kMinute, expectedAgo / kMinute);
    QCOMPARE(detail->lastFailure->reason, recentFailure ? Reason::Timeout : Reason::Refused);
}

void TestHistoryQueries::lastProblemIncludesDegraded()
{
    // A degraded monitor: slow checks and an open degraded spell. Its last problem is the slow
    // response (the detail pane once said "No errors").
    const QDateTime now = kNoon;
    const qint64 id = addMonitor(u"search"_s);
    CheckResult slow = makeResult(id, now.addMSecs(-2 * kMinute), Verdict::Degraded, 2400);
    slow.reason = Reason::Slow;
    slow.error = u"Response took 2400 ms"_s;
    HistoryStore history(*m_db);
    QVERIFY(history.append({makeResult(id, now.addMSecs(-3 * kMinute), Verdict::Up, 100), slow,
                            makeResult(id, now.addMSecs(-kMinute), Verdict::Up, 120)}));
    HistoryReader reader(*m_db);
    auto detail = HistoryQueries(reader).detail(id, now);
    QVERIFY(detail && detail->lastFailure);
    QCOMPARE(detail->lastFailure->reason, Reason::Slow);
    QCOMPARE(detail->lastFailure->at, slow.startedAt);

    // Only a degraded spell in the incidents (its checks too old to be read): that one.
    const qint64 other = addMonitor(u"other"_s);
    StateChange degraded;
    degraded.monitorId = other;
    degraded.at = now.addMSecs(-3 * kDay);
    degraded.from = MonitorState::Up;
    degraded.to = MonitorState::Degraded;
    degraded.reason = Reason::Slow;
    writeChanges({degraded});
    detail = HistoryQueries(reader).detail(other, now);
    QVERIFY(detail && detail->lastFailure);
    QCOMPARE(detail->lastFailure->reason, Reason::Slow);

    // A live degraded check counts as well.
    DetailInfo info;
    info.add(slow);
    QVERIFY(info.lastFailure);
    QCOMPARE(info.lastFailure->reason, Reason::Slow);
}

void TestHistoryQueries::liveChecksAddOnce()
{
    const QDateTime now = kNoon.addSecs(90);
    const qint64 id = addMonitor(u"api"_s);
    write(id, now, {{0, 30, 0}});
    HistoryReader reader(*m_db);
    HistoryQueries queries(reader);
    auto chart = queries.chart(id, HistoryRange::Day, now, 1000);
    auto detail = queries.detail(id, now);
    QVERIFY(chart && detail);
    QCOMPARE(detail->uptime.day().total(), 30);

    // The newest check the read saw again: nothing changes.
    const ChartData chartBefore = *chart;
    chart->add(makeResult(id, now, Verdict::Up), HistoryRange::Day, now);
    detail->add(makeResult(id, now, Verdict::Up));
    QCOMPARE(chart->points, chartBefore.points);
    QCOMPARE(detail->uptime.day().total(), 30);

    // A new failed one a minute later: counted everywhere, once.
    const QDateTime later = now.addSecs(60);
    const CheckResult failed = makeResult(id, later, Verdict::Down);
    for (int i = 0; i < 2; ++i) {
        chart->add(failed, HistoryRange::Day, later);
        detail->add(failed);
    }
    QCOMPARE(chart->to, later);
    QCOMPARE(chart->total.down, 1);
    qint64 down = 0;
    for (const ChartPoint &point : chart->points)
        down += point.down;
    QCOMPARE(down, 1);
    QCOMPARE(chart->points.last().atMs,
             rollupBucketStart(RollupLevel::Minute, later.toMSecsSinceEpoch()));
    for (const Rollup &window : detail->uptime.windows)
        QCOMPARE(window.total(), 31);
    QCOMPARE(DisplayFormat::percent(detail->uptime.day().uptimePercent()), u"96.77 %"_s);
    QVERIFY(detail->lastFailure);
    QCOMPARE(detail->lastFailure->at, later);
}

void TestHistoryQueries::liveStateChangesMoveIncidents()
{
    DetailInfo info;
    const StateChange down = makeChange(1, kNoon, MonitorState::Up, MonitorState::Down);
    info.apply(down);
    info.apply(down); // seen already
    QCOMPARE(info.incidents.size(), 1);
    QVERIFY(!info.incidents.first().endedAt.isValid());

    const StateChange degraded =
        makeChange(1, kNoon.addSecs(60), MonitorState::Down, MonitorState::Degraded);
    info.apply(degraded);
    const StateChange up =
        makeChange(1, kNoon.addSecs(120), MonitorState::Degraded, MonitorState::Up);
    info.apply(up);
    QCOMPARE(info.incidents.size(), 2);
    QCOMPARE(info.incidents.at(0).state, MonitorState::Degraded); // newest first
    QCOMPARE(info.incidents.at(0).endedAt, up.at);
    QCOMPARE(info.incidents.at(1).endedAt, degraded.at);
}

void TestHistoryQueries::pauseAndResumeKeepTheLiveIncident()
{
    // As the store records them: a pause does not end an outage, a resume returns to it.
    DetailInfo info;
    info.apply(makeChange(1, kNoon, MonitorState::Up, MonitorState::Down));
    info.apply(makeChange(1, kNoon.addSecs(30), MonitorState::Down, MonitorState::Paused));
    info.apply(makeChange(1, kNoon.addSecs(60), MonitorState::Paused, MonitorState::Down));
    QCOMPARE(info.incidents.size(), 1);
    QCOMPARE(info.incidents.first().startedAt, kNoon);
    QVERIFY(!info.incidents.first().endedAt.isValid()); // ongoing
}

void TestHistoryQueries::summaries()
{
    const QDateTime now = kNoon.addSecs(10);
    const qint64 a = addMonitor(u"a"_s);
    const qint64 quiet = addMonitor(u"quiet"_s);
    write(a, now, {{0, 40, 4}});
    // One more in the minute in progress at `now`, which the window counts, and one after it,
    // written before the read, which it does not.
    write(a, now.addSecs(30), {{0, 1, 0}});
    write(a, now.addSecs(120), {{0, 1, 1}});
    HistoryReader reader(*m_db);
    HistoryQueries queries(reader);
    const auto summaries = queries.summaries({a, quiet}, now, 10);
    QCOMPARE(summaries.size(), 2);
    const MonitorSummary &summary = summaries.value(a);
    // Everything in the summary is up to `newest`, the newest check the window counts: a live
    // check after it is new to the table, one up to it is not.
    QCOMPARE(summary.newest, now.addSecs(30));
    QVERIFY(summary.latest);
    QCOMPARE(summary.latest->startedAt, summary.newest);
    // The newest 10 less the one after the window: oldest first, the later down one left out.
    QCOMPARE(summary.recent.size(), 9);
    QCOMPARE(summary.recent.last(), Verdict::Up);
    const auto day = queries.dayUptime(now);
    QVERIFY(day);
    QCOMPARE(summary.day, day->value(a).counts);
    QCOMPARE(summary.newest, day->value(a).newest);
    QCOMPARE(summary.day, (UptimeCounts{31, 41}));
    QVERIFY(!summaries.value(quiet).latest);
    QVERIFY(!summaries.value(quiet).newest.isValid());
    QCOMPARE(summaries.value(quiet).day, UptimeCounts{});
    QVERIFY(!day->contains(quiet));
    // Once `now` has moved on, the later check is in both.
    QCOMPARE(queries.dayUptime(now.addSecs(180))->value(a).newest, now.addSecs(120));
}

void TestHistoryQueries::maintenanceLeftOutOfUptime()
{
    // Nine days of a check every 10 minutes; every 7th down; a maintenance window of six hours
    // a day at 02:00 UTC where the checks are down and marked.
    const qint64 id = addMonitor(u"api"_s);
    const QDateTime now = kNoon;
    QList<CheckResult> results;
    for (qint64 ago = 9 * kDay; ago > 0; ago -= 10 * kMinute) {
        const QDateTime at = now.addMSecs(-ago);
        const bool inWindow = at.time().hour() >= 2 && at.time().hour() < 8;
        CheckResult r = makeResult(id, at, results.size() % 7 == 0 ? Verdict::Down : Verdict::Up);
        if (inWindow) {
            r = makeResult(id, at, Verdict::Down);
            r.maintenance = true;
        }
        results.append(r);
    }
    HistoryStore history(*m_db);
    QVERIFY2(history.append(results), qPrintable(history.lastError()));

    HistoryReader reader(*m_db);
    HistoryQueries queries(reader);
    const auto windows = queries.uptimeWindows(id, now);
    QVERIFY(windows);
    for (int w = 0; w < 2; ++w) { // 24 h and 7 d; from raw results, counted here
        const QDateTime from = now.addMSecs(-HistoryQueries::kUptimeSpans.at(w));
        qint64 good = 0, total = 0, maintenance = 0, maintenanceGood = 0;
        for (const CheckResult &r : results) {
            if (r.startedAt < from || r.startedAt >= now)
                continue;
            if (r.maintenance) {
                ++maintenance;
                maintenanceGood += r.isUp() ? 1 : 0;
                continue;
            }
            ++total;
            good += r.isUp() ? 1 : 0;
        }
        const Rollup &rollup = windows->windows.at(w);
        QCOMPARE(rollup.total(), total);
        QCOMPARE(rollup.up + rollup.degraded, good);
        QCOMPARE(rollup.maintenance, maintenance);
        QVERIFY(maintenance > 0);
        QCOMPARE(*rollup.uptimePercent(), 100.0 * double(good) / double(total));
        QCOMPARE(*rollup.uptimePercentWithMaintenance(),
                 100.0 * double(good + maintenanceGood) / double(total + maintenance));
        QVERIFY(*rollup.uptimePercent() > *rollup.uptimePercentWithMaintenance());
    }
    // The time in maintenance comes from the MAINTENANCE records: 2 h of a 3 h one inside the
    // last 24 h, one still open counting until now.
    writeChanges(
        {makeChange(id, now.addSecs(-25 * 3600), MonitorState::Up, MonitorState::Maintenance),
         makeChange(id, now.addSecs(-22 * 3600), MonitorState::Maintenance, MonitorState::Up),
         makeChange(id, now.addSecs(-1800), MonitorState::Up, MonitorState::Maintenance)});
    const auto timed = queries.uptimeWindows(id, now);
    QVERIFY(timed);
    QCOMPARE(timed->maintenanceMs.at(0), (2 * 3600 + 1800) * 1000LL);
    QCOMPARE(timed->maintenanceMs.at(1), (3 * 3600 + 1800) * 1000LL);
    const auto detail = queries.detail(id, now);
    QVERIFY(detail);
    QCOMPARE(detail->uptime.maintenanceMs, timed->maintenanceMs);
    QCOMPARE(detail->incidents.constFirst().state, MonitorState::Maintenance);
    // A raw result keeps its mark.
    const auto recent = reader.recentResults(id, 200);
    QVERIFY(recent);
    QVERIFY(std::any_of(recent->cbegin(), recent->cend(),
                        [](const CheckResult &r) { return r.maintenance; }));
}

QTEST_GUILESS_MAIN(TestHistoryQueries)
#include "tst_historyqueries.moc"
