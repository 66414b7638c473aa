#include "app/MaintenanceCommand.h"

#include "app/CommandParser.h"
#include "app/Console.h"
#include "app/JsonLine.h"
#include "app/MaintenanceOptions.h"
#include "core/base/JsonText.h"
#include "core/base/SystemClock.h"
#include "core/store/MaintenanceStore.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MaintenanceCommand)
};

QString describe(const MaintenanceWindow &window)
{
    return QStringLiteral("%1 '%2'").arg(window.id).arg(window.name);
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(u'\'' + JsonText::oneLine(name) + u'\'');
    return quoted.join(QStringLiteral(", "));
}

// What it covers, with the monitors' names ("monitor #7" for one that is gone).
QString scope(const MaintenanceWindow &window, const QHash<qint64, QString> &names)
{
    if (window.coversAllMonitors())
        return Text::tr("all monitors");
    QStringList parts;
    if (!window.monitorIds.isEmpty()) {
        QStringList monitors;
        for (const qint64 id : window.monitorIds)
            monitors.append(names.value(id, Text::tr("monitor #%1").arg(id)));
        parts.append(Text::tr("monitors %1").arg(monitors.join(QStringLiteral(", "))));
    }
    if (!window.tags.isEmpty())
        parts.append(Text::tr("tags %1").arg(window.tags.join(QStringLiteral(", "))));
    return parts.join(QStringLiteral("; "));
}

// Open or not at `now`, and until when / from when.
QString state(const MaintenanceWindow &window, const QDateTime &now)
{
    const QDateTime next = window.nextChange(now);
    if (window.isActiveAt(now))
        return next.isValid()
                   ? Text::tr("open until %1").arg(MaintenanceOptions::timeText(window, next))
                   : Text::tr("open");
    return next.isValid() ? Text::tr("next %1").arg(MaintenanceOptions::timeText(window, next))
                          : Text::tr("over");
}

QJsonValue utcOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

QString jsonLine(const MaintenanceWindow &window, const QDateTime &now)
{
    const bool weekly = window.kind == MaintenanceKind::Weekly;
    const QJsonValue null(QJsonValue::Null);
    QJsonArray ids;
    for (const qint64 id : window.monitorIds)
        ids.append(id);
    JsonLine line;
    line.add(QStringLiteral("id"), window.id)
        .add(QStringLiteral("name"), window.name)
        .add(QStringLiteral("kind"), maintenanceKindName(window.kind))
        .add(QStringLiteral("monitor_ids"), ids)
        .add(QStringLiteral("tags"), QJsonArray::fromStringList(window.tags))
        .add(QStringLiteral("starts_at"), weekly ? null : utcOrNull(window.startsAt))
        .add(QStringLiteral("ends_at"), weekly ? null : utcOrNull(window.endsAt))
        .add(QStringLiteral("weekdays"),
             weekly ? QJsonArray::fromStringList(MaintenanceOptions::weekdayNames(window.weekdays))
                    : null)
        .add(QStringLiteral("at"),
             weekly ? QJsonValue(MaintenanceOptions::clockText(window.startMinute)) : null)
        .add(QStringLiteral("duration_minutes"),
             weekly ? QJsonValue(window.durationMinutes)
                    : QJsonValue(window.startsAt.secsTo(window.endsAt) / 60))
        .add(QStringLiteral("time_zone"), weekly ? QJsonValue(window.timeZone) : null)
        .add(QStringLiteral("active"), window.isActiveAt(now))
        .add(QStringLiteral("next_change"), utcOrNull(window.nextChange(now)));
    return line.toString();
}

// The monitors --monitor names, by name first, else by id (digits only); nullopt after
// printing every one that is not there.
std::optional<QList<qint64>> monitorIds(const QStringList &which, StoreDatabase &database)
{
    if (which.isEmpty())
        return QList<qint64>();
    MonitorStore store(database);
    const auto monitors = store.all();
    if (!monitors) {
        Console::printError(store.lastError());
        return std::nullopt;
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    QList<qint64> ids;
    QStringList unknown;
    for (const QString &text : which) {
        const QString name = text.trimmed();
        const Monitor *found = nullptr;
        for (const Monitor &monitor : *monitors) {
            if (monitor.name == name) {
                found = &monitor;
                break;
            }
        }
        if (!found && digits.match(text).hasMatch()) {
            for (const Monitor &monitor : *monitors) {
                if (monitor.id == text.toLongLong()) {
                    found = &monitor;
                    break;
                }
            }
        }
        if (!found)
            unknown.append(text);
        else if (!ids.contains(found->id))
            ids.append(found->id);
    }
    if (!unknown.isEmpty()) {
        Console::printError(Text::tr("--monitor: there is no monitor with the id or name %1",
                                     nullptr, int(unknown.size()))
                                .arg(quotedList(unknown)));
        return std::nullopt;
    }
    return ids;
}

int add(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("upwatch maintenance add --name N [--monitor ID|NAME]... [--tag T]... "
                       "(--start ISO --end ISO | --weekly DAYS --at HH:MM --duration D "
                       "[--time-zone ZONE])"),
        Text::tr("Plan a maintenance window, once or every week. While it is open, the "
                 "monitors it covers are still checked but show MAINTENANCE, raise no alert, "
                 "and their checks are left out of uptime."));
    MaintenanceOptions::addTo(command.parser());
    if (const auto exit = command.parse(arguments, 3))
        return *exit;
    if (!command.noPositionalArguments(QStringLiteral("maintenance add")))
        return Console::kExitUsage;
    auto window = MaintenanceOptions::window(command);
    if (!window)
        return Console::kExitUsage;
    const auto database = command.openDatabase();
    if (!database)
        return Console::kExitFailure;
    const auto ids = monitorIds(command.parser().values(QStringLiteral("monitor")), *database);
    if (!ids)
        return Console::kExitFailure;
    window->monitorIds = *ids;
    MaintenanceStore store(*database);
    if (!store.add(*window)) {
        Console::printError(store.lastError());
        return Console::kExitFailure;
    }
    QHash<qint64, QString> names;
    if (const auto monitors = MonitorStore(*database).all()) {
        for (const Monitor &monitor : *monitors)
            names.insert(monitor.id, monitor.name);
    }
    const QDateTime now = SystemClock().nowUtc();
    const QString when = window->nextChange(now).isValid() || window->isActiveAt(now)
                             ? state(*window, now)
                             : Text::tr("over already: it ended %1")
                                   .arg(MaintenanceOptions::timeText(*window, window->endsAt));
    Console::printOut(Text::tr("added maintenance window %1: %2, %3; %4")
                          .arg(describe(*window), MaintenanceOptions::scheduleText(*window),
                               scope(*window, names), when));
    return Console::kExitOk;
}

int list(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("upwatch maintenance list [--json]"),
                          Text::tr("List the maintenance windows, open or not."));
    command.parser().addOption(
        {QStringLiteral("json"), Text::tr("One JSON object per line instead of a table.")});
    if (const auto exit = command.parse(arguments, 3))
        return *exit;
    if (!command.noPositionalArguments(QStringLiteral("maintenance list")))
        return Console::kExitUsage;
    const auto database = command.openDatabase();
    if (!database)
        return Console::kExitFailure;
    MaintenanceStore store(*database);
    const auto windows = store.all();
    if (!windows) {
        Console::printError(store.lastError());
        return Console::kExitFailure;
    }
    const QDateTime now = SystemClock().nowUtc();
    if (command.parser().isSet(QStringLiteral("json"))) {
        QStringList lines;
        for (const MaintenanceWindow &window : *windows)
            lines.append(jsonLine(window, now));
        if (!lines.isEmpty())
            Console::printOut(lines.join(u'\n'));
        return Console::kExitOk;
    }
    if (windows->isEmpty()) {
        Console::printOut(Text::tr("No maintenance windows yet. Plan one with 'upwatch "
                                   "maintenance add --name N --start ISO --end ISO' or "
                                   "'--weekly sun --at 02:00 --duration 2h'."));
        return Console::kExitOk;
    }
    MonitorStore monitorStore(*database);
    const auto monitors = monitorStore.all();
    if (!monitors) {
        Console::printError(monitorStore.lastError());
        return Console::kExitFailure;
    }
    QHash<qint64, QString> names;
    for (const Monitor &monitor : *monitors)
        names.insert(monitor.id, monitor.name);
    QList<QStringList> table{{Text::tr("ID"), Text::tr("NAME"), Text::tr("SCOPE"),
                              Text::tr("SCHEDULE"), Text::tr("STATE")}};
    for (const MaintenanceWindow &window : *windows)
        table.append({QString::number(window.id), window.name, scope(window, names),
                      MaintenanceOptions::scheduleText(window), state(window, now)});
    Console::printOut(Console::table(table));
    return Console::kExitOk;
}

int remove(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("upwatch maintenance remove ID|NAME"),
                          Text::tr("Remove a maintenance window."));
    command.parser().addPositionalArgument(
        QStringLiteral("window"),
        Text::tr("The window's name, or its id (digits only). Put '--' before a name that "
                 "starts with '-'."));
    if (const auto exit = command.parse(arguments, 3))
        return *exit;
    const QStringList which = command.parser().positionalArguments();
    if (which.size() != 1) {
        Console::printError(Text::tr("maintenance remove needs one window id or name"));
        return Console::kExitUsage;
    }
    const auto database = command.openDatabase();
    if (!database)
        return Console::kExitFailure;
    MaintenanceStore store(*database);
    const auto window = store.find(which.constFirst());
    if (!window || !store.remove(window->id)) {
        Console::printError(store.lastError());
        return Console::kExitFailure;
    }
    Console::printOut(Text::tr("removed maintenance window %1").arg(describe(*window)));
    return Console::kExitOk;
}

} // namespace

namespace MaintenanceCommand {

int run(const QStringList &arguments)
{
    const QString action = arguments.value(2);
    if (action == u"add")
        return add(arguments);
    if (action == u"list")
        return list(arguments);
    if (action == u"remove")
        return remove(arguments);
    if (action.isEmpty() || action == u"-h" || action == u"--help") {
        Console::printOut(Text::tr(
            "Usage: upwatch maintenance <add|list|remove> [options]\n"
            "\n"
            "  add --name N [--monitor ID|NAME]... [--tag T]... --start ISO --end ISO\n"
            "                                   Plan a one-off window (see 'maintenance add "
            "--help').\n"
            "  add --name N [same scope] --weekly mon,fri --at HH:MM --duration 2h\n"
            "      [--time-zone Europe/Berlin]  Plan a weekly window.\n"
            "  list [--json]                    List the windows and when they open.\n"
            "  remove ID|NAME                   Remove a window.\n"
            "\n"
            "Without --monitor and --tag a window covers every monitor.\n"
            "Every action accepts --db PATH.\n"));
        return action.isEmpty() ? Console::kExitUsage : Console::kExitOk;
    }
    Console::printError(
        Text::tr("unknown maintenance action '%1' (use add, list or remove)").arg(action));
    return Console::kExitUsage;
}

} // namespace MaintenanceCommand
