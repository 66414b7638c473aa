#pragma once

#include <QStringList>

// `upwatch agents [--json]`: the agents that share the database (`upwatch run --location`, the
// window made an agent), each with its location, host, heartbeat age, and the shards and
// monitors it leases now.
namespace AgentsCommand {

[[nodiscard]] int run(const QStringList &arguments);

} // namespace AgentsCommand
