#include "ui/table/UnreadChecks.h"

#include <algorithm>

void UnreadChecks::add(const CheckResult &result)
{
    if (m_checks.size() >= kMaxChecks)
        m_checks.erase(m_checks.begin());
    m_checks.push_back({result.startedAt.toMSecsSinceEpoch(), result.verdict,
                        result.uptimeVerdict(), result.maintenance});
}

UptimeCounts UnreadChecks::dropSeen(const QDateTime &newest)
{
    if (newest.isValid()) {
        const qint64 newestMs = newest.toMSecsSinceEpoch();
        std::erase_if(m_checks,
                      [newestMs](const Check &check) { return check.startedAtMs <= newestMs; });
    }
    UptimeCounts counts;
    for (const Check &check : m_checks) {
        if (check.maintenance || !check.uptime)
            continue;
        counts.total += 1;
        counts.good += *check.uptime == Verdict::Down ? 0 : 1;
    }
    return counts;
}

void UnreadChecks::appendVerdicts(QList<int> &into) const
{
    for (const Check &check : m_checks)
        into.append(int(check.verdict));
}
