#pragma once

#include <QStringList>

// `upwatch monitor add|list|remove|pause|resume`: edit the monitors in the database.
namespace MonitorCommand {

// `arguments` starts with the program name, "monitor" and the action.
[[nodiscard]] int run(const QStringList &arguments);

} // namespace MonitorCommand
