#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// How long to hold every notification, or one monitor's alerts, from a menu.
enum class SnoozeChoice { OneHour, FourHours, UntilMorning };

// The choices as the tray, the window and the monitor menus show them, and when each ends.
class SnoozeChoices {
    Q_DECLARE_TR_FUNCTIONS(SnoozeChoices)

public:
    [[nodiscard]] static QList<SnoozeChoice> all();
    // "For 1 hour", "For 4 hours", "Until tomorrow morning".
    [[nodiscard]] static QString label(SnoozeChoice choice);
    // When a hold chosen at `now` ends: an hour or four later, or the next morning
    // (QuietSettings::nextMorning).
    [[nodiscard]] static QDateTime end(SnoozeChoice choice, const QDateTime &now);
};

Q_DECLARE_METATYPE(SnoozeChoice)
