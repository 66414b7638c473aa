#include "app/MonitorCommand.h"

#include "app/AuthOptions.h"
#include "app/CheckOptions.h"
#include "app/CommandParser.h"
#include "app/Console.h"
#include "app/JsonLine.h"
#include "app/SecretWait.h"
#include "app/SilenceCommand.h"
#include "core/model/MonitorValidator.h"
#include "core/secret/SecretStores.h"
#include "core/service/CredentialPlan.h"
#include "core/store/HistoryReader.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MonitorCommand)
};

QString describe(const Monitor &monitor)
{
    return QStringLiteral("%1 '%2' (%3)")
        .arg(monitor.id)
        .arg(monitor.name, displayUrl(monitor.url));
}

int add(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("upwatch monitor add --name NAME --url URL [options]"),
                          Text::tr("Add a monitor to the database."));
    QCommandLineParser &parser = command.parser();
    parser.addOptions({
        {QStringLiteral("name"), Text::tr("Unique name of the monitor."), QStringLiteral("name")},
        {QStringLiteral("url"), Text::tr("http:// or https:// URL to check."),
         QStringLiteral("url")},
        {QStringLiteral("interval"), Text::tr("Seconds between checks (default 60)."),
         QStringLiteral("s")},
        {QStringLiteral("retries"), Text::tr("Failed checks tolerated before DOWN (default 0)."),
         QStringLiteral("n")},
        {QStringLiteral("recovery"), Text::tr("Good checks needed before UP again (default 1)."),
         QStringLiteral("n")},
        {QStringLiteral("locations"),
         Text::tr("Check it from this many agent locations at once (default 1)."),
         QStringLiteral("n")},
        {QStringLiteral("quorum"),
         Text::tr("DOWN only when at least this many locations see it down (default 1)."),
         QStringLiteral("k")},
        {QStringLiteral("parent"),
         Text::tr("Monitor (id or name) this one depends on: while it is down, this one "
                  "raises no alert of its own."),
         QStringLiteral("id|name")},
        {QStringLiteral("tag"), Text::tr("A tag; repeat for more."), QStringLiteral("tag")},
        {QStringLiteral("paused"), Text::tr("Add it paused.")},
        {QStringLiteral("secrets-file"),
         Text::tr("Keep secrets in DB.secrets (mode 0600) beside the database instead of "
                  "the OS keychain: for a server without one. Used from then on.")},
    });
    CheckOptions::addTo(parser);
    AuthOptions::addTo(parser);
    if (const auto exit = command.parse(arguments, 3))
        return *exit;
    if (!command.noPositionalArguments(QStringLiteral("monitor add")))
        return Console::kExitUsage;
    if (!parser.isSet(QStringLiteral("name")) || !parser.isSet(QStringLiteral("url"))) {
        Console::printError(Text::tr("monitor add needs --name and --url"));
        return Console::kExitUsage;
    }
    QString error;
    const auto url = MonitorValidator::parseUrl(parser.value(QStringLiteral("url")), &error);
    if (!url) {
        Console::printError(error);
        return Console::kExitUsage;
    }
    Monitor base;
    base.name = parser.value(QStringLiteral("name")).trimmed();
    if (const QString problem = MonitorValidator::nameProblem(base.name); !problem.isEmpty()) {
        Console::printError(Text::tr("--name: %1").arg(problem));
        return Console::kExitUsage;
    }
    base.url = *url;
    const struct {
        const char16_t *name;
        int minimum;
        int maximum;
        const char *unit; // translated when shown
        int &target;
    } numbers[] = {{u"interval", 1, MonitorValidator::kMaxIntervalSeconds,
                    QT_TRANSLATE_NOOP("MonitorCommand", "seconds"), base.intervalSeconds},
                   {u"retries", 0, MonitorValidator::kMaxRetries,
                    QT_TRANSLATE_NOOP("MonitorCommand", "failed checks"), base.retries},
                   {u"recovery", 1, MonitorValidator::kMaxRetries,
                    QT_TRANSLATE_NOOP("MonitorCommand", "good checks"), base.recovery},
                   {u"locations", 1, Monitor::kMaxLocations,
                    QT_TRANSLATE_NOOP("MonitorCommand", "locations"), base.locations},
                   {u"quorum", 1, Monitor::kMaxLocations,
                    QT_TRANSLATE_NOOP("MonitorCommand", "locations"), base.quorum}};
    for (const auto &number : numbers) {
        const QString name = QString::fromUtf16(number.name);
        if (!parser.isSet(name))
            continue;
        const auto value =
            command.intValue(name, number.minimum, number.maximum, Text::tr(number.unit));
        if (!value)
            return Console::kExitUsage;
        number.target = *value;
    }
    if (base.quorum > base.locations) {
        Console::printError(Text::tr("--quorum %1 is more than the %2 locations it is checked "
                                     "from: raise --locations")
                                .arg(base.quorum)
                                .arg(base.locations));
        return Console::kExitUsage;
    }
    // Each tag once; an empty one is an error (from the validator), not silently dropped.
    for (const QString &tag : parser.values(QStringLiteral("tag"))) {
        if (!base.tags.contains(tag.trimmed()))
            base.tags.append(tag.trimmed());
    }
    base.paused = parser.isSet(QStringLiteral("paused"));
    auto monitor = CheckOptions::apply(parser, base, &error);
    if (!monitor) {
        Console::printError(error);
        return Console::kExitUsage;
    }
    const auto auth = AuthOptions::read(parser, QProcessEnvironment::systemEnvironment(),
                                        &AuthOptions::readProcessStdin, &error);
    if (!auth) {
        Console::printError(error);
        return Console::kExitUsage;
    }
    monitor->auth = auth->auth;
    // A password typed into the URL moves to the secret store like one given with --user.
    const CredentialPlan plan = CredentialPlan::make(*monitor, std::nullopt, auth->secret);
    if (!plan.ok()) {
        Console::printError(plan.error);
        return Console::kExitUsage;
    }
    if (const QString warning = AuthOptions::urlPasswordWarning(monitor->url); !warning.isEmpty())
        Console::printError(warning);
    monitor = plan.monitor;
    const auto database = command.openDatabase();
    if (!database)
        return Console::kExitFailure;
    MonitorStore store(*database);
    if (parser.isSet(QStringLiteral("parent"))) {
        const auto parent = store.find(parser.value(QStringLiteral("parent")));
        if (!parent) {
            Console::printError(Text::tr("--parent: %1").arg(store.lastError()));
            return Console::kExitFailure;
        }
        monitor->parentId = parent->id;
    }
    std::unique_ptr<SecretStore> secrets;
    if (plan.secret) {
        // The secret first: a stored monitor never points at a secret that is not there.
        secrets = SecretStores::forDatabase(database->path(),
                                            parser.isSet(QStringLiteral("secrets-file")));
        const SecretStore::Reply written =
            SecretWait::write(*secrets, monitor->credentialKey, *plan.secret);
        if (!written.ok()) {
            Console::printError(
                Text::tr("cannot store the %1 in %2: %3")
                    .arg(monitor->auth.secretTitle(), secrets->describe(), written.error));
            return Console::kExitFailure;
        }
    }
    if (!store.add(*monitor)) {
        Console::printError(store.lastError());
        if (secrets)
            (void)SecretWait::remove(*secrets, monitor->credentialKey);
        return Console::kExitFailure;
    }
    Console::printOut(Text::tr("added monitor %1").arg(describe(*monitor)));
    if (secrets)
        Console::printOut(
            Text::tr("its %1 is in %2").arg(monitor->auth.secretTitle(), secrets->describe()));
    return Console::kExitOk;
}

int list(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("upwatch monitor list [--json]"),
                          Text::tr("List the monitors with their state and last check."));
    command.parser().addOption(
        {QStringLiteral("json"), Text::tr("One JSON object per line instead of a table.")});
    if (const auto exit = command.parse(arguments, 3))
        return *exit;
    if (!command.noPositionalArguments(QStringLiteral("monitor list")))
        return Console::kExitUsage;
    const auto database = command.openDatabase();
    if (!database)
        return Console::kExitFailure;
    MonitorStore store(*database);
    HistoryReader reader(*database);
    const auto monitors = store.all();
    const auto open = reader.openStates();
    if (!monitors || !open) {
        Console::printError(store.lastError());
        return Console::kExitFailure;
    }
    QHash<qint64, QString> names;
    for (const Monitor &monitor : *monitors)
        names.insert(monitor.id, monitor.name);
    const bool json = command.parser().isSet(QStringLiteral("json"));
    QStringList lines;
    QList<QStringList> table;
    table.append({Text::tr("ID"), Text::tr("NAME"), Text::tr("STATE"), Text::tr("INTERVAL"),
                  Text::tr("LAST CHECK"), Text::tr("METHOD"), Text::tr("URL")});
    for (const Monitor &monitor : *monitors) {
        const auto last = reader.latestResult(monitor.id);
        const QString state = monitorStateName(storedState(
            monitor.paused,
            open->contains(monitor.id) ? std::optional(open->value(monitor.id)) : std::nullopt,
            last.has_value()));
        const QString lastAt = last ? last->startedAt.toString(Qt::ISODate) : QString();
        const QString method = QString::fromLatin1(httpMethodName(monitor.method));
        if (json) {
            JsonLine line;
            line.add(QStringLiteral("id"), monitor.id)
                .add(QStringLiteral("name"), monitor.name)
                .add(QStringLiteral("url"), displayUrl(monitor.url))
                .add(QStringLiteral("method"), method)
                .add(QStringLiteral("interval_s"), monitor.intervalSeconds)
                .add(QStringLiteral("locations"), monitor.locations)
                .add(QStringLiteral("quorum"), monitor.quorum)
                .add(QStringLiteral("state"), state)
                .add(QStringLiteral("paused"), monitor.paused)
                .add(QStringLiteral("parent"), monitor.parentId
                                                   ? QJsonValue(names.value(monitor.parentId))
                                                   : QJsonValue(QJsonValue::Null))
                .add(QStringLiteral("tags"), QJsonArray::fromStringList(monitor.tags))
                .add(QStringLiteral("last_check"),
                     last ? QJsonValue(lastAt) : QJsonValue(QJsonValue::Null))
                .add(QStringLiteral("last_reason"),
                     last ? QJsonValue(reasonName(last->reason)) : QJsonValue(QJsonValue::Null));
            lines.append(line.toString());
        }
        else {
            table.append({QString::number(monitor.id), monitor.name, state,
                          QStringLiteral("%1s").arg(monitor.intervalSeconds),
                          lastAt.isEmpty() ? QStringLiteral("-") : lastAt, method,
                          displayUrl(monitor.url)});
        }
    }
    if (json) {
        if (!lines.isEmpty())
            Console::printOut(lines.join(u'\n'));
        return Console::kExitOk;
    }
    if (monitors->isEmpty()) {
        Console::printOut(Text::tr("No monitors yet. Add one with 'upwatch monitor add "
                                   "--name NAME --url URL'."));
        return Console::kExitOk;
    }
    Console::printOut(Console::table(table));
    return Console::kExitOk;
}

// remove, pause and resume: one monitor by id or name.
int change(const QStringList &arguments, const QString &action)
{
    CommandParser command(QStringLiteral("upwatch monitor %1 ID|NAME").arg(action),
                          action == u"remove"  ? Text::tr("Remove a monitor and its history.")
                          : action == u"pause" ? Text::tr("Stop checking a monitor.")
                                               : Text::tr("Check a paused monitor again."));
    command.parser().addPositionalArgument(
        QStringLiteral("monitor"),
        Text::tr("The monitor's name, or its id (digits only). Put '--' before a name "
                 "that starts with '-'."));
    if (const auto exit = command.parse(arguments, 3))
        return *exit;
    const QStringList which = command.parser().positionalArguments();
    if (which.size() != 1) {
        Console::printError(Text::tr("monitor %1 needs one monitor id or name").arg(action));
        return Console::kExitUsage;
    }
    const auto database = command.openDatabase();
    if (!database)
        return Console::kExitFailure;
    MonitorStore store(*database);
    const auto monitor = store.find(which.constFirst());
    if (!monitor) {
        Console::printError(store.lastError());
        return Console::kExitFailure;
    }
    const bool ok = action == u"remove" ? store.remove(monitor->id)
                                        : store.setPaused(monitor->id, action == u"pause");
    if (!ok) {
        Console::printError(store.lastError());
        return Console::kExitFailure;
    }
    if (action == u"remove" && !monitor->credentialKey.isEmpty()) {
        const auto secrets = SecretStores::forDatabase(database->path());
        const SecretStore::Reply removed = SecretWait::remove(*secrets, monitor->credentialKey);
        if (!removed.ok())
            Console::printError(
                Text::tr("warning: the monitor is removed, but its %1 "
                         "could not be removed from %2: %3")
                    .arg(monitor->auth.secretTitle(), secrets->describe(), removed.error));
    }
    const QString done = action == u"remove"  ? Text::tr("removed monitor %1")
                         : action == u"pause" ? Text::tr("paused monitor %1")
                                              : Text::tr("resumed monitor %1");
    Console::printOut(done.arg(describe(*monitor)));
    return Console::kExitOk;
}

} // namespace

namespace MonitorCommand {

int run(const QStringList &arguments)
{
    const QString action = arguments.value(2);
    if (action == u"add")
        return add(arguments);
    if (action == u"list")
        return list(arguments);
    if (action == u"remove" || action == u"pause" || action == u"resume")
        return change(arguments, action);
    if (action == u"mute" || action == u"unmute")
        return SilenceCommand::mute(arguments, action == u"mute");
    if (action.isEmpty() || action == u"-h" || action == u"--help") {
        Console::printOut(Text::tr(
            "Usage: upwatch monitor <add|list|remove|pause|resume|mute|unmute> [options]\n"
            "\n"
            "  add --name N --url U [options]   Add a monitor (see 'monitor add --help').\n"
            "  list [--json]                    List monitors with state and last check.\n"
            "  remove ID|NAME                   Remove a monitor and its history.\n"
            "  pause ID|NAME                    Stop checking a monitor.\n"
            "  resume ID|NAME                   Check a paused monitor again.\n"
            "  mute ID|NAME [--for D]           Drop its alerts (until unmuted, for a while,\n"
            "                                   or --until-morning).\n"
            "  unmute ID|NAME                   Send its alerts again.\n"
            "\n"
            "Every action accepts --db PATH.\n"));
        return action.isEmpty() ? Console::kExitUsage : Console::kExitOk;
    }
    Console::printError(
        Text::tr("unknown monitor action '%1' (use add, list, remove, pause, resume, mute or "
                 "unmute)")
            .arg(action));
    return Console::kExitUsage;
}

} // namespace MonitorCommand
