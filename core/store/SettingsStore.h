#pragma once

#include "core/model/QuietSettings.h"

#include <QDateTime>
#include <QString>

#include <optional>

class StoreDatabase;

// The settings every front honours, kept in the database (the window and `upwatch run` read the
// same): the snooze and the quiet hours. Every change bumps the settings revision, so a running
// service (in this process or another) notices it. Use it in the thread that opened the database.
class SettingsStore {
public:
    explicit SettingsStore(StoreDatabase &database);

    [[nodiscard]] std::optional<QuietSettings> quietSettings();
    // Invalid: no snooze.
    bool setSnoozedUntil(const QDateTime &until);
    bool setQuietHours(const QuietHours &hours);

    // Changes whenever a setting changes, by any process.
    [[nodiscard]] std::optional<qint64> revision();

    [[nodiscard]] const QString &lastError() const;

private:
    bool write(const QString &key, const QString &value);

    StoreDatabase &m_database;
};
