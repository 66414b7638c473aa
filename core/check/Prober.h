#pragma once

#include "core/base/Clock.h"
#include "core/check/HostResolver.h"
#include "core/model/CheckResult.h"
#include "core/model/Monitor.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class ProbeRun;

// Runs checks with QNetworkAccessManagers that live in the Prober's own thread. Many checks run
// at once and none blocks the thread. Monitors that ignore TLS errors get a network manager of
// their own, so a connection accepted leniently is never reused by a strict monitor.
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

    // Starts one check; checkFinished() reports it later, from the event loop.
    void check(const Monitor &monitor);
    // Stops every running check; their results are never reported.
    void cancelAll();

    [[nodiscard]] int inFlight() const { return int(m_runs.size()); }

signals:
    void checkFinished(const CheckResult &result);

private:
    QNetworkAccessManager *networkFor(bool lenient);
    HostResolver *resolver();
    void onRunFinished(ProbeRun *run, const CheckResult &result);

    std::shared_ptr<const Clock> m_clock;
    // Built once from the extra CAs, not per request: copying the system CA list is not free.
    std::optional<QSslConfiguration> m_tls;
    QNetworkAccessManager *m_strictNetwork = nullptr;
    QNetworkAccessManager *m_lenientNetwork = nullptr;
    // Names are looked up here rather than by Qt, so a name server that does not answer fails
    // checks at their deadline and delays nothing else (see HostResolver). One per Prober: it
    // lives in the Prober's thread like the network managers.
    HostResolver::Lookup m_lookup = &HostLookup::system;
    HostResolver::Limits m_resolverLimits;
    HostResolver *m_resolver = nullptr;
    QSet<ProbeRun *> m_runs;
};
