#pragma once

#include "core/base/Clock.h"
#include "core/check/ClientIdentityCache.h"
#include "core/check/HostResolver.h"
#include "core/model/CheckResult.h"
#include "core/model/Monitor.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class OAuthTokens;
class ProbeAuth;
class ProbeRun;

// Runs checks with QNetworkAccessManagers that live in the Prober's own thread. Many checks run
// at once and none blocks the thread. Monitors that ignore TLS errors get a network manager of
// their own, so a connection accepted leniently is never reused by a strict monitor.
//
// Monitors with a client certificate get a network manager per certificate and key files too:
// QNAM keys its kept-alive connections by scheme, host, port (and peer name), not by TLS
// configuration, and a connection keeps the client certificate it was opened with. Without
// this, a check with one identity (or none) could go out over another one's authenticated
// connection. Identities are read once and kept until their files change (ClientIdentityCache);
// OAuth2 tokens are kept until shortly before they expire (OAuthTokens).
//
// QNAM opens at most 6 HTTP/1 connections per host and queues the rest; a queued check's
// response time includes that wait. The caller (the engine) limits checks per host:port.
//
// Create a Prober in (or move it to) the thread that will run its checks before the first
// check(): its network managers are created there on first use. One Prober per worker thread.
// Delete it with deleteLater() when a check is running.
class Prober final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Prober)

public:
    explicit Prober(std::shared_ptr<const Clock> clock, QObject *parent = nullptr);
    explicit Prober(QObject *parent = nullptr);
    ~Prober() override;

    // Certificate authorities trusted besides the system's (a private CA, a test CA).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    // How host names are looked up (default: the system's getaddrinfo). Call before the first
    // check; tests use it to make a name hang or point somewhere.
    void setHostLookup(HostResolver::Lookup lookup);
    // The resolver's limits (default HostResolver::Limits{}); before the first check.
    void setResolverLimits(const HostResolver::Limits &limits);

    // Starts one check; checkFinished() reports it later, from the event loop. `secret` is the
    // monitor's secret for monitor.auth: password, token, header value, key passphrase or
    // client secret. It is never logged or put in a result.
    void check(const Monitor &monitor, const QByteArray &secret = {});
    // Stops every running check; their results are never reported.
    void cancelAll();

    [[nodiscard]] int inFlight() const { return int(m_runs.size()); }
    // OAuth2 token requests sent and client identities read so far (for tests).
    [[nodiscard]] int tokenRequestCount() const;
    [[nodiscard]] int identityLoadCount() const { return m_identities.loadCount(); }

signals:
    void checkFinished(const CheckResult &result);

private:
    QNetworkAccessManager *networkFor(bool lenient);
    OAuthTokens *tokens();
    // Points the check at the monitor's client identity: its TLS configuration and network
    // manager; or makes it fail when the files cannot be used.
    void useClientIdentity(const Monitor &monitor, const QByteArray &passphrase, ProbeAuth *auth,
                           QNetworkAccessManager **network, std::optional<QSslConfiguration> *tls);
    HostResolver *resolver();
    void onRunFinished(ProbeRun *run, const CheckResult &result);

    std::shared_ptr<const Clock> m_clock;
    // Built once from the extra CAs, not per request: copying the system CA list is not free.
    std::optional<QSslConfiguration> m_tls;
    QNetworkAccessManager *m_strictNetwork = nullptr;
    QNetworkAccessManager *m_lenientNetwork = nullptr;
    struct IdentityNetwork {
        QNetworkAccessManager *network = nullptr;
        quint64 generation = 0; // of the identity its connections were opened with
    };
    // By certificate file, key file and leniency.
    QHash<QString, IdentityNetwork> m_identityNetworks;
    ClientIdentityCache m_identities;
    OAuthTokens *m_tokens = nullptr;
    // Names are looked up here rather than by Qt, so a name server that does not answer fails
    // checks at their deadline and delays nothing else (see HostResolver). One per Prober: it
    // lives in the Prober's thread like the network managers.
    HostResolver::Lookup m_lookup = &HostLookup::system;
    HostResolver::Limits m_resolverLimits;
    HostResolver *m_resolver = nullptr;
    QSet<ProbeRun *> m_runs;
};
