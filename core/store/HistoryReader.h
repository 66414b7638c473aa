#pragma once

#include "core/model/CheckResult.h"
#include "core/model/MonitorState.h"
#include "core/model/Quorum.h"
#include "core/store/HistoryValues.h"
#include "core/store/Rollup.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QSqlQuery;
class StoreDatabase;

// Which raw results to read: some monitors (all when empty) between two times (open ends when
// invalid; since inclusive, until exclusive).
struct ResultFilter {
    QList<qint64> monitorIds;
    QDateTime since;
    QDateTime until;
};

// A stretch [fromMs, toMs) read from the rollups of one level.
struct RollupSpan {
    RollupLevel level = RollupLevel::Minute;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    friend bool operator==(const RollupSpan &, const RollupSpan &) = default;
};

// Reads history: uptime and response times of any window from rollups, incidents, raw results.
// Use it in the thread that opened the database; any number of readers may run beside the
// writer.
class HistoryReader {
public:
    explicit HistoryReader(StoreDatabase &database);

    // The rollups that make up the window [from, to), to the minute: `from` rounded up to a
    // whole minute, whole days and hours from their levels, the edges from finer ones; the
    // minute in progress at `to` counts. window() and uptime() both read these.
    [[nodiscard]] static QList<RollupSpan> windowSpans(const QDateTime &from, const QDateTime &to);

    // Everything checked in [from, to), to the minute (windowSpans) while the minute rollups
    // reach back to `from`. Where retention has pruned them (a 30-day window's first hour, a
    // year's first day: rollupPrunedBeforeKey), the window starts at the hour, or the day, that
    // holds `from`: it reads a little more rather than miss its first checks.
    [[nodiscard]] std::optional<Rollup> window(qint64 monitorId, const QDateTime &from,
                                               const QDateTime &to);
    // Every monitor's checks in the same window as window() counts, in a few queries for any
    // number of monitors (monitors without checks are absent).
    [[nodiscard]] std::optional<QHash<qint64, UptimeCounts>> uptime(const QDateTime &from,
                                                                    const QDateTime &to);
    // The rollup rows of one level in [from, to), oldest first, with their bucket start times.
    [[nodiscard]] std::optional<QList<std::pair<QDateTime, Rollup>>>
    series(qint64 monitorId, RollupLevel level, const QDateTime &from, const QDateTime &to);

    // The newest incidents first.
    [[nodiscard]] std::optional<QList<Incident>> incidents(qint64 monitorId, int limit = 100);
    // How long the monitor's records say it spent in `state` within [from, to), in ms (a record
    // still open lasts until `to`): the time in maintenance, down, degraded...
    [[nodiscard]] std::optional<qint64> timeInState(qint64 monitorId, MonitorState state,
                                                    const QDateTime &from, const QDateTime &to);
    // The incidents of these monitors that overlap [from, to) (started before `to`, ended after
    // `from` or still open), maintenance periods included: per monitor in the order given,
    // oldest first.
    [[nodiscard]] std::optional<QList<Incident>>
    incidentsBetween(const QList<qint64> &monitorIds, const QDateTime &from, const QDateTime &to);
    // The state each monitor was left in by its open incident (monitors without one are absent).
    [[nodiscard]] std::optional<QHash<qint64, MonitorState>> openStates();
    // Every monitor's live state as the engines that share the database wrote it (monitors no
    // engine with a location has checked are absent).
    [[nodiscard]] std::optional<QHash<qint64, LiveState>> liveStates();
    // The votes of the locations other than `except` on monitors checked from several (their
    // newest check from each), by monitor, newest first; only votes made at `sinceMs` (ms since
    // the epoch) or later.
    [[nodiscard]] std::optional<QHash<qint64, QList<LocationVote>>> votes(const QString &except,
                                                                          qint64 sinceMs);
    // Per monitor, its results stored after the time given for it (ms since the epoch), oldest
    // first, at most `limit` of the newest each; monitors without any are absent.
    [[nodiscard]] std::optional<QHash<qint64, QList<CheckResult>>>
    resultsAfter(const QHash<qint64, qint64> &afterMs, int limit);

    // Calls `visit` for every matching result, per monitor in id order, oldest first, reading in
    // chunks so any amount of history fits in memory. `visit` returns false to stop early.
    bool forEachResult(const ResultFilter &filter,
                       const std::function<bool(const CheckResult &)> &visit);
    [[nodiscard]] std::optional<CheckResult> latestResult(qint64 monitorId);
    // The newest `count` results of a monitor, newest first.
    [[nodiscard]] std::optional<QList<CheckResult>> recentResults(qint64 monitorId, int count);
    [[nodiscard]] std::optional<qint64> resultCount();
    // Every monitor's newest check that a window up to `to` counts (windowSpans: up to the end of
    // the minute in progress at `to`), one index lookup per monitor; monitors without one are
    // absent.
    [[nodiscard]] std::optional<QHash<qint64, QDateTime>> newestChecks(const QDateTime &to);

    // Runs `reads` (calls of this reader) in one read transaction, so they all see the history
    // of the same moment while the writer goes on; false when `reads` or the transaction fails.
    bool readTogether(const std::function<bool()> &reads);

    [[nodiscard]] const QString &lastError() const;

    // The rollups table's columns that make up a Rollup, in the order rollupFromRow() reads
    // them ("up, degraded, down, timed, sum_ms, min_ms, max_ms, histogram, resolve_sum, ...").
    [[nodiscard]] static QString rollupColumns();
    // The phase columns alone ("resolve_sum, resolve_count, connect_sum, ..."), kAllPhases order.
    [[nodiscard]] static QString rollupPhaseColumns();
    // A Rollup from rollupColumns() starting at column `first` of the current row.
    [[nodiscard]] static Rollup rollupFromRow(const QSqlQuery &query, int first);

private:
    // windowSpans() from `from`, or from the hour or day holding it where retention has pruned
    // the finer level there.
    [[nodiscard]] std::optional<QList<RollupSpan>> prunedWindowSpans(const QDateTime &from,
                                                                     const QDateTime &to);
    bool addSpan(Rollup &total, qint64 monitorId, const RollupSpan &span);
    bool addCounts(QHash<qint64, UptimeCounts> &counts, const RollupSpan &span);

    StoreDatabase &m_database;
};
