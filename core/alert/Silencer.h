#pragma once

#include "core/model/QuietSettings.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

class MonitoringService;

// What holds alerts back, for desktop notifications and alert channels alike, under both fronts:
// - a snooze (1 h, 4 h, until morning...) and quiet hours hold alerts; when the hold ends,
//   holdEnded() tells every listener to send what it held, summarised once;
// - a muted monitor's alerts and those of a monitor in maintenance are dropped.
// The snooze and the quiet hours are stored in the database (SettingsStore), so the window and
// `upwatch run` honour the same ones; changes made by another process arrive within kSyncEveryMs.
// The tray and the table still show the truth: only alerts wait.
class Silencer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Silencer)

public:
    static constexpr int kSyncEveryMs = 2000;
    // How often the hold's end is looked for while one is on (and the settings reread).
    static constexpr int kPollEveryMs = 1000;

    enum class Decision { Send, Hold, Drop };

    explicit Silencer(MonitoringService &service, QObject *parent = nullptr);

    // Reads the settings once the service has loaded, then follows them.
    void start();
    void stop();
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

    [[nodiscard]] const QuietSettings &settings() const { return m_settings; }
    // Holding now (snoozed or inside quiet hours).
    [[nodiscard]] bool isHolding() const;
    // What becomes of an alert about this monitor raised at `at`.
    [[nodiscard]] Decision decide(qint64 monitorId, const QDateTime &at) const;

    // Snoozes every alert until `until` (invalid: ends the snooze now), and stores it.
    void snooze(const QDateTime &until);
    void setQuietHours(const QuietHours &hours);
    // Mutes the monitors' alerts until `until` (Monitor::kMutedForever: until unmuted; invalid:
    // unmutes). The service's monitors carry the new mutedUntil once stored.
    void muteMonitors(const QList<qint64> &ids, const QDateTime &until);

    // Looks whether the hold has ended (the timer calls it; tests with a fake clock too).
    void poll();

signals:
    void settingsChanged(const QuietSettings &settings);
    // The snooze or the quiet hours ended: send what was held, as one summary.
    void holdEnded();
    // A setting could not be stored or read: one sentence.
    void failed(const QString &message);

private:
    void sync();
    void apply(const QuietSettings &settings);
    void store(const QuietSettings &next);

    MonitoringService &m_service;
    QuietSettings m_settings;
    QTimer m_syncTimer;
    QTimer m_pollTimer;
    qint64 m_revision = -1;
    bool m_loaded = false;
    bool m_syncing = false;
    bool m_holding = false;
    bool m_stopped = false;
};
