#pragma once

#include <QString>

// Where the command line writes: results to stdout, problems to stderr as one line
// "upwatch: <what went wrong>".
namespace Console {

void printOut(const QString &text);
void printError(const QString &problem);

// Exit codes shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

} // namespace Console
