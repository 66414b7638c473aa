#include "core/store/PostgresHistory.h"

#include "core/store/HistoryReader.h"
#include "core/store/StoreDatabase.h"

#include <QSet>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace {

// Rows per statement: large enough that round trips vanish, small enough for short statements.
constexpr size_t kRowsPerStatement = 1000;
// The first key of the advisory locks on monitors (pg_advisory_xact_lock(int, int)); the
// schema's migration lock is a one-key lock, which is another key space.
constexpr int kMonitorLockSpace = 0x5570;

QString number(qint64 value)
{
    return QString::number(value);
}

QString numberOrNull(bool present, qint64 value)
{
    return present ? QString::number(value) : QStringLiteral("NULL");
}

QString bytea(const QByteArray &bytes)
{
    return u"decode('" + QString::fromLatin1(bytes.toHex()) + u"', 'hex')";
}

QString rollupColumnList()
{
    return u"level, monitor_id, bucket, up, degraded, down, timed, sum_ms, min_ms, max_ms, "
           u"histogram, " +
           HistoryReader::rollupPhaseColumns() + u", maintenance, maintenance_good";
}

} // namespace

PostgresHistory::PostgresHistory(StoreDatabase &database)
    : m_database(database)
{
}

QString PostgresHistory::text(const QString &value) const
{
    // PostgreSQL's text holds no NUL; the driver quotes and escapes the rest.
    QSqlField field(QString(), QMetaType::fromType<QString>());
    field.setValue(QString(value).remove(QChar(u'\0')));
    return m_database.db().driver()->formatValue(field);
}

bool PostgresHistory::lockMonitors(std::vector<qint64> ids)
{
    if (ids.empty())
        return true;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QStringList list;
    list.reserve(qsizetype(ids.size()));
    for (const qint64 id : ids)
        list.append(number(id % 2147483648));
    return m_database.exec(
        QStringLiteral("SELECT count(pg_advisory_xact_lock(%1, id)) FROM unnest(ARRAY[%2]::int[]) "
                       "AS id")
            .arg(kMonitorLockSpace)
            .arg(list.join(u',')));
}

bool PostgresHistory::insertResults(std::vector<TimedResult> rows, int maxShifts)
{
    static const QString head = QStringLiteral(
        "INSERT INTO results (monitor_id, started_at, verdict, reason, http_status, response_ms, "
        "error, cert_expires, resolve_ms, connect_ms, tls_ms, processing_ms, transfer_ms, "
        "maintenance) VALUES ");
    for (int shifts = 0; !rows.empty(); ++shifts) {
        if (shifts > maxShifts) {
            m_database.setError(QStringLiteral("no free millisecond for a result of monitor %1")
                                    .arg(rows.front().result->monitorId));
            return false;
        }
        std::vector<TimedResult> taken;
        for (size_t from = 0; from < rows.size(); from += kRowsPerStatement) {
            const size_t to = std::min(rows.size(), from + kRowsPerStatement);
            QString sql = head;
            sql.reserve(qsizetype(to - from) * 96 + head.size() + 96);
            for (size_t i = from; i < to; ++i) {
                const CheckResult &result = *rows[i].result;
                sql +=
                    (i == from ? u"(" : u",(") + number(result.monitorId) + u',' +
                    number(rows[i].atMs) + u',' + number(int(result.verdict)) + u',' +
                    number(int(result.reason)) + u',' +
                    numberOrNull(result.httpStatus > 0, result.httpStatus) + u',' +
                    numberOrNull(result.responseMs >= 0, result.responseMs) + u',' +
                    (result.error.isEmpty() ? QStringLiteral("NULL") : text(result.error)) + u',' +
                    numberOrNull(
                        result.certExpires.isValid(),
                        result.certExpires.isValid() ? result.certExpires.toMSecsSinceEpoch() : 0);
                for (const Phase phase : kAllPhases) {
                    const std::optional<int> ms = result.phases[phase];
                    sql += u',' + numberOrNull(ms.has_value(), ms.value_or(0));
                }
                sql += u',' + number(result.maintenance ? 1 : 0) + u')';
            }
            sql += u" ON CONFLICT (monitor_id, started_at) DO NOTHING RETURNING monitor_id, "
                   u"started_at";
            QSqlQuery query(m_database.db());
            query.setForwardOnly(true);
            if (!m_database.exec(query, sql))
                return false;
            QSet<std::pair<qint64, qint64>> stored;
            stored.reserve(qsizetype(to - from));
            while (query.next())
                stored.insert({query.value(0).toLongLong(), query.value(1).toLongLong()});
            // A time stored by an earlier batch: the next millisecond, in the next round.
            for (size_t i = from; i < to; ++i) {
                if (!stored.contains({rows[i].result->monitorId, rows[i].atMs}))
                    taken.push_back({rows[i].result, rows[i].atMs + 1});
            }
        }
        rows = std::move(taken);
    }
    return true;
}

bool PostgresHistory::mergeStored(RollupBatch &batch)
{
    // The keys as a VALUES list joined on the primary key: PostgreSQL plans a long IN list of
    // row values far worse.
    static const QString head = u"SELECT r.level, r.monitor_id, r.bucket, " +
                                HistoryReader::rollupColumns() +
                                u" FROM rollups AS r JOIN (VALUES ";
    static const QString tail = QStringLiteral(
        ") AS k (level, monitor_id, bucket) ON r.level = k.level AND r.monitor_id = k.monitor_id "
        "AND r.bucket = k.bucket");
    auto it = batch.begin();
    while (it != batch.end()) {
        QString sql = head;
        for (size_t n = 0; it != batch.end() && n < kRowsPerStatement; ++it, ++n) {
            const auto &[level, monitorId, bucket] = it->first;
            sql += (n == 0 ? u"(" : u",(") + number(level) + u"::bigint," + number(monitorId) +
                   u"::bigint," + number(bucket) + u"::bigint)";
        }
        sql += tail;
        QSqlQuery query(m_database.db());
        query.setForwardOnly(true);
        if (!m_database.exec(query, sql))
            return false;
        while (query.next()) {
            const auto found = batch.find(
                {query.value(0).toInt(), query.value(1).toLongLong(), query.value(2).toLongLong()});
            if (found != batch.end())
                found->second.merge(HistoryReader::rollupFromRow(query, 3));
        }
    }
    return true;
}

bool PostgresHistory::writeRollups(const RollupBatch &batch)
{
    static const QString columns = rollupColumnList();
    static const QString head = u"INSERT INTO rollups (" + columns + u") VALUES ";
    static const QString tail = []() -> QString {
        QStringList updates;
        for (const QString &column : columns.split(QStringLiteral(", "))) {
            if (column != u"level" && column != u"monitor_id" && column != u"bucket")
                updates.append(column + u" = excluded." + column);
        }
        return u" ON CONFLICT (level, monitor_id, bucket) DO UPDATE SET " + updates.join(u", ");
    }();
    auto it = batch.cbegin();
    while (it != batch.cend()) {
        QString sql = head;
        for (size_t n = 0; it != batch.cend() && n < kRowsPerStatement; ++it, ++n) {
            const auto &[level, monitorId, bucket] = it->first;
            const Rollup &rollup = it->second;
            sql += (n == 0 ? u"(" : u",(") + number(level) + u',' + number(monitorId) + u',' +
                   number(bucket) + u',' + number(rollup.up) + u',' + number(rollup.degraded) +
                   u',' + number(rollup.down) + u',' + number(rollup.timed) + u',' +
                   number(rollup.sumMs) + u',' + numberOrNull(rollup.minMs >= 0, rollup.minMs) +
                   u',' + numberOrNull(rollup.maxMs >= 0, rollup.maxMs) + u',' +
                   bytea(rollup.histogramBlob());
            for (size_t i = 0; i < kAllPhases.size(); ++i)
                sql +=
                    u',' + number(rollup.phaseSumMs.at(i)) + u',' + number(rollup.phaseCount.at(i));
            sql += u',' + number(rollup.maintenance) + u',' + number(rollup.maintenanceGood) + u')';
        }
        sql += tail;
        if (!m_database.exec(sql))
            return false;
    }
    return true;
}
