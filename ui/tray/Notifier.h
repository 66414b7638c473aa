#pragma once

#include "core/alert/CertificateWatch.h"
#include "core/base/Clock.h"
#include "core/model/Monitor.h"
#include "core/model/ResultBatch.h"
#include "ui/desktop/AppSettings.h"
#include "ui/tray/Notification.h"
#include "ui/tray/NotificationSink.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

// Decides what the user is told about the engine's results, and tells the sink:
// - a monitor goes down on its own: "NAME is down" with the reason, error and URL;
// - it comes back: "NAME is back up", with how long it was down when this session saw it go;
// - its TLS certificate expires within the warning window: once per certificate a day;
// - more than kSummaryThreshold of one kind in one batch: one summary instead of a storm.
// Unreachable (parent down) and degraded monitors are not announced. With a Silencer, what comes
// while alerts are snoozed or quiet waits and is told as one summary when that ends, and a muted
// monitor or one in maintenance is not announced at all.
class Silencer;

class Notifier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    // A monitor's name and URL by id (the main window looks it up in its model).
    using MonitorLookup = std::function<std::optional<Monitor>(qint64 id)>;

    static constexpr int kSummaryThreshold = 5;
    // Held notifications kept; beyond them only the count grows.
    static constexpr int kMaxHeld = 1000;
    static constexpr qint64 kCertificateRepeatMs = 24LL * 60 * 60 * 1000;

    Notifier(MonitorLookup lookup, std::shared_ptr<const Clock> clock, QObject *parent = nullptr);

    // Not owned. Null (or once the sink is deleted): notifications are dropped.
    void setSink(NotificationSink *sink);
    [[nodiscard]] NotificationSink *sink() const { return m_sink; }
    // Not owned; may be null (nothing is held or dropped).
    void setSilencer(Silencer *silencer);
    // Held notifications, oldest first, while the Silencer holds them.
    [[nodiscard]] qsizetype heldCount() const { return m_held.size() + m_heldDropped; }
    // Disabled: nothing is shown (downtime is still tracked, for the next recovery).
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    // Warn when a certificate expires within this many days; 0: never.
    void setCertificateWarningDays(int days);
    [[nodiscard]] int certificateWarningDays() const { return m_certificates.warningDays(); }

    // From Engine::resultsReady.
    void handle(const ResultBatch &batch);

signals:
    // Every notification handed to the sink.
    void notified(const Notification &n);

private:
    // A notification and the name of its monitor, for a summary.
    struct Pending {
        Notification notification;
        QString name;
    };
    [[nodiscard]] QString nameOf(qint64 monitorId, const std::optional<Monitor> &monitor) const;
    [[nodiscard]] std::optional<Monitor> lookUp(qint64 monitorId) const;
    [[nodiscard]] Pending downNotification(const StateChange &change) const;
    [[nodiscard]] Pending recoveredNotification(const StateChange &change,
                                                const QDateTime &downSince) const;
    [[nodiscard]] std::optional<Pending> certificateNotification(const CheckResult &result);
    [[nodiscard]] static Notification summary(Notification::Kind kind,
                                              const QList<Pending> &pending);
    // Hands the notifications of one kind to the sink, or their summary when there are many.
    void deliver(Notification::Kind kind, const QList<Pending> &pending);
    // Keeps what the Silencer holds, drops what it drops; returns what goes out now.
    [[nodiscard]] QList<Pending> sift(const QList<Pending> &pending);
    // The hold ended: one notification for everything held.
    void releaseHeld();
    void show(const Notification &n);

    MonitorLookup m_lookup;
    std::shared_ptr<const Clock> m_clock;
    QPointer<NotificationSink> m_sink;
    bool m_enabled = true;
    // Once a day per certificate; a renewed one (another expiry) is news at once.
    CertificateWatch m_certificates{AppSettings::kDefaultCertificateWarningDays,
                                    kCertificateRepeatMs};
    QHash<qint64, QDateTime> m_downSince;
    QPointer<Silencer> m_silencer;
    QList<Pending> m_held;
    qsizetype m_heldDropped = 0; // held beyond kMaxHeld
};
