#include "app/bench/BareWorker.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

// Enough response times for percentiles without growing for ever.
constexpr std::size_t kMaxSamples = 2'000'000;
constexpr qint64 kMaxBodyBytes = 1 << 20;

} // namespace

BareWorker::BareWorker(QList<QList<QUrl>> urlsByHost, int perHost, QByteArray keyword,
                       BareCounters *counters)
    : m_urlsByHost(std::move(urlsByHost))
    , m_next(m_urlsByHost.size(), 0)
    , m_perHost(perHost)
    , m_keyword(std::move(keyword))
    , m_counters(counters)
{
}

BareWorker::~BareWorker() = default;

void BareWorker::start()
{
    m_network = new QNetworkAccessManager(this);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_clock.start();
    for (int host = 0; host < m_urlsByHost.size(); ++host) {
        if (m_urlsByHost.at(host).isEmpty())
            continue;
        for (int i = 0; i < m_perHost; ++i)
            send(host);
    }
}

void BareWorker::send(int host)
{
    const QList<QUrl> &urls = m_urlsByHost.at(host);
    int &next = m_next[host];
    QNetworkRequest request(urls.at(next));
    next = (next + 1) % int(urls.size());
    const qint64 sentNs = m_clock.nsecsElapsed();
    QNetworkReply *reply = m_network->get(request);
    ++m_counters->inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply, host, sentNs] {
        if (m_counters->responseMs.size() < kMaxSamples)
            m_counters->responseMs.push_back(double(m_clock.nsecsElapsed() - sentNs) / 1e6);
        onFinished(reply, host);
    });
}

void BareWorker::onFinished(QNetworkReply *reply, int host)
{
    --m_counters->inFlight;
    const QByteArray body = reply->read(kMaxBodyBytes);
    const bool ok = reply->error() == QNetworkReply::NoError && body.contains(m_keyword);
    reply->deleteLater();
    if (ok)
        ++m_counters->completed;
    else
        ++m_counters->failed;
    send(host);
}
