#include "core/format/DisplayFormat.h"

#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

} // namespace

class TestDisplayFormat final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void percent_data();
    void percent();
    void percentNumberFollowsTheLocale();
    void milliseconds_data();
    void milliseconds();
    void duration_data();
    void duration();
    void days_data();
    void days();
    void interval_data();
    void interval();
    void timeOfDayOnlyToday();
    void endTimeOfDayWithinADay();
};

void TestDisplayFormat::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDisplayFormat::percent_data()
{
    QTest::addColumn<std::optional<double>>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("no checks") << std::optional<double>() << u"—"_s;
    QTest::newRow("all up") << std::optional(100.0) << u"100 %"_s;
    QTest::newRow("all down") << std::optional(0.0) << u"0 %"_s;
    // A bad value is never rounded up to a perfect one, nor a little to nothing.
    QTest::newRow("99.996") << std::optional(99.996) << u"99.99 %"_s;
    QTest::newRow("99.995") << std::optional(99.995) << u"99.99 %"_s;
    QTest::newRow("99.9999") << std::optional(99.9999) << u"99.99 %"_s;
    QTest::newRow("0.001") << std::optional(0.001) << u"0.01 %"_s;
    QTest::newRow("0.004") << std::optional(0.004) << u"0.01 %"_s;
    // Otherwise to the nearest hundredth.
    QTest::newRow("99.994") << std::optional(99.994) << u"99.99 %"_s;
    QTest::newRow("18 of 23") << std::optional(100.0 * 18 / 23) << u"78.26 %"_s;
    QTest::newRow("17 of 22") << std::optional(100.0 * 17 / 22) << u"77.27 %"_s;
    QTest::newRow("2 of 3") << std::optional(200.0 / 3) << u"66.67 %"_s;
    // Whole values without decimals, every other one with two: one format for all.
    QTest::newRow("half") << std::optional(50.0) << u"50 %"_s;
    QTest::newRow("3 of 4") << std::optional(75.0) << u"75 %"_s;
    QTest::newRow("75.004") << std::optional(75.004) << u"75 %"_s;
    QTest::newRow("75.5") << std::optional(75.5) << u"75.50 %"_s;
    QTest::newRow("99.95") << std::optional(99.95) << u"99.95 %"_s;
    QTest::newRow("0.006") << std::optional(0.006) << u"0.01 %"_s;
}

void TestDisplayFormat::percent()
{
    QFETCH(std::optional<double>, value);
    QFETCH(QString, shown);
    QCOMPARE(DisplayFormat::percent(value), shown);
    if (value) {
        // The command line shows the same number.
        QCOMPARE(DisplayFormat::percentNumber(*value, QLocale::c()) + u" %"_s, shown);
    }
}

void TestDisplayFormat::percentNumberFollowsTheLocale()
{
    QCOMPARE(DisplayFormat::percentNumber(99.996, QLocale(QLocale::German)), u"99,99"_s);
    QCOMPARE(DisplayFormat::percentNumber(99.996, QLocale::c()), u"99.99"_s);
    QCOMPARE(DisplayFormat::shownPercent(99.996), 99.99);
    QCOMPARE(DisplayFormat::shownPercent(100.0), 100.0);
}

void TestDisplayFormat::milliseconds_data()
{
    QTest::addColumn<std::optional<qint64>>("ms");
    QTest::addColumn<QString>("shown");
    QTest::newRow("none") << std::optional<qint64>() << u"—"_s;
    QTest::newRow("zero") << std::optional<qint64>(0) << u"0 ms"_s;
    QTest::newRow("80") << std::optional<qint64>(80) << u"80 ms"_s;
    QTest::newRow("thousands") << std::optional<qint64>(12'345) << u"12,345 ms"_s;
}

void TestDisplayFormat::milliseconds()
{
    QFETCH(std::optional<qint64>, ms);
    QFETCH(QString, shown);
    QCOMPARE(DisplayFormat::milliseconds(ms), shown);
}

void TestDisplayFormat::duration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("shown");
    QTest::newRow("nothing") << qint64(0) << u"0 s"_s;
    QTest::newRow("negative") << -5 * kSecond << u"0 s"_s;
    QTest::newRow("under a second") << qint64(999) << u"0 s"_s;
    QTest::newRow("seconds") << 45 * kSecond << u"45 s"_s;
    QTest::newRow("almost a minute") << kMinute - 1 << u"59 s"_s;
    QTest::newRow("minutes") << 12 * kMinute << u"12 min"_s;
    QTest::newRow("minutes and seconds") << 12 * kMinute + 30 * kSecond << u"12 min 30 s"_s;
    QTest::newRow("an hour") << kHour << u"1 h"_s;
    QTest::newRow("hours and minutes") << 3 * kHour + 5 * kMinute << u"3 h 5 min"_s;
    QTest::newRow("seconds left out") << 3 * kHour + 59 * kSecond << u"3 h"_s;
    QTest::newRow("one day") << kDay << u"1 day"_s;
    QTest::newRow("two days") << 2 * kDay << u"2 days"_s;
    QTest::newRow("a day and hours") << kDay + 6 * kHour << u"1 day 6 h"_s;
    QTest::newRow("days and hours") << 2 * kDay + 4 * kHour + 59 * kMinute << u"2 days 4 h"_s;
}

void TestDisplayFormat::duration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, shown);
    QCOMPARE(DisplayFormat::duration(ms), shown);
}

void TestDisplayFormat::days_data()
{
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("shown");
    QTest::newRow("0") << qint64(0) << u"0 days"_s;
    QTest::newRow("1") << qint64(1) << u"1 day"_s;
    QTest::newRow("2") << qint64(2) << u"2 days"_s;
    QTest::newRow("21") << qint64(21) << u"21 days"_s;
}

void TestDisplayFormat::days()
{
    QFETCH(qint64, count);
    QFETCH(QString, shown);
    QCOMPARE(DisplayFormat::days(count), shown);
}

void TestDisplayFormat::interval_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("shown");
    QTest::newRow("seconds") << qint64(30) << u"30 s"_s;
    QTest::newRow("a minute") << qint64(60) << u"1 min"_s;
    QTest::newRow("not whole minutes") << qint64(90) << u"90 s"_s;
    QTest::newRow("minutes") << qint64(300) << u"5 min"_s;
    QTest::newRow("hours") << qint64(7200) << u"2 h"_s;
    QTest::newRow("not whole hours") << qint64(5400) << u"90 min"_s;
    QTest::newRow("a day") << qint64(86'400) << u"1 day"_s;
    QTest::newRow("days") << qint64(2 * 86'400) << u"2 days"_s;
}

void TestDisplayFormat::interval()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, shown);
    QCOMPARE(DisplayFormat::interval(seconds), shown);
}

void TestDisplayFormat::timeOfDayOnlyToday()
{
    const QDateTime at(QDate(2026, 6, 15), QTime(12, 30, 15), Qt::UTC);
    const QDateTime local = at.toLocalTime();
    QCOMPARE(DisplayFormat::time(at, local.date()), local.time().toString(u"HH:mm:ss"_s));
    const QString otherDay = DisplayFormat::time(at, local.date().addDays(1));
    QCOMPARE(otherDay, QLocale().toString(local, QLocale::ShortFormat));
    QCOMPARE(DisplayFormat::dateTime(at), otherDay);
}

void TestDisplayFormat::endTimeOfDayWithinADay()
{
    const QDateTime now(QDate(2026, 6, 15), QTime(12, 30, 15), Qt::UTC);
    // Within a day: the time of day alone, whatever the date ("until 08:00" tomorrow).
    const QDateTime soon = now.addSecs(20 * 3600);
    QCOMPARE(DisplayFormat::endTime(soon, now), soon.toLocalTime().time().toString(u"HH:mm"_s));
    // Further: the date too.
    const QDateTime later = now.addDays(3);
    QCOMPARE(DisplayFormat::endTime(later, now), DisplayFormat::dateTime(later));
}

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
