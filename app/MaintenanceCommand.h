#pragma once

#include <QStringList>

// `upwatch maintenance add|list|remove`: the maintenance windows in the database. While one is
// open, the monitors it covers are still checked but show MAINTENANCE, raise no alert, and
// their checks are left out of uptime.
namespace MaintenanceCommand {

// `arguments` starts with the program name, "maintenance" and the action.
[[nodiscard]] int run(const QStringList &arguments);

} // namespace MaintenanceCommand
