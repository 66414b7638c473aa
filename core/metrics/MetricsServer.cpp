#include "core/metrics/MetricsServer.h"

#include "core/metrics/HealthReport.h"
#include "core/metrics/HttpEndpoint.h"
#include "core/metrics/MetricsCollector.h"
#include "core/metrics/PrometheusText.h"

MetricsServer::MetricsServer(MonitoringService &service, QObject *parent)
    : QObject(parent)
    , m_collector(new MetricsCollector(service, this))
    , m_endpoint(new HttpEndpoint(this))
{
    m_endpoint->setRoute(QStringLiteral("/metrics"), [this] {
        return HttpEndpoint::Reply{200, PrometheusText::kContentType,
                                   PrometheusText::render(m_collector->snapshot())};
    });
    m_endpoint->setRoute(QStringLiteral("/health"), [this] {
        const HealthReport report =
            HealthReport::evaluate(m_collector->snapshot(), m_collector->now());
        return HttpEndpoint::Reply{report.httpStatus(), QByteArrayLiteral("application/json"),
                                   report.body()};
    });
    connect(m_endpoint, &HttpEndpoint::served, m_collector, &MetricsCollector::countRequest);
}

MetricsServer::~MetricsServer() = default;

bool MetricsServer::listen(const QHostAddress &address, quint16 port)
{
    return m_endpoint->listen(address, port);
}

void MetricsServer::close()
{
    m_endpoint->close();
}

bool MetricsServer::isListening() const
{
    return m_endpoint->isListening();
}

quint16 MetricsServer::port() const
{
    return m_endpoint->port();
}

QHostAddress MetricsServer::address() const
{
    return m_endpoint->address();
}

QString MetricsServer::error() const
{
    return m_endpoint->error();
}

QUrl MetricsServer::metricsUrl() const
{
    return isListening() ? urlFor(address(), port()) : QUrl();
}

void MetricsServer::setToken(const QByteArray &token)
{
    m_endpoint->setToken(token);
}

QUrl MetricsServer::urlFor(const QHostAddress &address, quint16 port, const QString &path)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString()); // QUrl brackets an IPv6 address itself
    url.setPort(port);
    url.setPath(path);
    return url;
}

std::optional<QHostAddress> MetricsServer::parseAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    // Brackets are how an IPv6 address is written in a URL: accept them here too.
    const QString bare = trimmed.startsWith(u'[') && trimmed.endsWith(u']')
                             ? trimmed.mid(1, trimmed.size() - 2)
                             : trimmed;
    QHostAddress address;
    if (bare.isEmpty() || !address.setAddress(bare))
        return std::nullopt;
    return address;
}
