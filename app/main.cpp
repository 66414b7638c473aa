#include "CommandLine.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("upwatch"));
    QCoreApplication::setOrganizationName(QStringLiteral("Upwatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UPWATCH_VERSION));
    return CommandLine::run(app, QCoreApplication::arguments());
}
