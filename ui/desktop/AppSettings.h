#pragma once

#include "core/store/Retention.h"

class QSettings;

// The desktop app's preferences, as a value: read once from QSettings, changed in the settings
// dialog, handed to whoever needs them. Never a global.
struct AppSettings {
    static constexpr int kDefaultCertificateWarningDays = 14;

    Retention retention;
    int defaultIntervalSeconds = 60;
    int defaultTimeoutMs = 10'000;
    bool notificationsEnabled = true;
    int certificateWarningDays = kDefaultCertificateWarningDays; // 0: never warn
    bool startMinimized = false;

    // Missing or out-of-range keys fall back to the defaults.
    [[nodiscard]] static AppSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};
