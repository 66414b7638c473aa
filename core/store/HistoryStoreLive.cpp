#include "core/store/HistoryStore.h"

#include "core/store/LiveUpdate.h"
#include "core/store/PostgresHistory.h"
#include "core/store/SqliteStatement.h"
#include "core/store/StoreDatabase.h"

#include <algorithm>
#include <map>
#include <vector>

// HistoryStore's live states (schema 7's live_states) and votes (schema 8's location_votes),
// written with each batch where several engines share the database. HistoryStore.cpp has the rest
// of the write path.

namespace {

// What the batch leaves each of its monitors in: its last state change and its newest check,
// in monitor order.
std::vector<LiveUpdate> liveUpdatesOf(const QList<CheckResult> &results,
                                      const QList<StateChange> &changes)
{
    std::map<qint64, LiveUpdate> updates;
    for (const CheckResult &result : results) {
        if (result.vote == Vote::Helper) // made for the engine that owns the monitor
            continue;
        LiveUpdate &update = updates[result.monitorId];
        update.monitorId = result.monitorId;
        update.checkedAtMs = std::max(update.checkedAtMs, result.startedAt.toMSecsSinceEpoch());
    }
    for (const StateChange &change : changes) {
        LiveUpdate &update = updates[change.monitorId];
        update.monitorId = change.monitorId;
        update.state = change.to;
        update.sinceMs = change.at.toMSecsSinceEpoch();
        update.reason = int(change.reason);
        update.error = change.error.isNull() ? QStringLiteral("") : change.error;
    }
    std::vector<LiveUpdate> ordered;
    ordered.reserve(updates.size());
    for (const auto &[id, update] : updates)
        ordered.push_back(update);
    return ordered;
}

// The batch's newest check of each monitor checked from several locations, in monitor order.
std::vector<VoteUpdate> votesOf(const QList<CheckResult> &results)
{
    std::map<qint64, const CheckResult *> newest;
    for (const CheckResult &result : results) {
        // A location that cannot read the monitor's secret has not seen the endpoint: no vote.
        if (result.vote == Vote::None || result.reason == Reason::Secret)
            continue;
        const CheckResult *&slot = newest[result.monitorId];
        if (!slot || slot->startedAt <= result.startedAt)
            slot = &result;
    }
    std::vector<VoteUpdate> votes;
    votes.reserve(newest.size());
    for (const auto &[id, result] : newest)
        votes.push_back({id, int(result->verdict), int(result->reason), result->error,
                         result->startedAt.toMSecsSinceEpoch()});
    return votes;
}

} // namespace

bool HistoryStore::writeVotes(const QList<CheckResult> &results)
{
    if (m_location.isEmpty())
        return true;
    const std::vector<VoteUpdate> votes = votesOf(results);
    if (votes.empty())
        return true;
    if (m_database.isPostgres())
        return PostgresHistory(m_database).writeVotes(votes, m_location);
    static const QByteArray sql =
        (QString(kVoteUpsert) + u"VALUES (?, ?, ?, ?, ?, ?)" + kVoteConflict).toUtf8();
    SqliteStatement *write = statement(m_writeVote, sql.constData());
    if (!write)
        return false;
    for (const VoteUpdate &vote : votes) {
        write->bind(1, vote.monitorId);
        write->bindText(2, m_location);
        write->bind(3, vote.verdict);
        write->bind(4, vote.reason);
        write->bindText(5, vote.error);
        write->bind(6, vote.checkedAtMs);
        if (!write->run())
            return false;
    }
    return true;
}

bool HistoryStore::writeLiveStates(const QList<CheckResult> &results,
                                   const QList<StateChange> &changes)
{
    if (m_location.isEmpty())
        return true;
    const std::vector<LiveUpdate> updates = liveUpdatesOf(results, changes);
    if (m_database.isPostgres())
        return PostgresHistory(m_database).writeLiveStates(updates, m_location);
    static const QByteArray sql =
        (QString(kLiveStateUpsert) + u"VALUES (?, ?, ?, ?, ?, ?, ?)" + kLiveStateConflict).toUtf8();
    SqliteStatement *write = statement(m_writeLive, sql.constData());
    if (!write)
        return false;
    for (const LiveUpdate &update : updates) {
        write->bind(1, update.monitorId);
        if (update.state) {
            write->bind(2, int(*update.state));
            write->bind(3, update.sinceMs);
            write->bind(4, update.reason);
            write->bindText(5, update.error);
        }
        if (update.checkedAtMs >= 0) {
            write->bind(6, update.checkedAtMs);
            write->bindText(7, m_location);
        }
        // Unbound parameters are NULL; run() clears the bindings for the next row.
        if (!write->run())
            return false;
    }
    return true;
}
