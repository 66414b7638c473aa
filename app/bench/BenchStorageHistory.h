#pragma once

#include "core/store/Retention.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <functional>

class HistoryStore;

// Writes the history `upwatch bench storage` measures: what `monitorIds`, checked every
// `intervalS`, leave in the store after `days` days up to `nowMs` under `retention`.
// The clock is simulated (nothing waits): the past beyond the raw window is written as the
// rollups append() would have left (the same Rollup code sums the same simulated checks, and
// the incidents go through append()); the raw window, the last retention.rawHours, goes
// through HistoryStore::append() itself in batches of HistoryWriter::kFlushAtResults, as the
// history writer makes them when results come faster than its flush period. Both run in time order,
// every monitor side by side, as the store sees them.
class BenchStorageHistory {
public:
    struct Totals {
        qint64 pastRollups = 0;   // rows written for the past
        double pastSeconds = 0;   // writing them, with simulating the checks
        qint64 rawResults = 0;    // results through append()
        qint64 batches = 0;       // append() calls
        double appendSeconds = 0; // inside append() alone
        qint64 stateChanges = 0;  // incidents opened and closed
    };
    // Progress of a long phase: its name and the share done (0..1).
    using Progress = std::function<void(const QString &phase, double done)>;

    BenchStorageHistory(HistoryStore &history, const QList<qint64> &monitorIds, int intervalS,
                        int days, qint64 nowMs, const Retention &retention);

    // Rows such a history holds at most, to refuse a run that would not end in reasonable time.
    [[nodiscard]] static qint64 estimatedRows(qint64 monitors, int intervalS, int days,
                                              const Retention &retention);
    [[nodiscard]] qint64 rawStartMs() const;

    // False with *error when the store fails.
    bool write(const Progress &progress, Totals *totals, QString *error);

private:
    HistoryStore &m_history;
    QList<qint64> m_monitorIds;
    int m_intervalS = 0;
    qint64 m_startMs = 0;
    qint64 m_nowMs = 0;
    Retention m_retention;
};
