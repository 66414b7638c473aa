#pragma once

#include "core/model/Monitor.h"
#include "core/store/LeaseStore.h"

#include <QHash>
#include <QSet>
#include <QString>

// Which agents check a monitor checked from several locations (Monitor::locations = N > 1):
// the agent that owns its shard, and one agent in each of the N - 1 other locations that rank
// highest for the monitor. The ranking is rendezvous hashing over the location's and the
// monitor's names, the same on every machine: each agent works out its own part from the same
// Peers, without talking to the others, and a location that comes or goes moves only the
// monitors it ranks for. Locations other than the owner's only; with fewer of them than N - 1,
// all of them.
namespace VoterPlan {

// The monitors of `monitors` that the agent named `self` votes on for their owners.
[[nodiscard]] QSet<qint64> votesOf(const QString &self, const QHash<qint64, Monitor> &monitors,
                                   const LeaseStore::Peers &peers);

} // namespace VoterPlan
