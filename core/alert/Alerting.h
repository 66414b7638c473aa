#pragma once

#include "core/alert/AlertDeliveryReport.h"
#include "core/model/AlertChannel.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class MonitoringService;
class Silencer;

// Alert channels under both fronts (the window and `upwatch run`), hung on a MonitoringService:
// - keeps the channels stored in the database, in sync with edits made by other processes
//   (`upwatch channel ...`) like the service does for monitors;
// - turns the service's results into events (down, up, degraded, certificate expiry), once per
//   transition and never for unreachable-through-parent;
// - groups what fires at once into one message per channel (one outage, one message);
// - delivers off the owner's thread, with a timeout and retries with backoff, and reports every
//   delivery, failed ones in a sentence too;
// - holds what fires while alerts are snoozed or quiet and sends it as one summary when that
//   ends; drops what concerns a muted monitor or one in maintenance (its Silencer, which the
//   window's notifications follow too).
// Secrets (webhook URLs and headers) are read from and written to the service's SecretStore.
class Alerting final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Alerting)

public:
    explicit Alerting(MonitoringService &service, QObject *parent = nullptr);
    ~Alerting() override;

    // Loads the channels once the service has loaded, starts the delivery thread.
    void start();
    // Deliveries under way get a bounded time to end; done() follows, in this thread.
    void stop(QObject *context, std::function<void()> done);

    // Warn when a certificate expires within this many days; 0: never. Default 14.
    void setCertificateWarningDays(int days);

    [[nodiscard]] const QList<AlertChannel> &channels() const;
    // The snooze, the quiet hours and the monitors' mutes, for desktop notifications too.
    [[nodiscard]] Silencer &silencer();

    // Adds (id 0) or changes a channel. A new webhook secret goes to the SecretStore first,
    // the channel to the database after (nullopt: keep the stored secret). done(saved, error) in
    // this thread unless `context` is gone.
    using SaveDone =
        std::function<void(const std::optional<AlertChannel> &saved, const QString &error)>;
    void saveChannel(const AlertChannel &channel, std::optional<WebhookSecret> newSecret,
                     QObject *context, SaveDone done);
    // Removes the channel and its secret; done(error) with an empty error when removed.
    void removeChannel(qint64 id, QObject *context, std::function<void(const QString &error)> done);
    // Reads the stored secret of a webhook channel, for an edit dialog: done(secret, error).
    void
    readSecret(qint64 id, QObject *context,
               std::function<void(const std::optional<WebhookSecret> &, const QString &)> done);
    // Sends a test event to the channel now, past its event and monitor filters.
    void testChannel(qint64 id, QObject *context,
                     std::function<void(const AlertDeliveryReport &report)> done);

signals:
    void channelsChanged(const QList<AlertChannel> &channels);
    // Every delivery, test or real, once it ended.
    void deliveryFinished(const AlertDeliveryReport &report);
    // A real delivery failed after its retries: one sentence, for the status bar or stderr.
    void deliveryFailed(const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
