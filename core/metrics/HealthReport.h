#pragma once

#include "core/metrics/MetricsSnapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What /health answers: the state of the monitoring service itself, not of the sites it
// watches (a site that is down is the service working). From a MetricsSnapshot and the time:
//   failing (HTTP 503): monitoring is not running (starting, the database could not be loaded,
//     stopping), the history database is not open or writing to it fails, results waited
//     kWriterHungSeconds with no write at all, checks are stuck past their deadlines, or the
//     engine has not been sampled for kStaleSampleSeconds;
//   degraded (HTTP 200): it works but falls behind: an event loop (the owner's or a worker's)
//     lags kLagDegradedMs or more, results wait unwritten for kWritesBehindSeconds, or checks
//     started late in the last minute;
//   ok (HTTP 200) otherwise.
// An agent (several engines sharing one database) is failing once its heartbeat is so old that
// its leases may have expired, and degraded after two missed heartbeats; an observer is
// degraded when it could not read the leases for two heartbeats.
// `problems` says in one sentence each why the status is not ok.
class HealthReport {
public:
    enum class Status { Ok, Degraded, Failing };

    static constexpr qint64 kLagDegradedMs = 1000;
    static constexpr qint64 kWritesBehindSeconds = 10;
    // Results waiting this long with no write at all: the writer hangs (a stuck disk): failing.
    static constexpr qint64 kWriterHungSeconds = 60;
    static constexpr qint64 kStaleSampleSeconds = 10;

    [[nodiscard]] static HealthReport evaluate(const MetricsSnapshot &snapshot,
                                               const QDateTime &now);
    [[nodiscard]] static QString statusName(Status status);

    [[nodiscard]] Status status() const { return m_status; }
    // 200 unless failing: 503.
    [[nodiscard]] int httpStatus() const { return m_status == Status::Failing ? 503 : 200; }
    [[nodiscard]] const QStringList &problems() const { return m_problems; }
    // {"status", "problems", "monitors": {state: count, "total"}, "engine": {...},
    //  "seconds_since_last_history_write" (null before the first), "version", "uptime_seconds",
    //  and with agents "agent": {"role", "name", "location", "shards", "monitors",
    //  "heartbeat_age_seconds", "lease_seconds"}}
    [[nodiscard]] const QJsonObject &json() const { return m_json; }
    [[nodiscard]] QByteArray body() const;

private:
    void fail(const QString &problem);
    void degrade(const QString &problem);
    // An agent whose heartbeats stopped going through: failing once its leases may have
    // expired (it then checks nothing), degraded after two missed heartbeats.
    void judgeAgent(const AgentMetrics &agent, const QDateTime &loadedAt, const QDateTime &now);

    Status m_status = Status::Ok;
    QStringList m_problems;
    QJsonObject m_json;
};
