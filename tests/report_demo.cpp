// report-demo DATABASE: writes the uptime report's test month (tests/support/ReportFixture:
// three monitors, November 2026, incidents across the month's edges, a maintenance period) to a
// new database, for trying `upwatch report` and `upwatch stats --month 2026-11` by hand.
#include "core/store/StoreDatabase.h"
#include "tests/support/ReportFixture.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2 || QFileInfo::exists(arguments.at(1))) {
        std::fprintf(stderr, "usage: report-demo NEW-DATABASE-FILE\n");
        return 2;
    }
    QString error;
    auto database = StoreDatabase::open(arguments.at(1), &error);
    if (!database) {
        std::fprintf(stderr, "report-demo: %s\n", qPrintable(error));
        return 1;
    }
    ReportFixture fixture;
    return fixture.seed(*database) ? 0 : 1;
}
