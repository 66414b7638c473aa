#pragma once

#include "core/model/QuietSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

// What holds notifications back at one moment, as the tray, the menus and the status bar say
// it: a snooze (first, it is what the user chose) or quiet hours, and until when.
struct NotificationHold {
    Q_DECLARE_TR_FUNCTIONS(NotificationHold)

public:
    enum class Kind { None, Snoozed, QuietHours };

    Kind kind = Kind::None;
    QDateTime until; // UTC; invalid when nothing holds
    // "Notifications paused until 14:30", "Quiet hours until 07:00"; empty when nothing holds.
    QString text;

    [[nodiscard]] bool isHolding() const { return kind != Kind::None; }
    [[nodiscard]] bool isSnoozed() const { return kind == Kind::Snoozed; }

    [[nodiscard]] static NotificationHold of(const QuietSettings &settings, const QDateTime &now);
    // When of() next gives something else: a snooze or quiet hours end, or quiet hours begin;
    // invalid when never.
    [[nodiscard]] static QDateTime nextChange(const QuietSettings &settings, const QDateTime &now);

    friend bool operator==(const NotificationHold &, const NotificationHold &) = default;
};

Q_DECLARE_METATYPE(NotificationHold)
