#include "core/service/LiveFeed.h"

#include "core/store/HistoryReader.h"
#include "core/store/StoreDatabase.h"
#include "core/store/StoreThread.h"

#include <algorithm>

LiveFeed::LiveFeed(StoreThread &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void LiveFeed::follow(qint64 monitorId, MonitorState state, const QDateTime &seen,
                      const QDateTime &since)
{
    m_known.insert(monitorId, {state, since.isValid() ? since.toMSecsSinceEpoch() : 0,
                               seen.isValid() ? seen.toMSecsSinceEpoch() : 0});
}

void LiveFeed::unfollow(qint64 monitorId)
{
    m_known.remove(monitorId);
}

void LiveFeed::poll()
{
    if (m_polling || m_known.isEmpty())
        return;
    m_polling = true;
    QHash<qint64, qint64> seen;
    seen.reserve(m_known.size());
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it)
        seen.insert(it.key(), it->seenMs);
    m_store.run<Read>(
        this,
        [seen, &store = m_store](StoreDatabase *database) {
            Read read;
            if (!database) {
                read.error = store.openError();
                return read;
            }
            HistoryReader reader(*database);
            const bool ok = reader.readTogether([&] {
                const auto states = reader.liveStates();
                if (!states)
                    return false;
                QHash<qint64, qint64> newer;
                for (auto it = states->cbegin(); it != states->cend(); ++it) {
                    const auto known = seen.constFind(it.key());
                    if (known == seen.cend())
                        continue;
                    read.states.insert(it.key(), *it);
                    if (it->checkedAt.isValid() && it->checkedAt.toMSecsSinceEpoch() > *known)
                        newer.insert(it.key(), *known);
                }
                const auto results = reader.resultsAfter(newer, kResultsPerPoll);
                if (results)
                    read.results = *results;
                return results.has_value();
            });
            if (!ok)
                read.error = reader.lastError();
            return read;
        },
        [this](const Read &read) {
            m_polling = false;
            if (!read.error.isEmpty())
                emit problem(read.error);
            else
                apply(read);
        });
}

void LiveFeed::apply(const Read &read)
{
    ResultBatch batch;
    for (auto it = read.states.cbegin(); it != read.states.cend(); ++it) {
        const auto known = m_known.find(it.key());
        if (known == m_known.end())
            continue; // unfollowed meanwhile: checked here now
        const LiveState &live = *it;
        qsizetype last = -1; // the newest result handed on, in batch.results
        for (const CheckResult &result : read.results.value(it.key())) {
            if (result.startedAt.toMSecsSinceEpoch() <= known->seenMs)
                continue;
            last = batch.results.size();
            batch.results.append(result);
            known->seenMs = result.startedAt.toMSecsSinceEpoch();
        }
        if (live.checkedAt.isValid())
            known->seenMs = std::max(known->seenMs, live.checkedAt.toMSecsSinceEpoch());
        // No verdict stored yet, or no newer one than known here.
        if (!live.since.isValid() || live.since.toMSecsSinceEpoch() <= known->sinceMs ||
            live.state == known->state)
            continue;
        StateChange change;
        change.monitorId = it.key();
        change.at = live.since;
        change.from = known->state;
        change.to = live.state;
        // Why, as the engine that made the change said (for a monitor checked from several
        // locations its verdict, which no single check says); else, from a database that does
        // not keep it, the check that made the change, as far as this poll tells.
        if (!change.isPauseOrResume()) {
            if (live.reason != Reason::Ok || !live.error.isEmpty()) {
                change.reason = live.reason;
                change.error = live.error;
            }
            else if (last >= 0) {
                change.reason = batch.results.at(last).reason;
                change.error = batch.results.at(last).error;
            }
        }
        batch.changes.append(change);
        known->state = live.state;
        known->sinceMs = live.since.toMSecsSinceEpoch();
    }
    if (!batch.isEmpty())
        emit observed(batch);
}
