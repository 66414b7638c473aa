#include "tests/support/UpwatchProcess.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kMonitors = 3;
constexpr int kIntervalS = 60;
constexpr int kDays = 10;

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

} // namespace

// `upwatch bench storage`, run small as a process: the database it leaves holds what retention
// keeps of the simulated history, and the JSON line says so.
class TestCliBenchStorage final : public QObject {
    Q_OBJECT

private slots:
    void jsonDescribesTheDatabase();
    void locationWritesAsAnAgent();
    void refusesAnExistingDatabase();
    void tableWithoutJson();
    void badOptions_data();
    void badOptions();
};

void TestCliBenchStorage::jsonDescribesTheDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"bench.sqlite"_s);
    const UpwatchRun run =
        runUpwatch({u"bench"_s, u"storage"_s, u"--monitors"_s, QString::number(kMonitors),
                    u"--interval"_s, QString::number(kIntervalS), u"--days"_s,
                    QString::number(kDays), u"--sample"_s, u"2"_s, u"--json"_s, u"--db"_s, path},
                   240'000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
    // Progress went to stderr, the result alone to stdout.
    QCOMPARE(run.out.trimmed().count(u'\n'), 0);
    QVERIFY(run.err.contains(u"raw results"_s));

    for (const QString &key :
         {u"monitors"_s, u"interval_s"_s, u"days"_s, u"now"_s, u"retention"_s, u"db_bytes"_s,
          u"raw_results"_s, u"minute_rollups"_s, u"hour_rollups"_s, u"day_rollups"_s,
          u"incidents"_s, u"index_bytes"_s, u"other_bytes"_s, u"write"_s, u"uptime_ms"_s,
          u"chart_1y_ms"_s, u"sampled_monitors"_s})
        QVERIFY2(json.contains(key), qPrintable(key));
    QCOMPARE(json[u"monitors"_s].toInt(), kMonitors);
    QCOMPARE(json[u"sampled_monitors"_s].toInt(), 2);

    // The file kept is the one measured.
    QCOMPARE(json[u"db_bytes"_s].toInteger(), QFileInfo(path).size());
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s) || QFileInfo(path + u"-wal"_s).size() == 0);

    // What retention keeps, and no more: every check of the raw window went through append(),
    // one minute rollup per minute (a check a minute) for the minute retention, one hour and one
    // day rollup per hour and day of the simulated days.
    const QDateTime now = timeOf(json[u"now"_s]);
    QVERIFY(now.isValid());
    const QJsonObject retention = json[u"retention"_s].toObject();
    const int rawHours = retention[u"raw_hours"_s].toInt();
    const int minuteDays = retention[u"minute_days"_s].toInt();
    QVERIFY(rawHours > 0 && minuteDays * 24 >= rawHours && minuteDays < kDays);
    const QJsonObject raw = json[u"raw_results"_s].toObject();
    const QJsonObject minutes = json[u"minute_rollups"_s].toObject();
    const QJsonObject hours = json[u"hour_rollups"_s].toObject();
    const QJsonObject days = json[u"day_rollups"_s].toObject();
    QCOMPARE(raw[u"rows"_s].toInteger(), qint64(kMonitors) * rawHours * 3600 / kIntervalS);
    QCOMPARE(json[u"write"_s][u"results"_s].toInteger(), raw[u"rows"_s].toInteger());
    QCOMPARE(minutes[u"rows"_s].toInteger(), qint64(kMonitors) * minuteDays * 24 * 60);
    QCOMPARE(hours[u"rows"_s].toInteger(), qint64(kMonitors) * kDays * 24);
    QCOMPARE(days[u"rows"_s].toInteger(), qint64(kMonitors) * kDays);
    QVERIFY(timeOf(raw[u"oldest"_s]) >= now.addSecs(-rawHours * 3600));
    QVERIFY(timeOf(minutes[u"oldest"_s]) >= now.addDays(-minuteDays));
    QVERIFY(timeOf(hours[u"oldest"_s]) >= now.addDays(-kDays));

    // Every part has its bytes, and they add up to the file.
    qint64 parts = json[u"index_bytes"_s].toInteger() + json[u"other_bytes"_s].toInteger() +
                   json[u"free_bytes"_s].toInteger();
    for (const QString &key :
         {u"raw_results"_s, u"minute_rollups"_s, u"hour_rollups"_s, u"day_rollups"_s}) {
        const qint64 bytes = json[key][u"bytes"_s].toInteger();
        QVERIFY2(bytes > 0, qPrintable(key));
        parts += bytes;
    }
    parts += json[u"incidents"_s][u"bytes"_s].toInteger();
    QCOMPARE(parts, json[u"db_bytes"_s].toInteger());

    QVERIFY(json[u"write"_s][u"results_per_s"_s].toDouble() > 0);
    const QJsonObject uptime = json[u"uptime_ms"_s].toObject();
    for (const QString &window : {u"24h"_s, u"7d"_s, u"30d"_s, u"1y"_s}) {
        QVERIFY2(uptime.contains(window), qPrintable(window));
        QVERIFY(uptime[window][u"p50"_s].toDouble() >= 0);
        QVERIFY(uptime[window][u"max"_s].toDouble() >= uptime[window][u"p50"_s].toDouble());
    }
    QVERIFY(json[u"chart_1y_ms"_s][u"p50"_s].toDouble() >= 0);
    QVERIFY(json[u"chart_1y_ms"_s][u"max"_s].toDouble() >=
            json[u"chart_1y_ms"_s][u"p50"_s].toDouble());
}

// With --location the write path is an agent's: results and incidents name the location, and
// each batch writes its monitors' live states. Without it (above) none of that is written.
void TestCliBenchStorage::locationWritesAsAnAgent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"agent.sqlite"_s);
    const UpwatchRun run =
        runUpwatch({u"bench"_s, u"storage"_s, u"--monitors"_s, QString::number(kMonitors),
                    u"--interval"_s, u"600"_s, u"--days"_s, u"3"_s, u"--sample"_s, u"1"_s,
                    u"--location"_s, u" eu-west "_s, u"--json"_s, u"--db"_s, path},
                   120'000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json[u"location"_s].toString(), u"eu-west"_s);
    QVERIFY(json[u"write"_s][u"results"_s].toInteger() > 0);

    const QString connection = u"bench-agent"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        const auto value = [&db](const QString &sql) {
            QSqlQuery query(db);
            return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
        };
        QCOMPARE(value(u"SELECT count(*) FROM results"_s),
                 json[u"write"_s][u"results"_s].toInteger());
        QCOMPARE(value(u"SELECT count(*) FROM results WHERE location IS NOT 'eu-west'"_s), 0);
        QCOMPARE(value(u"SELECT count(*) FROM live_states WHERE location = 'eu-west'"_s),
                 kMonitors);
        // Each live state is the monitor's newest check.
        QCOMPARE(
            value(u"SELECT count(*) FROM live_states l WHERE checked_at = "
                  "(SELECT max(started_at) FROM results r WHERE r.monitor_id = l.monitor_id)"_s),
            kMonitors);
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestCliBenchStorage::refusesAnExistingDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"kept.sqlite"_s);
    const QStringList arguments{
        u"bench"_s, u"storage"_s, u"--monitors"_s, u"1"_s, u"--interval"_s, u"3600"_s, u"--days"_s,
        u"2"_s,     u"--json"_s,  u"--db"_s,       path};
    const UpwatchRun first = runUpwatch(arguments, 120'000);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const qint64 size = QFileInfo(path).size();
    QVERIFY(size > 0);
    const UpwatchRun second = runUpwatch(arguments, 60'000);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.startsWith(u"upwatch: "_s) && second.err.contains(u"not empty"_s),
             qPrintable(second.err));
    QVERIFY(second.out.isEmpty());
    QCOMPARE(QFileInfo(path).size(), size);
}

void TestCliBenchStorage::tableWithoutJson()
{
    const UpwatchRun run = runUpwatch({u"bench"_s, u"storage"_s, u"--monitors"_s, u"1"_s,
                                       u"--interval"_s, u"3600"_s, u"--days"_s, u"3"_s},
                                      120'000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const QString &row : {u"raw results"_s, u"minute rollups"_s, u"hour rollups"_s,
                               u"day rollups"_s, u"uptime 24h"_s, u"uptime 1y"_s, u"chart 1y"_s})
        QVERIFY2(run.out.contains(row), qPrintable(run.out));
}

void TestCliBenchStorage::badOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("no monitors") << QStringList{u"--monitors"_s, u"0"_s};
    QTest::newRow("interval too short") << QStringList{u"--interval"_s, u"1"_s};
    QTest::newRow("days not a number") << QStringList{u"--days"_s, u"many"_s};
    QTest::newRow("too much history")
        << QStringList{u"--monitors"_s, u"100000"_s, u"--interval"_s, u"10"_s};
    QTest::newRow("stray argument") << QStringList{u"now"_s};
    QTest::newRow("empty location") << QStringList{u"--location"_s, u" "_s};
}

void TestCliBenchStorage::badOptions()
{
    QFETCH(QStringList, options);
    const UpwatchRun run = runUpwatch(QStringList{u"bench"_s, u"storage"_s} + options, 60'000);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"upwatch: "_s), qPrintable(run.err));
    QCOMPARE(run.err.trimmed().count(u'\n'), 0);
}

QTEST_GUILESS_MAIN(TestCliBenchStorage)
#include "tst_cli_bench_storage.moc"
