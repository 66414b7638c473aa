#include "core/store/HistoryStore.h"

#include "core/store/HistoryReader.h"
#include "core/store/PostgresHistory.h"
#include "core/store/Rollup.h"
#include "core/store/RollupColumns.h"
#include "core/store/SqliteStatement.h"
#include "core/store/StoreDatabase.h"

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

QVariant nullIf(bool isNull, const QVariant &value)
{
    return isNull ? QVariant(value.metaType()) : value;
}

// The batch in key order (monitor, time), each result with the time it is stored at: a
// monitor's results are keyed by their time, so a second check in the same millisecond (a
// "check now" beside the scheduled one) is kept a millisecond later. In key order, a batch
// writes each page of the table once.
std::vector<PostgresHistory::TimedResult> inKeyOrder(const QList<CheckResult> &results)
{
    std::vector<PostgresHistory::TimedResult> ordered;
    ordered.reserve(size_t(results.size()));
    for (const CheckResult &result : results)
        ordered.push_back({&result, result.startedAt.toMSecsSinceEpoch()});
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        return a.result->monitorId != b.result->monitorId
                   ? a.result->monitorId < b.result->monitorId
                   : a.atMs < b.atMs;
    });
    for (size_t i = 1; i < ordered.size(); ++i) {
        if (ordered[i].result->monitorId == ordered[i - 1].result->monitorId &&
            ordered[i].atMs <= ordered[i - 1].atMs)
            ordered[i].atMs = ordered[i - 1].atMs + 1;
    }
    return ordered;
}

// The batch's minute, hour and day rollups.
RollupBatch rollupsOf(const QList<CheckResult> &results)
{
    RollupBatch batch;
    for (const CheckResult &result : results) {
        const qint64 at = result.startedAt.toMSecsSinceEpoch();
        for (const RollupLevel level : {RollupLevel::Minute, RollupLevel::Hour, RollupLevel::Day})
            batch[{int(level), result.monitorId, rollupBucketStart(level, at)}].add(result);
    }
    return batch;
}

} // namespace

HistoryStore::HistoryStore(StoreDatabase &database)
    : m_database(database)
{
}

HistoryStore::~HistoryStore() = default;

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
    const bool written = m_database.isPostgres() ? appendPostgres(results, changes)
                                                 : insertResults(results) && updateRollups(results);
    if (!written || !recordChanges(changes) || !writeLiveStates(results, changes) ||
        !writeVotes(results)) {
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

SqliteStatement *HistoryStore::statement(std::unique_ptr<SqliteStatement> &slot, const char *sql)
{
    if (!slot) {
        auto prepared = std::make_unique<SqliteStatement>(m_database, sql);
        if (!prepared->isValid())
            return nullptr;
        slot = std::move(prepared);
    }
    return slot.get();
}

bool HistoryStore::insertResults(const QList<CheckResult> &results)
{
    SqliteStatement *insert = statement(
        m_insertResult,
        "INSERT INTO results (monitor_id, started_at, verdict, reason, http_status, response_ms, "
        "error, cert_expires, resolve_ms, connect_ms, tls_ms, processing_ms, transfer_ms, "
        "maintenance, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return false;
    qint64 lastMonitor = 0;
    qint64 lastAt = 0;
    bool first = true;
    for (const auto &[next, timedAt] : inKeyOrder(results)) {
        const CheckResult &result = *next;
        // After a result that moved on (below), the next of the monitor moves with it.
        qint64 at = timedAt;
        if (!first && result.monitorId == lastMonitor && at <= lastAt)
            at = lastAt + 1;
        first = false;
        for (int shifts = 0;; ++shifts, ++at) {
            insert->bind(1, result.monitorId);
            insert->bind(2, at);
            insert->bind(3, int(result.verdict));
            insert->bind(4, int(result.reason));
            if (result.httpStatus > 0)
                insert->bind(5, result.httpStatus);
            if (result.responseMs >= 0)
                insert->bind(6, result.responseMs);
            if (!result.error.isEmpty())
                insert->bindText(7, result.error);
            if (result.certExpires.isValid())
                insert->bind(8, result.certExpires.toMSecsSinceEpoch());
            for (const Phase phase : kAllPhases) {
                if (const std::optional<int> ms = result.phases[phase])
                    insert->bind(9 + int(phase), *ms);
            }
            insert->bind(9 + int(kAllPhases.size()), result.maintenance ? 1 : 0);
            if (!m_location.isEmpty())
                insert->bindText(10 + int(kAllPhases.size()), m_location);
            // Unbound parameters are NULL; run() clears the bindings for the next row.
            if (insert->run())
                break;
            // A time stored by an earlier batch: the next free millisecond.
            if (!insert->failedOnKey() || shifts >= kMaxTimeShifts)
                return false;
        }
        lastMonitor = result.monitorId;
        lastAt = at;
    }
    return true;
}

bool HistoryStore::updateRollups(const QList<CheckResult> &results)
{
    // Sum the batch per (level, monitor, bucket) first, then read-merge-write each row once.
    RollupBatch batch = rollupsOf(results);
    static const QByteArray readSql = (u"SELECT " + HistoryReader::rollupColumns() +
                                       u" FROM rollups WHERE level = ? AND monitor_id = ? AND "
                                       u"bucket = ?")
                                          .toUtf8();
    SqliteStatement *read = statement(m_readRollup, readSql.constData());
    SqliteStatement *write = rollupWriter();
    if (!read || !write)
        return false;
    for (auto &[key, rollup] : batch) {
        const auto &[level, monitorId, bucket] = key;
        read->bind(1, level);
        read->bind(2, monitorId);
        read->bind(3, bucket);
        const SqliteStatement::Step step = read->step();
        if (step == SqliteStatement::Step::Error)
            return false;
        if (step == SqliteStatement::Step::Row) {
            rollup.merge(storedRollup(*read));
            read->reset();
        }
        if (!writeRollup(*write, level, monitorId, bucket, rollup))
            return false;
    }
    return true;
}

SqliteStatement *HistoryStore::rollupWriter()
{
    static const QByteArray writeSql =
        (u"INSERT OR REPLACE INTO rollups (level, monitor_id, bucket, up, degraded, down, "
         u"timed, sum_ms, min_ms, max_ms, histogram, " +
         HistoryReader::rollupPhaseColumns() +
         u", maintenance, maintenance_good) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" +
         QStringLiteral(", ?").repeated(2 * int(kAllPhases.size()) + 2) + u")")
            .toUtf8();
    return statement(m_writeRollup, writeSql.constData());
}

bool HistoryStore::writeRollup(SqliteStatement &write, int level, qint64 monitorId, qint64 bucket,
                               const Rollup &rollup)
{
    write.bind(1, level);
    write.bind(2, monitorId);
    write.bind(3, bucket);
    write.bind(4, rollup.up);
    write.bind(5, rollup.degraded);
    write.bind(6, rollup.down);
    write.bind(7, rollup.timed);
    write.bind(8, rollup.sumMs);
    if (rollup.minMs >= 0)
        write.bind(9, rollup.minMs);
    if (rollup.maxMs >= 0)
        write.bind(10, rollup.maxMs);
    // Empty, not NULL (the column is NOT NULL, and SQLite binds a null pointer as NULL).
    const QByteArray histogram = rollup.histogramBlob();
    write.bindBlob(11, histogram.isNull() ? QByteArray("", 0) : histogram);
    for (size_t i = 0; i < kAllPhases.size(); ++i) {
        write.bind(12 + 2 * int(i), rollup.phaseSumMs.at(i));
        write.bind(13 + 2 * int(i), rollup.phaseCount.at(i));
    }
    write.bind(12 + 2 * int(kAllPhases.size()), rollup.maintenance);
    write.bind(13 + 2 * int(kAllPhases.size()), rollup.maintenanceGood);
    return write.run();
}

bool HistoryStore::appendPostgres(const QList<CheckResult> &results,
                                  const QList<StateChange> &changes)
{
    PostgresHistory postgres(m_database);
    std::vector<qint64> monitors;
    monitors.reserve(size_t(results.size() + changes.size()));
    for (const CheckResult &result : results)
        monitors.push_back(result.monitorId);
    for (const StateChange &change : changes)
        monitors.push_back(change.monitorId);
    RollupBatch rollups = rollupsOf(results);
    return postgres.lockMonitors(std::move(monitors)) &&
           postgres.insertResults(inKeyOrder(results), m_location, kMaxTimeShifts) &&
           postgres.mergeStored(rollups) && postgres.writeRollups(rollups);
}

bool HistoryStore::putRollups(const QList<RollupRow> &rows)
{
    if (rows.isEmpty())
        return true;
    if (m_database.isPostgres()) {
        RollupBatch batch;
        for (const RollupRow &row : rows)
            batch[{int(row.level), row.monitorId, row.bucketMs}] = row.rollup;
        if (!m_database.begin())
            return false;
        if (!PostgresHistory(m_database).writeRollups(batch) || !m_database.commit()) {
            const QString why = m_database.lastError();
            m_database.rollback();
            m_database.setError(why);
            return false;
        }
        return true;
    }
    // In key order: each page is then written once, however many monitors the rows span.
    std::vector<const RollupRow *> ordered;
    ordered.reserve(size_t(rows.size()));
    for (const RollupRow &row : rows)
        ordered.push_back(&row);
    std::sort(ordered.begin(), ordered.end(), [](const RollupRow *a, const RollupRow *b) {
        return std::tie(a->level, a->monitorId, a->bucketMs) <
               std::tie(b->level, b->monitorId, b->bucketMs);
    });
    SqliteStatement *write = rollupWriter();
    if (!write || !m_database.begin())
        return false;
    for (const RollupRow *row : ordered) {
        if (!writeRollup(*write, int(row->level), row->monitorId, row->bucketMs, row->rollup)) {
            const QString why = m_database.lastError();
            m_database.rollback();
            m_database.setError(why);
            return false;
        }
    }
    if (!m_database.commit()) {
        const QString why = m_database.lastError();
        m_database.rollback();
        m_database.setError(why);
        return false;
    }
    return true;
}

Rollup HistoryStore::storedRollup(const SqliteStatement &row)
{
    struct Columns {
        const SqliteStatement &row;
        [[nodiscard]] qint64 integer(int i) const { return row.columnInt(i); }
        [[nodiscard]] bool isNull(int i) const { return row.columnIsNull(i); }
        [[nodiscard]] QByteArray blob(int i) const { return row.columnBlob(i); }
    };
    return rollupFromColumns(Columns{row}, 0);
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
                                "started_at, location) VALUES (?, ?, ?, ?, ?, ?)"));
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
        open.bindValue(5, nullIf(m_location.isEmpty(), m_location));
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

bool HistoryStore::notePrunedBefore(RollupLevel level, qint64 cutoff)
{
    // The newest cutoff ever: what it deleted stays gone when the retention grows again.
    QSqlQuery query(m_database.db());
    query.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                  u"value = " +
                  StoreDialect::greatest(m_database.dialect(), QStringLiteral("meta.value"),
                                         QStringLiteral("excluded.value")));
    query.addBindValue(rollupPrunedBeforeKey(level));
    query.addBindValue(cutoff);
    return m_database.run(query);
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
        if (!deleteOlder(sql, ids, cutoff, &report.rollups) ||
            !notePrunedBefore(level.level, cutoff))
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
    // PostgreSQL's autovacuum reuses what was deleted; SQLite hands pages back below.
    if (m_database.isPostgres())
        return report;

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
