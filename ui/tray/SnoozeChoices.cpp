#include "ui/tray/SnoozeChoices.h"

#include "core/model/QuietSettings.h"

QList<SnoozeChoice> SnoozeChoices::all()
{
    return {SnoozeChoice::OneHour, SnoozeChoice::FourHours, SnoozeChoice::UntilMorning};
}

QString SnoozeChoices::label(SnoozeChoice choice)
{
    switch (choice) {
    case SnoozeChoice::OneHour:
        return tr("For 1 hour");
    case SnoozeChoice::FourHours:
        return tr("For 4 hours");
    case SnoozeChoice::UntilMorning:
        break;
    }
    return tr("Until tomorrow morning");
}

QDateTime SnoozeChoices::end(SnoozeChoice choice, const QDateTime &now)
{
    switch (choice) {
    case SnoozeChoice::OneHour:
        return now.addSecs(3600);
    case SnoozeChoice::FourHours:
        return now.addSecs(4 * 3600);
    case SnoozeChoice::UntilMorning:
        break;
    }
    return QuietSettings::nextMorning(now);
}
