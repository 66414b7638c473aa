#pragma once

#include "core/model/CheckResult.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

struct Monitor;

// One location's newest check of a monitor checked from several (schema 8's location_votes).
struct LocationVote {
    QString location;
    Verdict verdict = Verdict::Up;
    Reason reason = Reason::Ok;
    QString error;
    QDateTime checkedAt; // UTC
    friend bool operator==(const LocationVote &, const LocationVote &) = default;
};

Q_DECLARE_TYPEINFO(LocationVote, Q_RELOCATABLE_TYPE);

// How a monitor checked from several locations is judged: the engine that owns it checks it
// too, and its state follows the quorum of its own check and the other locations' votes.
namespace Quorum {

// A vote counts for a check made this long after it at most: two intervals and some slack for
// the agents' schedules and the writers' batches.
[[nodiscard]] qint64 freshForMs(const Monitor &monitor);

// What the monitor's state is decided from, given the engine's own check `own` and the other
// locations' `votes` (any order; its own location's are ignored): DOWN when at least
// Monitor::quorum locations see it down among the fresh votes (the newest, up to
// Monitor::locations in all), or all of them when fewer report. Otherwise up, as the own check
// or the newest location that sees it up says. The error names where it was down from.
// A monitor checked from one location, or without fresh votes, is judged by `own` alone.
[[nodiscard]] CheckResult judge(const Monitor &monitor, const CheckResult &own,
                                const QList<LocationVote> &votes);

} // namespace Quorum
