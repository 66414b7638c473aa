#include "core/report/ReportPeriod.h"
#include "core/report/UptimeReport.h"
#include "core/store/HistoryReader.h"
#include "core/store/StoreThread.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ReportFixture.h"
#include "tests/support/StoreHelpers.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kMinute = ReportFixture::kMinuteMs;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// What counting the raw results gives: every check in [from, to) added up one by one.
Rollup countRaw(const QList<CheckResult> &results)
{
    Rollup total;
    for (const CheckResult &result : results)
        total.add(result);
    return total;
}

const MonitorReport *find(const UptimeReport &report, qint64 monitorId)
{
    for (const MonitorReport &monitor : report.monitors) {
        if (monitor.monitorId == monitorId)
            return &monitor;
    }
    return nullptr;
}

} // namespace

class TestUptimeReport final : public QObject {
    Q_OBJECT

private slots:
    // The tests only read: one seeded database for all of them.
    void initTestCase();
    void cleanupTestCase();

    void monthsInLocalTime_data();
    void monthsInLocalTime();
    void thisAndLastMonthFollowTheClock();
    void uptimeEqualsCountingTheRawResults();
    void timesAreClippedToThePeriod();
    void incidentsOverlappingThePeriod();
    void totalsAreWeightedByChecks();
    void incidentsBetweenTakesOnlyOverlaps();
    void selection();
    void loadAnswersInTheCallersThread();
    void loadRefusesAnEmptySelection();

private:
    [[nodiscard]] UptimeReport compute(const QList<Monitor> &monitors);

    std::unique_ptr<TempDatabase> m_db;
    ReportFixture m_fixture;
};

void TestUptimeReport::initTestCase()
{
    UPWATCH_SKIP_UNLESS_ENGINE_RUNS();
    m_db = std::make_unique<TempDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
    m_fixture = ReportFixture();
    QVERIFY(m_fixture.seed(m_db->db()));
}

void TestUptimeReport::cleanupTestCase()
{
    m_db.reset();
}

UptimeReport TestUptimeReport::compute(const QList<Monitor> &monitors)
{
    HistoryReader reader(m_db->db());
    const auto report = UptimeReport::compute(reader, monitors, m_fixture.period, m_fixture.now);
    if (!report)
        qWarning("compute failed: %s", qPrintable(reader.lastError()));
    return report.value_or(UptimeReport());
}

void TestUptimeReport::monthsInLocalTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("next");
    QTest::newRow("november") << u"2026-11"_s << QDate(2026, 11, 1) << QDate(2026, 12, 1);
    QTest::newRow("december rolls the year")
        << u"2026-12"_s << QDate(2026, 12, 1) << QDate(2027, 1, 1);
    QTest::newRow("february, leap year") << u"2028-02"_s << QDate(2028, 2, 1) << QDate(2028, 3, 1);
    QTest::newRow("month 13") << u"2026-13"_s << QDate() << QDate();
    QTest::newRow("month 0") << u"2026-00"_s << QDate() << QDate();
    QTest::newRow("one digit") << u"2026-1"_s << QDate() << QDate();
    QTest::newRow("a day") << u"2026-11-01"_s << QDate() << QDate();
    QTest::newRow("words") << u"november"_s << QDate() << QDate();
    QTest::newRow("empty") << QString() << QDate() << QDate();
}

void TestUptimeReport::monthsInLocalTime()
{
    QFETCH(QString, text);
    QFETCH(QDate, first);
    QFETCH(QDate, next);
    const auto period = ReportPeriod::month(text);
    QCOMPARE(period.has_value(), first.isValid());
    if (!period)
        return;
    QCOMPARE(period->from, first.startOfDay(Qt::LocalTime).toUTC());
    QCOMPARE(period->to, next.startOfDay(Qt::LocalTime).toUTC());
    QCOMPARE(period->from.timeSpec(), Qt::UTC);
    QCOMPARE(period->monthName(), text);
    QVERIFY(period->isValid());
    // Whole days that are not a calendar month have no month name.
    QCOMPARE(ReportPeriod::days(first, first.addDays(6)).monthName(), QString());
    QCOMPARE(ReportPeriod::days(first, next.addDays(-1)), *period);
}

void TestUptimeReport::thisAndLastMonthFollowTheClock()
{
    // Mid-January in local time: this month is January, the last one December of the year
    // before.
    const FakeClock clock(QDateTime(QDate(2027, 1, 15), QTime(12, 0), Qt::LocalTime).toUTC());
    QCOMPARE(ReportPeriod::thisMonth(clock), *ReportPeriod::month(u"2027-01"));
    QCOMPARE(ReportPeriod::lastMonth(clock), *ReportPeriod::month(u"2026-12"));
    QCOMPARE(ReportPeriod::lastMonth(clock).monthName(), u"2026-12"_s);
}

void TestUptimeReport::uptimeEqualsCountingTheRawResults()
{
    const UptimeReport report = compute({m_fixture.api, m_fixture.web, m_fixture.blog});
    QCOMPARE(report.monitors.size(), 3);
    const ReportPeriod &period = m_fixture.period;
    for (const Monitor &monitor : {m_fixture.api, m_fixture.web, m_fixture.blog}) {
        const MonitorReport *figures = find(report, monitor.id);
        QVERIFY(figures);
        QCOMPARE(figures->name, monitor.name);
        QCOMPARE(figures->url, displayUrl(monitor.url));
        const Rollup raw = countRaw(m_fixture.resultsOf(monitor.id, period.from, period.to));
        QVERIFY(raw.total() > 4000); // a month of checks every 10 minutes
        QCOMPARE(figures->checks.up, raw.up);
        QCOMPARE(figures->checks.degraded, raw.degraded);
        QCOMPARE(figures->checks.down, raw.down);
        QCOMPARE(figures->checkCount(), raw.total() + raw.maintenance);
        QCOMPARE(figures->uptimePercent(), raw.uptimePercent());
        QCOMPARE(figures->checks.p50Ms(), raw.p50Ms());
        QCOMPARE(figures->checks.p95Ms(), raw.p95Ms());
    }
    // api was down 95 minutes and degraded 30 of the month: 6 + 2 + 2 checks down (the edge
    // outage's first hour, the unreachable quarter hour, the open outage), 3 degraded.
    const MonitorReport *api = find(report, m_fixture.api.id);
    QCOMPARE(api->checks.down, 6 + 2 + 2);
    QCOMPARE(api->checks.degraded, 3);
    QVERIFY(*api->uptimePercent() < 100.0);
    QCOMPARE(*find(report, m_fixture.blog.id)->uptimePercent(), 100.0);
}

void TestUptimeReport::timesAreClippedToThePeriod()
{
    const UptimeReport report = compute({m_fixture.api, m_fixture.web, m_fixture.blog});
    const MonitorReport *api = find(report, m_fixture.api.id);
    // 60 of the edge outage, 15 unreachable, 20 of the open outage up to the month's end.
    QCOMPARE(api->downtimeMs, 95 * kMinute);
    QCOMPARE(api->degradedMs, 30 * kMinute);
    QCOMPARE(api->maintenanceMs, 0);
    const MonitorReport *web = find(report, m_fixture.web.id);
    QCOMPARE(web->downtimeMs, 0); // both outages are outside the month
    QCOMPARE(web->maintenanceMs, 2 * kHour);
    QCOMPARE(UptimeReport::minutes(web->maintenanceMs), 120);
    QCOMPARE(find(report, m_fixture.blog.id)->downtimeMs, 0);

    // A report made while the month runs: the open outage counts up to now only.
    HistoryReader reader(m_db->db());
    const QDateTime early = m_fixture.period.to.addMSecs(-5 * kMinute);
    const auto running = UptimeReport::compute(reader, {m_fixture.api}, m_fixture.period, early);
    QVERIFY(running);
    QCOMPARE(running->monitors.constFirst().downtimeMs, (60 + 15 + 15) * kMinute);
    QCOMPARE(running->monitors.constFirst().incidents.constLast().durationMs, 15 * kMinute);
}

void TestUptimeReport::incidentsOverlappingThePeriod()
{
    const UptimeReport report = compute({m_fixture.api, m_fixture.web});
    const MonitorReport *api = find(report, m_fixture.api.id);
    QCOMPARE(api->incidents.size(), 4);
    const ReportPeriod &period = m_fixture.period;
    const ReportIncident &edge = api->incidents.at(0);
    QCOMPARE(edge.incident.state, MonitorState::Down);
    QCOMPARE(edge.incident.startedAt, period.from.addMSecs(-kHour));
    QCOMPARE(edge.incident.reason, Reason::Timeout);
    QCOMPARE(edge.incident.error, u"Timed out after 10000 ms"_s);
    QCOMPARE(edge.durationMs, 2 * kHour); // whole, though half of it is before the month
    QCOMPARE(edge.inPeriodMs, kHour);
    QCOMPARE(api->incidents.at(1).incident.state, MonitorState::Degraded);
    QCOMPARE(api->incidents.at(1).durationMs, 30 * kMinute);
    QCOMPARE(api->incidents.at(2).incident.state, MonitorState::Unreachable);
    const ReportIncident &open = api->incidents.at(3);
    QVERIFY(!open.incident.endedAt.isValid());
    QCOMPARE(open.durationMs, 20 * kMinute + 5 * kDay); // still going at `now`
    QCOMPARE(open.inPeriodMs, 20 * kMinute);
    // web: the outage that ends as the month starts and the one after it are not listed, nor
    // is its maintenance.
    QVERIFY(find(report, m_fixture.web.id)->incidents.isEmpty());
}

void TestUptimeReport::totalsAreWeightedByChecks()
{
    const UptimeReport report = compute({m_fixture.api, m_fixture.web, m_fixture.blog});
    QCOMPARE(report.period, m_fixture.period);
    QCOMPARE(report.generatedAt, m_fixture.now);
    Rollup all;
    for (const Monitor &monitor : {m_fixture.api, m_fixture.web, m_fixture.blog})
        all.merge(
            countRaw(m_fixture.resultsOf(monitor.id, m_fixture.period.from, m_fixture.period.to)));
    QCOMPARE(report.checkCount(), all.total());
    QCOMPARE(report.uptimePercent(), all.uptimePercent());
    QCOMPARE(report.downtimeMs(), 95 * kMinute);
    QCOMPARE(report.maintenanceMs(), 2 * kHour);
    QCOMPARE(report.incidentCount(), 4);
    QCOMPARE(UptimeReport().uptimePercent(), std::nullopt);
}

void TestUptimeReport::incidentsBetweenTakesOnlyOverlaps()
{
    HistoryReader reader(m_db->db());
    const QDateTime from = m_fixture.period.from;
    // web's outage ends exactly at `from`: not inside [from, ...).
    auto found = reader.incidentsBetween({m_fixture.web.id}, from, from.addMSecs(kDay));
    QVERIFY(found);
    QVERIFY(found->isEmpty());
    found = reader.incidentsBetween({m_fixture.web.id}, from.addMSecs(-kMinute), from);
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    // An incident that starts exactly at `to` is the next period's.
    found = reader.incidentsBetween({m_fixture.api.id}, from.addMSecs(4 * kDay),
                                    from.addMSecs(5 * kDay));
    QVERIFY(found);
    QVERIFY(found->isEmpty());
    // Several monitors: in the order asked, oldest first.
    found = reader.incidentsBetween({m_fixture.web.id, m_fixture.api.id}, from.addMSecs(-kDay),
                                    m_fixture.now);
    QVERIFY(found);
    QList<qint64> owners;
    for (const Incident &incident : *found)
        owners.append(incident.monitorId);
    const qint64 web = m_fixture.web.id;
    const qint64 api = m_fixture.api.id;
    QCOMPARE(owners, (QList<qint64>{web, web, web, api, api, api, api}));
}

void TestUptimeReport::selection()
{
    const QList<Monitor> all{m_fixture.api, m_fixture.web, m_fixture.blog};
    const auto names = [](const QList<Monitor> &monitors) {
        QStringList list;
        for (const Monitor &monitor : monitors)
            list.append(monitor.name);
        return list;
    };
    QCOMPARE(names(ReportSelection().select(all)), (QStringList{u"api"_s, u"web"_s, u"blog"_s}));
    QCOMPARE(names(ReportSelection{{}, u"prod"_s}.select(all)), (QStringList{u"api"_s, u"web"_s}));
    QCOMPARE(names(ReportSelection{{m_fixture.blog.id}, {}}.select(all)), (QStringList{u"blog"_s}));
    QCOMPARE(names(ReportSelection{{m_fixture.blog.id}, u"eu"_s}.select(all)),
             (QStringList{u"api"_s, u"blog"_s}));
    QVERIFY((ReportSelection{{}, u"nothing"_s}.select(all).isEmpty()));
}

void TestUptimeReport::loadAnswersInTheCallersThread()
{
    StoreThread store(m_db->path());
    std::optional<HistoryAnswer<UptimeReport>> answer;
    QObject context;
    UptimeReport::load(store, &context, ReportSelection{{}, u"prod"_s}, m_fixture.period,
                       m_fixture.now, [&answer](const HistoryAnswer<UptimeReport> &got) {
                           QCOMPARE(QThread::currentThread(), qApp->thread());
                           answer = got;
                       });
    QTRY_VERIFY(answer.has_value());
    QVERIFY2(answer->value, qPrintable(answer->error));
    QCOMPARE(answer->value->monitors.size(), 2);
    QCOMPARE(answer->value->downtimeMs(), 95 * kMinute);
    QCOMPARE(answer->value->maintenanceMs(), 2 * kHour);
    // The same figures as computing them here.
    const UptimeReport here = compute({m_fixture.api, m_fixture.web});
    QCOMPARE(answer->value->uptimePercent(), here.uptimePercent());
    QCOMPARE(answer->value->checkCount(), here.checkCount());
}

void TestUptimeReport::loadRefusesAnEmptySelection()
{
    StoreThread store(m_db->path());
    std::optional<HistoryAnswer<UptimeReport>> answer;
    QObject context;
    UptimeReport::load(store, &context, ReportSelection{{}, u"nothing"_s}, m_fixture.period,
                       m_fixture.now,
                       [&answer](const HistoryAnswer<UptimeReport> &got) { answer = got; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!answer->value);
    QCOMPARE(answer->error, UptimeReport::noMonitorsError());
}

QTEST_GUILESS_MAIN(TestUptimeReport)
#include "tst_uptimereport.moc"
