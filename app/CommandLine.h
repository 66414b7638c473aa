#pragma once

#include <QStringList>

class QCoreApplication;

// Picks the command from the arguments and runs it. Returns the process exit code.
namespace CommandLine {

[[nodiscard]] int run(QCoreApplication &app, const QStringList &arguments);
[[nodiscard]] QString helpText();

} // namespace CommandLine
