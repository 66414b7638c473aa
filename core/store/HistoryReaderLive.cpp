#include "core/store/HistoryReader.h"

#include "core/store/StoreDatabase.h"

#include <QSqlQuery>
#include <QVariant>

// HistoryReader's live states (schema 7's live_states) and votes (schema 8's location_votes),
// which engines that share the database write with each batch. HistoryReader.cpp has the rest.

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
