#include "core/model/Quorum.h"

#include "core/model/Monitor.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Quorum)
};

constexpr qint64 kSlackMs = 15'000;

QString describe(const QString &location, Reason reason, const QString &error)
{
    const QString where = location.isEmpty() ? Text::tr("here") : location;
    return Text::tr("%1: %2").arg(where, error.isEmpty() ? reasonName(reason) : error);
}

} // namespace

namespace Quorum {

qint64 freshForMs(const Monitor &monitor)
{
    return 2 * qint64(monitor.intervalSeconds) * 1000 + kSlackMs;
}

CheckResult judge(const Monitor &monitor, const CheckResult &own, const QList<LocationVote> &votes)
{
    if (monitor.locations <= 1 || votes.isEmpty())
        return own;
    QList<LocationVote> fresh;
    const qint64 freshMs = freshForMs(monitor);
    for (const LocationVote &vote : votes) {
        // Its own location's row, and a location that could not read the monitor's secret (it
        // never reached the endpoint), are no votes.
        if (vote.location == own.location || !vote.checkedAt.isValid() ||
            vote.reason == Reason::Secret)
            continue;
        const qint64 age = vote.checkedAt.msecsTo(own.startedAt);
        if (age <= freshMs && age >= -freshMs)
            fresh.append(vote);
    }
    // The newest ones, as many as the monitor is checked from besides this engine.
    std::sort(fresh.begin(), fresh.end(), [](const LocationVote &a, const LocationVote &b) {
        return a.checkedAt != b.checkedAt ? a.checkedAt > b.checkedAt : a.location < b.location;
    });
    if (fresh.size() > monitor.locations - 1)
        fresh.resize(monitor.locations - 1);
    if (fresh.isEmpty())
        return own;

    const int voters = int(fresh.size()) + 1;
    const int needed = std::min(monitor.quorum, voters);
    QStringList downFrom;
    if (!own.isUp())
        downFrom.append(describe(own.location, own.reason, own.error));
    const LocationVote *firstDown = nullptr;
    const LocationVote *firstUp = nullptr;
    for (const LocationVote &vote : std::as_const(fresh)) {
        if (vote.verdict == Verdict::Down) {
            downFrom.append(describe(vote.location, vote.reason, vote.error));
            firstDown = firstDown ? firstDown : &vote;
        }
        else {
            firstUp = firstUp ? firstUp : &vote;
        }
    }
    CheckResult judged = own;
    if (downFrom.size() >= needed) {
        if (own.isUp()) {
            judged.verdict = Verdict::Down;
            judged.reason = firstDown->reason;
        }
        judged.error = Text::tr("down from %1 of %2 locations (%3)")
                           .arg(downFrom.size())
                           .arg(voters)
                           .arg(downFrom.join(QStringLiteral("; ")));
    }
    else if (!own.isUp()) {
        // Below the quorum: this location's trouble alone is no outage.
        judged.verdict = firstUp->verdict;
        judged.reason = firstUp->reason;
        judged.error.clear();
    }
    return judged;
}

} // namespace Quorum
