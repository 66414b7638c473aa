#pragma once

#include <QStringList>

// `upwatch stats [--monitor ID|NAME] [--json] [period]`: uptime over 24 h / 7 d / 30 d / 1 y,
// response times over 24 h and the minutes in maintenance per window; with a period (--month,
// --last-month, --from/--to) the uptime report's figures for it.
namespace StatsCommand {

[[nodiscard]] int run(const QStringList &arguments);

} // namespace StatsCommand
