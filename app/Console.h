#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Where the command line writes: results to stdout, problems to stderr as one line
// "upwatch: <what went wrong>".
namespace Console {

// Whether the messages are in English (the default): then a message's first letter is lowered
// after "upwatch: ", as Qt's own messages need. main() says so once the language is known.
void setEnglish(bool english);
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
