#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QTime>

#include <optional>

// A daily stretch of local time when notifications wait, e.g. 22:00-07:00 (it may run past
// midnight). Alerts raised inside it are held and summarised once when it ends.
struct QuietHours {
    bool enabled = false;
    QTime start{22, 0};
    QTime end{7, 0};

    // Inside the stretch at `at` (converted to the system's local time). start == end: never.
    [[nodiscard]] bool contains(const QDateTime &at) const;
    // When the stretch that contains `at` ends; invalid when `at` is outside it.
    [[nodiscard]] QDateTime endAfter(const QDateTime &at) const;
    // "22:00-07:00", or "off" when disabled.
    [[nodiscard]] QString toText() const;
    // "22:00-07:00" or "off"; nullopt when it reads as neither.
    [[nodiscard]] static std::optional<QuietHours> fromText(const QString &text);

    friend bool operator==(const QuietHours &, const QuietHours &) = default;
};

// What holds notifications back for every monitor, as stored for every front: a snooze until a
// time, and quiet hours.
struct QuietSettings {
    QDateTime snoozedUntil; // UTC; invalid: not snoozed
    QuietHours quietHours;

    [[nodiscard]] bool isSnoozedAt(const QDateTime &at) const
    {
        return snoozedUntil.isValid() && at < snoozedUntil;
    }
    // Snoozed or inside quiet hours: alerts are held.
    [[nodiscard]] bool holdsAt(const QDateTime &at) const
    {
        return isSnoozedAt(at) || (quietHours.enabled && quietHours.contains(at));
    }
    // When holding ends, for a hold that is on at `at`; invalid when nothing holds.
    [[nodiscard]] QDateTime holdEnd(const QDateTime &at) const;

    // "Until tomorrow morning": the next kMorningHour o'clock local time after `now`.
    static constexpr int kMorningHour = 8;
    [[nodiscard]] static QDateTime nextMorning(const QDateTime &now);

    friend bool operator==(const QuietSettings &, const QuietSettings &) = default;
};

Q_DECLARE_METATYPE(QuietSettings)
