#pragma once

#include "core/model/CheckResult.h"
#include "core/model/MonitorState.h"
#include "core/store/Retention.h"
#include "core/store/Rollup.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <tuple>

class SqliteStatement;
class StoreDatabase;

// One rollup row as the store keeps it: a level's bucket of one monitor.
struct RollupRow {
    RollupLevel level = RollupLevel::Minute;
    qint64 monitorId = 0;
    qint64 bucketMs = 0; // rollupBucketStart(level, ...)
    Rollup rollup;
};

// Writes history: raw results, their minute/hour/day rollups and incidents, in one transaction
// per batch, and prunes what retention no longer keeps. Use it in the thread that opened the
// database (the writer thread).
class HistoryStore {
public:
    explicit HistoryStore(StoreDatabase &database);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // The location results and incidents are recorded with from now on (an agent's, when
    // several share the database); empty: none (NULL). With a location, every batch also
    // writes its monitors' live states (live_states), which other processes read.
    void setLocation(const QString &location) { m_location = location; }

    // Stores a batch of results and the state changes they caused, all or nothing.
    bool append(const QList<CheckResult> &results, const QList<StateChange> &changes = {});

    // Writes rollup rows as they are, replacing rows with the same key, in one transaction: what
    // append() leaves for checks that are not kept raw. `upwatch bench storage` writes the
    // simulated past this way.
    bool putRollups(const QList<RollupRow> &rows);

    struct PruneReport {
        qint64 results = 0;
        qint64 rollups = 0;
        qint64 incidents = 0;
        qint64 freedPages = 0; // handed back to the file system by incremental vacuum (SQLite)
    };
    // Deletes raw results, rollups and closed incidents older than `retention` allows, then
    // shrinks the file. Works in short transactions so writers are not held up for long.
    [[nodiscard]] std::optional<PruneReport> prune(const Retention &retention,
                                                   const QDateTime &now);

    [[nodiscard]] const QString &lastError() const;

private:
    // The statement in `slot`, prepared on first use; null after setting lastError().
    SqliteStatement *statement(std::unique_ptr<SqliteStatement> &slot, const char *sql);
    bool insertResults(const QList<CheckResult> &results);
    [[nodiscard]] static Rollup storedRollup(const SqliteStatement &row);
    bool updateRollups(const QList<CheckResult> &results);
    // The INSERT OR REPLACE of one rollup row, prepared once; null after setting lastError().
    SqliteStatement *rollupWriter();
    // Writes one rollup row with `write` (rollupWriter()).
    static bool writeRollup(SqliteStatement &write, int level, qint64 monitorId, qint64 bucket,
                            const Rollup &rollup);
    // The results and rollups of a batch on PostgreSQL (PostgresHistory), in its transaction.
    bool appendPostgres(const QList<CheckResult> &results, const QList<StateChange> &changes);
    bool recordChanges(const QList<StateChange> &changes);
    // The batch's live states, when there is a location.
    bool writeLiveStates(const QList<CheckResult> &results, const QList<StateChange> &changes);
    // The votes of its monitors checked from several locations, when there is a location.
    bool writeVotes(const QList<CheckResult> &results);
    bool deleteOlder(const QString &sql, const QList<qint64> &monitorIds, qint64 cutoff,
                     qint64 *deleted);
    // Records that the buckets of `level` before `cutoff` are gone (rollupPrunedBeforeKey).
    bool notePrunedBefore(RollupLevel level, qint64 cutoff);

    StoreDatabase &m_database;
    QString m_location;
    // The write path's statements, prepared once: Qt SQL costs more per row than SQLite does.
    std::unique_ptr<SqliteStatement> m_insertResult;
    std::unique_ptr<SqliteStatement> m_readRollup;
    std::unique_ptr<SqliteStatement> m_writeRollup;
    std::unique_ptr<SqliteStatement> m_writeLive;
    std::unique_ptr<SqliteStatement> m_writeVote;
    // Per rollup level, the cutoff of the last prune: a level whose buckets did not cross the
    // cutoff since has nothing new to delete (hour and day rollups expire once an hour or day).
    std::map<int, qint64> m_prunedBefore;
};
