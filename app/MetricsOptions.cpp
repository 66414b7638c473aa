#include "app/MetricsOptions.h"

#include "app/CommandParser.h"
#include "app/Console.h"
#include "core/metrics/MetricsServer.h"
#include "core/metrics/MetricsToken.h"

#include <QCoreApplication>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MetricsOptions)
};

} // namespace

QList<QCommandLineOption> MetricsOptions::options()
{
    return {
        {QStringLiteral("metrics-port"),
         Text::tr("Serve Prometheus metrics on http://ADDR:P/metrics and a health check on "
                  "/health (1 to 65535). A bearer token is required when %1 is set (or, on "
                  "an address other than loopback, when the keychain or the secrets file "
                  "holds \"%2\").")
             .arg(QLatin1StringView(MetricsToken::kVariable),
                  QLatin1StringView(MetricsToken::kKey)),
         QStringLiteral("port")},
        {QStringLiteral("metrics-bind"),
         Text::tr("The IP address the metrics endpoint listens on (default 127.0.0.1; "
                  "0.0.0.0 or :: for every interface)."),
         QStringLiteral("addr")},
    };
}

std::optional<MetricsOptions> MetricsOptions::read(const CommandParser &command)
{
    const QCommandLineParser &parser = command.parser();
    MetricsOptions options;
    const bool hasPort = parser.isSet(QStringLiteral("metrics-port"));
    if (parser.isSet(QStringLiteral("metrics-bind"))) {
        if (!hasPort) {
            Console::printError(Text::tr("--metrics-bind needs --metrics-port"));
            return std::nullopt;
        }
        const QString text = parser.value(QStringLiteral("metrics-bind"));
        const auto address = MetricsServer::parseAddress(text);
        if (!address) {
            Console::printError(Text::tr("--metrics-bind: '%1' is not an IP address (such "
                                         "as 127.0.0.1, ::1 or 0.0.0.0)")
                                    .arg(text));
            return std::nullopt;
        }
        options.address = *address;
    }
    if (hasPort) {
        const QString text = parser.value(QStringLiteral("metrics-port"));
        bool ok = false;
        const int port = text.trimmed().toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            Console::printError(
                Text::tr("--metrics-port needs a port number from 1 to 65535, not '%1'").arg(text));
            return std::nullopt;
        }
        options.port = quint16(port);
    }
    return options;
}
