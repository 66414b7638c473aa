#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

class HttpEndpoint;
class MetricsCollector;
class MonitoringService;

// The metrics endpoint of a MonitoringService: a MetricsCollector that keeps the snapshot and an
// HttpEndpoint that serves it, GET/HEAD /metrics (Prometheus text) and /health (JSON, 503 when
// the service fails; see HealthReport). Lives in the service's thread. Listening can stop and
// start again (another port, another address) without losing what was collected.
class MetricsServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsServer)

public:
    static constexpr quint16 kDefaultPort = 9464;

    explicit MetricsServer(MonitoringService &service, QObject *parent = nullptr);
    ~MetricsServer() override;

    // Listens on address:port (port 0: any free one), instead of where it listened before.
    // False when it cannot: error() says why in one sentence ("cannot listen on
    // 127.0.0.1:9464: the port is already in use ...").
    bool listen(const QHostAddress &address, quint16 port);
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QHostAddress address() const;
    [[nodiscard]] QString error() const;
    // http://ADDRESS:PORT/metrics while listening; empty otherwise.
    [[nodiscard]] QUrl metricsUrl() const;

    // Requests need "Authorization: Bearer <token>" when one is set; empty: none needed.
    void setToken(const QByteArray &token);

    [[nodiscard]] MetricsCollector &collector() { return *m_collector; }
    [[nodiscard]] HttpEndpoint &endpoint() { return *m_endpoint; }

    // An IP address from text as a user types it: "127.0.0.1", "::1", "[::1]", "0.0.0.0",
    // "localhost" (127.0.0.1); nullopt for anything else (host names are not looked up).
    [[nodiscard]] static std::optional<QHostAddress> parseAddress(const QString &text);
    // http://host:port/path, with brackets around an IPv6 address.
    [[nodiscard]] static QUrl urlFor(const QHostAddress &address, quint16 port,
                                     const QString &path = QStringLiteral("/metrics"));

private:
    MetricsCollector *m_collector;
    HttpEndpoint *m_endpoint;
};
