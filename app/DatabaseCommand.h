#pragma once

#include <QStringList>

// `upwatch db password --db postgresql://... (--password-stdin | --forget)`: the password of a
// PostgreSQL database in the OS keychain (or the secrets file, with --secrets-file or once it
// exists), under the URL's key (DatabaseLocation::passwordKey()). Every front started on the
// database then uses it: the window, `upwatch run` and the other commands. The password comes
// from standard input, never from an argument.
namespace DatabaseCommand {

// `arguments` starts with the program name, "db" and the action.
[[nodiscard]] int run(const QStringList &arguments);

} // namespace DatabaseCommand
