#include "core/store/HistoryStore.h"

#include "core/store/HistoryReader.h"
#include "core/store/Rollup.h"
#include "core/store/StoreDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>
#include <tuple>

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;
// Rows deleted per transaction while pruning, so a writer never waits long.
constexpr int kPruneChunk = 5000;
// How many milliseconds a result is moved at most to find a free time (see insertResults()).
constexpr int kMaxTimeShifts = 1000;

bool isDuplicateKey(const QSqlError &error)
{
    // SQLITE_CONSTRAINT_PRIMARYKEY
    return error.nativeErrorCode() == u"1555";
}

QVariant nullIf(bool isNull, const QVariant &value)
{
    return isNull ? QVariant(value.metaType()) : value;
}

} // namespace

HistoryStore::HistoryStore(StoreDatabase &database)
    : m_database(database)
{
}

const QString &HistoryStore::lastError() const
{
    return m_database.lastError();
}

bool HistoryStore::append(const QList<CheckResult> &results, const QList<StateChange> &changes)
{
    if (results.isEmpty() && changes.isEmpty())
        return true;
    if (!m_database.begin())
        return false;
    if (!insertResults(results) || !updateRollups(results) || !recordChanges(changes)) {
        const QString why = m_database.lastError();
        m_database.rollback();
        m_database.setError(why);
        return false;
    }
    if (!m_database.commit()) {
        // SQLite may leave the transaction open after a failed COMMIT (busy, full, I/O error);
        // the next attempt's BEGIN would then fail for ever.
        const QString why = m_database.lastError();
        m_database.rollback();
        m_database.setError(why);
        return false;
    }
    return true;
}

namespace {

// Rows per multi-row statement. SQLite allows 32,766 parameters per statement; a rollup row
// has 27 of them. One statement for many rows instead of one per row is where the writer's
// time goes: Qt SQL's cost per executed statement is far above SQLite's cost per row.
constexpr qsizetype kRowsPerStatement = 500;

// "(?, ?, ?), (?, ?, ?)": `rows` groups of `columns` placeholders.
QString placeholderRows(qsizetype rows, int columns)
{
    const QString row = u'(' + QStringLiteral("?, ").repeated(columns - 1) + u"?)";
    QStringList all(rows, row);
    return all.join(u", ");
}

// Runs `sql + placeholders` over `count` items in statements of up to kRowsPerStatement rows:
// bind(query, item, firstParameter) binds one item's columns. The statement for full chunks is
// prepared once.
template<typename Bind>
bool runInChunks(StoreDatabase &database, const QString &sql, int columns, qsizetype count,
                 const Bind &bind)
{
    QSqlQuery full(database.db());
    for (qsizetype first = 0; first < count; first += kRowsPerStatement) {
        const qsizetype rows = std::min(kRowsPerStatement, count - first);
        QSqlQuery partial(database.db());
        QSqlQuery &query = rows == kRowsPerStatement ? full : partial;
        if (rows < kRowsPerStatement || first == 0)
            query.prepare(sql + placeholderRows(rows, columns));
        for (qsizetype i = 0; i < rows; ++i)
            bind(query, first + i, int(i) * columns);
        if (!database.run(query))
            return false;
    }
    return true;
}

} // namespace

bool HistoryStore::insertResults(const QList<CheckResult> &results)
{
    constexpr int kColumns = 8 + int(kAllPhases.size()) + 1;
    const QString sql = QStringLiteral(
        "INSERT INTO results (monitor_id, started_at, verdict, reason, http_status, response_ms, "
        "error, cert_expires, resolve_ms, connect_ms, tls_ms, processing_ms, transfer_ms, "
        "maintenance) VALUES ");
    // In key order (monitor, time): a batch then writes each page of the table once. A
    // monitor's results are keyed by their time: a second check in the same millisecond (a
    // "check now" beside the scheduled one) is kept a millisecond later.
    std::vector<std::pair<qint64, const CheckResult *>> rows;
    rows.reserve(size_t(results.size()));
    for (const CheckResult &result : results)
        rows.emplace_back(result.startedAt.toMSecsSinceEpoch(), &result);
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return std::tie(a.second->monitorId, a.first) < std::tie(b.second->monitorId, b.first);
    });
    for (size_t i = 1; i < rows.size(); ++i) {
        if (rows[i].second->monitorId == rows[i - 1].second->monitorId &&
            rows[i].first <= rows[i - 1].first)
            rows[i].first = rows[i - 1].first + 1;
    }
    const auto bind = [&rows](QSqlQuery &query, qsizetype index, int at) {
        const auto &[startedAt, row] = rows.at(size_t(index));
        const CheckResult &result = *row;
        query.bindValue(at, result.monitorId);
        query.bindValue(at + 1, startedAt);
        query.bindValue(at + 2, int(result.verdict));
        query.bindValue(at + 3, int(result.reason));
        query.bindValue(at + 4, nullIf(result.httpStatus <= 0, result.httpStatus));
        query.bindValue(at + 5, nullIf(result.responseMs < 0, result.responseMs));
        query.bindValue(at + 6, nullIf(result.error.isEmpty(), result.error));
        query.bindValue(
            at + 7, nullIf(!result.certExpires.isValid(), result.certExpires.toMSecsSinceEpoch()));
        for (const Phase phase : kAllPhases) {
            const std::optional<int> ms = result.phases[phase];
            query.bindValue(at + 8 + int(phase), nullIf(!ms, ms.value_or(0)));
        }
        query.bindValue(at + 8 + int(kAllPhases.size()), result.maintenance);
    };
    // A savepoint, so that a time already stored (a check of an earlier batch in the same
    // millisecond) can be undone and the batch written again row by row, each row moved on to a
    // free millisecond.
    if (!m_database.exec(QStringLiteral("SAVEPOINT results_batch")))
        return false;
    if (runInChunks(m_database, sql, kColumns, qsizetype(rows.size()), bind))
        return m_database.exec(QStringLiteral("RELEASE results_batch"));
    if (!m_database.lastError().contains(u"UNIQUE constraint failed: results."))
        return false;
    if (!m_database.exec(QStringLiteral("ROLLBACK TO results_batch")))
        return false;
    QSqlQuery one(m_database.db());
    one.prepare(sql + u"(?" + QStringLiteral(", ?").repeated(kColumns - 1) + u')');
    for (size_t i = 0; i < rows.size(); ++i) {
        bind(one, qsizetype(i), 0);
        for (int shifts = 0; !m_database.run(one); ++shifts) {
            if (!isDuplicateKey(one.lastError()) || shifts >= kMaxTimeShifts)
                return false;
            ++rows[i].first;
            one.bindValue(1, rows[i].first);
        }
        // The next rows of the monitor stay after this one.
        if (i + 1 < rows.size() && rows[i + 1].second->monitorId == rows[i].second->monitorId &&
            rows[i + 1].first <= rows[i].first)
            rows[i + 1].first = rows[i].first + 1;
    }
    return m_database.exec(QStringLiteral("RELEASE results_batch"));
}

bool HistoryStore::readRollups(RollupBatch &batch)
{
    // The rows a batch touches share few (level, bucket) pairs (the minute, hour and day now):
    // one query per pair and chunk of monitors, through the primary key, instead of one per row.
    std::map<std::pair<int, qint64>, QList<qint64>> monitorsByBucket;
    for (const auto &[key, rollup] : batch) {
        const auto &[level, monitorId, bucket] = key;
        monitorsByBucket[{level, bucket}].append(monitorId);
    }
    for (const auto &[levelBucket, monitors] : monitorsByBucket) {
        const auto [level, bucket] = levelBucket;
        for (qsizetype first = 0; first < monitors.size(); first += kRowsPerStatement) {
            const qsizetype count = std::min(kRowsPerStatement, monitors.size() - first);
            QSqlQuery read(m_database.db());
            read.setForwardOnly(true);
            read.prepare(u"SELECT monitor_id, " + HistoryReader::rollupColumns() +
                         u" FROM rollups WHERE level = ? AND bucket = ? AND monitor_id IN (" +
                         QStringLiteral("?, ").repeated(count - 1) + u"?)");
            read.bindValue(0, level);
            read.bindValue(1, bucket);
            for (qsizetype i = 0; i < count; ++i)
                read.bindValue(2 + int(i), monitors.at(first + i));
            if (!m_database.run(read))
                return false;
            while (read.next())
                batch[{level, read.value(0).toLongLong(), bucket}].merge(
                    HistoryReader::rollupFromRow(read, 1));
        }
    }
    return true;
}

bool HistoryStore::updateRollups(const QList<CheckResult> &results)
{
    // Sum the batch per (level, monitor, bucket) first, merge the stored rows into those sums,
    // then write each row once.
    RollupBatch batch;
    for (const CheckResult &result : results) {
        const qint64 at = result.startedAt.toMSecsSinceEpoch();
        for (const RollupLevel level : {RollupLevel::Minute, RollupLevel::Hour, RollupLevel::Day})
            batch[{int(level), result.monitorId, rollupBucketStart(level, at)}].add(result);
    }
    if (!readRollups(batch))
        return false;
    std::vector<RollupRowRef> rows;
    rows.reserve(batch.size());
    for (const auto &[key, rollup] : batch) {
        const auto &[level, monitorId, bucket] = key;
        rows.push_back({level, monitorId, bucket, &rollup});
    }
    return writeRollups(rows);
}

bool HistoryStore::writeRollups(const std::vector<RollupRowRef> &rows)
{
    constexpr int kColumns = 11 + 2 * int(kAllPhases.size()) + 2;
    const QString sql = u"INSERT OR REPLACE INTO rollups (level, monitor_id, bucket, up, "
                        u"degraded, down, timed, sum_ms, min_ms, max_ms, histogram, " +
                        HistoryReader::rollupPhaseColumns() +
                        u", maintenance, maintenance_good) VALUES ";
    return runInChunks(
        m_database, sql, kColumns, qsizetype(rows.size()),
        [&rows](QSqlQuery &write, qsizetype index, int at) {
            const RollupRowRef &row = rows.at(size_t(index));
            const Rollup &rollup = *row.rollup;
            write.bindValue(at, row.level);
            write.bindValue(at + 1, row.monitorId);
            write.bindValue(at + 2, row.bucket);
            write.bindValue(at + 3, rollup.up);
            write.bindValue(at + 4, rollup.degraded);
            write.bindValue(at + 5, rollup.down);
            write.bindValue(at + 6, rollup.timed);
            write.bindValue(at + 7, rollup.sumMs);
            write.bindValue(at + 8, nullIf(rollup.minMs < 0, rollup.minMs));
            write.bindValue(at + 9, nullIf(rollup.maxMs < 0, rollup.maxMs));
            // Empty, not NULL (the column is NOT NULL; Qt binds a null QByteArray as NULL).
            const QByteArray histogram = rollup.histogramBlob();
            write.bindValue(at + 10, histogram.isNull() ? QByteArray("", 0) : histogram);
            for (size_t i = 0; i < kAllPhases.size(); ++i) {
                write.bindValue(at + 11 + 2 * int(i), rollup.phaseSumMs.at(i));
                write.bindValue(at + 12 + 2 * int(i), rollup.phaseCount.at(i));
            }
            write.bindValue(at + 11 + 2 * int(kAllPhases.size()), rollup.maintenance);
            write.bindValue(at + 12 + 2 * int(kAllPhases.size()), rollup.maintenanceGood);
        });
}

bool HistoryStore::putRollups(const QList<RollupRow> &rows)
{
    if (rows.isEmpty())
        return true;
    // In key order: each page is then written once, however many monitors the rows span.
    std::vector<RollupRowRef> ordered;
    ordered.reserve(size_t(rows.size()));
    for (const RollupRow &row : rows)
        ordered.push_back({int(row.level), row.monitorId, row.bucketMs, &row.rollup});
    std::sort(ordered.begin(), ordered.end(), [](const RollupRowRef &a, const RollupRowRef &b) {
        return std::tie(a.level, a.monitorId, a.bucket) < std::tie(b.level, b.monitorId, b.bucket);
    });
    if (!m_database.begin())
        return false;
    if (!writeRollups(ordered) || !m_database.commit()) {
        const QString why = m_database.lastError();
        m_database.rollback();
        m_database.setError(why);
        return false;
    }
    return true;
}

bool HistoryStore::recordChanges(const QList<StateChange> &changes)
{
    // An incident is a stretch of time a monitor spent down, unreachable or degraded, or in
    // maintenance: every transition ends the open one, and entering one of those states opens
    // the next, except for a pause or a resume (StateChange::keepsIncident()).
    QSqlQuery close(m_database.db());
    close.prepare(QStringLiteral(
        "UPDATE incidents SET ended_at = ? WHERE monitor_id = ? AND ended_at IS NULL"));
    QSqlQuery open(m_database.db());
    open.prepare(QStringLiteral("INSERT INTO incidents (monitor_id, state, reason, error, "
                                "started_at) VALUES (?, ?, ?, ?, ?)"));
    for (const StateChange &change : changes) {
        if (change.keepsIncident())
            continue;
        const qint64 at = change.at.toMSecsSinceEpoch();
        close.bindValue(0, at);
        close.bindValue(1, change.monitorId);
        if (!m_database.run(close))
            return false;
        if (!change.opensRecord())
            continue;
        open.bindValue(0, change.monitorId);
        open.bindValue(1, int(change.to));
        open.bindValue(2, int(change.reason));
        open.bindValue(3, nullIf(change.error.isEmpty(), change.error));
        open.bindValue(4, at);
        if (!m_database.run(open))
            return false;
    }
    return true;
}

bool HistoryStore::deleteOlder(const QString &sql, const QList<qint64> &monitorIds, qint64 cutoff,
                               qint64 *deleted)
{
    // Per monitor, in chunks: each DELETE uses the (monitor, time) index and stays short. Many
    // monitors share a transaction until it has deleted a chunk's worth: a transaction per
    // monitor would cost more than the deletes when most monitors have little to delete.
    QSqlQuery query(m_database.db());
    query.prepare(sql);
    qint64 inTransaction = 0;
    bool open = false;
    for (const qint64 id : monitorIds) {
        for (;;) {
            if (!open && !m_database.begin())
                return false;
            open = true;
            query.bindValue(0, id);
            query.bindValue(1, cutoff);
            query.bindValue(2, kPruneChunk);
            if (!m_database.run(query)) {
                m_database.rollback();
                return false;
            }
            const int rows = query.numRowsAffected();
            *deleted += rows;
            inTransaction += rows;
            if (inTransaction >= kPruneChunk) {
                if (!m_database.commit())
                    return false;
                open = false;
                inTransaction = 0;
            }
            if (rows < kPruneChunk)
                break;
        }
    }
    return !open || m_database.commit();
}

std::optional<HistoryStore::PruneReport> HistoryStore::prune(const Retention &retention,
                                                             const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    // Removing a monitor removes its history, so the monitors table names everything to prune.
    QList<qint64> ids;
    {
        QSqlQuery query(m_database.db());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id FROM monitors"));
        if (!m_database.run(query))
            return std::nullopt;
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    PruneReport report;
    const QString results = QStringLiteral(
        "DELETE FROM results WHERE (monitor_id, started_at) IN (SELECT monitor_id, started_at "
        "FROM results WHERE monitor_id = ? AND started_at < ? LIMIT ?)");
    if (!deleteOlder(results, ids, nowMs - retention.rawHours * kHourMs, &report.results))
        return std::nullopt;
    const struct {
        RollupLevel level;
        int days;
    } levels[] = {{RollupLevel::Minute, retention.minuteDays},
                  {RollupLevel::Hour, retention.hourDays},
                  {RollupLevel::Day, retention.dayDays}};
    for (const auto &level : levels) {
        const qint64 cutoff = nowMs - level.days * kDayMs;
        const auto last = m_prunedBefore.find(int(level.level));
        // Rows go when their bucket starts before the cutoff: nothing new unless a bucket start
        // lies in [last cutoff, cutoff).
        if (last != m_prunedBefore.end() && last->second <= cutoff &&
            rollupBucketStart(level.level, cutoff - 1) < last->second)
            continue;
        const QString sql =
            QStringLiteral("DELETE FROM rollups WHERE (level, monitor_id, bucket) IN (SELECT "
                           "level, monitor_id, bucket FROM rollups WHERE level = %1 AND "
                           "monitor_id = ? AND bucket < ? LIMIT ?)")
                .arg(int(level.level));
        if (!deleteOlder(sql, ids, cutoff, &report.rollups))
            return std::nullopt;
        m_prunedBefore[int(level.level)] = cutoff;
    }
    const int longestDays = std::max(
        {retention.rawHours / 24 + 1, retention.minuteDays, retention.hourDays, retention.dayDays});
    const QString incidents = QStringLiteral(
        "DELETE FROM incidents WHERE id IN (SELECT id FROM incidents WHERE monitor_id = ? AND "
        "ended_at IS NOT NULL AND ended_at < ? LIMIT ?)");
    if (!deleteOlder(incidents, ids, nowMs - longestDays * kDayMs, &report.incidents))
        return std::nullopt;

    QSqlQuery pages(m_database.db());
    qint64 freeBefore = 0;
    if (pages.exec(QStringLiteral("PRAGMA freelist_count")) && pages.next())
        freeBefore = pages.value(0).toLongLong();
    pages.finish(); // an unfinished statement holds a read transaction that blocks truncation
    // Qt steps a statement without result columns once, and incremental_vacuum frees one page
    // per step: run it once per free page, in one transaction.
    if (freeBefore > 0) {
        if (!m_database.begin())
            return std::nullopt;
        QSqlQuery vacuum(m_database.db());
        vacuum.prepare(QStringLiteral("PRAGMA incremental_vacuum(1)"));
        for (qint64 page = 0; page < freeBefore; ++page) {
            if (!m_database.run(vacuum)) {
                m_database.rollback();
                return std::nullopt;
            }
        }
        vacuum.finish();
        if (!m_database.commit())
            return std::nullopt;
    }
    qint64 freeAfter = 0;
    if (pages.exec(QStringLiteral("PRAGMA freelist_count")) && pages.next())
        freeAfter = pages.value(0).toLongLong();
    report.freedPages = freeBefore - freeAfter;
    return report;
}
