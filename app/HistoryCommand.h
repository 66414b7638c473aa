#pragma once

#include <QStringList>

// `upwatch history export --out FILE.csv [--monitor ID|NAME] [--since ISO] [--until ISO]`.
namespace HistoryCommand {

[[nodiscard]] int run(const QStringList &arguments);

} // namespace HistoryCommand
