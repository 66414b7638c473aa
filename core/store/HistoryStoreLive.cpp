#include "core/store/HistoryStore.h"

#include "core/store/LiveUpdate.h"
#include "core/store/PostgresHistory.h"
#include "core/store/SqliteStatement.h"
#include "core/store/StoreDatabase.h"

#include <algorithm>
#include <map>
#include <vector>

// HistoryStore's live states (schema 7's live_states), written with each batch where several
// engines share the database. HistoryStore.cpp has the rest of the write path.

namespace {

// What the batch leaves each of its monitors in: its last state change and its newest check,
// in monitor order.
std::vector<LiveUpdate> liveUpdatesOf(const QList<CheckResult> &results,
                                      const QList<StateChange> &changes)
{
    std::map<qint64, LiveUpdate> updates;
    for (const CheckResult &result : results) {
        LiveUpdate &update = updates[result.monitorId];
        update.monitorId = result.monitorId;
        update.checkedAtMs = std::max(update.checkedAtMs, result.startedAt.toMSecsSinceEpoch());
    }
    for (const StateChange &change : changes) {
        LiveUpdate &update = updates[change.monitorId];
        update.monitorId = change.monitorId;
        update.state = change.to;
        update.sinceMs = change.at.toMSecsSinceEpoch();
    }
    std::vector<LiveUpdate> ordered;
    ordered.reserve(updates.size());
    for (const auto &[id, update] : updates)
        ordered.push_back(update);
    return ordered;
}

} // namespace

bool HistoryStore::writeLiveStates(const QList<CheckResult> &results,
                                   const QList<StateChange> &changes)
{
    if (m_location.isEmpty())
        return true;
    const std::vector<LiveUpdate> updates = liveUpdatesOf(results, changes);
    if (m_database.isPostgres())
        return PostgresHistory(m_database).writeLiveStates(updates, m_location);
    static const QByteArray sql =
        (QString(kLiveStateUpsert) + u"VALUES (?, ?, ?, ?, ?)" + kLiveStateConflict).toUtf8();
    SqliteStatement *write = statement(m_writeLive, sql.constData());
    if (!write)
        return false;
    for (const LiveUpdate &update : updates) {
        write->bind(1, update.monitorId);
        if (update.state) {
            write->bind(2, int(*update.state));
            write->bind(3, update.sinceMs);
        }
        if (update.checkedAtMs >= 0) {
            write->bind(4, update.checkedAtMs);
            write->bindText(5, m_location);
        }
        // Unbound parameters are NULL; run() clears the bindings for the next row.
        if (!write->run())
            return false;
    }
    return true;
}
