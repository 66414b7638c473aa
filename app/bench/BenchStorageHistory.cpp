#include "app/bench/BenchStorageHistory.h"

#include "app/bench/BenchStorageWorkload.h"
#include "core/store/HistoryStore.h"
#include "core/store/HistoryWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(BenchStorage)
};

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
// Rollup rows of the past written per transaction.
constexpr qsizetype kPastRowsPerTransaction = 300'000;

} // namespace

BenchStorageHistory::BenchStorageHistory(HistoryStore &history, const QList<qint64> &monitorIds,
                                         int intervalS, int days, qint64 nowMs,
                                         const Retention &retention)
    : m_history(history)
    , m_monitorIds(monitorIds)
    , m_intervalS(intervalS)
    , m_startMs(nowMs - qint64(days) * kDayMs)
    , m_nowMs(nowMs)
    , m_retention(retention)
{
}

qint64 BenchStorageHistory::rawStartMs() const
{
    return std::max(m_startMs, m_nowMs - qint64(m_retention.rawHours) * kHourMs);
}

qint64 BenchStorageHistory::estimatedRows(qint64 monitors, int intervalS, int days,
                                          const Retention &retention)
{
    const qint64 historyMs = qint64(days) * kDayMs;
    const qint64 intervalMs = qint64(intervalS) * 1000;
    const auto rows = [&](qint64 keptMs, qint64 bucketMs) {
        return std::min(historyMs, keptMs) / std::max(bucketMs, intervalMs) + 1;
    };
    return monitors *
           (rows(retention.rawHours * kHourMs, 1) + rows(retention.minuteDays * kDayMs, kMinuteMs) +
            rows(retention.hourDays * kDayMs, kHourMs) + rows(retention.dayDays * kDayMs, kDayMs));
}

bool BenchStorageHistory::write(const Progress &progress, Totals *totals, QString *error)
{
    BenchStorageWorkload workload(m_monitorIds, m_intervalS, m_startMs);
    const qsizetype monitors = workload.monitorCount();
    const qint64 rawStart = rawStartMs();
    const qint64 minuteFrom = m_nowMs - m_retention.minuteDays * kDayMs;
    const qint64 hourFrom = m_nowMs - m_retention.hourDays * kDayMs;
    const qint64 dayFrom = m_nowMs - m_retention.dayDays * kDayMs;
    CheckResult result;
    QList<StateChange> changes;
    const auto failed = [&] {
        *error = m_history.lastError();
        return false;
    };

    // The past, an hour at a time: each monitor's checks summed into minute (within their
    // retention), hour and day rollups. A day or hour cut by the raw window's start is written
    // as far as it goes; append() merges the rest into it.
    QElapsedTimer clock;
    clock.start();
    std::vector<Rollup> days;
    days.resize(size_t(monitors));
    std::vector<Rollup> minutes(60);
    QList<RollupRow> rows;
    const qint64 pastHours = (rawStart - m_startMs + kHourMs - 1) / kHourMs;
    qint64 hoursDone = 0;
    for (qint64 hour = m_startMs; hour < rawStart; hour += kHourMs, ++hoursDone) {
        const qint64 hourEnd = std::min(hour + kHourMs, rawStart);
        const bool keepMinutes = hour >= minuteFrom;
        const qint64 day = hour / kDayMs * kDayMs;
        const bool dayEnds = hourEnd == rawStart || hourEnd % kDayMs == 0;
        for (qsizetype i = 0; i < monitors; ++i) {
            Rollup hourRollup;
            if (keepMinutes)
                std::fill(minutes.begin(), minutes.end(), Rollup{});
            while (workload.nextCheckMs(i) < hourEnd) {
                const qint64 at = workload.nextCheckMs(i);
                workload.check(i, result, false, changes);
                hourRollup.add(result);
                if (keepMinutes)
                    minutes.at(size_t((at - hour) / kMinuteMs)).add(result);
            }
            const qint64 id = m_monitorIds.at(i);
            for (size_t m = 0; m < minutes.size(); ++m) {
                const Rollup &minute = minutes.at(m);
                if (minute.total() + minute.maintenance > 0)
                    rows.append({RollupLevel::Minute, id, hour + qint64(m) * kMinuteMs, minute});
            }
            if (hour >= hourFrom && hourRollup.total() + hourRollup.maintenance > 0)
                rows.append({RollupLevel::Hour, id, hour, hourRollup});
            days.at(size_t(i)).merge(hourRollup);
            if (dayEnds) {
                if (day >= dayFrom && days.at(size_t(i)).total() > 0)
                    rows.append({RollupLevel::Day, id, day, days.at(size_t(i))});
                days.at(size_t(i)) = Rollup{};
            }
        }
        // Many rows per transaction: each touches a page or two per monitor and level wherever
        // it writes, so small transactions would rewrite the same pages thousands of times.
        if (rows.size() >= kPastRowsPerTransaction || hourEnd == rawStart) {
            if (!m_history.putRollups(rows) || !m_history.append({}, changes))
                return failed();
            totals->pastRollups += rows.size();
            totals->stateChanges += changes.size();
            rows.clear();
            changes.clear();
        }
        if (progress && (hoursDone + 1) % std::max<qint64>(1, pastHours / 20) == 0)
            progress(Text::tr("past rollups"), double(hoursDone + 1) / double(pastHours));
    }
    totals->pastSeconds = double(clock.nsecsElapsed()) / 1e9;

    // The raw window through append(), in the batches the history writer makes when results
    // come faster than its flush period, as they do under a simulated clock: kFlushAtResults.
    // Within an interval the monitors come in index order (the workload spreads them so).
    QList<CheckResult> batch;
    batch.reserve(HistoryWriter::kFlushAtResults);
    const qint64 rawMs = std::max<qint64>(1, m_nowMs - rawStart);
    qint64 nextReport = rawStart + rawMs / 20;
    const auto flush = [&] {
        if (batch.isEmpty() && changes.isEmpty())
            return true;
        QElapsedTimer timer;
        timer.start();
        const bool ok = m_history.append(batch, changes);
        totals->appendSeconds += double(timer.nsecsElapsed()) / 1e9;
        totals->rawResults += batch.size();
        totals->stateChanges += changes.size();
        ++totals->batches;
        batch.clear();
        changes.clear();
        return ok;
    };
    for (bool more = monitors > 0; more;) {
        for (qsizetype i = 0; i < monitors; ++i) {
            const qint64 at = workload.nextCheckMs(i);
            if (at >= m_nowMs) {
                more = false;
                break;
            }
            if (batch.size() >= HistoryWriter::kFlushAtResults && !flush())
                return failed();
            if (progress && at >= nextReport) {
                progress(Text::tr("raw results through append()"),
                         double(at - rawStart) / double(rawMs));
                nextReport += rawMs / 20;
            }
            workload.check(i, result, true, changes);
            batch.append(result);
        }
    }
    if (!flush())
        return failed();
    return true;
}
