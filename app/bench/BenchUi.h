#pragma once

#include <QStringList>

class QCoreApplication;

// `upwatch bench ui`.
namespace BenchUi {

[[nodiscard]] int run(QCoreApplication &app, const QStringList &arguments);

} // namespace BenchUi
