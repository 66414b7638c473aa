#include "core/store/HistoryReader.h"

#include "core/store/StoreDatabase.h"

#include <QSqlQuery>
#include <QVariant>

// HistoryReader's live states (schema 7's live_states), which engines that share the database
// write with each batch. HistoryReader.cpp has the rest.

std::optional<QHash<qint64, LiveState>> HistoryReader::liveStates()
{
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT monitor_id, state, since, checked_at, location FROM live_states"));
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
        states.insert(query.value(0).toLongLong(), live);
    }
    return states;
}
