#include "core/model/MaintenanceWindow.h"
#include "tests/support/UpwatchProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `upwatch maintenance add|list|remove` as processes against a temporary database.
class TestCliMaintenance final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addListRemoveOnce();
    void addWeeklyForMonitorsAndTags();
    void openWindowShowsWhenItCloses();
    void timesWithoutOffsetAreLocal();
    void unknownMonitorsAreNamed();
    void duplicateNameIsRefused();
    void unknownWindow();
    void usageErrors_data();
    void usageErrors();
    void helpNamesTheCommand();

private:
    UpwatchRun upwatch(QStringList arguments);
    void addMonitor(const QString &name, const QStringList &tags = {});
    [[nodiscard]] QList<QJsonObject> listJson();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliMaintenance::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(UPWATCH_BINARY)));
}

void TestCliMaintenance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"upwatch.sqlite"_s);
}

void TestCliMaintenance::cleanup()
{
    m_dir.reset();
}

UpwatchRun TestCliMaintenance::upwatch(QStringList arguments)
{
    const qsizetype end = arguments.indexOf(u"--"_s);
    const qsizetype at = end < 0 ? arguments.size() : end;
    arguments.insert(at, m_db);
    arguments.insert(at, u"--db"_s);
    return runUpwatch(arguments);
}

void TestCliMaintenance::addMonitor(const QString &name, const QStringList &tags)
{
    QStringList arguments{u"monitor"_s, u"add"_s,   u"--name"_s,
                          name,         u"--url"_s, u"http://127.0.0.1:9/"_s + name};
    for (const QString &tag : tags)
        arguments << u"--tag"_s << tag;
    const UpwatchRun run = upwatch(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

QList<QJsonObject> TestCliMaintenance::listJson()
{
    const UpwatchRun run = upwatch({u"maintenance"_s, u"list"_s, u"--json"_s});
    QList<QJsonObject> objects;
    if (run.exitCode != 0) {
        qWarning("maintenance list --json: %s", qPrintable(run.err));
        return objects;
    }
    for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", qPrintable(line));
        objects.append(document.object());
    }
    return objects;
}

void TestCliMaintenance::addListRemoveOnce()
{
    const UpwatchRun empty = upwatch({u"maintenance"_s, u"list"_s});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY2(empty.out.contains(u"No maintenance windows yet"_s), qPrintable(empty.out));

    const UpwatchRun added =
        upwatch({u"maintenance"_s, u"add"_s, u"--name"_s, u"release"_s, u"--start"_s,
                 u"2031-03-01T10:00:00Z"_s, u"--end"_s, u"2031-03-01T12:30:00+01:00"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(added.out.count(u'\n'), 1);
    QVERIFY2(added.out.startsWith(u"added maintenance window 1 'release': "_s),
             qPrintable(added.out));
    QVERIFY2(added.out.contains(u"all monitors"_s), qPrintable(added.out));
    // The next opening, in the system's time zone with its offset: the same instant.
    const qsizetype next = added.out.indexOf(u"next "_s);
    QVERIFY2(next > 0, qPrintable(added.out));
    const QDateTime opens = QDateTime::fromString(added.out.mid(next + 5).trimmed(), Qt::ISODate);
    QCOMPARE(opens, QDateTime(QDate(2031, 3, 1), QTime(10, 0), Qt::UTC));

    const QList<QJsonObject> windows = listJson();
    QCOMPARE(windows.size(), 1);
    const QJsonObject &w = windows.constFirst();
    const QStringList keys{
        u"id"_s,        u"name"_s,    u"kind"_s,       u"monitor_ids"_s, u"tags"_s,
        u"starts_at"_s, u"ends_at"_s, u"weekdays"_s,   u"at"_s,          u"duration_minutes"_s,
        u"time_zone"_s, u"active"_s,  u"next_change"_s};
    QCOMPARE(w.keys().size(), keys.size());
    for (const QString &key : keys)
        QVERIFY2(w.contains(key), qPrintable(key));
    QCOMPARE(w.value(u"id").toInt(), 1);
    QCOMPARE(w.value(u"name").toString(), u"release"_s);
    QCOMPARE(w.value(u"kind").toString(), u"once"_s);
    QCOMPARE(w.value(u"monitor_ids").toArray(), QJsonArray());
    QCOMPARE(w.value(u"tags").toArray(), QJsonArray());
    QCOMPARE(w.value(u"starts_at").toString(), u"2031-03-01T10:00:00.000Z"_s);
    QCOMPARE(w.value(u"ends_at").toString(), u"2031-03-01T11:30:00.000Z"_s);
    QVERIFY(w.value(u"weekdays").isNull());
    QVERIFY(w.value(u"at").isNull());
    QCOMPARE(w.value(u"duration_minutes").toInt(), 90);
    QVERIFY(w.value(u"time_zone").isNull());
    QCOMPARE(w.value(u"active").toBool(), false);
    QCOMPARE(w.value(u"next_change").toString(), u"2031-03-01T10:00:00.000Z"_s);

    const UpwatchRun table = upwatch({u"maintenance"_s, u"list"_s});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"ID"_s) && lines.at(0).contains(u"SCHEDULE"_s),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"1 "_s) && lines.at(1).contains(u"release"_s) &&
                 lines.at(1).contains(u"all monitors"_s) && lines.at(1).contains(u"next "_s),
             qPrintable(lines.at(1)));

    const UpwatchRun removed = upwatch({u"maintenance"_s, u"remove"_s, u"release"_s});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QCOMPARE(removed.out.trimmed(), u"removed maintenance window 1 'release'"_s);
    QCOMPARE(listJson().size(), 0);
}

void TestCliMaintenance::addWeeklyForMonitorsAndTags()
{
    addMonitor(u"Shop"_s, {u"prod"_s});
    addMonitor(u"Blog"_s);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const UpwatchRun added = upwatch(
        {u"maintenance"_s, u"add"_s,        u"--name"_s,   u"nightly"_s,     u"--monitor"_s,
         u"Shop"_s,        u"--monitor"_s,  u"2"_s,        u"--tag"_s,       u"prod"_s,
         u"--tag"_s,       u"db"_s,         u"--weekly"_s, u"fri,Sun"_s,     u"--at"_s,
         u"22:30"_s,       u"--duration"_s, u"1h30m"_s,    u"--time-zone"_s, u"Europe/Berlin"_s});
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY2(added.out.contains(u"added maintenance window 1 'nightly': Fri,Sun 22:30 for "
                                u"1h30m (Europe/Berlin), monitors Shop, Blog; tags prod, db; "_s),
             qPrintable(added.out));

    const QList<QJsonObject> windows = listJson();
    QCOMPARE(windows.size(), 1);
    const QJsonObject &w = windows.constFirst();
    QCOMPARE(w.value(u"kind").toString(), u"weekly"_s);
    QCOMPARE(w.value(u"monitor_ids").toArray(), (QJsonArray{1, 2}));
    QCOMPARE(w.value(u"tags").toArray(), (QJsonArray{u"prod"_s, u"db"_s}));
    QVERIFY(w.value(u"starts_at").isNull());
    QVERIFY(w.value(u"ends_at").isNull());
    QCOMPARE(w.value(u"weekdays").toArray(), (QJsonArray{u"fri"_s, u"sun"_s}));
    QCOMPARE(w.value(u"at").toString(), u"22:30"_s);
    QCOMPARE(w.value(u"duration_minutes").toInt(), 90);
    QCOMPARE(w.value(u"time_zone").toString(), u"Europe/Berlin"_s);

    // What the schedule says, worked out here from the same window.
    MaintenanceWindow expected;
    expected.name = u"nightly"_s;
    expected.kind = MaintenanceKind::Weekly;
    expected.weekdays = (1 << 4) | (1 << 6);
    expected.startMinute = 22 * 60 + 30;
    expected.durationMinutes = 90;
    expected.timeZone = u"Europe/Berlin"_s;
    const QDateTime change =
        QDateTime::fromString(w.value(u"next_change").toString(), Qt::ISODateWithMs);
    QVERIFY(change.isValid());
    QVERIFY(change == expected.nextChange(before) || change == expected.nextChange(after));
    QVERIFY(w.value(u"active").toBool() == expected.isActiveAt(before) ||
            w.value(u"active").toBool() == expected.isActiveAt(QDateTime::currentDateTimeUtc()));

    // The table names the monitors, the schedule in its zone, and the state.
    const UpwatchRun table = upwatch({u"maintenance"_s, u"list"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(u"monitors Shop, Blog; tags prod, db"_s), qPrintable(table.out));
    QVERIFY2(table.out.contains(u"Fri,Sun 22:30 for 1h30m (Europe/Berlin)"_s),
             qPrintable(table.out));
    // A removed monitor shows by its id.
    QCOMPARE(upwatch({u"monitor"_s, u"remove"_s, u"Blog"_s}).exitCode, 0);
    const UpwatchRun later = upwatch({u"maintenance"_s, u"list"_s});
    QVERIFY2(later.out.contains(u"monitors Shop, monitor #2; tags prod, db"_s),
             qPrintable(later.out));
    // Removed by id.
    const UpwatchRun removed = upwatch({u"maintenance"_s, u"remove"_s, u"1"_s});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QCOMPARE(listJson().size(), 0);
}

void TestCliMaintenance::openWindowShowsWhenItCloses()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime start = now.addSecs(-3600);
    const QDateTime end = QDateTime(now.date().addDays(1), QTime(0, 0), Qt::UTC).addSecs(3600);
    const UpwatchRun added =
        upwatch({u"maintenance"_s, u"add"_s, u"--name"_s, u"now"_s, u"--start"_s,
                 start.toString(Qt::ISODate), u"--end"_s, end.toString(Qt::ISODate)});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY2(added.out.contains(u"; open until "_s), qPrintable(added.out));
    const QList<QJsonObject> windows = listJson();
    QCOMPARE(windows.size(), 1);
    QCOMPARE(windows.constFirst().value(u"active").toBool(), true);
    QCOMPARE(QDateTime::fromString(windows.constFirst().value(u"next_change").toString(),
                                   Qt::ISODateWithMs),
             end);
    const UpwatchRun table = upwatch({u"maintenance"_s, u"list"_s});
    QVERIFY2(table.out.contains(u"open until "_s), qPrintable(table.out));

    // One that is over already is kept, and said to be over.
    const UpwatchRun past =
        upwatch({u"maintenance"_s, u"add"_s, u"--name"_s, u"past"_s, u"--start"_s,
                 u"2020-01-01T00:00:00Z"_s, u"--duration"_s, u"2h"_s});
    QVERIFY2(past.exitCode == 0, qPrintable(past.err));
    QVERIFY2(past.out.contains(u"over already"_s), qPrintable(past.out));
    const QList<QJsonObject> both = listJson();
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(1).value(u"ends_at").toString(), u"2020-01-01T02:00:00.000Z"_s);
    QVERIFY(both.at(1).value(u"next_change").isNull());
    QCOMPARE(both.at(1).value(u"active").toBool(), false);
}

void TestCliMaintenance::timesWithoutOffsetAreLocal()
{
    // The child inherits TZ: its local time is Berlin's (UTC+1 in January).
    const QByteArray saved = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    const auto restore = qScopeGuard([&saved] {
        if (saved.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", saved);
    });
    const UpwatchRun local =
        upwatch({u"maintenance"_s, u"add"_s, u"--name"_s, u"local"_s, u"--start"_s,
                 u"2031-01-10T10:00"_s, u"--end"_s, u"2031-01-10 12:00"_s});
    QVERIFY2(local.exitCode == 0, qPrintable(local.err));
    QVERIFY2(local.out.contains(u"2031-01-10T10:00:00+01:00"_s), qPrintable(local.out));
    // --time-zone says whose local time it is.
    const UpwatchRun zoned = upwatch({u"maintenance"_s, u"add"_s, u"--name"_s, u"zoned"_s,
                                      u"--start"_s, u"2031-01-10T10:00"_s, u"--duration"_s,
                                      u"30m"_s, u"--time-zone"_s, u"America/New_York"_s});
    QVERIFY2(zoned.exitCode == 0, qPrintable(zoned.err));
    // A time the clocks skip is refused (Berlin, 2031-03-30 02:00-03:00).
    const UpwatchRun skipped =
        upwatch({u"maintenance"_s, u"add"_s, u"--name"_s, u"skipped"_s, u"--start"_s,
                 u"2031-03-30T02:30"_s, u"--duration"_s, u"1h"_s});
    QCOMPARE(skipped.exitCode, 2);
    QVERIFY2(skipped.err.contains(u"does not exist in the time zone"_s), qPrintable(skipped.err));

    const QList<QJsonObject> windows = listJson();
    QCOMPARE(windows.size(), 2);
    QCOMPARE(windows.at(0).value(u"starts_at").toString(), u"2031-01-10T09:00:00.000Z"_s);
    QCOMPARE(windows.at(0).value(u"ends_at").toString(), u"2031-01-10T11:00:00.000Z"_s);
    QCOMPARE(windows.at(1).value(u"starts_at").toString(), u"2031-01-10T15:00:00.000Z"_s);
    QCOMPARE(windows.at(1).value(u"ends_at").toString(), u"2031-01-10T15:30:00.000Z"_s);
}

void TestCliMaintenance::unknownMonitorsAreNamed()
{
    addMonitor(u"Shop"_s);
    const UpwatchRun run =
        upwatch({u"maintenance"_s, u"add"_s, u"--name"_s, u"x"_s, u"--monitor"_s, u"Nope"_s,
                 u"--monitor"_s, u"Shop"_s, u"--monitor"_s, u"42"_s, u"--weekly"_s, u"sun"_s,
                 u"--at"_s, u"02:00"_s, u"--duration"_s, u"2h"_s});
    QCOMPARE(run.exitCode, 1);
    // Every unknown one is named (the English plural form may word the sentence differently).
    QVERIFY2(run.err.startsWith(u"upwatch: --monitor: there "_s), qPrintable(run.err));
    QVERIFY2(run.err.trimmed().endsWith(u" 'Nope', '42'"_s), qPrintable(run.err));
    QVERIFY(!run.err.contains(u"Shop"_s));
    QCOMPARE(listJson().size(), 0);
}

void TestCliMaintenance::duplicateNameIsRefused()
{
    const QStringList add{u"maintenance"_s, u"add"_s,  u"--name"_s, u"nightly"_s,    u"--weekly"_s,
                          u"mon-fri"_s,     u"--at"_s, u"23:00"_s,  u"--duration"_s, u"2h"_s};
    QCOMPARE(upwatch(add).exitCode, 0);
    const UpwatchRun again = upwatch(add);
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.err.trimmed(),
             u"upwatch: a maintenance window named 'nightly' already exists (id 1)"_s);
    const QList<QJsonObject> windows = listJson();
    QCOMPARE(windows.size(), 1);
    QCOMPARE(windows.constFirst().value(u"weekdays").toArray(),
             (QJsonArray{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s}));
    QVERIFY(windows.constFirst().value(u"time_zone").toString().isEmpty());
    // Days in a row read as a range; no --time-zone is local time wherever it runs.
    const UpwatchRun table = upwatch({u"maintenance"_s, u"list"_s});
    QVERIFY2(table.out.contains(u"Mon-Fri 23:00 for 2h (local time)"_s), qPrintable(table.out));
}

void TestCliMaintenance::unknownWindow()
{
    const UpwatchRun run = upwatch({u"maintenance"_s, u"remove"_s, u"nope"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.trimmed(),
             u"upwatch: there is no maintenance window with the id or name 'nope'"_s);
}

void TestCliMaintenance::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    const QStringList weekly{u"--weekly"_s, u"sun"_s,        u"--at"_s,
                             u"02:00"_s,    u"--duration"_s, u"2h"_s};
    const QStringList once{u"--start"_s, u"2031-01-01T10:00Z"_s, u"--end"_s,
                           u"2031-01-01T11:00Z"_s};
    const QStringList named{u"add"_s, u"--name"_s, u"x"_s};
    QTest::newRow("no name") << (QStringList{u"add"_s} + weekly)
                             << u"upwatch: maintenance add needs --name"_s;
    QTest::newRow("no schedule") << named << u"upwatch: maintenance add needs --start with --end"_s;
    QTest::newRow("both schedules") << (named + once + weekly) << u"make a weekly window"_s;
    QTest::newRow("start without end")
        << (named + QStringList{u"--start"_s, u"2031-01-01T10:00Z"_s})
        << u"upwatch: --start needs either --end or --duration"_s;
    QTest::newRow("end before start") << (named + QStringList{u"--start"_s, u"2031-01-01T10:00Z"_s,
                                                              u"--end"_s, u"2031-01-01T09:00Z"_s})
                                      << u"which is not after its start"_s;
    QTest::newRow("bad start") << (named + QStringList{u"--start"_s, u"tomorrow"_s, u"--end"_s,
                                                       u"2031-01-01T09:00Z"_s})
                               << u"upwatch: --start: 'tomorrow' is not an ISO 8601 date"_s;
    QTest::newRow("bad month") << (named + QStringList{u"--start"_s, u"2031-13-01"_s, u"--end"_s,
                                                       u"2031-01-01T09:00Z"_s})
                               << u"is not an ISO 8601 date"_s;
    QTest::newRow("weekly without --at")
        << (named + QStringList{u"--weekly"_s, u"sun"_s, u"--duration"_s, u"2h"_s})
        << u"upwatch: --weekly needs --at HH:MM and --duration"_s;
    QTest::newRow("weekly with --end")
        << (named + weekly + QStringList{u"--end"_s, u"2031-01-01T09:00Z"_s})
        << u"upwatch: --end goes with --start"_s;
    QTest::newRow("unknown day") << (named + QStringList{u"--weekly"_s, u"sun,funday"_s, u"--at"_s,
                                                         u"02:00"_s, u"--duration"_s, u"2h"_s})
                                 << u"upwatch: --weekly: unknown day 'funday'"_s;
    QTest::newRow("no day") << (named + QStringList{u"--weekly"_s, u","_s, u"--at"_s, u"02:00"_s,
                                                    u"--duration"_s, u"2h"_s})
                            << u"upwatch: --weekly: name at least one day"_s;
    QTest::newRow("bad --at") << (named + QStringList{u"--weekly"_s, u"sun"_s, u"--at"_s,
                                                      u"24:00"_s, u"--duration"_s, u"2h"_s})
                              << u"upwatch: --at: '24:00' is not a time of day"_s;
    QTest::newRow("bad duration") << (named + QStringList{u"--weekly"_s, u"sun"_s, u"--at"_s,
                                                          u"02:00"_s, u"--duration"_s, u"2x"_s})
                                  << u"upwatch: --duration: '2x' is not a duration"_s;
    QTest::newRow("no duration") << (named + QStringList{u"--weekly"_s, u"sun"_s, u"--at"_s,
                                                         u"02:00"_s, u"--duration"_s, u"0m"_s})
                                 << u"upwatch: --duration: a duration is from 1 minute"_s;
    QTest::newRow("over a week") << (named + QStringList{u"--weekly"_s, u"sun"_s, u"--at"_s,
                                                         u"02:00"_s, u"--duration"_s, u"8d"_s})
                                 << u"must last from 1 minute to one week"_s;
    QTest::newRow("unknown zone")
        << (named + weekly + QStringList{u"--time-zone"_s, u"Mars/Olympus_Mons"_s})
        << u"upwatch: --time-zone: unknown time zone 'Mars/Olympus_Mons'"_s;
    QTest::newRow("empty tag") << (named + weekly + QStringList{u"--tag"_s, u" "_s}) << u"tag"_s;
    QTest::newRow("positional argument")
        << (named + weekly + QStringList{u"extra"_s}) << u"unexpected argument 'extra'"_s;
    QTest::newRow("unknown action")
        << QStringList{u"frob"_s} << u"upwatch: unknown maintenance action 'frob'"_s;
    QTest::newRow("remove what") << QStringList{u"remove"_s}
                                 << u"upwatch: maintenance remove needs one window id or name"_s;
    QTest::newRow("list extra") << QStringList{u"list"_s, u"x"_s} << u"unexpected argument 'x'"_s;
}

void TestCliMaintenance::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const UpwatchRun run = upwatch(QStringList{u"maintenance"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(error), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY(run.err.startsWith(u"upwatch: "_s));
    QVERIFY(run.out.isEmpty());
}

void TestCliMaintenance::helpNamesTheCommand()
{
    const UpwatchRun help = runUpwatch({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"maintenance add --name N --start ISO --end ISO"_s));
    QVERIFY(help.out.contains(u"maintenance list [--json]"_s));
    const UpwatchRun actions = runUpwatch({u"maintenance"_s, u"--help"_s});
    QCOMPARE(actions.exitCode, 0);
    QVERIFY(actions.out.contains(u"Usage: upwatch maintenance <add|list|remove>"_s));
    const UpwatchRun addHelp = runUpwatch({u"maintenance"_s, u"add"_s, u"--help"_s});
    QCOMPARE(addHelp.exitCode, 0);
    QVERIFY(addHelp.out.contains(u"--time-zone"_s));
    QVERIFY(addHelp.out.contains(u"--weekly"_s));
    // Without an action: the usage, as bad usage.
    const UpwatchRun bare = runUpwatch({u"maintenance"_s});
    QCOMPARE(bare.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliMaintenance)
#include "tst_cli_maintenance.moc"
