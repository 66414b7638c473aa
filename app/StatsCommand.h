#pragma once

#include <QStringList>

// `upwatch stats [--monitor ID|NAME] [--json]`: uptime over 24 h / 7 d / 30 d / 1 y and
// response times over 24 h, from the rollups.
namespace StatsCommand {

[[nodiscard]] int run(const QStringList &arguments);

} // namespace StatsCommand
