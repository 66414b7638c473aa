#include "core/store/HistoryReader.h"
#include "core/store/HistoryStore.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/Builders.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace {

// tests/data/schema-v4.db was written by Upwatch at schema 4 (`upwatch bench storage
// --monitors 2 --interval 900 --days 3 --db ...`, its clock's now 2026-06-01T00:00Z: raw results
// for 48 h, minute, hour and day rollups with histograms in the old format), then given by hand
// a second result of monitor 1 at the millisecond of its newest (a refused check, raw only) and
// one incident.
constexpr qint64 kFixtureNowMs = 1'780'272'000'000;

struct RollupKey {
    int level = 0;
    qint64 monitorId = 0;
    qint64 bucket = 0;
    Rollup rollup;
    friend bool operator==(const RollupKey &, const RollupKey &) = default;
};

QList<RollupKey> allRollups(QSqlDatabase db)
{
    QList<RollupKey> rows;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT level, monitor_id, bucket, "_s + HistoryReader::rollupColumns() +
                    u" FROM rollups ORDER BY level, monitor_id, bucket"_s))
        return rows;
    while (query.next())
        rows.append({query.value(0).toInt(), query.value(1).toLongLong(),
                     query.value(2).toLongLong(), HistoryReader::rollupFromRow(query, 3)});
    return rows;
}

QList<std::tuple<qint64, qint64, int>> allResults(QSqlDatabase db, const QString &order)
{
    QList<std::tuple<qint64, qint64, int>> rows;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT monitor_id, started_at, verdict FROM results ORDER BY "_s + order))
        return rows;
    while (query.next())
        rows.append(
            {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt()});
    return rows;
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

// Schema 5 rebuilds the results (keyed by monitor and time, WITHOUT ROWID) and the rollups
// (without p95_ms, compact histograms): a schema-4 database keeps all its history.
class TestStoreMigration final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void schemaFourKeepsItsHistory();
    void afterTheUpgrade();

private:
    // The fixture as schema 4 has it, read before the upgrade.
    struct Before {
        QList<RollupKey> rollups;
        QList<std::tuple<qint64, qint64, int>> results;
        qint64 incidents = 0;
    };
    [[nodiscard]] Before readBefore(const QString &path);
    [[nodiscard]] QString copyFixture(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStoreMigration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestStoreMigration::copyFixture(const QString &name)
{
    const QString path = m_dir->filePath(name);
    if (!QFile::copy(QStringLiteral(UPWATCH_TEST_DATA "/schema-v4.db"), path) ||
        !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner))
        return {};
    return path;
}

TestStoreMigration::Before TestStoreMigration::readBefore(const QString &path)
{
    Before before;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"before"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            before.rollups = allRollups(db);
            before.results = allResults(db, u"monitor_id, started_at, rowid"_s);
            before.incidents = scalar(db, u"SELECT count(*) FROM incidents"_s);
            if (scalar(db, u"PRAGMA user_version"_s) != 4)
                before.rollups.clear();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(u"before"_s);
    return before;
}

void TestStoreMigration::schemaFourKeepsItsHistory()
{
    const Before before = readBefore(copyFixture(u"before.db"_s));
    QCOMPARE(before.results.size(), 385);
    QVERIFY(before.rollups.size() > 700);
    QCOMPARE(before.incidents, 1);

    const QString path = copyFixture(u"v4.db"_s);
    QString error;
    auto db = StoreDatabase::open(path, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), StoreDatabase::kSchemaVersion);

    // Every rollup, to its histogram (old blobs are read as they were).
    QCOMPARE(allRollups(db->db()), before.rollups);
    // Every result; the two of the same millisecond a millisecond apart, in their order.
    QList<std::tuple<qint64, qint64, int>> expected = before.results;
    bool shifted = false;
    for (qsizetype i = 1; i < expected.size(); ++i) {
        if (std::get<0>(expected[i]) == std::get<0>(expected[i - 1]) &&
            std::get<1>(expected[i]) == std::get<1>(expected[i - 1])) {
            ++std::get<1>(expected[i]);
            shifted = true;
        }
    }
    QVERIFY(shifted);
    QCOMPARE(allResults(db->db(), u"monitor_id, started_at"_s), expected);
    QList<std::tuple<qint64, qint64, int>> read;
    HistoryReader reader(*db);
    QVERIFY(reader.forEachResult({}, [&read](const CheckResult &r) {
        read.append({r.monitorId, r.startedAt.toMSecsSinceEpoch(), int(r.verdict)});
        return true;
    }));
    QCOMPARE(read, expected);
    QCOMPARE(scalar(db->db(), u"SELECT count(*) FROM incidents"_s), before.incidents);

    // The new shape: no rowid and no separate index for results, no p95_ms.
    QSqlQuery query(db->db());
    QVERIFY(!query.exec(u"SELECT rowid FROM results"_s));
    QCOMPARE(scalar(db->db(), u"SELECT count(*) FROM sqlite_master WHERE name IN "
                              u"('results_by_monitor', 'results_v5', 'rollups_v5')"_s),
             0);
    QCOMPARE(scalar(db->db(), u"SELECT count(*) FROM pragma_table_info('rollups') WHERE "
                              u"name = 'p95_ms'"_s),
             0);
    QVERIFY(scalar(db->db(), u"SELECT count(*) FROM pragma_table_info('rollups')"_s) > 20);
}

void TestStoreMigration::afterTheUpgrade()
{
    const Before before = readBefore(copyFixture(u"before.db"_s));
    QString error;
    auto db = StoreDatabase::open(copyFixture(u"v4.db"_s), &error);
    QVERIFY2(db, qPrintable(error));
    HistoryStore history(*db);
    HistoryReader reader(*db);

    // A check merged into a rollup row of schema 4: the old histogram and the new check, now
    // stored in the compact format.
    const RollupKey old =
        *std::find_if(before.rollups.cbegin(), before.rollups.cend(), [](const RollupKey &r) {
            return r.level == int(RollupLevel::Hour) && r.monitorId == 1 && r.rollup.timed > 2;
        });
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(old.bucket + 1234, Qt::UTC);
    const CheckResult late = makeResult(1, at, Verdict::Up, 777);
    QVERIFY2(history.append({late}), qPrintable(history.lastError()));
    Rollup merged = old.rollup;
    merged.add(late);
    const auto hours = reader.series(1, RollupLevel::Hour, at, at.addMSecs(1));
    QVERIFY(hours && hours->size() == 1);
    QCOMPARE(hours->first().second, merged);
    QSqlQuery blob(db->db());
    QVERIFY(blob.exec(u"SELECT histogram FROM rollups WHERE level = 1 AND monitor_id = 1 AND "
                      u"bucket = %1"_s.arg(old.bucket)) &&
            blob.next());
    QCOMPARE(blob.value(0).toByteArray(), merged.histogram.toBlob());
    QVERIFY(blob.value(0).toByteArray() != merged.histogram.toLegacyBlob());

    // A result at a taken millisecond is kept a millisecond later, and so is a third.
    const qint64 taken = std::get<1>(before.results.constLast());
    const qint64 monitor = std::get<0>(before.results.constLast());
    const QDateTime takenAt = QDateTime::fromMSecsSinceEpoch(taken, Qt::UTC);
    QVERIFY(history.append({makeResult(monitor, takenAt, Verdict::Up, 5),
                            makeResult(monitor, takenAt, Verdict::Degraded, 6)}));
    const auto newest = reader.recentResults(monitor, 3);
    QVERIFY(newest && newest->size() == 3);
    QCOMPARE(newest->at(0).startedAt.toMSecsSinceEpoch(), taken + 2);
    QCOMPARE(newest->at(0).responseMs, 6);
    QCOMPARE(newest->at(1).startedAt.toMSecsSinceEpoch(), taken + 1);
    QCOMPARE(newest->at(1).responseMs, 5);
    QCOMPARE(newest->at(2).startedAt.toMSecsSinceEpoch(), taken);

    // Pruning deletes by the new key: a day later, the first day of raw results goes.
    const QDateTime dayLater = QDateTime::fromMSecsSinceEpoch(kFixtureNowMs, Qt::UTC).addDays(1);
    const qint64 cutoff = dayLater.addSecs(-48 * 3600).toMSecsSinceEpoch();
    const qint64 kept =
        scalar(db->db(), u"SELECT count(*) FROM results WHERE started_at >= %1"_s.arg(cutoff));
    QVERIFY(kept > 0 && kept < scalar(db->db(), u"SELECT count(*) FROM results"_s));
    const auto pruned = history.prune(Retention{}, dayLater);
    QVERIFY2(pruned, qPrintable(history.lastError()));
    QVERIFY(pruned->results > 0);
    QCOMPARE(scalar(db->db(), u"SELECT count(*) FROM results"_s), kept);
}

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_storemigration.moc"
