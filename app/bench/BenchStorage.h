#pragma once

#include <QStringList>

class QCoreApplication;

// `upwatch bench storage`.
namespace BenchStorage {

[[nodiscard]] int run(QCoreApplication &app, const QStringList &arguments);

} // namespace BenchStorage
