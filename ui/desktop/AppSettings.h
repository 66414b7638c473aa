#pragma once

#include "core/store/Retention.h"

#include <QString>

class QSettings;

// The desktop app's preferences, as a value: read once from QSettings, changed in the settings
// dialog, handed to whoever needs them. Never a global.
struct AppSettings {
    static constexpr int kDefaultCertificateWarningDays = 14;
    static constexpr int kDefaultMetricsPort = 9464; // Prometheus' registry of default ports

    Retention retention;
    int defaultIntervalSeconds = 60;
    int defaultTimeoutMs = 10'000;
    bool notificationsEnabled = true;
    int certificateWarningDays = kDefaultCertificateWarningDays; // 0: never warn
    bool startMinimized = false;
    // The metrics endpoint (/metrics for Prometheus, /health) of the running app.
    bool metricsEnabled = false;
    int metricsPort = kDefaultMetricsPort;
    QString metricsBind =
        QStringLiteral("127.0.0.1"); // an IP address (MetricsServer::parseAddress)
    // The language of the window: empty follows the system, else a code of
    // Translations::available() ("en", "de", "fr"). Read at start: a change needs a restart.
    QString language;
    // On a database shared with agents: the window's engine is an agent too, checking its share
    // from `agentLocation` (empty: the host name); otherwise it checks only what no agent
    // leases. Read at start.
    bool checkAsAgent = false;
    QString agentLocation;

    // A location an agent can have: no '/' (its name is "location/host/pid").
    [[nodiscard]] static bool isValidLocation(const QString &location)
    {
        return !location.contains(u'/');
    }

    // Missing or out-of-range keys fall back to the defaults.
    [[nodiscard]] static AppSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};
