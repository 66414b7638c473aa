#pragma once

#include "core/model/CheckResult.h"
#include "core/model/MonitorState.h"

#include <QList>

#include <vector>

// The checks of `upwatch bench storage`'s simulated monitors: each endpoint has its own usual
// response time (5 to 400 ms, more fast ones than slow) with jitter, about 1% slow (degraded)
// checks, and outages of 1 to 10 checks (connection refused) about once a week at 30 s.
// Every timed check has its five timing phases, as a fresh HTTPS connection gives. Seeded: the
// same options give the same history.
class BenchStorageWorkload {
public:
    BenchStorageWorkload(const QList<qint64> &monitorIds, int intervalS, qint64 startMs);

    [[nodiscard]] qsizetype monitorCount() const { return qsizetype(m_endpoints.size()); }
    // When the monitor at `index` is next checked (ms since the epoch).
    [[nodiscard]] qint64 nextCheckMs(qsizetype index) const;
    // Its next check (at nextCheckMs()), into `result` (startedAt left alone unless
    // `withTime`); a change of state goes to `changes`.
    void check(qsizetype index, CheckResult &result, bool withTime, QList<StateChange> &changes);

private:
    struct Endpoint {
        qint64 id = 0;
        qint64 nextMs = 0;
        int typicalMs = 0;
        int outageLeft = 0;
        bool down = false;
    };

    // A uniform double in [0, 1) from splitmix64: a billion checks a year want a cheap generator.
    double unit();

    std::vector<Endpoint> m_endpoints;
    qint64 m_intervalMs = 0;
    quint64 m_state = 20261202;
    QString m_refused;
    QString m_slow;
};
