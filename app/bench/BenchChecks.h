#pragma once

#include <QStringList>

class QCoreApplication;

// `upwatch bench checks`.
namespace BenchChecks {

[[nodiscard]] int run(QCoreApplication &app, const QStringList &arguments);

} // namespace BenchChecks
