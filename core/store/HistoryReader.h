#pragma once

#include "core/model/CheckResult.h"
#include "core/model/MonitorState.h"
#include "core/store/Rollup.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class StoreDatabase;

// A stretch of time a monitor spent down, unreachable or degraded. endedAt is invalid while it
// lasts.
struct Incident {
    qint64 id = 0;
    qint64 monitorId = 0;
    MonitorState state = MonitorState::Down;
    Reason reason = Reason::Unknown;
    QString error;
    QDateTime startedAt;
    QDateTime endedAt;
    friend bool operator==(const Incident &, const Incident &) = default;
};

// Checks counted for one monitor: `good` were up or degraded.
struct UptimeCounts {
    qint64 good = 0;
    qint64 total = 0;
    friend bool operator==(const UptimeCounts &, const UptimeCounts &) = default;
};

// Which raw results to read: some monitors (all when empty) between two times (open ends when
// invalid; since inclusive, until exclusive).
struct ResultFilter {
    QList<qint64> monitorIds;
    QDateTime since;
    QDateTime until;
};

// Reads history: uptime and response times of any window from rollups, incidents, raw results.
// Use it in the thread that opened the database; any number of readers may run beside the
// writer.
class HistoryReader {
public:
    explicit HistoryReader(StoreDatabase &database);

    // Everything checked in [from, to), to the minute, from the coarsest rollups that cover it.
    [[nodiscard]] std::optional<Rollup> window(qint64 monitorId, const QDateTime &from,
                                               const QDateTime &to);
    // The rollup rows of one level in [from, to), oldest first, with their bucket start times.
    [[nodiscard]] std::optional<QList<std::pair<QDateTime, Rollup>>>
    series(qint64 monitorId, RollupLevel level, const QDateTime &from, const QDateTime &to);

    // The newest incidents first.
    [[nodiscard]] std::optional<QList<Incident>> incidents(qint64 monitorId, int limit = 100);
    // The state each monitor was left in by its open incident (monitors without one are absent).
    [[nodiscard]] std::optional<QHash<qint64, MonitorState>> openStates();

    // Calls `visit` for every matching result, per monitor in id order, oldest first, reading in
    // chunks so any amount of history fits in memory. `visit` returns false to stop early.
    bool forEachResult(const ResultFilter &filter,
                       const std::function<bool(const CheckResult &)> &visit);
    [[nodiscard]] std::optional<CheckResult> latestResult(qint64 monitorId);
    // The newest `count` results of a monitor, newest first.
    [[nodiscard]] std::optional<QList<CheckResult>> recentResults(qint64 monitorId, int count);
    // Every monitor's checks in the hour buckets from the one holding `since` on, in one query
    // (the desktop table's "uptime 24 h" for any number of monitors).
    [[nodiscard]] std::optional<QHash<qint64, UptimeCounts>> uptimeSince(const QDateTime &since);
    [[nodiscard]] std::optional<qint64> resultCount();

    [[nodiscard]] const QString &lastError() const;

private:
    bool addLevel(Rollup &total, RollupLevel level, qint64 monitorId, qint64 fromMs, qint64 toMs);
    bool cover(Rollup &total, int level, qint64 monitorId, qint64 fromMs, qint64 toMs);

    StoreDatabase &m_database;
};
