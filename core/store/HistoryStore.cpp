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

bool HistoryStore::insertResults(const QList<CheckResult> &results)
{
    QSqlQuery query(m_database.db());
    query.prepare(QStringLiteral(
        "INSERT INTO results (monitor_id, started_at, verdict, reason, http_status, response_ms, "
        "error, cert_expires, resolve_ms, connect_ms, tls_ms, processing_ms, transfer_ms, "
        "maintenance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // In key order (monitor, time): a batch then writes each page of the table once.
    QList<const CheckResult *> ordered;
    ordered.reserve(results.size());
    for (const CheckResult &result : results)
        ordered.append(&result);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const CheckResult *a, const CheckResult *b) {
                         return a->monitorId != b->monitorId ? a->monitorId < b->monitorId
                                                             : a->startedAt < b->startedAt;
                     });
    for (const CheckResult *next : ordered) {
        const CheckResult &result = *next;
        query.bindValue(0, result.monitorId);
        query.bindValue(1, result.startedAt.toMSecsSinceEpoch());
        query.bindValue(2, int(result.verdict));
        query.bindValue(3, int(result.reason));
        query.bindValue(4, nullIf(result.httpStatus <= 0, result.httpStatus));
        query.bindValue(5, nullIf(result.responseMs < 0, result.responseMs));
        query.bindValue(6, nullIf(result.error.isEmpty(), result.error));
        query.bindValue(
            7, nullIf(!result.certExpires.isValid(), result.certExpires.toMSecsSinceEpoch()));
        for (const Phase phase : kAllPhases) {
            const std::optional<int> ms = result.phases[phase];
            query.bindValue(8 + int(phase), nullIf(!ms, ms.value_or(0)));
        }
        query.bindValue(8 + int(kAllPhases.size()), result.maintenance);
        // A monitor's results are keyed by their time: a second check in the same millisecond
        // (a "check now" beside the scheduled one) is kept a millisecond later.
        qint64 at = result.startedAt.toMSecsSinceEpoch();
        for (int shifts = 0; !m_database.run(query); ++shifts) {
            if (!isDuplicateKey(query.lastError()) || shifts >= kMaxTimeShifts)
                return false;
            query.bindValue(1, ++at);
        }
    }
    return true;
}

bool HistoryStore::updateRollups(const QList<CheckResult> &results)
{
    // Sum the batch per (level, monitor, bucket) first, then read-merge-write each row once.
    std::map<std::tuple<int, qint64, qint64>, Rollup> batch;
    for (const CheckResult &result : results) {
        const qint64 at = result.startedAt.toMSecsSinceEpoch();
        for (const RollupLevel level : {RollupLevel::Minute, RollupLevel::Hour, RollupLevel::Day})
            batch[{int(level), result.monitorId, rollupBucketStart(level, at)}].add(result);
    }
    QSqlQuery read(m_database.db());
    read.prepare(u"SELECT " + HistoryReader::rollupColumns() +
                 u" FROM rollups WHERE level = ? AND monitor_id = ? AND bucket = ?");
    QSqlQuery write = prepareRollupWrite();
    for (auto &[key, rollup] : batch) {
        const auto &[level, monitorId, bucket] = key;
        read.bindValue(0, level);
        read.bindValue(1, monitorId);
        read.bindValue(2, bucket);
        if (!m_database.run(read))
            return false;
        if (read.next())
            rollup.merge(HistoryReader::rollupFromRow(read, 0));
        read.finish();
        if (!writeRollup(write, RollupLevel(level), monitorId, bucket, rollup))
            return false;
    }
    return true;
}

QSqlQuery HistoryStore::prepareRollupWrite()
{
    QSqlQuery write(m_database.db());
    write.prepare(u"INSERT OR REPLACE INTO rollups (level, monitor_id, bucket, up, degraded, down, "
                  u"timed, sum_ms, min_ms, max_ms, histogram, " +
                  HistoryReader::rollupPhaseColumns() +
                  u", maintenance, maintenance_good) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" +
                  QStringLiteral(", ?").repeated(2 * int(kAllPhases.size()) + 2) + u")");
    return write;
}

bool HistoryStore::writeRollup(QSqlQuery &write, RollupLevel level, qint64 monitorId,
                               qint64 bucketMs, const Rollup &rollup)
{
    write.bindValue(0, int(level));
    write.bindValue(1, monitorId);
    write.bindValue(2, bucketMs);
    write.bindValue(3, rollup.up);
    write.bindValue(4, rollup.degraded);
    write.bindValue(5, rollup.down);
    write.bindValue(6, rollup.timed);
    write.bindValue(7, rollup.sumMs);
    write.bindValue(8, nullIf(rollup.minMs < 0, rollup.minMs));
    write.bindValue(9, nullIf(rollup.maxMs < 0, rollup.maxMs));
    write.bindValue(10, rollup.histogramBlob());
    for (size_t i = 0; i < kAllPhases.size(); ++i) {
        write.bindValue(11 + 2 * int(i), rollup.phaseSumMs.at(i));
        write.bindValue(12 + 2 * int(i), rollup.phaseCount.at(i));
    }
    write.bindValue(11 + 2 * int(kAllPhases.size()), rollup.maintenance);
    write.bindValue(12 + 2 * int(kAllPhases.size()), rollup.maintenanceGood);
    return m_database.run(write);
}

bool HistoryStore::putRollups(const QList<RollupRow> &rows)
{
    if (rows.isEmpty())
        return true;
    if (!m_database.begin())
        return false;
    // In key order: each page is then written once, however many monitors the rows span.
    QList<const RollupRow *> ordered;
    ordered.reserve(rows.size());
    for (const RollupRow &row : rows)
        ordered.append(&row);
    std::sort(ordered.begin(), ordered.end(), [](const RollupRow *a, const RollupRow *b) {
        return std::tie(a->level, a->monitorId, a->bucketMs) <
               std::tie(b->level, b->monitorId, b->bucketMs);
    });
    QSqlQuery write = prepareRollupWrite();
    for (const RollupRow *row : ordered) {
        if (!writeRollup(write, row->level, row->monitorId, row->bucketMs, row->rollup)) {
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
    // Per monitor, in chunks: each DELETE uses the (monitor, time) index and stays short.
    QSqlQuery query(m_database.db());
    query.prepare(sql);
    for (const qint64 id : monitorIds) {
        for (;;) {
            if (!m_database.begin())
                return false;
            query.bindValue(0, id);
            query.bindValue(1, cutoff);
            query.bindValue(2, kPruneChunk);
            if (!m_database.run(query)) {
                m_database.rollback();
                return false;
            }
            const int rows = query.numRowsAffected();
            if (!m_database.commit())
                return false;
            *deleted += rows;
            if (rows < kPruneChunk)
                break;
        }
    }
    return true;
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
        const QString sql =
            QStringLiteral("DELETE FROM rollups WHERE (level, monitor_id, bucket) IN (SELECT "
                           "level, monitor_id, bucket FROM rollups WHERE level = %1 AND "
                           "monitor_id = ? AND bucket < ? LIMIT ?)")
                .arg(int(level.level));
        if (!deleteOlder(sql, ids, nowMs - level.days * kDayMs, &report.rollups))
            return std::nullopt;
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
