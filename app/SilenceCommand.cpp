#include "app/SilenceCommand.h"

#include "app/CommandParser.h"
#include "app/Console.h"
#include "app/DurationText.h"
#include "core/model/QuietSettings.h"
#include "core/store/MonitorStore.h"
#include "core/store/SettingsStore.h"
#include "core/store/StoreDatabase.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SilenceCommand)
};

QString localTime(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString quietHoursText(const QuietHours &hours)
{
    return hours.enabled
               ? Text::tr("Quiet hours: %1 (local time); alerts wait and come as one summary "
                          "when they end.")
                     .arg(hours.toText())
               : Text::tr("Quiet hours: off.");
}

// The argument after the command words, or an empty string; false after printing a usage error
// when there is more than one.
bool oneArgument(const CommandParser &command, const QString &name, QString *value)
{
    const QStringList positional = command.parser().positionalArguments();
    if (positional.size() > 1) {
        Console::printError(Text::tr("unexpected argument '%1' (see 'upwatch %2 --help')")
                                .arg(positional.at(1), name));
        return false;
    }
    *value = positional.value(0);
    return true;
}

} // namespace

namespace SilenceCommand {

int snooze(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("upwatch snooze [DURATION|morning|off]"),
        Text::tr("Hold every alert (desktop notifications and alert channels) for a while; they "
                 "come as one summary when the snooze ends. DURATION is like 1h, 4h, 90m or "
                 "1h30m; 'morning' snoozes until %1:00 tomorrow morning; 'off' ends the snooze. "
                 "Without an argument, shows what holds alerts now.")
            .arg(QuietSettings::kMorningHour, 2, 10, QLatin1Char('0')));
    command.parser().addPositionalArgument(QStringLiteral("until"),
                                           Text::tr("How long: a duration, morning or off."));
    if (const auto exit = command.parse(arguments, 2))
        return *exit;
    QString what;
    if (!oneArgument(command, QStringLiteral("snooze"), &what))
        return Console::kExitUsage;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime until;
    if (what == u"morning") {
        until = QuietSettings::nextMorning(now);
    }
    else if (!what.isEmpty() && what != u"off") {
        QString problem;
        const auto minutes = DurationText::parseMinutes(what, &problem);
        if (!minutes) {
            Console::printError(Text::tr("'%1' is not a duration (use e.g. 1h, 4h, 90m, "
                                         "morning or off)")
                                    .arg(what));
            return Console::kExitUsage;
        }
        until = now.addSecs(qint64(*minutes) * 60);
    }
    const auto database = command.openDatabase();
    if (!database)
        return Console::kExitFailure;
    SettingsStore store(*database);
    if (what.isEmpty()) {
        const auto settings = store.quietSettings();
        if (!settings) {
            Console::printError(store.lastError());
            return Console::kExitFailure;
        }
        Console::printOut(
            settings->isSnoozedAt(now)
                ? Text::tr("Alerts are snoozed until %1.").arg(localTime(settings->snoozedUntil))
                : Text::tr("Alerts are not snoozed."));
        Console::printOut(quietHoursText(settings->quietHours));
        return Console::kExitOk;
    }
    if (!store.setSnoozedUntil(until)) {
        Console::printError(store.lastError());
        return Console::kExitFailure;
    }
    Console::printOut(until.isValid()
                          ? Text::tr("alerts snoozed until %1").arg(localTime(until))
                          : Text::tr("alerts are no longer snoozed; what was held is sent now"));
    return Console::kExitOk;
}

int quietHours(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("upwatch quiet-hours [HH:MM-HH:MM|off]"),
        Text::tr("Hold alerts every day between two local times, e.g. 22:00-07:00; they come as "
                 "one summary when the quiet hours end. 'off' turns them off. Without an "
                 "argument, shows them."));
    command.parser().addPositionalArgument(QStringLiteral("hours"),
                                           Text::tr("From-to in local time, or off."));
    if (const auto exit = command.parse(arguments, 2))
        return *exit;
    QString what;
    if (!oneArgument(command, QStringLiteral("quiet-hours"), &what))
        return Console::kExitUsage;
    std::optional<QuietHours> hours;
    if (!what.isEmpty()) {
        hours = QuietHours::fromText(what);
        if (!hours) {
            Console::printError(Text::tr("'%1' is not a time range (use e.g. 22:00-07:00, or "
                                         "off)")
                                    .arg(what));
            return Console::kExitUsage;
        }
    }
    const auto database = command.openDatabase();
    if (!database)
        return Console::kExitFailure;
    SettingsStore store(*database);
    if (!hours) {
        const auto settings = store.quietSettings();
        if (!settings) {
            Console::printError(store.lastError());
            return Console::kExitFailure;
        }
        Console::printOut(quietHoursText(settings->quietHours));
        return Console::kExitOk;
    }
    if (!store.setQuietHours(*hours)) {
        Console::printError(store.lastError());
        return Console::kExitFailure;
    }
    Console::printOut(hours->enabled
                          ? Text::tr("quiet hours set to %1 (local time)").arg(hours->toText())
                          : Text::tr("quiet hours turned off"));
    return Console::kExitOk;
}

int mute(const QStringList &arguments, bool mute)
{
    CommandParser command(
        mute ? QStringLiteral("upwatch monitor mute ID|NAME [--for DURATION|--until-morning]")
             : QStringLiteral("upwatch monitor unmute ID|NAME"),
        mute ? Text::tr("Drop a monitor's alerts (desktop and channels) while it is still "
                        "checked and shown; until unmuted unless --for or --until-morning "
                        "says otherwise.")
             : Text::tr("Send a muted monitor's alerts again."));
    command.parser().addPositionalArgument(
        QStringLiteral("monitor"),
        Text::tr("The monitor's name, or its id (digits only). Put '--' before a name that "
                 "starts with '-'."));
    if (mute) {
        command.parser().addOptions(
            {{QStringLiteral("for"), Text::tr("Mute for this long (1h, 4h, 90m...)."),
              QStringLiteral("DURATION")},
             {QStringLiteral("until-morning"),
              Text::tr("Mute until %1:00 tomorrow morning.")
                  .arg(QuietSettings::kMorningHour, 2, 10, QLatin1Char('0'))}});
    }
    if (const auto exit = command.parse(arguments, 3))
        return *exit;
    const QStringList which = command.parser().positionalArguments();
    const QString action = mute ? QStringLiteral("mute") : QStringLiteral("unmute");
    if (which.size() != 1) {
        Console::printError(Text::tr("monitor %1 needs one monitor id or name").arg(action));
        return Console::kExitUsage;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime until;
    if (mute) {
        const bool forSet = command.parser().isSet(QStringLiteral("for"));
        const bool morning = command.parser().isSet(QStringLiteral("until-morning"));
        if (forSet && morning) {
            Console::printError(Text::tr("use --for or --until-morning, not both"));
            return Console::kExitUsage;
        }
        until = Monitor::kMutedForever;
        if (morning)
            until = QuietSettings::nextMorning(now);
        if (forSet) {
            const QString text = command.parser().value(QStringLiteral("for"));
            QString problem;
            const auto minutes = DurationText::parseMinutes(text, &problem);
            if (!minutes) {
                Console::printError(
                    Text::tr("--for: '%1' is not a duration (use e.g. 1h, 4h or 90m)").arg(text));
                return Console::kExitUsage;
            }
            until = now.addSecs(qint64(*minutes) * 60);
        }
    }
    const auto database = command.openDatabase();
    if (!database)
        return Console::kExitFailure;
    MonitorStore store(*database);
    const auto monitor = store.find(which.constFirst());
    if (!monitor || !store.setMuted({monitor->id}, until)) {
        Console::printError(store.lastError());
        return Console::kExitFailure;
    }
    const QString name = QStringLiteral("%1 '%2'").arg(monitor->id).arg(monitor->name);
    if (!mute)
        Console::printOut(Text::tr("unmuted monitor %1").arg(name));
    else if (until == Monitor::kMutedForever)
        Console::printOut(Text::tr("muted monitor %1 until unmuted").arg(name));
    else
        Console::printOut(Text::tr("muted monitor %1 until %2").arg(name, localTime(until)));
    return Console::kExitOk;
}

} // namespace SilenceCommand
