#pragma once

#include <QStringList>

class QCoreApplication;

// `upwatch bench checks|storage|ui`: the benchmarks. Each prints its numbers (a table, or one
// JSON line with --json) and asserts nothing about them: targets are read off the output.
namespace BenchCommand {

// Whether the arguments ask for `bench ui`, which needs a QApplication (on the offscreen
// platform when no other is set).
[[nodiscard]] bool wantsWidgets(const QStringList &arguments);

[[nodiscard]] int run(QCoreApplication &app, const QStringList &arguments);

} // namespace BenchCommand
