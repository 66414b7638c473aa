#pragma once

#include "core/alert/CertificateWatch.h"
#include "core/base/Clock.h"
#include "core/model/AlertEvent.h"
#include "core/model/Monitor.h"
#include "core/model/ResultBatch.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

// Turns what the engine hands over (results and the state changes they caused) into alert
// events, for every channel alike:
// - down: a monitor went down on its own — never unreachable through its parent, never a
//   resume that returns to an outage told before;
// - up: back to UP from DOWN or DEGRADED, with how long the incident lasted when this run saw
//   it begin;
// - degraded: it became degraded;
// - cert_expiry: its certificate expires within the warning days, once per certificate.
// Each transition is one event (the state tracker reports each once).
class AlertRules {
public:
    static constexpr int kDefaultCertificateWarningDays = 14;
    // A monitor's name, URL and tags by id; nullopt for one that is gone.
    using MonitorLookup = std::function<std::optional<Monitor>(qint64 id)>;

    AlertRules(MonitorLookup lookup, std::shared_ptr<const Clock> clock);

    // 0: no certificate warnings.
    void setCertificateWarningDays(int days);
    [[nodiscard]] int certificateWarningDays() const { return m_certificates.warningDays(); }

    [[nodiscard]] QList<AlertEvent> events(const ResultBatch &batch);
    // A monitor was removed: nothing about it is remembered.
    void forget(qint64 monitorId);

private:
    [[nodiscard]] std::optional<AlertEvent> fromChange(const StateChange &change);
    [[nodiscard]] AlertEvent describe(qint64 monitorId) const;

    MonitorLookup m_lookup;
    std::shared_ptr<const Clock> m_clock;
    CertificateWatch m_certificates;
    QHash<qint64, QDateTime> m_incidentSince; // when the open incident began, as seen here
};
