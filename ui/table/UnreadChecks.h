#pragma once

#include "core/model/CheckResult.h"
#include "core/store/HistoryValues.h"

#include <QDateTime>
#include <QList>

#include <optional>
#include <vector>

// The live checks of one table row that no read of the history has seen yet, in the order they
// came: what the table adds to a summary or an uptime refresh, so a check the read already
// counted is not counted twice and one it did not see is not lost.
class UnreadChecks {
public:
    // Checks kept until a read sees them; beyond that the oldest are taken as seen (they only
    // pile up while the history cannot be read).
    static constexpr std::size_t kMaxChecks = 128;

    void add(const CheckResult &result);
    // Forgets the checks up to `newest` (the read saw them; invalid: it saw none) and counts
    // the rest, but for those made during maintenance and the votes uptime leaves out.
    UptimeCounts dropSeen(const QDateTime &newest);
    // The verdicts of the checks left, oldest first, after `into`.
    void appendVerdicts(QList<int> &into) const;
    [[nodiscard]] std::size_t size() const { return m_checks.size(); }

private:
    struct Check {
        qint64 startedAtMs = 0;
        Verdict verdict = Verdict::Up;
        std::optional<Verdict> uptime; // what uptime counts it as (CheckResult::uptimeVerdict())
        bool maintenance = false;      // counted nowhere: planned outages stay out of uptime
    };
    std::vector<Check> m_checks;
};
