#include "app/bench/BenchStorageWorkload.h"

#include <algorithm>
#include <cmath>

namespace {

// Chances per check, so that an outage comes about once a week at 30 s.
constexpr double kOutageChance = 1.0 / 20'000;
constexpr double kSlowChance = 0.01;
constexpr int kSlowMs = 2000;

} // namespace

BenchStorageWorkload::BenchStorageWorkload(const QList<qint64> &monitorIds, int intervalS,
                                           qint64 startMs)
    : m_intervalMs(qint64(intervalS) * 1000)
    , m_refused(QStringLiteral("Connection refused"))
    , m_slow(QStringLiteral("response took 2000 ms, above the 1000 ms threshold"))
{
    m_endpoints.reserve(size_t(monitorIds.size()));
    const auto count = qint64(monitorIds.size());
    for (qint64 i = 0; i < count; ++i) {
        Endpoint endpoint;
        endpoint.id = monitorIds.at(i);
        // Spread over the interval, as the scheduler starts monitors.
        endpoint.nextMs = startMs + i * m_intervalMs / count;
        // Log-uniform from 5 to 400 ms.
        endpoint.typicalMs = int(std::lround(5.0 * std::pow(80.0, unit())));
        m_endpoints.push_back(endpoint);
    }
}

double BenchStorageWorkload::unit()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return double(z >> 11) * 0x1.0p-53;
}

qint64 BenchStorageWorkload::nextCheckMs(qsizetype index) const
{
    return m_endpoints.at(size_t(index)).nextMs;
}

void BenchStorageWorkload::check(qsizetype index, CheckResult &result, bool withTime,
                                 QList<StateChange> &changes)
{
    Endpoint &endpoint = m_endpoints.at(size_t(index));
    result.monitorId = endpoint.id;
    if (withTime)
        result.startedAt = QDateTime::fromMSecsSinceEpoch(endpoint.nextMs, Qt::UTC);
    result.phases = {};
    if (endpoint.outageLeft == 0 && unit() < kOutageChance)
        endpoint.outageLeft = 1 + int(unit() * 10);
    const bool down = endpoint.outageLeft > 0;
    if (down) {
        --endpoint.outageLeft;
        result.verdict = Verdict::Down;
        result.reason = Reason::Refused;
        result.httpStatus = 0;
        result.responseMs = 1 + qint64(unit() * 20);
        result.error = m_refused;
        result.phases[Phase::Resolve] = 1;
    }
    else {
        const bool slow = unit() < kSlowChance;
        const auto ms =
            slow ? kSlowMs : std::max(1, int(endpoint.typicalMs * (0.7 + 0.9 * unit())));
        result.verdict = slow ? Verdict::Degraded : Verdict::Up;
        result.reason = slow ? Reason::Slow : Reason::Ok;
        result.httpStatus = 200;
        result.responseMs = ms;
        if (slow)
            result.error = m_slow;
        else if (!result.error.isEmpty())
            result.error.clear();
        // Resolve, connect and TLS take about a third; the server and the transfer the rest.
        const int resolve = std::min(ms, 1 + int(unit() * 3));
        const int connect = ms / 8;
        const int tls = ms / 5;
        const int transfer = ms / 10;
        result.phases[Phase::Resolve] = resolve;
        result.phases[Phase::Connect] = connect;
        result.phases[Phase::Tls] = tls;
        result.phases[Phase::Transfer] = transfer;
        result.phases[Phase::Processing] = std::max(0, ms - resolve - connect - tls - transfer);
    }
    if (down != endpoint.down) {
        StateChange change;
        change.monitorId = endpoint.id;
        change.at = QDateTime::fromMSecsSinceEpoch(endpoint.nextMs, Qt::UTC);
        change.from = down ? MonitorState::Up : MonitorState::Down;
        change.to = down ? MonitorState::Down : MonitorState::Up;
        change.reason = result.reason;
        change.error = result.error;
        changes.append(change);
        endpoint.down = down;
    }
    endpoint.nextMs += m_intervalMs;
}
