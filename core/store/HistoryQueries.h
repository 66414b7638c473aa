#pragma once

#include "core/model/CheckResult.h"
#include "core/store/ChartSeries.h"
#include "core/store/HistoryValues.h"
#include "core/store/MonitorSummary.h"
#include "core/store/Rollup.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <optional>

class HistoryReader;
class QObject;
class StoreThread;

// How far back a chart reaches.
enum class HistoryRange { Hour, Day, Week, Month, Year };

// What a monitor's "last error" says: the failed check's reason, error text and time.
struct LastFailure {
    Reason reason = Reason::Unknown;
    QString error;
    QDateTime at;
    friend bool operator==(const LastFailure &, const LastFailure &) = default;
};

// Uptime and response times over the last 24 h, 7 d, 30 d and year (HistoryQueries::kUptimeSpans
// in that order), as the detail pane and `upwatch stats` show them.
struct UptimeWindows {
    std::array<Rollup, 4> windows;
    // The time spent in maintenance in each window, in ms (left out of uptime).
    std::array<qint64, 4> maintenanceMs{};
    [[nodiscard]] const Rollup &day() const { return windows.front(); }
    // Counts a check that came after the read in every window.
    void add(const CheckResult &result);
};

// A response-time chart of one monitor, ready to draw: points oldest first, no more than the
// chart is wide.
struct ChartData {
    QList<ChartPoint> points;
    QDateTime from;
    QDateTime to;
    bool raw = false; // every point is one check (the hour); else rollup buckets
    Rollup total;     // every check from `from` to `to`: the average and 95th percentile
    QDateTime newest; // the newest check the read saw; invalid when there was none
    // The monitor has checks before `from` (in the year before it). When not, the monitor is
    // younger than the range and a chart may start at its first check.
    bool historyBefore = false;
    // A live check the read did not see (newer than `newest`; others are ignored): one more
    // point (in its bucket unless raw) and counted in the total; the range ends at `now`.
    void add(const CheckResult &result, HistoryRange range, const QDateTime &now);
};

// What the detail pane shows beside the chart.
struct DetailInfo {
    UptimeWindows uptime;
    QList<Incident> incidents; // newest first
    std::optional<LastFailure> lastFailure;
    QDateTime newest; // the newest check the read saw; invalid when there was none
    // A live check the read did not see (newer than `newest`; others are ignored): counted in
    // the uptime windows, and the last failure when it failed.
    void add(const CheckResult &result);
    // A live state change, as the store records it: it ends the open incident, and going down,
    // unreachable or degraded opens one. A change the read already saw is ignored.
    void apply(const StateChange &change);
};

// What came back from the store thread: a value, or why there is none.
template<typename T>
struct HistoryAnswer {
    std::optional<T> value;
    QString error;
};

// The questions the window and the command line ask of the history, answered from a
// HistoryReader: chart series (level by range, thinned to a width), uptime windows, incidents and
// the last error, the table's summaries and its uptime over 24 h. Uptime "over the last 24 h"
// has one meaning everywhere: the checks from now - 24 h (to the minute) to now
// (HistoryReader::windowSpans). Use an object in the thread that opened the database; the
// load* functions run the same queries in a StoreThread and answer in the caller's thread.
class HistoryQueries {
public:
    static constexpr qint64 kHourMs = 3600 * 1000;
    static constexpr qint64 kDayMs = 24 * kHourMs;
    static constexpr std::array<qint64, 4> kUptimeSpans{kDayMs, 7 * kDayMs, 30 * kDayMs,
                                                        365 * kDayMs};
    static constexpr int kIncidentLimit = 100;
    // The newest checks searched for the last failure before the incidents are.
    static constexpr int kRecentForLastError = 200;

    explicit HistoryQueries(HistoryReader &reader);

    [[nodiscard]] static qint64 rangeMs(HistoryRange range);
    // The rollups a range's chart is drawn from; nullopt: single checks.
    [[nodiscard]] static std::optional<RollupLevel> chartLevel(HistoryRange range);

    // `range` up to `now` in at most `maxPoints` points. The start is rounded down to the
    // level's bucket.
    [[nodiscard]] std::optional<ChartData> chart(qint64 monitorId, HistoryRange range,
                                                 const QDateTime &now, int maxPoints);
    [[nodiscard]] std::optional<UptimeWindows> uptimeWindows(qint64 monitorId,
                                                             const QDateTime &now);
    // Uptime windows, the newest kIncidentLimit incidents and the last failure: the newest failed
    // check still kept raw, else what started the newest outage.
    [[nodiscard]] std::optional<DetailInfo> detail(qint64 monitorId, const QDateTime &now);
    // Every monitor's checks over the last 24 h (what uptimeWindows(...).day() counts) and the
    // newest of them, read together. Monitors without checks are absent.
    [[nodiscard]] std::optional<QHash<qint64, DayUptime>> dayUptime(const QDateTime &now);
    // The table's start: the newest `recentCount` verdicts and latest result of each monitor, its
    // uptime over 24 h and the newest check all of them hold, read together. A monitor whose
    // history cannot be read is left empty.
    [[nodiscard]] QHash<qint64, MonitorSummary> summaries(const QList<qint64> &monitorIds,
                                                          const QDateTime &now, int recentCount);

    [[nodiscard]] const QString &lastError() const;

    static void loadChart(StoreThread &store, QObject *context, qint64 monitorId,
                          HistoryRange range, const QDateTime &now, int maxPoints,
                          std::function<void(const HistoryAnswer<ChartData> &)> done);
    static void loadDetail(StoreThread &store, QObject *context, qint64 monitorId,
                           const QDateTime &now,
                           std::function<void(const HistoryAnswer<DetailInfo> &)> done);
    static void
    loadSummaries(StoreThread &store, QObject *context, const QList<qint64> &monitorIds,
                  const QDateTime &now, int recentCount,
                  std::function<void(const HistoryAnswer<QHash<qint64, MonitorSummary>> &)> done);
    static void
    loadDayUptime(StoreThread &store, QObject *context, const QDateTime &now,
                  std::function<void(const HistoryAnswer<QHash<qint64, DayUptime>> &)> done);

private:
    // dayUptime() inside the caller's read transaction.
    [[nodiscard]] std::optional<QHash<qint64, DayUptime>> readDayUptime(const QDateTime &now);

    HistoryReader &m_reader;
};
