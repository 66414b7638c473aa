#include "app/bench/BenchChecks.h"

#include "app/Console.h"

#include <QCoreApplication>

namespace BenchChecks {

int run(QCoreApplication &, const QStringList &)
{
    // Work in progress on the lead branch: replaced by the benchmark before it lands.
    Console::printError(QStringLiteral("bench checks is being written"));
    return Console::kExitFailure;
}

} // namespace BenchChecks
