#include "core/store/MonitorStore.h"
#include "core/store/SettingsStore.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/Builders.h"
#include "tests/support/UpwatchProcess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `upwatch snooze`, `upwatch quiet-hours` and `upwatch monitor mute|unmute` as processes
// against a temporary database; what they store is read back through the store, as a running
// service reads it.
class TestCliSilence final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void snoozeForAWhileAndEnd();
    void snoozeUntilMorning();
    void quietHoursSetShowAndOff();
    void muteAndUnmute();
    void usageErrors_data();
    void usageErrors();

private:
    UpwatchRun upwatch(QStringList arguments);
    [[nodiscard]] QuietSettings stored();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliSilence::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"upwatch.sqlite"_s);
    QString error;
    auto database = StoreDatabase::open(m_db, &error);
    QVERIFY2(database, qPrintable(error));
    Monitor api = makeMonitor(u"api"_s);
    QVERIFY(MonitorStore(*database).add(api));
}

void TestCliSilence::cleanup()
{
    m_dir.reset();
}

UpwatchRun TestCliSilence::upwatch(QStringList arguments)
{
    arguments << u"--db"_s << m_db;
    return runUpwatch(arguments);
}

QuietSettings TestCliSilence::stored()
{
    QString error;
    auto database = StoreDatabase::open(m_db, &error);
    if (!database)
        qWarning("%s", qPrintable(error));
    return database ? SettingsStore(*database).quietSettings().value_or(QuietSettings{})
                    : QuietSettings{};
}

void TestCliSilence::snoozeForAWhileAndEnd()
{
    UpwatchRun run = upwatch({u"snooze"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Alerts are not snoozed."_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"Quiet hours: off."_s));

    const QDateTime before = QDateTime::currentDateTimeUtc();
    run = upwatch({u"snooze"_s, u"1h30m"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"alerts snoozed until "_s), qPrintable(run.out));
    const QDateTime until = stored().snoozedUntil;
    QVERIFY(until >= before.addSecs(90 * 60));
    QVERIFY(until <= QDateTime::currentDateTimeUtc().addSecs(90 * 60));
    run = upwatch({u"snooze"_s});
    QVERIFY2(run.out.contains(u"Alerts are snoozed until "_s), qPrintable(run.out));

    run = upwatch({u"snooze"_s, u"off"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!stored().snoozedUntil.isValid());
}

void TestCliSilence::snoozeUntilMorning()
{
    const UpwatchRun run = upwatch({u"snooze"_s, u"morning"_s});
    QCOMPARE(run.exitCode, 0);
    const QDateTime until = stored().snoozedUntil.toLocalTime();
    QCOMPARE(until.time(), QTime(QuietSettings::kMorningHour, 0));
    QVERIFY(until > QDateTime::currentDateTime());
    QVERIFY(until <= QDateTime::currentDateTime().addDays(1));
}

void TestCliSilence::quietHoursSetShowAndOff()
{
    UpwatchRun run = upwatch({u"quiet-hours"_s, u"22:00-7:00"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), u"quiet hours set to 22:00-07:00 (local time)"_s);
    QCOMPARE(stored().quietHours, (QuietHours{true, QTime(22, 0), QTime(7, 0)}));
    run = upwatch({u"quiet-hours"_s});
    QVERIFY2(run.out.contains(u"Quiet hours: 22:00-07:00"_s), qPrintable(run.out));
    run = upwatch({u"quiet-hours"_s, u"off"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!stored().quietHours.enabled);
}

void TestCliSilence::muteAndUnmute()
{
    const auto mutedUntil = [this] {
        QString error;
        auto database = StoreDatabase::open(m_db, &error);
        return database ? MonitorStore(*database).all()->constFirst().mutedUntil : QDateTime();
    };
    UpwatchRun run = upwatch({u"monitor"_s, u"mute"_s, u"api"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"until unmuted"_s), qPrintable(run.out));
    QCOMPARE(mutedUntil(), Monitor::kMutedForever);

    run = upwatch({u"monitor"_s, u"mute"_s, u"api"_s, u"--for"_s, u"2h"_s});
    QCOMPARE(run.exitCode, 0);
    const QDateTime until = mutedUntil();
    QVERIFY(until > QDateTime::currentDateTimeUtc().addSecs(2 * 3600 - 60));
    QVERIFY(until <= QDateTime::currentDateTimeUtc().addSecs(2 * 3600));

    run = upwatch({u"monitor"_s, u"unmute"_s, u"1"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"unmuted monitor 1 'api'"_s), qPrintable(run.out));
    QVERIFY(!mutedUntil().isValid());

    run = upwatch({u"monitor"_s, u"mute"_s, u"nosuch"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"upwatch: "_s), qPrintable(run.err));
    QVERIFY(run.err.contains(u"nosuch"_s));
}

void TestCliSilence::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad duration") << QStringList{u"snooze"_s, u"soon"_s}
                                  << u"'soon' is not a duration"_s;
    QTest::newRow("zero") << QStringList{u"snooze"_s, u"0m"_s} << u"not a duration"_s;
    QTest::newRow("two arguments")
        << QStringList{u"snooze"_s, u"1h"_s, u"2h"_s} << u"unexpected argument '2h'"_s;
    QTest::newRow("bad range") << QStringList{u"quiet-hours"_s, u"22-7"_s}
                               << u"'22-7' is not a time range"_s;
    QTest::newRow("mute without monitor")
        << QStringList{u"monitor"_s, u"mute"_s} << u"monitor mute needs one monitor"_s;
    QTest::newRow("mute, both ends")
        << QStringList{u"monitor"_s, u"mute"_s, u"api"_s, u"--for"_s, u"1h"_s, u"--until-morning"_s}
        << u"not both"_s;
    QTest::newRow("mute, bad duration")
        << QStringList{u"monitor"_s, u"mute"_s, u"api"_s, u"--for"_s, u"ever"_s}
        << u"--for: 'ever' is not a duration"_s;
}

void TestCliSilence::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const UpwatchRun run = upwatch(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.err.startsWith(u"upwatch: "_s));
    QCOMPARE(stored(), QuietSettings{}); // nothing was written
}

QTEST_GUILESS_MAIN(TestCliSilence)
#include "tst_cli_silence.moc"
