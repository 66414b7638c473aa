#include "core/check/Prober.h"

#include "core/base/SystemClock.h"
#include "core/check/ProbeRun.h"

#include <QNetworkAccessManager>
#include <QThread>

Prober::Prober(std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    Q_ASSERT(m_clock);
}

Prober::Prober(QObject *parent)
    : Prober(std::make_shared<SystemClock>(), parent)
{
}

Prober::~Prober()
{
    cancelAll();
}

void Prober::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    if (certificates.isEmpty()) {
        m_tls.reset();
        return;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(certificates);
    m_tls = tls;
}

void Prober::setHostLookup(HostResolver::Lookup lookup)
{
    Q_ASSERT_X(!m_resolver, "Prober::setHostLookup", "call it before the first check");
    m_lookup = std::move(lookup);
}

void Prober::setResolverLimits(const HostResolver::Limits &limits)
{
    Q_ASSERT_X(!m_resolver, "Prober::setResolverLimits", "call it before the first check");
    m_resolverLimits = limits;
}

void Prober::check(const Monitor &monitor)
{
    Q_ASSERT_X(thread() == QThread::currentThread(), "Prober::check",
               "call check() from the Prober's own thread");
    auto *run = new ProbeRun(monitor, networkFor(monitor.ignoreTlsErrors), resolver(), m_tls, this);
    m_runs.insert(run);
    connect(run, &ProbeRun::finished, this,
            [this, run](const CheckResult &result) { onRunFinished(run, result); });
    run->start(m_clock->nowUtc());
}

void Prober::cancelAll()
{
    const QSet<ProbeRun *> runs = std::exchange(m_runs, {});
    for (ProbeRun *run : runs) {
        run->cancel();
        run->deleteLater();
    }
}

QNetworkAccessManager *Prober::networkFor(bool lenient)
{
    QNetworkAccessManager *&network = lenient ? m_lenientNetwork : m_strictNetwork;
    if (!network) {
        network = new QNetworkAccessManager(this);
        network->setAutoDeleteReplies(false);
    }
    return network;
}

HostResolver *Prober::resolver()
{
    if (!m_resolver)
        m_resolver = new HostResolver(m_clock, m_lookup, m_resolverLimits, this);
    return m_resolver;
}

void Prober::onRunFinished(ProbeRun *run, const CheckResult &result)
{
    m_runs.remove(run);
    run->deleteLater();
    emit checkFinished(result);
}
