#pragma once

#include <QCommandLineOption>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

class CommandParser;

// `upwatch run --metrics-port P [--metrics-bind ADDR]`: where the metrics endpoint listens.
// The address is an IP address (127.0.0.1 unless given; "localhost" is 127.0.0.1, 0.0.0.0 and
// :: are every interface).
struct MetricsOptions {
    quint16 port = 0; // 0: no metrics endpoint
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);

    [[nodiscard]] bool enabled() const { return port != 0; }

    [[nodiscard]] static QList<QCommandLineOption> options();
    // The options as given, or nullopt after printing what is wrong with them.
    [[nodiscard]] static std::optional<MetricsOptions> read(const CommandParser &command);
};
