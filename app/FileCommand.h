#pragma once

#include <QStringList>

// `upwatch import FILE.json` and `upwatch export FILE.json`: monitor definitions as a versioned
// JSON file (never secrets). "-" is standard input or output.
namespace FileCommand {

[[nodiscard]] int importMonitors(const QStringList &arguments);
[[nodiscard]] int exportMonitors(const QStringList &arguments);

} // namespace FileCommand
