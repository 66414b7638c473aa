#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Where the command line writes: results to stdout, problems to stderr as one line
// "upwatch: <what went wrong>".
namespace Console {

void printOut(const QString &text);
// Control characters in `problem` (user text it quotes) are written as escapes ("\\r").
void printError(const QString &problem);
// Rows as columns padded to line up; the first row is the header.
[[nodiscard]] QString table(const QList<QStringList> &rows);

// Exit codes shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

} // namespace Console
