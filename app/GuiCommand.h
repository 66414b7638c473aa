#pragma once

#include <QStringList>

#include <optional>

// `upwatch [--db PATH] [--minimized]`: the desktop app.
namespace GuiCommand {
// True when the arguments ask for the window rather than a command: none at all, or options
// only (other than --help and --version).
[[nodiscard]] bool wanted(const QStringList &arguments);
// Why the window cannot open here (no display), or nullopt.
[[nodiscard]] std::optional<QString> displayProblem();
// Runs the app until it quits; call with a QApplication in place.
[[nodiscard]] int run(const QStringList &arguments);
} // namespace GuiCommand
