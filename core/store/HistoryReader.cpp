#include "core/store/HistoryReader.h"

#include "core/store/ResultRow.h"
#include "core/store/RollupColumns.h"

#include "core/store/StoreDatabase.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <limits>

namespace {

constexpr int kChunkRows = 2000;

} // namespace

QString HistoryReader::rollupPhaseColumns()
{
    QStringList columns;
    for (const Phase phase : kAllPhases)
        columns << phaseName(phase) + u"_sum" << phaseName(phase) + u"_count";
    return columns.join(u", ");
}

QString HistoryReader::rollupColumns()
{
    return u"up, degraded, down, timed, sum_ms, min_ms, max_ms, histogram, " +
           rollupPhaseColumns() + u", maintenance, maintenance_good";
}

Rollup HistoryReader::rollupFromRow(const QSqlQuery &query, int first)
{
    struct Row {
        const QSqlQuery &query;
        [[nodiscard]] qint64 integer(int i) const { return query.value(i).toLongLong(); }
        [[nodiscard]] bool isNull(int i) const { return query.value(i).isNull(); }
        [[nodiscard]] QByteArray blob(int i) const { return query.value(i).toByteArray(); }
    };
    return rollupFromColumns(Row{query}, first);
}

namespace {

qint64 alignUp(qint64 ms, RollupLevel level)
{
    const qint64 start = rollupBucketStart(level, ms);
    return start == ms ? ms : start + rollupBucketMs(level);
}

} // namespace

HistoryReader::HistoryReader(StoreDatabase &database)
    : m_database(database)
{
}

const QString &HistoryReader::lastError() const
{
    return m_database.lastError();
}

namespace {

// Whole buckets of `level` inside [fromMs, toMs) come from that level; the edges from finer
// ones. The minute level takes every bucket starting in the range, so the minute in progress
// counts.
void cover(QList<RollupSpan> &spans, int level, qint64 fromMs, qint64 toMs)
{
    if (fromMs >= toMs)
        return;
    const auto rollupLevel = RollupLevel(level);
    if (rollupLevel == RollupLevel::Minute) {
        spans.append({rollupLevel, fromMs, toMs});
        return;
    }
    const qint64 first = alignUp(fromMs, rollupLevel);
    const qint64 last = rollupBucketStart(rollupLevel, toMs);
    if (first >= last) {
        cover(spans, level - 1, fromMs, toMs);
        return;
    }
    cover(spans, level - 1, fromMs, first);
    spans.append({rollupLevel, first, last});
    cover(spans, level - 1, last, toMs);
}

} // namespace

QList<RollupSpan> HistoryReader::windowSpans(const QDateTime &from, const QDateTime &to)
{
    QList<RollupSpan> spans;
    cover(spans, int(RollupLevel::Day), alignUp(from.toMSecsSinceEpoch(), RollupLevel::Minute),
          to.toMSecsSinceEpoch());
    return spans;
}

std::optional<QList<RollupSpan>> HistoryReader::prunedWindowSpans(const QDateTime &from,
                                                                  const QDateTime &to)
{
    qint64 start = alignUp(from.toMSecsSinceEpoch(), RollupLevel::Minute);
    for (const RollupLevel finer : {RollupLevel::Minute, RollupLevel::Hour}) {
        const qint64 coarserStart = rollupBucketStart(RollupLevel(int(finer) + 1), start);
        if (coarserStart == start)
            continue;
        QSqlQuery query(m_database.db());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        query.addBindValue(rollupPrunedBeforeKey(finer));
        if (!m_database.run(query))
            return std::nullopt;
        // The finer buckets from `start` on were pruned: the coarser bucket still holds them.
        if (query.next() && query.value(0).toLongLong() > start)
            start = coarserStart;
    }
    return windowSpans(QDateTime::fromMSecsSinceEpoch(start, Qt::UTC), to);
}

std::optional<Rollup> HistoryReader::window(qint64 monitorId, const QDateTime &from,
                                            const QDateTime &to)
{
    const auto spans = prunedWindowSpans(from, to);
    if (!spans)
        return std::nullopt;
    Rollup total;
    for (const RollupSpan &span : *spans) {
        if (!addSpan(total, monitorId, span))
            return std::nullopt;
    }
    return total;
}

std::optional<QHash<qint64, UptimeCounts>> HistoryReader::uptime(const QDateTime &from,
                                                                 const QDateTime &to)
{
    const auto spans = prunedWindowSpans(from, to);
    if (!spans)
        return std::nullopt;
    QHash<qint64, UptimeCounts> counts;
    for (const RollupSpan &span : *spans) {
        if (!addCounts(counts, span))
            return std::nullopt;
    }
    return counts;
}

bool HistoryReader::addSpan(Rollup &total, qint64 monitorId, const RollupSpan &span)
{
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    query.prepare(u"SELECT " + rollupColumns() +
                  u" FROM rollups WHERE level = ? AND monitor_id = ? AND bucket >= ? AND "
                  u"bucket < ?");
    query.addBindValue(int(span.level));
    query.addBindValue(monitorId);
    query.addBindValue(span.fromMs);
    query.addBindValue(span.toMs);
    if (!m_database.run(query))
        return false;
    while (query.next())
        total.merge(rollupFromRow(query, 0));
    return true;
}

bool HistoryReader::addCounts(QHash<qint64, UptimeCounts> &counts, const RollupSpan &span)
{
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT monitor_id, sum(up + degraded), sum(up + degraded + down) "
                                 "FROM rollups WHERE level = ? AND bucket >= ? AND bucket < ? "
                                 "GROUP BY monitor_id"));
    query.addBindValue(int(span.level));
    query.addBindValue(span.fromMs);
    query.addBindValue(span.toMs);
    if (!m_database.run(query))
        return false;
    while (query.next()) {
        UptimeCounts &monitor = counts[query.value(0).toLongLong()];
        monitor.good += query.value(1).toLongLong();
        monitor.total += query.value(2).toLongLong();
    }
    return true;
}

std::optional<QList<std::pair<QDateTime, Rollup>>> HistoryReader::series(qint64 monitorId,
                                                                         RollupLevel level,
                                                                         const QDateTime &from,
                                                                         const QDateTime &to)
{
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    query.prepare(u"SELECT bucket, " + rollupColumns() +
                  u" FROM rollups WHERE level = ? AND monitor_id = ? AND bucket >= ? AND "
                  u"bucket < ? ORDER BY bucket");
    query.addBindValue(int(level));
    query.addBindValue(monitorId);
    query.addBindValue(rollupBucketStart(level, from.toMSecsSinceEpoch()));
    query.addBindValue(to.toMSecsSinceEpoch());
    if (!m_database.run(query))
        return std::nullopt;
    QList<std::pair<QDateTime, Rollup>> points;
    while (query.next())
        points.append({ResultRow::time(query.value(0)), rollupFromRow(query, 1)});
    return points;
}

std::optional<qint64> HistoryReader::timeInState(qint64 monitorId, MonitorState state,
                                                 const QDateTime &from, const QDateTime &to)
{
    // Each record clipped to [from, to); one still open lasts until `to`.
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    const SqlDialect dialect = m_database.dialect();
    query.prepare(
        u"SELECT coalesce(sum(" +
        StoreDialect::least(dialect, QStringLiteral("coalesce(ended_at, :to)"),
                            QStringLiteral(":to")) +
        u" - " +
        StoreDialect::greatest(dialect, QStringLiteral("started_at"), QStringLiteral(":from")) +
        u"), 0) FROM incidents WHERE monitor_id = :monitor AND state = :state AND "
        u"started_at < :to AND coalesce(ended_at, :to) > :from");
    query.bindValue(QStringLiteral(":to"), to.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":from"), from.toMSecsSinceEpoch());
    query.bindValue(QStringLiteral(":monitor"), monitorId);
    query.bindValue(QStringLiteral(":state"), int(state));
    if (!m_database.run(query) || !query.next())
        return std::nullopt;
    return qint64(query.value(0).toDouble());
}

namespace {

constexpr QLatin1StringView
    kIncidentColumns("id, monitor_id, state, reason, error, started_at, ended_at, location");

Incident incidentFromRow(const QSqlQuery &query)
{
    Incident incident;
    incident.id = query.value(0).toLongLong();
    incident.monitorId = query.value(1).toLongLong();
    incident.state = MonitorState(query.value(2).toInt());
    incident.reason = Reason(query.value(3).toInt());
    incident.error = query.value(4).toString();
    incident.startedAt = ResultRow::time(query.value(5));
    incident.endedAt = ResultRow::time(query.value(6));
    incident.location = query.value(7).toString();
    return incident;
}

} // namespace

std::optional<QList<Incident>> HistoryReader::incidents(qint64 monitorId, int limit)
{
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    query.prepare(u"SELECT " + kIncidentColumns +
                  u" FROM incidents WHERE monitor_id = ? ORDER BY started_at DESC, id DESC "
                  u"LIMIT ?");
    query.addBindValue(monitorId);
    query.addBindValue(limit);
    if (!m_database.run(query))
        return std::nullopt;
    QList<Incident> found;
    while (query.next())
        found.append(incidentFromRow(query));
    return found;
}

std::optional<QList<Incident>> HistoryReader::incidentsBetween(const QList<qint64> &monitorIds,
                                                               const QDateTime &from,
                                                               const QDateTime &to)
{
    // One seek per monitor in incidents_by_monitor (monitor_id, started_at).
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    query.prepare(u"SELECT " + kIncidentColumns +
                  u" FROM incidents WHERE monitor_id = ? AND started_at < ? AND "
                  u"(ended_at IS NULL OR ended_at > ?) ORDER BY started_at, id");
    QList<Incident> found;
    for (const qint64 id : monitorIds) {
        query.bindValue(0, id);
        query.bindValue(1, to.toMSecsSinceEpoch());
        query.bindValue(2, from.toMSecsSinceEpoch());
        if (!m_database.run(query))
            return std::nullopt;
        while (query.next())
            found.append(incidentFromRow(query));
        query.finish();
    }
    return found;
}

std::optional<QHash<qint64, MonitorState>> HistoryReader::openStates()
{
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT monitor_id, state FROM incidents WHERE ended_at IS NULL ORDER BY started_at"));
    if (!m_database.run(query))
        return std::nullopt;
    QHash<qint64, MonitorState> states;
    while (query.next())
        states.insert(query.value(0).toLongLong(), MonitorState(query.value(1).toInt()));
    return states;
}

bool HistoryReader::forEachResult(const ResultFilter &filter,
                                  const std::function<bool(const CheckResult &)> &visit)
{
    QList<qint64> ids = filter.monitorIds;
    if (ids.isEmpty()) {
        QSqlQuery query(m_database.db());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id FROM monitors ORDER BY id"));
        if (!m_database.run(query))
            return false;
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    const qint64 since = filter.since.isValid() ? filter.since.toMSecsSinceEpoch()
                                                : std::numeric_limits<qint64>::min() + 1;
    const qint64 until = filter.until.isValid() ? filter.until.toMSecsSinceEpoch()
                                                : std::numeric_limits<qint64>::max();
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    // Keyset pagination on started_at (a monitor's results have distinct times: the key):
    // each chunk is a short read, so the writer is never blocked by a long export and memory
    // stays flat.
    query.prepare(u"SELECT " + ResultRow::kColumns +
                  u" FROM results WHERE monitor_id = ? AND started_at < ? AND started_at > ? "
                  u"ORDER BY started_at LIMIT ?");
    for (const qint64 id : ids) {
        qint64 after = since - 1;
        for (;;) {
            query.bindValue(0, id);
            query.bindValue(1, until);
            query.bindValue(2, after);
            query.bindValue(3, kChunkRows);
            if (!m_database.run(query))
                return false;
            int rows = 0;
            while (query.next()) {
                ++rows;
                after = query.value(1).toLongLong();
                if (!visit(ResultRow::read(query)))
                    return true;
            }
            query.finish();
            if (rows < kChunkRows)
                break;
        }
    }
    return true;
}

std::optional<CheckResult> HistoryReader::latestResult(qint64 monitorId)
{
    QSqlQuery query(m_database.db());
    query.prepare(u"SELECT " + ResultRow::kColumns +
                  u" FROM results WHERE monitor_id = ? ORDER BY started_at DESC LIMIT 1");
    query.addBindValue(monitorId);
    if (!m_database.run(query) || !query.next())
        return std::nullopt;
    return ResultRow::read(query);
}

std::optional<QList<CheckResult>> HistoryReader::recentResults(qint64 monitorId, int count)
{
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    query.prepare(u"SELECT " + ResultRow::kColumns +
                  u" FROM results WHERE monitor_id = ? ORDER BY started_at DESC LIMIT ?");
    query.addBindValue(monitorId);
    query.addBindValue(count);
    if (!m_database.run(query))
        return std::nullopt;
    QList<CheckResult> results;
    while (query.next())
        results.append(ResultRow::read(query));
    return results;
}

std::optional<qint64> HistoryReader::resultCount()
{
    QSqlQuery query(m_database.db());
    query.prepare(QStringLiteral("SELECT count(*) FROM results"));
    if (!m_database.run(query) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<QHash<qint64, QDateTime>> HistoryReader::newestChecks(const QDateTime &to)
{
    // A subquery per monitor: each is one seek in the results' key, where a GROUP BY over
    // results would read every row.
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, (SELECT max(started_at) FROM results "
                       "WHERE monitor_id = monitors.id AND started_at < ?) FROM monitors"));
    query.addBindValue(alignUp(to.toMSecsSinceEpoch(), RollupLevel::Minute));
    if (!m_database.run(query))
        return std::nullopt;
    QHash<qint64, QDateTime> newest;
    while (query.next()) {
        if (!query.value(1).isNull())
            newest.insert(query.value(0).toLongLong(), ResultRow::time(query.value(1)));
    }
    return newest;
}

bool HistoryReader::readTogether(const std::function<bool()> &reads)
{
    // Not the store's begin(): a reader takes no write lock and never holds up the writer.
    if (!m_database.beginRead())
        return false;
    if (!reads()) {
        m_database.rollback();
        return false;
    }
    return m_database.commit();
}
