#pragma once

#include "core/model/CheckResult.h"
#include "core/store/LiveUpdate.h"
#include "core/store/Rollup.h"

#include <QString>

#include <vector>

class StoreDatabase;

// HistoryStore's write path on PostgreSQL, where a round trip per row would be the bottleneck:
// many rows per statement, stored rollups read and written back in bulk (an upsert). Use it
// inside the batch's transaction, on the thread that opened the database.
class PostgresHistory {
public:
    // A result and the time it is stored at (HistoryStore keeps a monitor's results a
    // millisecond apart).
    struct TimedResult {
        const CheckResult *result = nullptr;
        qint64 atMs = 0;
    };
    explicit PostgresHistory(StoreDatabase &database);

    // Takes the monitors for the rest of the transaction (advisory locks, in id order, so no two
    // writers deadlock): two agents that both hold results of a monitor whose lease just moved
    // write its history one after the other, and no rollup loses the other's checks.
    bool lockMonitors(std::vector<qint64> ids);
    // Inserts the results, made at `location` (empty: NULL); one whose (monitor, time) an
    // earlier batch took moves on by a millisecond, at most `maxShifts` times.
    bool insertResults(std::vector<TimedResult> rows, const QString &location, int maxShifts);
    // Adds what is stored to each rollup of `batch`: afterwards each is the whole bucket.
    bool mergeStored(RollupBatch &batch);
    // Writes rollups as they are, replacing stored rows with the same key.
    bool writeRollups(const RollupBatch &batch);
    // Upserts the monitors' live states, each at most once in `updates`; a check's location is
    // `location`.
    bool writeLiveStates(const std::vector<LiveUpdate> &updates, const QString &location);
    // Upserts the votes of `location`, each monitor at most once in `votes`.
    bool writeVotes(const std::vector<VoteUpdate> &votes, const QString &location);

private:
    StoreDatabase &m_database;
};
