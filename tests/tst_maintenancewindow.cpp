#include "core/model/MaintenanceWindow.h"

#include <QScopeGuard>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMonday = 1 << 0;
constexpr int kWednesday = 1 << 2;
constexpr int kFriday = 1 << 4;
constexpr int kSaturday = 1 << 5;
constexpr int kSunday = 1 << 6;
constexpr int kEveryDay = 0x7f;

QDateTime utc(const QString &iso)
{
    QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    time.setTimeSpec(Qt::UTC);
    return time;
}

MaintenanceWindow once(const QString &from, const QString &to)
{
    MaintenanceWindow window;
    window.name = u"deploy"_s;
    window.kind = MaintenanceKind::Once;
    window.startsAt = utc(from);
    window.endsAt = utc(to);
    return window;
}

MaintenanceWindow weekly(int weekdays, int hour, int minute, int durationMinutes,
                         const QString &zone = u"UTC"_s)
{
    MaintenanceWindow window;
    window.name = u"backup"_s;
    window.kind = MaintenanceKind::Weekly;
    window.weekdays = weekdays;
    window.startMinute = hour * 60 + minute;
    window.durationMinutes = durationMinutes;
    window.timeZone = zone;
    return window;
}

MaintenancePeriod period(const QString &from, const QString &to)
{
    return {utc(from), utc(to)};
}

Monitor monitor(qint64 id, const QStringList &tags)
{
    Monitor m;
    m.id = id;
    m.name = u"m%1"_s.arg(id);
    m.tags = tags;
    return m;
}

} // namespace

Q_DECLARE_METATYPE(MaintenancePeriod)

class TestMaintenanceWindow final : public QObject {
    Q_OBJECT

private slots:
    void kindNames();
    void isActiveAt_data();
    void isActiveAt();
    void daylightSavingOpenings_data();
    void daylightSavingOpenings();
    void nextChange_data();
    void nextChange();
    void nextChangeNeverWhenAlwaysOpen();
    void periodsOverAMonth();
    void periodsOverAYear();
    void periodsAreNotClipped();
    void emptyZoneIsTheSystems();
    void covers_data();
    void covers();
    void problems_data();
    void problems();
};

void TestMaintenanceWindow::kindNames()
{
    QCOMPARE(maintenanceKindName(MaintenanceKind::Once), u"once"_s);
    QCOMPARE(maintenanceKindName(MaintenanceKind::Weekly), u"weekly"_s);
    QCOMPARE(maintenanceKindFromName(u"once"), MaintenanceKind::Once);
    QCOMPARE(maintenanceKindFromName(u"weekly"), MaintenanceKind::Weekly);
    QVERIFY(!maintenanceKindFromName(u"Weekly"));
    QVERIFY(!maintenanceKindFromName(u"daily"));
}

void TestMaintenanceWindow::isActiveAt_data()
{
    QTest::addColumn<MaintenanceWindow>("window");
    QTest::addColumn<QString>("at");
    QTest::addColumn<bool>("active");

    const MaintenanceWindow deploy = once(u"2026-11-20T10:00:00"_s, u"2026-11-20T12:00:00"_s);
    QTest::newRow("once: before") << deploy << u"2026-11-20T09:59:59"_s << false;
    QTest::newRow("once: at its start") << deploy << u"2026-11-20T10:00:00"_s << true;
    QTest::newRow("once: inside") << deploy << u"2026-11-20T11:30:00"_s << true;
    QTest::newRow("once: a moment before its end")
        << deploy << u"2026-11-20T11:59:59.999"_s << true;
    QTest::newRow("once: at its end") << deploy << u"2026-11-20T12:00:00"_s << false;
    QTest::newRow("once: a week later") << deploy << u"2026-11-27T11:00:00"_s << false;

    // 2026-11-20 is a Friday. Friday 22:00 for 4 hours runs into Saturday.
    const MaintenanceWindow night = weekly(kFriday, 22, 0, 240);
    QTest::newRow("weekly: Friday before") << night << u"2026-11-20T21:59:00"_s << false;
    QTest::newRow("weekly: Friday at 22:00") << night << u"2026-11-20T22:00:00"_s << true;
    QTest::newRow("weekly: Saturday 01:00") << night << u"2026-11-21T01:00:00"_s << true;
    QTest::newRow("weekly: Saturday 02:00") << night << u"2026-11-21T02:00:00"_s << false;
    QTest::newRow("weekly: Thursday 23:00") << night << u"2026-11-19T23:00:00"_s << false;
    QTest::newRow("weekly: next Saturday 01:59") << night << u"2026-11-28T01:59:00"_s << true;

    // Sunday 23:00 for 2 hours: open early on Monday, across the end of the week.
    const MaintenanceWindow sunday = weekly(kSunday, 23, 0, 120);
    QTest::newRow("weekly: Monday 00:30") << sunday << u"2026-11-23T00:30:00"_s << true;
    QTest::newRow("weekly: Monday 01:00") << sunday << u"2026-11-23T01:00:00"_s << false;

    // Monday 08:00 for three days: still open on Wednesday, closed on Thursday.
    const MaintenanceWindow long_ = weekly(kMonday, 8, 0, 3 * 24 * 60);
    QTest::newRow("weekly, 3 days: Wednesday") << long_ << u"2026-11-25T20:00:00"_s << true;
    QTest::newRow("weekly, 3 days: Thursday 07:59") << long_ << u"2026-11-26T07:59:00"_s << true;
    QTest::newRow("weekly, 3 days: Thursday 08:00") << long_ << u"2026-11-26T08:00:00"_s << false;
    QTest::newRow("weekly, 3 days: Monday 07:59") << long_ << u"2026-11-23T07:59:00"_s << false;

    // Local time: 09:00 in Berlin is 08:00 UTC in winter.
    const MaintenanceWindow berlin = weekly(kFriday, 9, 0, 30, u"Europe/Berlin"_s);
    QTest::newRow("Berlin: 08:10 UTC") << berlin << u"2026-11-20T08:10:00"_s << true;
    QTest::newRow("Berlin: 09:10 UTC") << berlin << u"2026-11-20T09:10:00"_s << false;

    MaintenanceWindow noDays = weekly(0, 0, 0, 60);
    QTest::newRow("weekly: no weekday") << noDays << u"2026-11-20T00:30:00"_s << false;
}

void TestMaintenanceWindow::isActiveAt()
{
    QFETCH(MaintenanceWindow, window);
    QFETCH(QString, at);
    QFETCH(bool, active);
    QCOMPARE(window.isActiveAt(utc(at)), active);
    // The same instant in another zone is the same instant.
    QCOMPARE(window.isActiveAt(utc(at).toTimeZone(QTimeZone("Asia/Tokyo"))), active);
}

void TestMaintenanceWindow::daylightSavingOpenings_data()
{
    QTest::addColumn<MaintenanceWindow>("window");
    QTest::addColumn<QString>("from");
    QTest::addColumn<MaintenancePeriod>("expected");

    const QString berlin = u"Europe/Berlin"_s;
    // 02:30 local on a Sunday, for an hour.
    const MaintenanceWindow halfPastTwo = weekly(kSunday, 2, 30, 60, berlin);
    QTest::newRow("02:30 in winter (UTC+1)")
        << halfPastTwo << u"2026-03-21T00:00:00"_s
        << period(u"2026-03-22T01:30:00"_s, u"2026-03-22T02:30:00"_s);
    // 2026-03-29: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist, the window opens at the
    // first valid minute after it, 03:00 CEST, and still lasts an hour.
    QTest::newRow("02:30 skipped by spring-forward")
        << halfPastTwo << u"2026-03-28T00:00:00"_s
        << period(u"2026-03-29T01:00:00"_s, u"2026-03-29T02:00:00"_s);
    QTest::newRow("02:30 in summer (UTC+2)")
        << halfPastTwo << u"2026-04-04T00:00:00"_s
        << period(u"2026-04-05T00:30:00"_s, u"2026-04-05T01:30:00"_s);
    // 2026-10-25: 03:00 CEST goes back to 02:00 CET; 02:30 happens twice, the window opens at
    // the first (CEST) and lasts an hour of real time.
    QTest::newRow("02:30 repeated by fall-back")
        << halfPastTwo << u"2026-10-24T00:00:00"_s
        << period(u"2026-10-25T00:30:00"_s, u"2026-10-25T01:30:00"_s);
    QTest::newRow("02:30 after fall-back (UTC+1)")
        << halfPastTwo << u"2026-10-31T00:00:00"_s
        << period(u"2026-11-01T01:30:00"_s, u"2026-11-01T02:30:00"_s);

    // 01:00 local for 3 hours, across each change: opens at 01:00 wall-clock time and lasts
    // three real hours (so it closes at 05:00 CEST in spring, at 03:00 CET in autumn).
    const MaintenanceWindow acrossChange = weekly(kSunday, 1, 0, 180, berlin);
    QTest::newRow("01:00 for 3 h across spring-forward")
        << acrossChange << u"2026-03-28T00:00:00"_s
        << period(u"2026-03-29T00:00:00"_s, u"2026-03-29T03:00:00"_s);
    QTest::newRow("01:00 for 3 h across fall-back")
        << acrossChange << u"2026-10-24T00:00:00"_s
        << period(u"2026-10-24T23:00:00"_s, u"2026-10-25T02:00:00"_s);
}

void TestMaintenanceWindow::daylightSavingOpenings()
{
    QFETCH(MaintenanceWindow, window);
    QFETCH(QString, from);
    QFETCH(MaintenancePeriod, expected);
    // The first opening after `from` (a Saturday), and the state around it.
    const QList<MaintenancePeriod> found = window.periods(utc(from), utc(from).addDays(7));
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.constFirst().start, expected.start);
    QCOMPARE(found.constFirst().end, expected.end);
    QCOMPARE(window.nextChange(utc(from)), expected.start);
    QCOMPARE(window.nextChange(expected.start), expected.end);
    QVERIFY(!window.isActiveAt(expected.start.addSecs(-1)));
    QVERIFY(window.isActiveAt(expected.start));
    QVERIFY(window.isActiveAt(expected.end.addSecs(-1)));
    QVERIFY(!window.isActiveAt(expected.end));
}

void TestMaintenanceWindow::nextChange_data()
{
    QTest::addColumn<MaintenanceWindow>("window");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("changes"); // "" where none comes

    QTest::newRow("once") << once(u"2026-11-20T10:00:00"_s, u"2026-11-20T12:00:00"_s)
                          << u"2026-11-01T00:00:00"_s
                          << QStringList{u"2026-11-20T10:00:00"_s, u"2026-11-20T12:00:00"_s,
                                         QString()};
    QTest::newRow("once, from inside")
        << once(u"2026-11-20T10:00:00"_s, u"2026-11-20T12:00:00"_s) << u"2026-11-20T11:00:00"_s
        << QStringList{u"2026-11-20T12:00:00"_s, QString()};
    QTest::newRow("weekly across midnight")
        << weekly(kFriday, 22, 0, 240) << u"2026-11-18T12:00:00"_s
        << QStringList{u"2026-11-20T22:00:00"_s, u"2026-11-21T02:00:00"_s, u"2026-11-27T22:00:00"_s,
                       u"2026-11-28T02:00:00"_s};
    QTest::newRow("weekly, from inside the part past midnight")
        << weekly(kFriday, 22, 0, 240) << u"2026-11-21T01:00:00"_s
        << QStringList{u"2026-11-21T02:00:00"_s, u"2026-11-27T22:00:00"_s};
    QTest::newRow("weekly, two days")
        << weekly(kMonday | kWednesday, 9, 0, 60) << u"2026-11-23T09:00:00"_s
        << QStringList{u"2026-11-23T10:00:00"_s, u"2026-11-25T09:00:00"_s, u"2026-11-25T10:00:00"_s,
                       u"2026-11-30T09:00:00"_s};
    // Saturday and Sunday for a whole day each: one stretch, no change at Sunday's midnight.
    QTest::newRow("weekly, touching openings join")
        << weekly(kSaturday | kSunday, 0, 0, 24 * 60) << u"2026-11-20T12:00:00"_s
        << QStringList{u"2026-11-21T00:00:00"_s, u"2026-11-23T00:00:00"_s,
                       u"2026-11-28T00:00:00"_s};
    // Every day for 25 hours, but not on Wednesdays: open from Thursday to Wednesday 01:00.
    QTest::newRow("weekly, overlapping openings join")
        << weekly(kEveryDay & ~kWednesday, 0, 0, 25 * 60) << u"2026-11-24T12:00:00"_s
        << QStringList{u"2026-11-25T01:00:00"_s, u"2026-11-26T00:00:00"_s,
                       u"2026-12-02T01:00:00"_s};
    QTest::newRow("Berlin spring-forward")
        << weekly(kSunday, 2, 30, 60, u"Europe/Berlin"_s) << u"2026-03-28T12:00:00"_s
        << QStringList{u"2026-03-29T01:00:00"_s, u"2026-03-29T02:00:00"_s,
                       u"2026-04-05T00:30:00"_s};
    QTest::newRow("no weekday") << weekly(0, 9, 0, 60) << u"2026-11-23T09:00:00"_s
                                << QStringList{QString()};
}

void TestMaintenanceWindow::nextChange()
{
    QFETCH(MaintenanceWindow, window);
    QFETCH(QString, from);
    QFETCH(QStringList, changes);
    QDateTime at = utc(from);
    bool active = window.isActiveAt(at);
    for (const QString &change : std::as_const(changes)) {
        const QDateTime next = window.nextChange(at);
        if (change.isEmpty()) {
            QVERIFY2(!next.isValid(), qPrintable(next.toString(Qt::ISODate)));
            break;
        }
        QCOMPARE(next, utc(change));
        QCOMPARE(next.timeSpec(), Qt::UTC);
        // The state holds until the change, and flips at it.
        QCOMPARE(window.isActiveAt(next.addMSecs(-1)), active);
        active = !active;
        QCOMPARE(window.isActiveAt(next), active);
        at = next;
    }
}

void TestMaintenanceWindow::nextChangeNeverWhenAlwaysOpen()
{
    // Every day for a day and a half, in UTC: open all the time, no change to wait for.
    const MaintenanceWindow always = weekly(kEveryDay, 0, 0, 36 * 60);
    const QDateTime at = utc(u"2026-11-20T12:00:00"_s);
    QVERIFY(always.isActiveAt(at));
    QVERIFY(!always.nextChange(at).isValid());
}

void TestMaintenanceWindow::periodsOverAMonth()
{
    // Mondays and Wednesdays at 09:00 in Berlin for an hour, over November 2026 (UTC+1).
    const MaintenanceWindow window = weekly(kMonday | kWednesday, 9, 0, 60, u"Europe/Berlin"_s);
    const QList<MaintenancePeriod> found =
        window.periods(utc(u"2026-11-01T00:00:00"_s), utc(u"2026-12-01T00:00:00"_s));
    QCOMPARE(found.size(), 9);
    QCOMPARE(found.constFirst(), period(u"2026-11-02T08:00:00"_s, u"2026-11-02T09:00:00"_s));
    QCOMPARE(found.at(1), period(u"2026-11-04T08:00:00"_s, u"2026-11-04T09:00:00"_s));
    QCOMPARE(found.constLast(), period(u"2026-11-30T08:00:00"_s, u"2026-11-30T09:00:00"_s));
    for (const MaintenancePeriod &p : found) {
        QCOMPARE(p.start.secsTo(p.end), 3600);
        const int day = p.start.toTimeZone(QTimeZone("Europe/Berlin")).date().dayOfWeek();
        QVERIFY(day == Qt::Monday || day == Qt::Wednesday);
    }
    // A one-off window inside the month, and one outside it.
    const MaintenanceWindow deploy = once(u"2026-11-20T10:00:00"_s, u"2026-11-20T12:00:00"_s);
    QCOMPARE(deploy.periods(utc(u"2026-11-01T00:00:00"_s), utc(u"2026-12-01T00:00:00"_s)),
             QList<MaintenancePeriod>{period(u"2026-11-20T10:00:00"_s, u"2026-11-20T12:00:00"_s)});
    QVERIFY(deploy.periods(utc(u"2026-12-01T00:00:00"_s), utc(u"2027-01-01T00:00:00"_s)).isEmpty());
}

void TestMaintenanceWindow::periodsOverAYear()
{
    // Sundays at 02:30 in Berlin for 90 minutes, all of 2026: every opening at 02:30 local
    // (03:00 on the day it is skipped), every one 90 real minutes.
    const QTimeZone berlin("Europe/Berlin");
    const MaintenanceWindow window = weekly(kSunday, 2, 30, 90, u"Europe/Berlin"_s);
    const QList<MaintenancePeriod> found =
        window.periods(utc(u"2026-01-01T00:00:00"_s), utc(u"2027-01-01T00:00:00"_s));
    QCOMPARE(found.size(), 52);
    for (qsizetype i = 0; i < found.size(); ++i) {
        const MaintenancePeriod &p = found.at(i);
        QCOMPARE(p.start.secsTo(p.end), 90 * 60);
        const QDateTime local = p.start.toTimeZone(berlin);
        QCOMPARE(local.date().dayOfWeek(), int(Qt::Sunday));
        const QTime expected = local.date() == QDate(2026, 3, 29) ? QTime(3, 0) : QTime(2, 30);
        QCOMPARE(local.time(), expected);
        if (i > 0)
            QVERIFY(found.at(i - 1).end < p.start);
    }
}

void TestMaintenanceWindow::periodsAreNotClipped()
{
    const MaintenanceWindow night = weekly(kFriday, 22, 0, 240);
    // From inside Friday night's window: it is returned whole.
    const QList<MaintenancePeriod> found =
        night.periods(utc(u"2026-11-21T01:00:00"_s), utc(u"2026-11-21T01:30:00"_s));
    QCOMPARE(found,
             QList<MaintenancePeriod>{period(u"2026-11-20T22:00:00"_s, u"2026-11-21T02:00:00"_s)});
    // A range that ends where a window opens, or starts where one closes, does not overlap it.
    QVERIFY(night.periods(utc(u"2026-11-20T20:00:00"_s), utc(u"2026-11-20T22:00:00"_s)).isEmpty());
    QVERIFY(night.periods(utc(u"2026-11-21T02:00:00"_s), utc(u"2026-11-21T03:00:00"_s)).isEmpty());
    QVERIFY(night.periods(utc(u"2026-11-21T03:00:00"_s), utc(u"2026-11-21T02:00:00"_s)).isEmpty());
}

void TestMaintenanceWindow::emptyZoneIsTheSystems()
{
    const QByteArray saved = qgetenv("TZ");
    qputenv("TZ", "America/New_York");
    const auto restore = qScopeGuard([&saved] {
        if (saved.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", saved);
    });
    if (QTimeZone::systemTimeZoneId() != "America/New_York")
        QSKIP("this Qt does not take the system time zone from TZ");
    // 09:00 in New York is 14:00 UTC in November.
    const MaintenanceWindow window = weekly(kFriday, 9, 0, 60, QString());
    QVERIFY(window.isActiveAt(utc(u"2026-11-20T14:30:00"_s)));
    QVERIFY(!window.isActiveAt(utc(u"2026-11-20T09:30:00"_s)));
    QCOMPARE(window.nextChange(utc(u"2026-11-20T00:00:00"_s)), utc(u"2026-11-20T14:00:00"_s));
}

void TestMaintenanceWindow::covers_data()
{
    QTest::addColumn<QList<qint64>>("ids");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<Monitor>("monitor");
    QTest::addColumn<bool>("covered");

    QTest::newRow("no scope: every monitor")
        << QList<qint64>{} << QStringList{} << monitor(7, {}) << true;
    QTest::newRow("its id") << QList<qint64>{3, 7} << QStringList{} << monitor(7, {}) << true;
    QTest::newRow("another id") << QList<qint64>{3} << QStringList{} << monitor(7, {u"prod"_s})
                                << false;
    QTest::newRow("one of its tags")
        << QList<qint64>{} << QStringList{u"prod"_s} << monitor(7, {u"eu"_s, u"prod"_s}) << true;
    QTest::newRow("tags are case-sensitive")
        << QList<qint64>{} << QStringList{u"prod"_s} << monitor(7, {u"Prod"_s}) << false;
    QTest::newRow("no tag of it") << QList<qint64>{} << QStringList{u"prod"_s}
                                  << monitor(7, {u"eu"_s}) << false;
    QTest::newRow("an id or a tag")
        << QList<qint64>{3} << QStringList{u"prod"_s} << monitor(7, {u"prod"_s}) << true;
    QTest::newRow("an unsaved monitor")
        << QList<qint64>{3} << QStringList{} << monitor(0, {}) << false;
}

void TestMaintenanceWindow::covers()
{
    QFETCH(QList<qint64>, ids);
    QFETCH(QStringList, tags);
    QFETCH(Monitor, monitor);
    QFETCH(bool, covered);
    MaintenanceWindow window = weekly(kFriday, 22, 0, 60);
    window.monitorIds = ids;
    window.tags = tags;
    QCOMPARE(window.coversAllMonitors(), ids.isEmpty() && tags.isEmpty());
    QCOMPARE(window.covers(monitor), covered);
}

void TestMaintenanceWindow::problems_data()
{
    QTest::addColumn<MaintenanceWindow>("window");
    QTest::addColumn<QString>("problem"); // a part of it; empty: none

    const MaintenanceWindow deploy = once(u"2026-11-20T10:00:00"_s, u"2026-11-20T12:00:00"_s);
    const MaintenanceWindow night = weekly(kFriday, 22, 0, 240, u"Europe/Berlin"_s);
    QTest::newRow("once: fine") << deploy << QString();
    QTest::newRow("weekly: fine") << night << QString();
    MaintenanceWindow w = night;
    w.timeZone.clear();
    QTest::newRow("weekly: the system's zone") << w << QString();
    w = deploy;
    w.name = u"  "_s;
    QTest::newRow("no name") << w << u"has no name"_s;
    w = deploy;
    w.name = u"a\nb"_s;
    QTest::newRow("a name on two lines") << w << u"control character"_s;
    w = deploy;
    w.startsAt = QDateTime();
    QTest::newRow("once: no start") << w << u"no start time"_s;
    w = deploy;
    w.endsAt = QDateTime();
    QTest::newRow("once: no end") << w << u"no end time"_s;
    w = deploy;
    w.endsAt = w.startsAt;
    QTest::newRow("once: ends at its start") << w << u"not after its start"_s;
    w = deploy;
    w.endsAt = w.startsAt.addSecs(-60);
    QTest::newRow("once: ends before its start") << w << u"not after its start"_s;
    w = night;
    w.weekdays = 0;
    QTest::newRow("weekly: no weekday") << w << u"at least one weekday"_s;
    w.weekdays = 1 << 7;
    QTest::newRow("weekly: an eighth day") << w << u"at least one weekday"_s;
    w = night;
    w.startMinute = 24 * 60;
    QTest::newRow("weekly: opens at 24:00") << w << u"between 00:00 and 23:59"_s;
    w.startMinute = -1;
    QTest::newRow("weekly: opens before midnight") << w << u"between 00:00 and 23:59"_s;
    w = night;
    w.durationMinutes = 0;
    QTest::newRow("weekly: lasts nothing") << w << u"not 0 minute"_s;
    w.durationMinutes = MaintenanceWindow::kMinutesPerWeek + 1;
    QTest::newRow("weekly: lasts over a week") << w << u"not 10081 minute"_s;
    w.durationMinutes = MaintenanceWindow::kMinutesPerWeek;
    QTest::newRow("weekly: lasts a week") << w << QString();
    w = night;
    w.timeZone = u"Europe/Atlantis"_s;
    QTest::newRow("weekly: unknown zone") << w << u"'Europe/Atlantis' is unknown"_s;
    w.timeZone = u"europe/berlin"_s;
    QTest::newRow("weekly: a zone in the wrong case") << w << u"is unknown"_s;
    w.timeZone = u"../../../etc/localtime"_s;
    QTest::newRow("weekly: a path for a zone") << w << u"is unknown"_s;
    w.timeZone = u"CET-1CEST,M3.5.0,M10.5.0/3"_s;
    QTest::newRow("weekly: a POSIX rule for a zone") << w << u"is unknown"_s;
    w.timeZone = u"Etc/UTC"_s;
    QTest::newRow("weekly: Etc/UTC") << w << QString();
    w.timeZone = u"UTC"_s;
    QTest::newRow("weekly: UTC") << w << QString();
    w = night;
    w.tags = {u""_s};
    QTest::newRow("an empty tag") << w << u"tag"_s;
    w = night;
    w.monitorIds = {-4};
    QTest::newRow("a negative monitor id") << w << u"monitor id -4"_s;
}

void TestMaintenanceWindow::problems()
{
    QFETCH(MaintenanceWindow, window);
    QFETCH(QString, problem);
    const std::optional<QString> found = maintenanceProblem(window);
    if (problem.isEmpty()) {
        QVERIFY2(!found, qPrintable(found.value_or(QString())));
        return;
    }
    QVERIFY(found);
    QVERIFY2(found->contains(problem), qPrintable(*found));
    QVERIFY(!found->contains(u'\n'));
}

QTEST_GUILESS_MAIN(TestMaintenanceWindow)
#include "tst_maintenancewindow.moc"
