#include "core/check/Prober.h"

#include "core/base/SystemClock.h"
#include "core/check/OAuthTokens.h"
#include "core/check/ProbeAuth.h"
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
        m_identities.clear();
        if (m_tokens)
            m_tokens->setTls(m_tls);
        return;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(certificates);
    m_tls = tls;
    m_identities.clear();
    if (m_tokens)
        m_tokens->setTls(m_tls);
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

void Prober::check(const Monitor &monitor, const QByteArray &secret)
{
    Q_ASSERT_X(thread() == QThread::currentThread(), "Prober::check",
               "call check() from the Prober's own thread");
    const bool oauth = monitor.auth.kind == AuthKind::OAuth2;
    ProbeAuth auth(monitor, secret, oauth ? tokens() : nullptr);
    QNetworkAccessManager *network = networkFor(monitor.ignoreTlsErrors);
    std::optional<QSslConfiguration> tls = m_tls;
    if (monitor.auth.kind == AuthKind::ClientCertificate && !auth.failure())
        useClientIdentity(monitor, secret, &auth, &network, &tls);
    auto *run = new ProbeRun(monitor, network, resolver(), tls, this);
    run->setAuth(std::move(auth));
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

int Prober::tokenRequestCount() const
{
    return m_tokens ? m_tokens->requestCount() : 0;
}

OAuthTokens *Prober::tokens()
{
    if (!m_tokens) {
        // Token requests carry the client secret: they never go over a lenient connection.
        m_tokens = new OAuthTokens(m_clock, networkFor(false), this);
        m_tokens->setTls(m_tls);
    }
    return m_tokens;
}

void Prober::useClientIdentity(const Monitor &monitor, const QByteArray &passphrase,
                               ProbeAuth *auth, QNetworkAccessManager **network,
                               std::optional<QSslConfiguration> *tls)
{
    const MonitorAuth &files = monitor.auth;
    QString error;
    const std::optional<ClientIdentityCache::Loaded> loaded =
        m_identities.load(files.certificateFile, files.keyFile, passphrase,
                          m_tls.value_or(QSslConfiguration::defaultConfiguration()), &error);
    if (!loaded) {
        auth->fail(Reason::Tls, error);
        return;
    }
    *tls = loaded->tls;
    const QString key = files.certificateFile + u'\n' + files.keyFile +
                        (monitor.ignoreTlsErrors ? u"\nlenient" : u"\nstrict");
    IdentityNetwork &entry = m_identityNetworks[key];
    if (!entry.network) {
        entry.network = new QNetworkAccessManager(this);
        entry.network->setAutoDeleteReplies(false);
    }
    else if (entry.generation != loaded->generation) {
        // The files now hold another identity: connections opened with the old one go.
        entry.network->clearConnectionCache();
    }
    entry.generation = loaded->generation;
    *network = entry.network;
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
