#pragma once

#include <QStringList>

// Holding alerts back from the command line, for the window and `upwatch run` alike (the
// settings are in the database):
//   upwatch snooze [DURATION|morning|off]        without an argument: what holds alerts now
//   upwatch quiet-hours [HH:MM-HH:MM|off]        without an argument: the quiet hours
//   upwatch monitor mute ID|NAME [--for DURATION|--until-morning]
//   upwatch monitor unmute ID|NAME
namespace SilenceCommand {

[[nodiscard]] int snooze(const QStringList &arguments);
[[nodiscard]] int quietHours(const QStringList &arguments);
// `monitor mute` and `monitor unmute`.
[[nodiscard]] int mute(const QStringList &arguments, bool mute);

} // namespace SilenceCommand
