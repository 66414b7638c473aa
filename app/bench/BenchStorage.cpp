#include "app/bench/BenchStorage.h"

#include "app/Console.h"

#include <QCoreApplication>

namespace BenchStorage {

int run(QCoreApplication &, const QStringList &)
{
    // Work in progress on the lead branch: replaced by the benchmark before it lands.
    Console::printError(QStringLiteral("bench storage is being written"));
    return Console::kExitFailure;
}

} // namespace BenchStorage
