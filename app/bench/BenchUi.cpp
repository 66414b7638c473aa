#include "app/bench/BenchUi.h"

#include "app/Console.h"

#include <QCoreApplication>

namespace BenchUi {

int run(QCoreApplication &, const QStringList &)
{
    // Work in progress on the lead branch: replaced by the benchmark before it lands.
    Console::printError(QStringLiteral("bench ui is being written"));
    return Console::kExitFailure;
}

} // namespace BenchUi
