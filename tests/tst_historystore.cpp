#include "core/store/HistoryReader.h"
#include "core/store/HistoryStore.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/Builders.h"
#include "tests/support/ExactPercentile.h"
#include "tests/support/StoreHelpers.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 6, 15), QTime(12, 30, 15), Qt::UTC);

qint64 scalar(StoreDatabase &database, const QString &sql)
{
    QSqlQuery query(database.db());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestHistoryStore final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createsSchemaFromEmpty();
    void reopenKeepsData();
    void refusesNewerSchema();
    void refusesCorruptFile();
    void refusesForeignDatabase();
    void refusesMissingFolder();
    void refusesReadOnlyDatabase();

    void monitorCrud();
    void importKeepsASecretOnlyForTheSameUse();
    void monitorNamesAreUnique();
    void monitorParentRules();
    void findByIdOrName();
    void removeDeletesHistory();
    void idsAreNeverReused();
    void revisionChangesOnEveryEdit();
    void importAllOrNothing();
    void importReplacesByName();

    void appendWritesOneBatch();
    void rollupsMatchRawRows();
    void rollupsAcrossBatches();
    void batchesLargerThanAStatement();
    void incidentsFollowTransitions();
    void openStates();
    void liveStatesWithALocation();
    void votesOfEachLocation();
    void resultsAfterPerMonitor();
    void uptimeWindows();
    void uptimeWindowUsesCoarseLevels();
    void uptimeWindowStartsWhereFinerLevelsAreGone();
    void pruneByRetention();
    void pruneShrinksFreelist();
    void pruneAgainLater();
    void forEachResultFiltersAndPages();
    void recentResultsAndBulkUptime();

private:
    std::unique_ptr<TestStoreLocation> m_dir;
    std::unique_ptr<StoreDatabase> m_db;
    QString m_path;
    std::unique_ptr<StoreDatabase> openDb();
    qint64 addMonitor(const QString &name);
};

std::unique_ptr<StoreDatabase> TestHistoryStore::openDb()
{
    QString error;
    auto db = StoreDatabase::open(m_path, &error);
    if (!db)
        qWarning("open failed: %s", qPrintable(error));
    return db;
}

qint64 TestHistoryStore::addMonitor(const QString &name)
{
    return storeMonitor(*m_db, makeMonitor(name)).id;
}

void TestHistoryStore::initTestCase()
{
    UPWATCH_SKIP_UNLESS_ENGINE_RUNS();
}

void TestHistoryStore::init()
{
    m_dir = std::make_unique<TestStoreLocation>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->error()));
    m_path = m_dir->path();
    m_db = openDb();
    QVERIFY(m_db);
}

void TestHistoryStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestHistoryStore::createsSchemaFromEmpty()
{
    QCOMPARE(m_db->schemaVersion(), StoreDatabase::kSchemaVersion);
    if (TestEngine::isPostgres()) {
        for (const QString &table : {u"monitors"_s, u"results"_s, u"rollups"_s, u"incidents"_s,
                                     u"meta"_s, u"channels"_s, u"maintenance"_s, u"settings"_s})
            QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM pg_tables WHERE schemaname = "
                                   u"current_schema() AND tablename = '"_s +
                                       table + u"'"_s),
                     1);
        QCOMPARE(scalar(*m_db, u"SELECT value FROM meta WHERE key = 'schema_version'"_s),
                 StoreDatabase::kSchemaVersion);
        return;
    }
    QSqlQuery query(m_db->db());
    QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"wal"_s);
    QCOMPARE(scalar(*m_db, u"PRAGMA auto_vacuum"_s), 2); // incremental
    QCOMPARE(scalar(*m_db, u"PRAGMA foreign_keys"_s), 1);
    for (const QString &table : {u"monitors"_s, u"results"_s, u"rollups"_s, u"incidents"_s})
        QCOMPARE(scalar(*m_db,
                        u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '"_s +
                            table + u"'"_s),
                 1);
}

void TestHistoryStore::reopenKeepsData()
{
    const qint64 id = addMonitor(u"api"_s);
    m_db.reset();
    m_db = openDb();
    QVERIFY(m_db);
    MonitorStore monitors(*m_db);
    const auto found = monitors.byId(id);
    QVERIFY(found);
    QCOMPARE(found->name, u"api"_s);
}

void TestHistoryStore::refusesNewerSchema()
{
    QVERIFY(m_db->exec(TestEngine::isPostgres()
                           ? u"UPDATE meta SET value = 99 WHERE key = 'schema_version'"_s
                           : u"PRAGMA user_version = 99"_s));
    m_db.reset();
    QString error;
    QVERIFY(!StoreDatabase::open(m_path, &error));
    QVERIFY2(error.contains(u"newer Upwatch"_s), qPrintable(error));
    QVERIFY(error.contains(m_path));
}

void TestHistoryStore::refusesCorruptFile()
{
    UPWATCH_SQLITE_ONLY();
    m_db.reset();
    const QString path = m_dir->filePath(u"garbage.sqlite"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    QString error;
    QVERIFY(!StoreDatabase::open(path, &error));
    QVERIFY2(error.contains(u"not a database"_s), qPrintable(error));
    QVERIFY(error.startsWith(u"cannot open database "_s + path));
    // The file is left as it was: nothing the user had is overwritten.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(8192, 'x'));
}

void TestHistoryStore::refusesForeignDatabase()
{
    UPWATCH_SQLITE_ONLY();
    const QString path = m_dir->filePath(u"other.sqlite"_s);
    {
        auto other = std::make_unique<QTemporaryDir>();
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE notes (text TEXT)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    QString error;
    QVERIFY(!StoreDatabase::open(path, &error));
    QVERIFY2(error.contains(u"another program"_s), qPrintable(error));
}

void TestHistoryStore::refusesMissingFolder()
{
    UPWATCH_SQLITE_ONLY();
    QString error;
    QVERIFY(!StoreDatabase::open(m_dir->filePath(u"no/such/dir/db.sqlite"_s), &error));
    QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
    QVERIFY(!StoreDatabase::open(m_dir->folder(), &error));
    QVERIFY2(error.contains(u"folder"_s), qPrintable(error));
}

void TestHistoryStore::refusesReadOnlyDatabase()
{
    UPWATCH_SQLITE_ONLY();
    if (geteuid() == 0)
        QSKIP("root writes read-only files");
    m_db.reset();
    QFile::setPermissions(m_path, QFileDevice::ReadOwner);
    QString error;
    auto db = StoreDatabase::open(m_path, &error);
    if (db) {
        MonitorStore monitors(*db);
        Monitor monitor = makeMonitor(u"x"_s);
        QVERIFY(!monitors.add(monitor));
        QVERIFY(monitors.lastError().contains(u"readonly"_s));
    }
    else {
        QVERIFY(!error.isEmpty());
    }
}

void TestHistoryStore::monitorCrud()
{
    MonitorStore monitors(*m_db);
    Monitor monitor = makeMonitor(u"  full  "_s, u"https://user:secret@example.com:8443/x?q=1"_s);
    monitor.method = HttpMethod::Post;
    monitor.headers = {{"Accept", "application/json"}, {"X-Token", "a:b"}};
    monitor.body = "a=1&b=2";
    monitor.intervalSeconds = 30;
    monitor.timeoutMs = 2500;
    monitor.expectedStatuses = *StatusRanges::parse(u"200-204,301");
    monitor.keyword = u"healthy ü"_s;
    monitor.invertKeyword = true;
    monitor.maxRedirects = 3;
    monitor.ignoreTlsErrors = true;
    monitor.degradedAboveMs = 800;
    monitor.maxBodyBytes = 4096;
    monitor.retries = 2;
    monitor.recovery = 3;
    monitor.tags = {u"prod"_s, u"eu"_s};
    monitor.credentialKey = u"upwatch/full"_s;
    monitor.keywordIsRegex = true;
    monitor.auth.kind = AuthKind::OAuth2;
    monitor.auth.tokenUrl = QUrl(u"https://id.example.com/token"_s);
    monitor.auth.clientId = u"upwatch"_s;
    monitor.auth.scope = u"read:health"_s;
    monitor.jsonAssertions = *JsonAssertion::parseAll(
        {uR"(/status == "ok")"_s, uR"("/first name" matches "^A")"_s, u"/id !exists"_s});
    QVERIFY2(monitors.add(monitor), qPrintable(monitors.lastError()));
    QVERIFY(monitor.id > 0);
    QCOMPARE(monitor.name, u"full"_s); // trimmed
    auto stored = monitors.byId(monitor.id);
    QVERIFY(stored);
    QCOMPARE(*stored, monitor);

    monitor.paused = true;
    monitor.intervalSeconds = 5;
    monitor.headers.clear();
    monitor.auth = {};
    monitor.auth.kind = AuthKind::Header;
    monitor.auth.headerName = "X-API-Key";
    monitor.jsonAssertions.removeFirst();
    QVERIFY(monitors.update(monitor));
    QCOMPARE(*monitors.byId(monitor.id), monitor);

    QVERIFY(monitors.setPaused(monitor.id, false));
    QVERIFY(!monitors.byId(monitor.id)->paused);
    QCOMPARE(monitors.all()->size(), 1);
    QVERIFY(monitors.remove(monitor.id));
    QVERIFY(monitors.all()->isEmpty());
    QVERIFY(!monitors.remove(monitor.id));
    QVERIFY(monitors.lastError().contains(u"no monitor with id"_s));
    QVERIFY(!monitors.setPaused(monitor.id, true));
}

void TestHistoryStore::importKeepsASecretOnlyForTheSameUse()
{
    MonitorStore monitors(*m_db);
    Monitor stored = makeMonitor(u"api"_s, u"https://api.example.com/health"_s);
    stored.auth.kind = AuthKind::Bearer;
    stored.credentialKey = u"bearer/1"_s;
    QVERIFY(monitors.add(stored));
    const auto importOne = [&monitors](const Monitor &monitor) {
        Monitor copy = monitor;
        copy.id = 0;
        copy.credentialKey.clear();
        MonitorStore::ImportReport report;
        if (!monitors.import({{copy, QString()}}, &report))
            qWarning("import failed: %s", qPrintable(monitors.lastError()));
        return report;
    };

    // The same authentication to the same origin: the stored token stays in use.
    Monitor same = stored;
    same.url = QUrl(u"https://api.example.com/other-path"_s);
    QCOMPARE(importOne(same).obsoleteKeys, QStringList());
    QCOMPARE(monitors.find(u"api"_s)->credentialKey, u"bearer/1"_s);

    // Another host: a file never sends the stored token elsewhere.
    Monitor elsewhere = stored;
    elsewhere.url = QUrl(u"https://collector.example.net/"_s);
    QCOMPARE(importOne(elsewhere).obsoleteKeys, QStringList{u"bearer/1"_s});
    QVERIFY(monitors.find(u"api"_s)->credentialKey.isEmpty());

    // Another kind: the token is not sent as a header value either.
    QVERIFY(monitors.update([&] {
        Monitor again = *monitors.find(u"api"_s);
        again.url = stored.url;
        again.credentialKey = u"bearer/2"_s;
        return again;
    }()));
    Monitor header = stored;
    header.auth = {};
    header.auth.kind = AuthKind::Header;
    header.auth.headerName = "X-Leak";
    QCOMPARE(importOne(header).obsoleteKeys, QStringList{u"bearer/2"_s});
    QVERIFY(monitors.find(u"api"_s)->credentialKey.isEmpty());
}

void TestHistoryStore::monitorNamesAreUnique()
{
    MonitorStore monitors(*m_db);
    Monitor a = makeMonitor(u"api"_s);
    QVERIFY(monitors.add(a));
    Monitor b = makeMonitor(u"api"_s);
    QVERIFY(!monitors.add(b));
    QVERIFY2(monitors.lastError().contains(u"already exists"_s), qPrintable(monitors.lastError()));
    Monitor empty = makeMonitor(u"   "_s);
    QVERIFY(!monitors.add(empty));
    QVERIFY(monitors.lastError().contains(u"needs a name"_s));
    Monitor bad = makeMonitor(u"bad"_s, u"ftp://example.com/"_s);
    QVERIFY(!monitors.add(bad));
    QVERIFY2(monitors.lastError().startsWith(u"bad: "_s), qPrintable(monitors.lastError()));
    QCOMPARE(monitors.all()->size(), 1); // nothing half-written
}

void TestHistoryStore::monitorParentRules()
{
    MonitorStore monitors(*m_db);
    Monitor gateway = makeMonitor(u"gateway"_s);
    QVERIFY(monitors.add(gateway));
    Monitor api = makeMonitor(u"api"_s);
    api.parentId = gateway.id;
    QVERIFY(monitors.add(api));
    Monitor orphan = makeMonitor(u"orphan"_s);
    orphan.parentId = 999;
    QVERIFY(!monitors.add(orphan));
    QVERIFY2(monitors.lastError().contains(u"does not exist"_s), qPrintable(monitors.lastError()));
    gateway.parentId = api.id; // gateway -> api -> gateway
    QVERIFY(!monitors.update(gateway));
    QVERIFY2(monitors.lastError().contains(u"loop"_s), qPrintable(monitors.lastError()));
    gateway.parentId = gateway.id;
    QVERIFY(!monitors.update(gateway));
    QVERIFY(monitors.lastError().contains(u"own parent"_s));
    // Removing a parent leaves its child without one.
    QVERIFY(monitors.remove(gateway.id));
    QCOMPARE(monitors.byId(api.id)->parentId, 0);
}

void TestHistoryStore::findByIdOrName()
{
    const qint64 api = addMonitor(u"api"_s);
    const qint64 named42 = addMonitor(u"42"_s);
    MonitorStore monitors(*m_db);
    QCOMPARE(monitors.find(u"api"_s)->id, api);
    QCOMPARE(monitors.find(QString::number(api))->id, api);
    QCOMPARE(monitors.find(u"42"_s)->id, named42); // a name wins over an id
    QVERIFY(!monitors.find(u"nope"_s));
    QVERIFY(monitors.lastError().contains(u"'nope'"_s));
    QVERIFY(!monitors.find(u"9999"_s));
}

void TestHistoryStore::removeDeletesHistory()
{
    const qint64 keep = addMonitor(u"keep"_s);
    const qint64 gone = addMonitor(u"gone"_s);
    HistoryStore history(*m_db);
    QVERIFY(
        history.append({makeResult(keep, kNow, Verdict::Up), makeResult(gone, kNow, Verdict::Down)},
                       {StateChange{gone, kNow, MonitorState::Pending, MonitorState::Down,
                                    Reason::Timeout, u"t"_s}}));
    MonitorStore monitors(*m_db);
    QVERIFY(monitors.remove(gone));
    for (const QString &table : {u"results"_s, u"rollups"_s, u"incidents"_s}) {
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM "_s + table + u" WHERE monitor_id = "_s +
                                   QString::number(gone)),
                 0);
    }
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM results"_s), 1);
}

void TestHistoryStore::idsAreNeverReused()
{
    // Another process syncing by id must not take a new monitor for a changed removed one.
    MonitorStore monitors(*m_db);
    Monitor first = makeMonitor(u"first"_s);
    Monitor second = makeMonitor(u"second"_s);
    QVERIFY(monitors.add(first));
    QVERIFY(monitors.add(second));
    QVERIFY(monitors.remove(second.id));
    Monitor third = makeMonitor(u"third"_s);
    QVERIFY(monitors.add(third));
    QVERIFY(third.id > second.id);
    QVERIFY(monitors.remove(third.id));
    QVERIFY(monitors.remove(first.id));
    Monitor fourth = makeMonitor(u"fourth"_s);
    QVERIFY(monitors.add(fourth));
    QVERIFY(fourth.id > third.id);
}

void TestHistoryStore::revisionChangesOnEveryEdit()
{
    MonitorStore monitors(*m_db);
    const qint64 r0 = *monitors.revision();
    Monitor monitor = makeMonitor(u"a"_s);
    QVERIFY(monitors.add(monitor));
    const qint64 r1 = *monitors.revision();
    QVERIFY(r1 > r0);
    QVERIFY(monitors.setPaused(monitor.id, true));
    const qint64 r2 = *monitors.revision();
    QVERIFY(r2 > r1);
    QVERIFY(monitors.remove(monitor.id));
    QVERIFY(*monitors.revision() > r2);
    // Writing history is not a monitor change.
    const qint64 r3 = *monitors.revision();
    HistoryStore history(*m_db);
    QVERIFY(history.append({makeResult(1, kNow, Verdict::Up)}));
    QCOMPARE(*monitors.revision(), r3);
}

void TestHistoryStore::importAllOrNothing()
{
    addMonitor(u"existing"_s);
    MonitorStore monitors(*m_db);
    QList<ImportedMonitor> file;
    file.append({makeMonitor(u"one"_s), QString()});
    file.append({makeMonitor(u"two"_s), u"one"_s});
    file.append({makeMonitor(u"three"_s), u"missing-parent"_s});
    MonitorStore::ImportReport report;
    QVERIFY(!monitors.import(file, &report));
    QVERIFY2(monitors.lastError().contains(u"missing-parent"_s), qPrintable(monitors.lastError()));
    QCOMPARE(monitors.all()->size(), 1); // nothing from the file stayed

    file.last().parentName = u"existing"_s;
    QVERIFY2(monitors.import(file, &report), qPrintable(monitors.lastError()));
    QCOMPARE(report.added, 3);
    QCOMPARE(report.updated, 0);
    QCOMPARE(monitors.find(u"two"_s)->parentId, monitors.find(u"one"_s)->id);
    QCOMPARE(monitors.find(u"three"_s)->parentId, monitors.find(u"existing"_s)->id);
}

void TestHistoryStore::importReplacesByName()
{
    const qint64 id = addMonitor(u"api"_s);
    HistoryStore history(*m_db);
    QVERIFY(history.append({makeResult(id, kNow, Verdict::Up)}));
    MonitorStore monitors(*m_db);
    Monitor changed = makeMonitor(u"api"_s, u"https://example.com/v2"_s);
    changed.intervalSeconds = 15;
    MonitorStore::ImportReport report;
    QVERIFY(monitors.import({{changed, QString()}}, &report));
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.added, 0);
    const auto stored = monitors.find(u"api"_s);
    QCOMPARE(stored->id, id); // same monitor, history kept
    QCOMPARE(stored->intervalSeconds, 15);
    QCOMPARE(stored->url, QUrl(u"https://example.com/v2"_s));
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM results"_s), 1);
}

void TestHistoryStore::appendWritesOneBatch()
{
    const qint64 id = addMonitor(u"api"_s);
    HistoryStore history(*m_db);
    QList<CheckResult> batch;
    for (int i = 0; i < 500; ++i)
        batch.append(makeResult(id, kNow.addSecs(i), i % 10 == 0 ? Verdict::Down : Verdict::Up));
    batch[1].certExpires = kNow.addDays(30);
    batch[1].httpStatus = 203;
    QVERIFY2(history.append(batch), qPrintable(history.lastError()));
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM results"_s), 500);
    HistoryReader reader(*m_db);
    QList<CheckResult> read;
    QVERIFY(reader.forEachResult({}, [&read](const CheckResult &r) {
        read.append(r);
        return true;
    }));
    QCOMPARE(read.size(), 500);
    QCOMPARE(read[0], batch[0]);
    QCOMPARE(read[1], batch[1]);
    QCOMPARE(read[10], batch[10]);
    // A failing batch leaves nothing behind.
    QList<CheckResult> broken = {makeResult(id, kNow, Verdict::Up)};
    if (TestEngine::isPostgres()) {
        QVERIFY(m_db->exec(u"CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ "
                           u"BEGIN RAISE EXCEPTION 'disk says no'; END $$"_s));
        QVERIFY(m_db->exec(u"CREATE TRIGGER refuse BEFORE INSERT ON rollups FOR EACH ROW "
                           u"EXECUTE FUNCTION refuse()"_s));
    }
    else {
        QVERIFY(m_db->exec(u"CREATE TRIGGER refuse BEFORE INSERT ON rollups BEGIN "
                           u"SELECT RAISE(ABORT, 'disk says no'); END"_s));
    }
    QVERIFY(!history.append(broken));
    QVERIFY2(history.lastError().contains(u"disk says no"_s), qPrintable(history.lastError()));
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM results"_s), 500);
}

void TestHistoryStore::rollupsMatchRawRows()
{
    const qint64 id = addMonitor(u"api"_s);
    HistoryStore history(*m_db);
    QRandomGenerator random(42);
    QList<CheckResult> batch;
    const QDateTime start(QDate(2026, 6, 14), QTime(22, 0), Qt::UTC);
    for (int i = 0; i < 3000; ++i) { // every 30 s for 25 hours: crosses a day boundary
        const quint32 roll = random.bounded(100);
        const Verdict verdict = roll < 5    ? Verdict::Down
                                : roll < 15 ? Verdict::Degraded
                                            : Verdict::Up;
        batch.append(makeResult(id, start.addSecs(30 * i), verdict,
                                verdict == Verdict::Down ? 10'000 : 20 + random.bounded(2000)));
    }
    for (qsizetype at = 0; at < batch.size(); at += 700) // several transactions
        QVERIFY(history.append(batch.mid(at, 700)));

    for (const RollupLevel level : {RollupLevel::Minute, RollupLevel::Hour, RollupLevel::Day}) {
        // Every rollup row equals the raw results of its bucket.
        QSqlQuery rows(m_db->db());
        // The 95th percentile from the stored histogram, as every reader gets it.
        rows.prepare(u"SELECT bucket, up, degraded, down, timed, sum_ms, min_ms, max_ms, "_s +
                     HistoryReader::rollupColumns() +
                     u" FROM rollups WHERE level = ? AND monitor_id = ?"_s);
        rows.addBindValue(int(level));
        rows.addBindValue(id);
        QVERIFY(rows.exec());
        int buckets = 0;
        while (rows.next()) {
            ++buckets;
            const qint64 bucket = rows.value(0).toLongLong();
            QSqlQuery raw(m_db->db());
            raw.prepare(u"SELECT count(CASE WHEN verdict = 0 THEN 1 END), "
                        u"count(CASE WHEN verdict = 1 THEN 1 END), "
                        u"count(CASE WHEN verdict = 2 THEN 1 END), "
                        u"count(CASE WHEN verdict != 2 THEN 1 END), "
                        u"sum(CASE WHEN verdict != 2 THEN response_ms END), "
                        u"min(CASE WHEN verdict != 2 THEN response_ms END), "
                        u"max(CASE WHEN verdict != 2 THEN response_ms END) FROM results "
                        u"WHERE monitor_id = ? AND started_at >= ? AND started_at < ?"_s);
            raw.addBindValue(id);
            raw.addBindValue(bucket);
            raw.addBindValue(bucket + rollupBucketMs(level));
            QVERIFY(raw.exec() && raw.next());
            for (int column = 0; column < 7; ++column)
                QCOMPARE(rows.value(column + 1).toLongLong(), raw.value(column).toLongLong());
            // p95 is the top of the histogram bucket: never below the exact value, at most 5%
            // above it.
            QSqlQuery times(m_db->db());
            times.prepare(u"SELECT response_ms FROM results WHERE monitor_id = ? AND verdict != 2 "
                          u"AND started_at >= ? AND started_at < ?"_s);
            times.addBindValue(id);
            times.addBindValue(bucket);
            times.addBindValue(bucket + rollupBucketMs(level));
            QVERIFY(times.exec());
            QList<qint64> values;
            while (times.next())
                values.append(times.value(0).toLongLong());
            const auto p95 = HistoryReader::rollupFromRow(rows, 8).p95Ms();
            if (values.isEmpty()) {
                QVERIFY(!p95);
                continue;
            }
            QVERIFY(p95);
            const double exact = double(exactPercentile(values, 95));
            QVERIFY2(double(*p95) >= exact && double(*p95) <= exact * 1.051 + 1,
                     qPrintable(u"p95 %1 vs exact %2"_s.arg(*p95).arg(exact)));
        }
        const int expected = level == RollupLevel::Minute ? 1500
                             : level == RollupLevel::Hour ? 25
                                                          : 2;
        QCOMPARE(buckets, expected);
    }
}

void TestHistoryStore::rollupsAcrossBatches()
{
    // The same results in one batch or one at a time give the same rollups.
    const qint64 a = addMonitor(u"a"_s);
    const qint64 b = addMonitor(u"b"_s);
    HistoryStore history(*m_db);
    QList<CheckResult> oneBatch;
    for (int i = 0; i < 120; ++i) {
        const Verdict verdict = i % 7 == 0 ? Verdict::Down : Verdict::Up;
        oneBatch.append(makeResult(a, kNow.addSecs(i * 5), verdict, 50 + i));
        QVERIFY(history.append({makeResult(b, kNow.addSecs(i * 5), verdict, 50 + i)}));
    }
    QVERIFY(history.append(oneBatch));
    HistoryReader reader(*m_db);
    for (const RollupLevel level : {RollupLevel::Minute, RollupLevel::Hour, RollupLevel::Day}) {
        const auto seriesA = reader.series(a, level, kNow.addDays(-1), kNow.addDays(1));
        const auto seriesB = reader.series(b, level, kNow.addDays(-1), kNow.addDays(1));
        QVERIFY(seriesA && seriesB);
        QVERIFY(!seriesA->isEmpty());
        QCOMPARE(*seriesA, *seriesB);
    }
}

void TestHistoryStore::batchesLargerThanAStatement()
{
    // 700 monitors, two checks each per batch, two batches: more rows than one statement
    // writes, and rollups of the second batch merged with the stored ones of the first.
    constexpr int kMonitors = 700;
    QList<qint64> ids;
    for (int i = 0; i < kMonitors; ++i)
        ids.append(addMonitor(u"m%1"_s.arg(i)));
    HistoryStore history(*m_db);
    for (int batch = 0; batch < 2; ++batch) {
        QList<CheckResult> results;
        for (int i = 0; i < kMonitors; ++i) {
            for (int check = 0; check < 2; ++check) {
                const Verdict verdict = (i + check + batch) % 5 == 0 ? Verdict::Down : Verdict::Up;
                results.append(makeResult(ids.at(i), kNow.addSecs(10 * (2 * batch + check)),
                                          verdict, 10 + i % 90));
            }
        }
        QVERIFY2(history.append(results), qPrintable(history.lastError()));
    }
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM results"_s), 4 * kMonitors);
    // One row per monitor and level (the four checks share a minute, an hour and a day), each
    // counting all four checks, as counting the raw rows does.
    for (int level = 0; level < 3; ++level) {
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM rollups WHERE level = %1"_s.arg(level)),
                 kMonitors);
        QCOMPARE(
            scalar(*m_db, u"SELECT count(*) FROM rollups WHERE level = %1 AND up + down != 4"_s.arg(
                              level)),
            0);
    }
    QCOMPARE(scalar(*m_db, u"SELECT sum(down) FROM rollups WHERE level = 1"_s),
             scalar(*m_db,
                    u"SELECT count(*) FROM results WHERE verdict = %1"_s.arg(int(Verdict::Down))));
    HistoryReader reader(*m_db);
    for (const int i : {0, 499, 500, kMonitors - 1}) {
        const auto window = reader.window(ids.at(i), kNow.addSecs(-60), kNow.addSecs(120));
        QVERIFY(window);
        QCOMPARE(window->total(), 4);
        QCOMPARE(window->histogram.count(), quint64(window->up));
        QCOMPARE(window->minMs, 10 + i % 90);
    }
}

void TestHistoryStore::incidentsFollowTransitions()
{
    const qint64 id = addMonitor(u"api"_s);
    HistoryStore history(*m_db);
    const auto change = [id](int minute, MonitorState from, MonitorState to, Reason reason) {
        return StateChange{id,     kNow.addSecs(60 * minute),
                           from,   to,
                           reason, reason == Reason::Ok ? QString() : u"why"_s};
    };
    QVERIFY(history.append({}, {change(0, MonitorState::Pending, MonitorState::Up, Reason::Ok),
                                change(5, MonitorState::Up, MonitorState::Down, Reason::Refused)}));
    QVERIFY(
        history.append({}, {change(9, MonitorState::Down, MonitorState::Degraded, Reason::Slow),
                            change(12, MonitorState::Degraded, MonitorState::Up, Reason::Ok),
                            change(20, MonitorState::Up, MonitorState::Down, Reason::Timeout)}));
    HistoryReader reader(*m_db);
    const auto incidents = reader.incidents(id);
    QVERIFY(incidents);
    QCOMPARE(incidents->size(), 3); // down, degraded, down (open)
    const Incident &open = incidents->at(0);
    QCOMPARE(open.state, MonitorState::Down);
    QCOMPARE(open.reason, Reason::Timeout);
    QCOMPARE(open.startedAt, kNow.addSecs(1200));
    QVERIFY(!open.endedAt.isValid());
    QCOMPARE(incidents->at(1).state, MonitorState::Degraded);
    QCOMPARE(incidents->at(1).endedAt, kNow.addSecs(720));
    QCOMPARE(incidents->at(2).state, MonitorState::Down);
    QCOMPARE(incidents->at(2).reason, Reason::Refused);
    QCOMPARE(incidents->at(2).error, u"why"_s);
    QCOMPARE(incidents->at(2).startedAt, kNow.addSecs(300));
    QCOMPARE(incidents->at(2).endedAt, kNow.addSecs(540));
    QCOMPARE(reader.incidents(id, 1)->size(), 1);
}

void TestHistoryStore::openStates()
{
    const qint64 down = addMonitor(u"down"_s);
    const qint64 up = addMonitor(u"up"_s);
    const qint64 unreachable = addMonitor(u"unreachable"_s);
    HistoryStore history(*m_db);
    QVERIFY(history.append(
        {},
        {StateChange{down, kNow, MonitorState::Up, MonitorState::Down, Reason::Dns, {}},
         StateChange{up, kNow, MonitorState::Up, MonitorState::Down, Reason::Dns, {}},
         StateChange{up, kNow.addSecs(5), MonitorState::Down, MonitorState::Up, Reason::Ok, {}},
         StateChange{
             unreachable, kNow, MonitorState::Up, MonitorState::Unreachable, Reason::Reset, {}}}));
    HistoryReader reader(*m_db);
    const auto states = reader.openStates();
    QVERIFY(states);
    QCOMPARE(states->size(), 2);
    QCOMPARE(states->value(down), MonitorState::Down);
    QCOMPARE(states->value(unreachable), MonitorState::Unreachable);
    QVERIFY(!states->contains(up));
}

void TestHistoryStore::liveStatesWithALocation()
{
    const qint64 api = addMonitor(u"api"_s);
    const qint64 web = addMonitor(u"web"_s);
    HistoryReader reader(*m_db);
    {
        // Without a location (one engine alone) nothing is written.
        HistoryStore alone(*m_db);
        QVERIFY(alone.append({makeResult(api, kNow, Verdict::Up)},
                             {makeChange(api, kNow, MonitorState::Pending, MonitorState::Up)}));
        QVERIFY(reader.liveStates()->isEmpty());
    }
    HistoryStore history(*m_db);
    history.setLocation(u"east"_s);
    // A batch: its last change and its newest check per monitor.
    QVERIFY(
        history.append({makeResult(api, kNow.addSecs(10), Verdict::Up),
                        makeResult(api, kNow.addSecs(20), Verdict::Down),
                        makeResult(web, kNow.addSecs(15), Verdict::Up)},
                       {makeChange(api, kNow.addSecs(10), MonitorState::Pending, MonitorState::Up),
                        makeChange(api, kNow.addSecs(20), MonitorState::Up, MonitorState::Down)}));
    auto live = reader.liveStates();
    QVERIFY(live);
    QCOMPARE(live->size(), 2);
    QCOMPARE(live->value(api),
             (LiveState{MonitorState::Down, kNow.addSecs(20), kNow.addSecs(20), u"east"_s,
                        Reason::Timeout, u"Timed out after 10000 ms"_s}));
    // No change yet for web: pending, with its check.
    QCOMPARE(live->value(web),
             (LiveState{MonitorState::Pending, {}, kNow.addSecs(15), u"east"_s, Reason::Ok, {}}));
    // A later batch keeps what it does not say: a check alone keeps the state, a change alone
    // (a pause) keeps the newest check and its location.
    history.setLocation(u"west"_s);
    QVERIFY(history.append(
        {makeResult(api, kNow.addSecs(30), Verdict::Down)},
        {makeChange(web, kNow.addSecs(31), MonitorState::Up, MonitorState::Paused)}));
    live = reader.liveStates();
    QCOMPARE(live->value(api),
             (LiveState{MonitorState::Down, kNow.addSecs(20), kNow.addSecs(30), u"west"_s,
                        Reason::Timeout, u"Timed out after 10000 ms"_s}));
    QCOMPARE(
        live->value(web),
        (LiveState{
            MonitorState::Paused, kNow.addSecs(31), kNow.addSecs(15), u"east"_s, Reason::Ok, {}}));
    // A monitor's live state goes with it.
    QVERIFY(MonitorStore(*m_db).remove(api));
    QCOMPARE(reader.liveStates()->keys(), QList<qint64>{web});
}

void TestHistoryStore::votesOfEachLocation()
{
    Monitor quorum = makeMonitor(u"quorum"_s);
    quorum.locations = 3;
    quorum.quorum = 2;
    const qint64 api = storeMonitor(*m_db, quorum).id;
    const qint64 web = addMonitor(u"web"_s);
    QCOMPARE(MonitorStore(*m_db).find(u"quorum"_s)->locations, 3); // stored with the monitor
    QCOMPARE(MonitorStore(*m_db).find(u"quorum"_s)->quorum, 2);
    HistoryReader reader(*m_db);
    const auto vote = [](qint64 id, const QDateTime &at, Verdict verdict, Reason reason,
                         Vote kind) {
        CheckResult result = makeResult(id, at, verdict);
        result.reason = reason;
        result.vote = kind;
        return result;
    };
    const qint64 since = kNow.toMSecsSinceEpoch();
    {
        // The owner in the east: its own check is a vote and its live state.
        HistoryStore east(*m_db);
        east.setLocation(u"east"_s);
        QVERIFY(east.append(
            {vote(api, kNow.addSecs(10), Verdict::Up, Reason::Ok, Vote::Own),
             vote(api, kNow.addSecs(20), Verdict::Down, Reason::Timeout, Vote::Own),
             makeResult(web, kNow.addSecs(20), Verdict::Up)},
            {makeChange(api, kNow.addSecs(10), MonitorState::Pending, MonitorState::Up)}));
    }
    HistoryStore west(*m_db);
    west.setLocation(u"west"_s);
    // A helper in the west: a vote, stored as a result, but the live state stays the owner's.
    QVERIFY(west.append({vote(api, kNow.addSecs(25), Verdict::Down, Reason::Refused, Vote::Helper)},
                        {}));
    QCOMPARE(reader.liveStates()->value(api).location, u"east"_s);
    QCOMPARE(reader.liveStates()->value(api).checkedAt, kNow.addSecs(20));
    auto votes = reader.votes(u"north"_s, since);
    QVERIFY(votes);
    QCOMPARE(votes->keys(), QList<qint64>{api}); // web is checked from one location
    const QList<LocationVote> all = votes->value(api);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].location, u"west"_s); // newest first
    QCOMPARE(all[0].verdict, Verdict::Down);
    QCOMPARE(all[0].reason, Reason::Refused);
    QCOMPARE(all[0].checkedAt, kNow.addSecs(25));
    QCOMPARE(all[1].location, u"east"_s);
    QCOMPARE(all[1].checkedAt, kNow.addSecs(20)); // its newest check of the batch
    QCOMPARE(all[1].reason, Reason::Timeout);
    // Its own location's vote is left out, and old ones.
    QCOMPARE(reader.votes(u"east"_s, since)->value(api).size(), 1);
    QVERIFY(reader.votes(u"north"_s, kNow.addSecs(26).toMSecsSinceEpoch())->isEmpty());
    // A location that could not read the monitor's secret did not reach it: no vote.
    QVERIFY(west.append({vote(api, kNow.addSecs(26), Verdict::Down, Reason::Secret, Vote::Helper)},
                        {}));
    QCOMPARE(reader.votes(u"east"_s, since)->value(api).constFirst().checkedAt, kNow.addSecs(25));
    // An older check does not replace a newer vote.
    QVERIFY(west.append({vote(api, kNow.addSecs(5), Verdict::Up, Reason::Ok, Vote::Helper)}, {}));
    QCOMPARE(reader.votes(u"east"_s, since)->value(api).constFirst().verdict, Verdict::Down);
    // Uptime counts the owner's checks only, as the quorum judged them; response times are
    // every location's.
    {
        HistoryStore east(*m_db);
        east.setLocation(u"east"_s);
        CheckResult outvoted =
            vote(api, kNow.addSecs(30), Verdict::Down, Reason::Refused, Vote::Own);
        outvoted.judged = Verdict::Up; // the other locations saw it up
        QVERIFY(east.append({outvoted}));
    }
    const QDateTime minute(kNow.date(), QTime(kNow.time().hour(), kNow.time().minute()), Qt::UTC);
    const auto counted = reader.window(api, minute, minute.addSecs(120));
    QVERIFY(counted);
    QCOMPARE(counted->up, 2);    // east's up check at +10 s, and the outvoted one at +30 s
    QCOMPARE(counted->down, 1);  // east's down check at +20 s; none of west's votes
    QCOMPARE(counted->timed, 2); // east's up check and west's up vote at +5 s
    // The votes go with their monitor.
    QVERIFY(MonitorStore(*m_db).remove(api));
    QVERIFY(reader.votes(u"north"_s, 0)->isEmpty());
    QSqlQuery query(m_db->db());
    QVERIFY(query.exec(u"SELECT count(*) FROM location_votes"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestHistoryStore::resultsAfterPerMonitor()
{
    const qint64 api = addMonitor(u"api"_s);
    const qint64 web = addMonitor(u"web"_s);
    const qint64 idle = addMonitor(u"idle"_s);
    HistoryStore history(*m_db);
    QList<CheckResult> batch;
    for (int i = 0; i < 10; ++i) {
        batch.append(makeResult(api, kNow.addSecs(i), Verdict::Up));
        batch.append(makeResult(web, kNow.addSecs(i), Verdict::Up));
    }
    QVERIFY(history.append(batch));
    HistoryReader reader(*m_db);
    const qint64 nowMs = kNow.toMSecsSinceEpoch();
    const auto found = reader.resultsAfter({{api, nowMs + 6000}, {web, nowMs - 1}, {idle, 0}}, 4);
    QVERIFY(found);
    QCOMPARE(found->size(), 2); // idle has none
    // After the time given, oldest first; at most the newest `limit`.
    const QList<CheckResult> &apiResults = found->value(api);
    QCOMPARE(apiResults.size(), 3);
    QCOMPARE(apiResults.first().startedAt, kNow.addSecs(7));
    QCOMPARE(apiResults.last().startedAt, kNow.addSecs(9));
    const QList<CheckResult> &webResults = found->value(web);
    QCOMPARE(webResults.size(), 4);
    QCOMPARE(webResults.first().startedAt, kNow.addSecs(6));
    QCOMPARE(webResults.last().startedAt, kNow.addSecs(9));
}

void TestHistoryStore::uptimeWindows()
{
    // One check a minute for 40 days; down for the whole of one hour 3 days ago, and 30 minutes
    // 20 days ago. Windows are computed from rollups and checked against simple counting.
    const qint64 id = addMonitor(u"api"_s);
    HistoryStore history(*m_db);
    const QDateTime start = kNow.addDays(-40);
    QList<CheckResult> batch;
    QList<CheckResult> all;
    for (QDateTime at = start; at < kNow; at = at.addSecs(60)) {
        const qint64 ago = at.secsTo(kNow);
        const bool down = (ago > 3 * 86400 && ago <= 3 * 86400 + 3600) ||
                          (ago > 20 * 86400 && ago <= 20 * 86400 + 1800);
        batch.append(makeResult(id, at, down ? Verdict::Down : Verdict::Up, 100));
        if (batch.size() == 5000) {
            QVERIFY(history.append(batch));
            all.append(batch);
            batch.clear();
        }
    }
    QVERIFY(history.append(batch));
    all.append(batch);

    HistoryReader reader(*m_db);
    const struct {
        const char *name;
        qint64 seconds;
    } windows[] = {{"24h", 86400}, {"7d", 7 * 86400}, {"30d", 30 * 86400}, {"1y", 365 * 86400}};
    for (const auto &window : windows) {
        const QDateTime from = kNow.addSecs(-window.seconds);
        const auto rollup = reader.window(id, from, kNow);
        QVERIFY(rollup);
        // Expected: every result from the first whole minute at or after `from`.
        const QDateTime firstMinute = QDateTime::fromMSecsSinceEpoch(
            rollupBucketStart(RollupLevel::Minute, from.toMSecsSinceEpoch() + 59'999), Qt::UTC);
        qint64 up = 0;
        qint64 total = 0;
        for (const CheckResult &result : std::as_const(all)) {
            if (result.startedAt >= firstMinute) {
                ++total;
                up += result.isUp() ? 1 : 0;
            }
        }
        QVERIFY2(rollup->total() == total,
                 qPrintable(u"%1: %2 checks, expected %3"_s.arg(QLatin1StringView(window.name))
                                .arg(rollup->total())
                                .arg(total)));
        QCOMPARE(rollup->up + rollup->degraded, up);
        QCOMPARE(*rollup->averageMs(), 100);
    }
    const auto day = reader.window(id, kNow.addDays(-1), kNow);
    QCOMPARE(*day->uptimePercent(), 100.0);
    const auto week = reader.window(id, kNow.addDays(-7), kNow);
    QCOMPARE(week->down, 60);
    const auto month = reader.window(id, kNow.addDays(-30), kNow);
    QCOMPARE(month->down, 90);
    QVERIFY(std::abs(*month->uptimePercent() - 100.0 * (1.0 - 90.0 / month->total())) < 1e-9);
    QVERIFY(!reader.window(9999, kNow.addDays(-1), kNow)->uptimePercent());
}

void TestHistoryStore::uptimeWindowUsesCoarseLevels()
{
    // With the minute and hour rollups gone, a window still answers from what is left.
    const qint64 id = addMonitor(u"api"_s);
    HistoryStore history(*m_db);
    QList<CheckResult> batch;
    for (int day = 1; day <= 20; ++day)
        batch.append(makeResult(id, kNow.addDays(-day), day == 5 ? Verdict::Down : Verdict::Up));
    QVERIFY(history.append(batch));
    QVERIFY(m_db->exec(u"DELETE FROM rollups WHERE level != 2"_s));
    HistoryReader reader(*m_db);
    const auto month = reader.window(id, kNow.addDays(-30), kNow);
    // The days fully inside the window are all there (the first and last day are partial).
    QVERIFY(month->total() >= 19);
    QCOMPARE(month->down, 1);
}

void TestHistoryStore::uptimeWindowStartsWhereFinerLevelsAreGone()
{
    // A check every 10 minutes for 400 days, the default retention applied: minute rollups for
    // 7 days, hour rollups for 35. A window reaching back further starts at the hour (30 d) or
    // the day (1 y) holding its start: every check from there counts, none is lost at the edge.
    const qint64 id = addMonitor(u"api"_s);
    const qint64 young = addMonitor(u"young"_s);
    HistoryStore history(*m_db);
    const qint64 nowMs = kNow.toMSecsSinceEpoch();
    const qint64 step = 10 * 60'000;
    QList<qint64> checks;
    QList<CheckResult> batch;
    for (qint64 at = nowMs - 400 * 86'400'000LL; at <= nowMs; at += step) {
        checks.append(at);
        batch.append(makeResult(id, QDateTime::fromMSecsSinceEpoch(at, Qt::UTC), Verdict::Up));
        if (batch.size() == 5000) {
            QVERIFY(history.append(batch));
            batch.clear();
        }
    }
    // A monitor younger than the windows reads the same either way.
    for (qint64 at = nowMs - 3 * 3'600'000; at <= nowMs; at += step)
        batch.append(makeResult(young, QDateTime::fromMSecsSinceEpoch(at, Qt::UTC), Verdict::Up));
    QVERIFY(history.append(batch));
    QVERIFY(history.prune(Retention{}, kNow));
    QVERIFY(scalar(*m_db, u"SELECT min(bucket) FROM rollups WHERE level = 0"_s) >
            nowMs - 30 * 86'400'000LL);
    QVERIFY(scalar(*m_db, u"SELECT min(bucket) FROM rollups WHERE level = 1"_s) >
            nowMs - 365 * 86'400'000LL);

    const auto countFrom = [&checks, nowMs](qint64 fromMs) {
        return qint64(std::count_if(checks.cbegin(), checks.cend(),
                                    [=](qint64 at) { return at >= fromMs && at <= nowMs; }));
    };
    HistoryReader reader(*m_db);
    const qint64 minute = 60'000;
    const qint64 hour = 3'600'000;
    const qint64 day = 86'400'000;
    const struct {
        qint64 spanMs;
        qint64 alignMs; // where the window starts
        bool down;      // rounded down to it (up when false: to the minute)
    } windows[] = {{day, minute, false},
                   {7 * day, minute, false},
                   {30 * day, hour, true},
                   {365 * day, day, true}};
    for (const auto &window : windows) {
        const qint64 from = nowMs - window.spanMs;
        const qint64 start = window.down
                                 ? from - from % window.alignMs
                                 : (from + window.alignMs - 1) / window.alignMs * window.alignMs;
        const auto rollup = reader.window(id, QDateTime::fromMSecsSinceEpoch(from, Qt::UTC), kNow);
        QVERIFY(rollup);
        QVERIFY2(rollup->total() == countFrom(start),
                 qPrintable(u"%1 days: %2 checks, expected %3"_s.arg(window.spanMs / day)
                                .arg(rollup->total())
                                .arg(countFrom(start))));
        const auto youngWindow =
            reader.window(young, QDateTime::fromMSecsSinceEpoch(from, Qt::UTC), kNow);
        QVERIFY(youngWindow);
        QCOMPARE(youngWindow->total(), qint64(19));
    }
}

void TestHistoryStore::pruneByRetention()
{
    const qint64 id = addMonitor(u"api"_s);
    HistoryStore history(*m_db);
    QList<CheckResult> batch;
    for (int hoursAgo = 0; hoursAgo < 24 * 40; ++hoursAgo)
        batch.append(makeResult(id, kNow.addSecs(-3600 * hoursAgo), Verdict::Up));
    QList<StateChange> changes = {
        StateChange{id, kNow.addDays(-35), MonitorState::Up, MonitorState::Down, Reason::Dns, {}},
        StateChange{id, kNow.addDays(-34), MonitorState::Down, MonitorState::Up, Reason::Ok, {}},
        StateChange{id, kNow.addDays(-2), MonitorState::Up, MonitorState::Down, Reason::Dns, {}}};
    QVERIFY(history.append(batch, changes));

    Retention retention;
    retention.rawHours = 48;
    retention.minuteDays = 7;
    retention.hourDays = 14;
    retention.dayDays = 30;
    const auto report = history.prune(retention, kNow);
    QVERIFY2(report, qPrintable(history.lastError()));
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM results"_s), 49); // 0..48 hours ago
    QCOMPARE(report->results, 24 * 40 - 49);
    const qint64 nowMs = kNow.toMSecsSinceEpoch();
    QCOMPARE(scalar(*m_db, u"SELECT min(started_at) FROM results"_s), nowMs - 48 * 3'600'000);
    const qint64 day = 86'400'000;
    QVERIFY(scalar(*m_db, u"SELECT min(bucket) FROM rollups WHERE level = 0"_s) >= nowMs - 7 * day);
    QVERIFY(scalar(*m_db, u"SELECT min(bucket) FROM rollups WHERE level = 1"_s) >=
            nowMs - 14 * day);
    QVERIFY(scalar(*m_db, u"SELECT min(bucket) FROM rollups WHERE level = 2"_s) >=
            nowMs - 30 * day);
    QVERIFY(scalar(*m_db, u"SELECT count(*) FROM rollups WHERE level = 2"_s) >= 29);
    // The closed incident 34 days ago is older than the longest retention (30 days); the open
    // one stays.
    QCOMPARE(report->incidents, 1);
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM incidents"_s), 1);
    // Pruning again finds nothing more.
    const auto again = history.prune(retention, kNow);
    QCOMPARE(again->results + again->rollups + again->incidents, 0);
}

void TestHistoryStore::pruneShrinksFreelist()
{
    UPWATCH_SQLITE_ONLY();
    const qint64 id = addMonitor(u"api"_s);
    HistoryStore history(*m_db);
    QList<CheckResult> batch;
    for (int i = 0; i < 30'000; ++i)
        batch.append(makeResult(id, kNow.addDays(-10).addSecs(i), Verdict::Down));
    QVERIFY(history.append(batch));
    const qint64 pagesBefore = scalar(*m_db, u"PRAGMA page_count"_s);
    const auto report = history.prune(Retention{}, kNow);
    QVERIFY(report);
    QCOMPARE(report->results, 30'000);
    QVERIFY(report->freedPages > 0);
    QCOMPARE(scalar(*m_db, u"PRAGMA freelist_count"_s), 0);
    QVERIFY(scalar(*m_db, u"PRAGMA page_count"_s) < pagesBefore);
}

void TestHistoryStore::pruneAgainLater()
{
    // A store prunes every few minutes; levels whose buckets have not expired since are
    // skipped, but what expires later still goes.
    const qint64 id = addMonitor(u"api"_s);
    HistoryStore history(*m_db);
    QList<CheckResult> batch;
    for (int hoursAgo = 0; hoursAgo < 24 * 20; ++hoursAgo)
        batch.append(makeResult(id, kNow.addSecs(-3600 * hoursAgo), Verdict::Up));
    QVERIFY(history.append(batch));
    Retention retention;
    retention.rawHours = 24;
    retention.minuteDays = 2;
    retention.hourDays = 5;
    retention.dayDays = 10;
    QVERIFY(history.prune(retention, kNow));
    const auto count = [this](int level) {
        return scalar(*m_db, u"SELECT count(*) FROM rollups WHERE level = %1"_s.arg(level));
    };
    const qint64 minutes = count(0);
    const qint64 hours = count(1);
    const qint64 days = count(2);
    // Ten minutes on: one hourly result and no whole hour or day expired.
    const auto soon = history.prune(retention, kNow.addSecs(600));
    QVERIFY(soon);
    QCOMPARE(count(1), hours);
    QCOMPARE(count(2), days);
    // Two hours on: the two oldest hours are gone, and as many minute rollups and results.
    const auto later = history.prune(retention, kNow.addSecs(2 * 3600 + 600));
    QVERIFY(later);
    QCOMPARE(count(1), hours - 2);
    QCOMPARE(count(0), minutes - 2);
    QCOMPARE(count(2), days);
    // A day on: the oldest day goes too.
    QVERIFY(history.prune(retention, kNow.addDays(1)));
    QCOMPARE(count(2), days - 1);
}

void TestHistoryStore::forEachResultFiltersAndPages()
{
    const qint64 a = addMonitor(u"a"_s);
    const qint64 b = addMonitor(u"b"_s);
    HistoryStore history(*m_db);
    QList<CheckResult> batch;
    for (int i = 0; i < 5000; ++i) { // more than one chunk, with equal timestamps
        batch.append(makeResult(a, kNow.addSecs(i / 2), Verdict::Up));
        batch.append(makeResult(b, kNow.addSecs(i / 2), Verdict::Down));
    }
    QVERIFY(history.append(batch));
    HistoryReader reader(*m_db);
    QList<CheckResult> seen;
    const auto collect = [&seen](const CheckResult &r) {
        seen.append(r);
        return true;
    };
    QVERIFY(reader.forEachResult({}, collect));
    QCOMPARE(seen.size(), 10'000);
    QCOMPARE(seen.first().monitorId, a); // per monitor, oldest first
    QCOMPARE(seen.last().monitorId, b);
    QVERIFY(std::is_sorted(
        seen.begin(), seen.begin() + 5000,
        [](const CheckResult &x, const CheckResult &y) { return x.startedAt < y.startedAt; }));
    seen.clear();
    QVERIFY(reader.forEachResult({{b}, kNow.addSecs(100), kNow.addSecs(200)}, collect));
    QCOMPARE(seen.size(), 200); // 2 per second, since inclusive, until exclusive
    QVERIFY(std::all_of(seen.begin(), seen.end(),
                        [b](const CheckResult &r) { return r.monitorId == b; }));
    QCOMPARE(seen.first().startedAt, kNow.addSecs(100));
    seen.clear();
    int visits = 0;
    QVERIFY(reader.forEachResult({}, [&visits](const CheckResult &) { return ++visits < 10; }));
    QCOMPARE(visits, 10);
    // Results are keyed by monitor and time (schema 5): the second of a millisecond is kept a
    // millisecond later.
    QCOMPARE(reader.latestResult(b)->startedAt, kNow.addSecs(2499).addMSecs(1));
    QCOMPARE(*reader.resultCount(), 10'000);
}

void TestHistoryStore::recentResultsAndBulkUptime()
{
    const qint64 a = addMonitor(u"a"_s);
    const qint64 b = addMonitor(u"b"_s);
    const qint64 quiet = addMonitor(u"quiet"_s);
    HistoryStore history(*m_db);
    QList<CheckResult> batch;
    // a: one check a minute for 30 hours, every tenth down; b: two checks, one down.
    for (int minute = 0; minute < 30 * 60; ++minute)
        batch.append(makeResult(a, kNow.addSecs(-60 * minute),
                                minute % 10 == 0 ? Verdict::Down : Verdict::Up));
    batch.append(makeResult(b, kNow.addSecs(-30), Verdict::Up));
    batch.append(makeResult(b, kNow.addSecs(-20), Verdict::Down));
    QVERIFY(history.append(batch));
    HistoryReader reader(*m_db);

    const auto recent = reader.recentResults(a, 5);
    QVERIFY(recent);
    QCOMPARE(recent->size(), 5);
    QCOMPARE(recent->first().startedAt, kNow); // newest first
    QCOMPARE(recent->first().verdict, Verdict::Down);
    QCOMPARE(recent->last().startedAt, kNow.addSecs(-4 * 60));
    QCOMPARE(reader.recentResults(b, 5)->size(), 2);
    QVERIFY(reader.recentResults(quiet, 5)->isEmpty());

    const auto uptime = reader.uptime(kNow.addSecs(-24 * 3600), kNow);
    QVERIFY(uptime);
    QVERIFY(!uptime->contains(quiet));
    QCOMPARE(uptime->value(b), (UptimeCounts{1, 2}));
    // The same window as window(): from the first whole minute after 24 h ago (12:31 yesterday)
    // to the minute in progress now, whole hours from the hour rollups.
    const qint64 since =
        rollupBucketStart(RollupLevel::Minute, kNow.addSecs(-24 * 3600).toMSecsSinceEpoch()) +
        60'000;
    qint64 total = 0;
    qint64 good = 0;
    for (const CheckResult &result : std::as_const(batch)) {
        if (result.monitorId == a && result.startedAt.toMSecsSinceEpoch() >= since) {
            ++total;
            good += result.isUp() ? 1 : 0;
        }
    }
    QCOMPARE(uptime->value(a), (UptimeCounts{good, total}));
    QCOMPARE(total, 24 * 60);
    QVERIFY(good < total);
    const auto window = reader.window(a, kNow.addSecs(-24 * 3600), kNow);
    QVERIFY(window);
    QCOMPARE(uptime->value(a), (UptimeCounts{window->up + window->degraded, window->total()}));
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
