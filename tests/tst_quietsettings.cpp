#include "core/model/QuietSettings.h"
#include "core/store/MonitorStore.h"
#include "core/store/SettingsStore.h"
#include "support/Builders.h"
#include "support/StoreHelpers.h"

#include <QTest>

#include <ctime>

using namespace Qt::Literals::StringLiterals;

namespace {

// Local times below are Europe/Berlin: CET (UTC+1) in winter, CEST (UTC+2) in summer.
QDateTime berlin(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::LocalTime).toUTC();
}

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

} // namespace

class TestQuietSettings final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void contains_data();
    void contains();
    void endAfter();
    void endAfterAcrossDaylightSaving();
    void text_data();
    void text();
    void holdEnd();
    void nextMorning();
    void storedAndRead();
    void monitorMuteStored();
};

void TestQuietSettings::initTestCase()
{
    UPWATCH_SKIP_UNLESS_ENGINE_RUNS();
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QCOMPARE(berlin(2026, 1, 15, 12), utc(2026, 1, 15, 11));
}

void TestQuietSettings::contains_data()
{
    QTest::addColumn<QTime>("start");
    QTest::addColumn<QTime>("end");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("inside");
    const QTime ten(22, 0);
    const QTime seven(7, 0);
    QTest::newRow("evening, inside") << ten << seven << berlin(2026, 1, 15, 23) << true;
    QTest::newRow("the start itself") << ten << seven << berlin(2026, 1, 15, 22) << true;
    QTest::newRow("after midnight") << ten << seven << berlin(2026, 1, 16, 3) << true;
    QTest::newRow("the end itself") << ten << seven << berlin(2026, 1, 16, 7) << false;
    QTest::newRow("afternoon") << ten << seven << berlin(2026, 1, 16, 15) << false;
    // 21:30 UTC is 22:30 in Berlin in winter: local time decides, not UTC.
    QTest::newRow("local, not UTC") << ten << seven << utc(2026, 1, 15, 21, 30) << true;
    QTest::newRow("same-day stretch")
        << QTime(12, 0) << QTime(14, 0) << berlin(2026, 1, 15, 13) << true;
    QTest::newRow("same-day, outside")
        << QTime(12, 0) << QTime(14, 0) << berlin(2026, 1, 15, 14, 1) << false;
}

void TestQuietSettings::contains()
{
    QFETCH(QTime, start);
    QFETCH(QTime, end);
    QFETCH(QDateTime, at);
    QFETCH(bool, inside);
    QCOMPARE((QuietHours{true, start, end}.contains(at)), inside);
}

void TestQuietSettings::endAfter()
{
    const QuietHours night{true, QTime(22, 0), QTime(7, 0)};
    QCOMPARE(night.endAfter(berlin(2026, 1, 15, 23)), berlin(2026, 1, 16, 7));
    QCOMPARE(night.endAfter(berlin(2026, 1, 16, 2)), berlin(2026, 1, 16, 7));
    QVERIFY(!night.endAfter(berlin(2026, 1, 16, 12)).isValid());
}

void TestQuietSettings::endAfterAcrossDaylightSaving()
{
    // The night of 28 to 29 March 2026 loses an hour at 02:00: 07:00 is 05:00 UTC, not 06:00.
    const QuietHours night{true, QTime(22, 0), QTime(7, 0)};
    QCOMPARE(night.endAfter(berlin(2026, 3, 28, 23)), utc(2026, 3, 29, 5));
    // And 25 October gains one: 07:00 is 06:00 UTC again.
    QCOMPARE(night.endAfter(berlin(2026, 10, 24, 23)), utc(2026, 10, 25, 6));
}

void TestQuietSettings::text_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("night") << u"22:00-07:00"_s << true << u"22:00-07:00"_s;
    QTest::newRow("spaces, one digit") << u" 9:30 - 17:00 "_s << true << u"09:30-17:00"_s;
    QTest::newRow("off") << u"off"_s << true << u"off"_s;
    QTest::newRow("OFF") << u"OFF"_s << true << u"off"_s;
    QTest::newRow("same time") << u"07:00-07:00"_s << false << QString();
    QTest::newRow("bad hour") << u"25:00-07:00"_s << false << QString();
    QTest::newRow("words") << u"night"_s << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
}

void TestQuietSettings::text()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, normalised);
    const auto hours = QuietHours::fromText(text);
    QCOMPARE(hours.has_value(), valid);
    if (hours)
        QCOMPARE(hours->toText(), normalised);
}

void TestQuietSettings::holdEnd()
{
    QuietSettings settings;
    const QDateTime evening = berlin(2026, 1, 15, 21);
    QVERIFY(!settings.holdsAt(evening));
    QVERIFY(!settings.holdEnd(evening).isValid());

    settings.snoozedUntil = evening.addSecs(3600);
    QVERIFY(settings.holdsAt(evening));
    QCOMPARE(settings.holdEnd(evening), evening.addSecs(3600));

    // The snooze ends at 22:00, inside quiet hours: the hold lasts until they end.
    settings.quietHours = QuietHours{true, QTime(22, 0), QTime(7, 0)};
    QCOMPARE(settings.holdEnd(evening), berlin(2026, 1, 16, 7));
    // A snooze past the end of quiet hours.
    settings.snoozedUntil = berlin(2026, 1, 16, 9);
    QCOMPARE(settings.holdEnd(berlin(2026, 1, 15, 23)), berlin(2026, 1, 16, 9));
    // Quiet hours switched off hold nothing.
    settings.snoozedUntil = QDateTime();
    settings.quietHours.enabled = false;
    QVERIFY(!settings.holdsAt(berlin(2026, 1, 15, 23)));
}

void TestQuietSettings::nextMorning()
{
    QCOMPARE(QuietSettings::nextMorning(berlin(2026, 1, 15, 21)), berlin(2026, 1, 16, 8));
    QCOMPARE(QuietSettings::nextMorning(berlin(2026, 1, 16, 2)), berlin(2026, 1, 16, 8));
    QCOMPARE(QuietSettings::nextMorning(berlin(2026, 1, 16, 8)), berlin(2026, 1, 17, 8));
}

void TestQuietSettings::storedAndRead()
{
    TempDatabase temp;
    QVERIFY2(temp.isOpen(), qPrintable(temp.error()));
    SettingsStore store(temp.db());
    const auto empty = store.quietSettings();
    QVERIFY2(empty, qPrintable(store.lastError()));
    QCOMPARE(*empty, QuietSettings{});
    const auto before = store.revision();
    QVERIFY(before);

    QuietSettings wanted;
    wanted.snoozedUntil = utc(2026, 1, 15, 12);
    wanted.quietHours = QuietHours{true, QTime(22, 30), QTime(6, 45)};
    QVERIFY(store.setSnoozedUntil(wanted.snoozedUntil));
    QVERIFY(store.setQuietHours(wanted.quietHours));
    QCOMPARE(store.quietSettings(), wanted);
    const auto after = store.revision();
    QVERIFY(after && *after != *before);

    // The same value again is no change for the other processes.
    QVERIFY(store.setQuietHours(wanted.quietHours));
    QCOMPARE(store.revision(), after);

    QVERIFY(store.setSnoozedUntil(QDateTime()));
    QVERIFY(store.setQuietHours(QuietHours{}));
    QCOMPARE(store.quietSettings(), QuietSettings{});
}

void TestQuietSettings::monitorMuteStored()
{
    TempDatabase temp;
    QVERIFY2(temp.isOpen(), qPrintable(temp.error()));
    Monitor monitor = storeMonitor(temp.db(), makeMonitor(u"api"_s));
    QVERIFY(monitor.id > 0);
    QVERIFY(!monitor.mutedUntil.isValid());
    MonitorStore monitors(temp.db());
    const QDateTime until = utc(2026, 1, 15, 13);
    QVERIFY2(monitors.setMuted({monitor.id}, until), qPrintable(monitors.lastError()));
    QCOMPARE(monitors.all()->constFirst().mutedUntil, until);
    QVERIFY(monitors.setMuted({monitor.id}, Monitor::kMutedForever));
    QCOMPARE(monitors.all()->constFirst().mutedUntil, Monitor::kMutedForever);
    QVERIFY(monitors.all()->constFirst().isMutedAt(utc(2099, 1, 1, 0)));
    // A save from the edit dialog keeps it.
    Monitor edited = monitors.all()->constFirst();
    edited.name = u"api2"_s;
    QVERIFY(monitors.update(edited));
    QCOMPARE(monitors.all()->constFirst().mutedUntil, Monitor::kMutedForever);
    QVERIFY(monitors.setMuted({monitor.id}, QDateTime()));
    QVERIFY(!monitors.all()->constFirst().mutedUntil.isValid());
    QVERIFY(!monitors.setMuted({monitor.id + 100}, until));
    QVERIFY(monitors.lastError().contains(u"no monitor"_s));
}

QTEST_GUILESS_MAIN(TestQuietSettings)
#include "tst_quietsettings.moc"
