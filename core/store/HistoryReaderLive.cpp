#include "core/store/HistoryReader.h"

#include "core/store/ResultRow.h"
#include "core/store/StoreDatabase.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

// What a front reads where several engines share the database: the live states (schema 7's
// live_states) and votes (schema 8's location_votes) they write with each batch, and the results
// stored since a time, per monitor. HistoryReader.cpp has the rest.

std::optional<QHash<qint64, LiveState>> HistoryReader::liveStates()
{
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT monitor_id, state, since, checked_at, location, reason, error "
                       "FROM live_states"));
    if (!m_database.run(query))
        return std::nullopt;
    QHash<qint64, LiveState> states;
    while (query.next()) {
        LiveState live;
        // A state and since when, once a change was stored (pending again after a resume too).
        const int state = query.value(1).toInt();
        if (!query.value(1).isNull() && !query.value(2).isNull() && state >= 0 &&
            state < kMonitorStateCount) {
            live.state = MonitorState(state);
            live.since = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
        }
        if (!query.value(3).isNull())
            live.checkedAt = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        live.location = query.value(4).toString();
        const int reason = query.value(5).toInt();
        if (!query.value(5).isNull() && reason >= 0 && reason <= int(kLastReason))
            live.reason = Reason(reason);
        live.error = query.value(6).toString();
        states.insert(query.value(0).toLongLong(), live);
    }
    return states;
}

std::optional<QHash<qint64, QList<LocationVote>>> HistoryReader::votes(const QString &except,
                                                                       qint64 sinceMs)
{
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT v.monitor_id, v.location, v.verdict, v.reason, v.error, v.checked_at "
        "FROM location_votes v JOIN monitors m ON m.id = v.monitor_id "
        "WHERE m.locations > 1 AND v.location <> ? AND v.checked_at >= ? "
        "ORDER BY v.monitor_id, v.checked_at DESC"));
    query.addBindValue(except.isNull() ? QStringLiteral("") : except);
    query.addBindValue(sinceMs);
    if (!m_database.run(query))
        return std::nullopt;
    QHash<qint64, QList<LocationVote>> votes;
    while (query.next()) {
        const int verdict = query.value(2).toInt();
        const int reason = query.value(3).toInt();
        if (verdict < 0 || verdict > int(Verdict::Down) || reason < 0 || reason > int(kLastReason))
            continue; // written by a newer version
        LocationVote vote;
        vote.location = query.value(1).toString();
        vote.verdict = Verdict(verdict);
        vote.reason = Reason(reason);
        vote.error = query.value(4).toString();
        vote.checkedAt = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC);
        votes[query.value(0).toLongLong()].append(vote);
    }
    return votes;
}

std::optional<QHash<qint64, QList<CheckResult>>>
HistoryReader::resultsAfter(const QHash<qint64, qint64> &afterMs, int limit)
{
    QHash<qint64, QList<CheckResult>> found;
    if (m_database.isPostgres()) {
        // A round trip per monitor would add up over a network: many monitors per statement,
        // each one seek in the results' key (monitor_id, started_at).
        constexpr qsizetype kMonitorsPerStatement = 1000;
        QSqlQuery query(m_database.db());
        query.setForwardOnly(true);
        query.prepare(u"SELECT r.* FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[])) "
                      u"AS w (id, after) CROSS JOIN LATERAL (SELECT " +
                      ResultRow::kColumns +
                      u" FROM results WHERE monitor_id = w.id AND started_at > w.after "
                      u"ORDER BY started_at DESC LIMIT ?) AS r ORDER BY 1, 2");
        const QList<qint64> ids = afterMs.keys();
        for (qsizetype from = 0; from < ids.size(); from += kMonitorsPerStatement) {
            QStringList idList;
            QStringList afterList;
            for (qsizetype i = from; i < std::min(ids.size(), from + kMonitorsPerStatement); ++i) {
                idList.append(QString::number(ids[i]));
                afterList.append(QString::number(afterMs.value(ids[i])));
            }
            query.bindValue(0, QString(u'{' + idList.join(u',') + u'}'));
            query.bindValue(1, QString(u'{' + afterList.join(u',') + u'}'));
            query.bindValue(2, limit);
            if (!m_database.run(query))
                return std::nullopt;
            while (query.next()) {
                const CheckResult result = ResultRow::read(query);
                found[result.monitorId].append(result); // oldest first
            }
            query.finish();
        }
        return found;
    }
    // SQLite, in process: one seek per monitor.
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    query.prepare(u"SELECT " + ResultRow::kColumns +
                  u" FROM results WHERE monitor_id = ? AND started_at > ? "
                  u"ORDER BY started_at DESC LIMIT ?");
    for (auto it = afterMs.cbegin(); it != afterMs.cend(); ++it) {
        query.bindValue(0, it.key());
        query.bindValue(1, it.value());
        query.bindValue(2, limit);
        if (!m_database.run(query))
            return std::nullopt;
        QList<CheckResult> results;
        while (query.next())
            results.prepend(ResultRow::read(query));
        query.finish();
        if (!results.isEmpty())
            found.insert(it.key(), results);
    }
    return found;
}
