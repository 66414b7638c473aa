#include "core/store/HistoryQueries.h"

#include "core/store/HistoryReader.h"
#include "core/store/StoreDatabase.h"
#include "core/store/StoreThread.h"

#include <algorithm>

namespace {

// A failed or degraded check: what the detail pane names as the last problem.
std::optional<LastFailure> failureOf(const CheckResult &result)
{
    // A check made during maintenance failed as planned.
    if (result.verdict == Verdict::Up || result.maintenance)
        return std::nullopt;
    return LastFailure{result.reason, result.error, result.startedAt};
}

// Where a chart of `range` up to `now` starts: `now - range`, down to its rollup bucket.
QDateTime chartStart(HistoryRange range, const QDateTime &now)
{
    const QDateTime from = now.addMSecs(-HistoryQueries::rangeMs(range));
    const auto level = HistoryQueries::chartLevel(range);
    if (!level)
        return from;
    return QDateTime::fromMSecsSinceEpoch(rollupBucketStart(*level, from.toMSecsSinceEpoch()),
                                          Qt::UTC);
}

template<typename T>
void load(StoreThread &store, QObject *context,
          std::function<std::optional<T>(HistoryQueries &)> ask,
          std::function<void(const HistoryAnswer<T> &)> done)
{
    StoreThread *thread = &store;
    store.run<HistoryAnswer<T>>(
        context,
        [thread, ask = std::move(ask)](StoreDatabase *database) {
            HistoryAnswer<T> answer;
            if (!database) {
                answer.error = thread->openError();
                return answer;
            }
            HistoryReader reader(*database);
            HistoryQueries queries(reader);
            answer.value = ask(queries);
            if (!answer.value)
                answer.error = queries.lastError();
            return answer;
        },
        std::move(done));
}

} // namespace

void UptimeWindows::add(const CheckResult &result)
{
    for (Rollup &window : windows)
        window.add(result);
}

void ChartData::add(const CheckResult &result, HistoryRange range, const QDateTime &now)
{
    if (newest.isValid() && result.startedAt <= newest)
        return;
    newest = result.startedAt;
    to = std::max(to, now);
    from = std::max(from, chartStart(range, to));
    ChartPoint point = ChartSeries::fromResult(result);
    if (const auto level = HistoryQueries::chartLevel(range))
        point.atMs = rollupBucketStart(*level, point.atMs);
    const qint64 fromMs = from.toMSecsSinceEpoch();
    points.removeIf([fromMs](const ChartPoint &p) { return p.atMs < fromMs; });
    if (!raw && !points.isEmpty() && points.last().atMs == point.atMs)
        points.last() = ChartSeries::merge(points.last(), point);
    else
        points.append(point);
    total.add(result);
}

void DetailInfo::add(const CheckResult &result)
{
    if (newest.isValid() && result.startedAt <= newest)
        return;
    newest = result.startedAt;
    uptime.add(result);
    if (auto failure = failureOf(result))
        lastFailure = std::move(failure);
}

void DetailInfo::apply(const StateChange &change)
{
    const bool seen = std::any_of(incidents.cbegin(), incidents.cend(), [&](const Incident &i) {
        return i.startedAt >= change.at || (i.endedAt.isValid() && i.endedAt >= change.at);
    });
    if (seen || change.keepsIncident())
        return;
    for (Incident &incident : incidents) {
        if (!incident.endedAt.isValid())
            incident.endedAt = change.at;
    }
    if (!change.opensRecord())
        return;
    Incident opened;
    opened.monitorId = change.monitorId;
    opened.state = change.to;
    opened.reason = change.reason;
    opened.error = change.error;
    opened.startedAt = change.at;
    incidents.prepend(opened);
    if (incidents.size() > HistoryQueries::kIncidentLimit)
        incidents.removeLast();
}

HistoryQueries::HistoryQueries(HistoryReader &reader)
    : m_reader(reader)
{
}

const QString &HistoryQueries::lastError() const
{
    return m_reader.lastError();
}

qint64 HistoryQueries::rangeMs(HistoryRange range)
{
    switch (range) {
    case HistoryRange::Hour:
        return kHourMs;
    case HistoryRange::Day:
        return kDayMs;
    case HistoryRange::Week:
        return 7 * kDayMs;
    case HistoryRange::Month:
        return 30 * kDayMs;
    case HistoryRange::Year:
        break;
    }
    return 365 * kDayMs;
}

std::optional<RollupLevel> HistoryQueries::chartLevel(HistoryRange range)
{
    switch (range) {
    case HistoryRange::Hour:
        return std::nullopt;
    case HistoryRange::Day:
    case HistoryRange::Week:
        return RollupLevel::Minute;
    case HistoryRange::Month:
        return RollupLevel::Hour;
    case HistoryRange::Year:
        break;
    }
    return RollupLevel::Day;
}

std::optional<ChartData> HistoryQueries::chart(qint64 monitorId, HistoryRange range,
                                               const QDateTime &now, int maxPoints)
{
    ChartData data;
    data.to = now;
    data.from = chartStart(range, now);
    const auto level = chartLevel(range);
    data.raw = !level;
    QList<ChartPoint> points;
    const bool ok = m_reader.readTogether([&] {
        const auto total = m_reader.window(monitorId, now.addMSecs(-rangeMs(range)), now);
        if (!total)
            return false;
        data.total = *total;
        const auto latest = m_reader.recentResults(monitorId, 1);
        if (!latest)
            return false;
        if (!latest->isEmpty())
            data.newest = latest->constFirst().startedAt;
        const auto before =
            m_reader.window(monitorId, data.from.addMSecs(-kUptimeSpans.back()), data.from);
        if (!before)
            return false;
        data.historyBefore = before->total() > 0;
        if (!level) {
            ResultFilter filter;
            filter.monitorIds = {monitorId};
            filter.since = data.from;
            filter.until = now;
            return m_reader.forEachResult(filter, [&points](const CheckResult &result) {
                points.append(ChartSeries::fromResult(result));
                return true;
            });
        }
        const auto rows = m_reader.series(monitorId, *level, data.from, now);
        if (!rows)
            return false;
        points.reserve(rows->size());
        for (const auto &[bucket, rollup] : *rows)
            points.append(ChartSeries::fromRollup(bucket.toMSecsSinceEpoch(), rollup));
        return true;
    });
    if (!ok)
        return std::nullopt;
    // A monitor younger than the range is drawn from its first check: the slots span that.
    const qint64 spanStart = data.historyBefore || points.isEmpty() ? data.from.toMSecsSinceEpoch()
                                                                    : points.constFirst().atMs;
    data.points =
        ChartSeries::downsampleByTime(points, spanStart, data.to.toMSecsSinceEpoch(), maxPoints);
    return data;
}

std::optional<UptimeWindows> HistoryQueries::uptimeWindows(qint64 monitorId, const QDateTime &now)
{
    UptimeWindows uptime;
    for (std::size_t i = 0; i < kUptimeSpans.size(); ++i) {
        const QDateTime from = now.addMSecs(-kUptimeSpans.at(i));
        const auto window = m_reader.window(monitorId, from, now);
        const auto maintenance =
            m_reader.timeInState(monitorId, MonitorState::Maintenance, from, now);
        if (!window || !maintenance)
            return std::nullopt;
        uptime.windows.at(i) = *window;
        uptime.maintenanceMs.at(i) = *maintenance;
    }
    return uptime;
}

std::optional<DetailInfo> HistoryQueries::detail(qint64 monitorId, const QDateTime &now)
{
    DetailInfo info;
    const bool ok = m_reader.readTogether([&] {
        const auto uptime = uptimeWindows(monitorId, now);
        const auto incidents = m_reader.incidents(monitorId, kIncidentLimit);
        const auto recent = m_reader.recentResults(monitorId, kRecentForLastError);
        if (!uptime || !incidents || !recent)
            return false;
        info.uptime = *uptime;
        info.incidents = *incidents;
        if (!recent->isEmpty())
            info.newest = recent->constFirst().startedAt;
        const auto failed = std::find_if(recent->cbegin(), recent->cend(),
                                         [](const CheckResult &r) { return bool(failureOf(r)); });
        if (failed != recent->cend()) {
            info.lastFailure = failureOf(*failed);
            return true;
        }
        // Incidents are outages and degraded spells alike; the newest comes first. Maintenance
        // is planned, not a problem.
        const auto last = std::find_if(incidents->cbegin(), incidents->cend(), [](const auto &i) {
            return i.state != MonitorState::Maintenance;
        });
        if (last != incidents->cend())
            info.lastFailure = LastFailure{last->reason, last->error, last->startedAt};
        return true;
    });
    if (!ok)
        return std::nullopt;
    return info;
}

std::optional<QHash<qint64, DayUptime>> HistoryQueries::dayUptime(const QDateTime &now)
{
    std::optional<QHash<qint64, DayUptime>> uptime;
    if (!m_reader.readTogether([&] {
            uptime = readDayUptime(now);
            return uptime.has_value();
        }))
        return std::nullopt;
    return uptime;
}

std::optional<QHash<qint64, DayUptime>> HistoryQueries::readDayUptime(const QDateTime &now)
{
    const auto counts = m_reader.uptime(now.addMSecs(-kUptimeSpans.front()), now);
    const auto newest = m_reader.newestChecks(now);
    if (!counts || !newest)
        return std::nullopt;
    QHash<qint64, DayUptime> uptime;
    uptime.reserve(newest->size());
    for (auto it = newest->cbegin(); it != newest->cend(); ++it)
        uptime[it.key()].newest = it.value();
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        uptime[it.key()].counts = it.value();
    return uptime;
}

QHash<qint64, MonitorSummary> HistoryQueries::summaries(const QList<qint64> &monitorIds,
                                                        const QDateTime &now, int recentCount)
{
    QHash<qint64, MonitorSummary> summaries;
    summaries.reserve(monitorIds.size());
    // One snapshot: the counts, the verdicts and `newest` describe the same checks.
    m_reader.readTogether([&] {
        const auto uptime = readDayUptime(now);
        for (const qint64 id : monitorIds) {
            MonitorSummary summary;
            const DayUptime day = uptime ? uptime->value(id) : DayUptime{};
            // No newest check: nothing to show (or the history could not be read).
            const auto recent =
                day.newest.isValid() ? m_reader.recentResults(id, recentCount) : std::nullopt;
            if (recent) {
                summary.day = day.counts;
                summary.newest = day.newest;
                // Checks after the window (written after `now`) are not in `day`: they are
                // left to the live results, like every check after `newest`.
                for (auto it = recent->crbegin(); it != recent->crend(); ++it) {
                    if (it->startedAt > day.newest)
                        break;
                    summary.recent.append(it->verdict);
                    summary.latest = *it;
                }
            }
            summaries.insert(id, summary);
        }
        return true;
    });
    return summaries;
}

void HistoryQueries::loadChart(StoreThread &store, QObject *context, qint64 monitorId,
                               HistoryRange range, const QDateTime &now, int maxPoints,
                               std::function<void(const HistoryAnswer<ChartData> &)> done)
{
    load<ChartData>(
        store, context,
        [=](HistoryQueries &queries) { return queries.chart(monitorId, range, now, maxPoints); },
        std::move(done));
}

void HistoryQueries::loadDetail(StoreThread &store, QObject *context, qint64 monitorId,
                                const QDateTime &now,
                                std::function<void(const HistoryAnswer<DetailInfo> &)> done)
{
    load<DetailInfo>(
        store, context, [=](HistoryQueries &queries) { return queries.detail(monitorId, now); },
        std::move(done));
}

void HistoryQueries::loadSummaries(
    StoreThread &store, QObject *context, const QList<qint64> &monitorIds, const QDateTime &now,
    int recentCount, std::function<void(const HistoryAnswer<QHash<qint64, MonitorSummary>> &)> done)
{
    load<QHash<qint64, MonitorSummary>>(
        store, context,
        [=](HistoryQueries &queries) {
            return std::optional(queries.summaries(monitorIds, now, recentCount));
        },
        std::move(done));
}

void HistoryQueries::loadDayUptime(
    StoreThread &store, QObject *context, const QDateTime &now,
    std::function<void(const HistoryAnswer<QHash<qint64, DayUptime>> &)> done)
{
    load<QHash<qint64, DayUptime>>(
        store, context, [=](HistoryQueries &queries) { return queries.dayUptime(now); },
        std::move(done));
}
