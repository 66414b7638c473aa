#include "app/ChannelCommand.h"

#include "app/ChannelOptions.h"
#include "app/CommandParser.h"
#include "app/Console.h"
#include "app/JsonLine.h"
#include "app/SecretWait.h"
#include "core/alert/AlertDelivery.h"
#include "core/base/JsonText.h"
#include "core/base/SystemClock.h"
#include "core/secret/SecretStores.h"
#include "core/store/ChannelStore.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

#include <variant>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChannelCommand)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

QString describe(const AlertChannel &channel)
{
    return QStringLiteral("%1 '%2'").arg(channel.id).arg(channel.name);
}

QString eventNames(const QList<AlertEventKind> &events)
{
    QStringList names;
    for (const AlertEventKind event : events)
        names.append(alertEventKindName(event));
    return names.join(u',');
}

QString scope(const AlertChannel &channel)
{
    QStringList parts;
    if (!channel.monitorNames.isEmpty())
        parts.append(Text::tr("monitors %1").arg(channel.monitorNames.join(u", ")));
    if (!channel.tags.isEmpty())
        parts.append(Text::tr("tags %1").arg(channel.tags.join(u", ")));
    return parts.isEmpty() ? Text::tr("all monitors") : parts.join(QStringLiteral("; "));
}

int add(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("upwatch channel add --name N (--webhook URL | --webhook-stdin | "
                       "--command PROGRAM [-- ARG...]) [options]"),
        Text::tr("Add an alert channel: a webhook that gets a POST, or a program that is "
                 "run (directly, not through a shell) with the event in UPWATCH_* "
                 "environment variables and as JSON on standard input."));
    QCommandLineParser &parser = command.parser();
    ChannelOptions::addTo(parser);
    if (const auto exit = command.parse(arguments, 3))
        return *exit;
    if (!parser.isSet(QStringLiteral("name"))) {
        Console::printError(Text::tr("channel add needs --name"));
        return Console::kExitUsage;
    }
    const int kinds = int(parser.isSet(QStringLiteral("webhook"))) +
                      int(parser.isSet(QStringLiteral("webhook-stdin"))) +
                      int(parser.isSet(QStringLiteral("command")));
    if (kinds != 1) {
        Console::printError(Text::tr("channel add needs one of --webhook URL, "
                                     "--webhook-stdin or --command PROGRAM"));
        return Console::kExitUsage;
    }
    const bool isCommand = parser.isSet(QStringLiteral("command"));
    auto channel = ChannelOptions::channel(command, isCommand);
    if (!channel)
        return Console::kExitUsage;
    std::optional<WebhookSecret> secret;
    if (!isCommand) {
        QString error;
        secret = ChannelOptions::secret(parser, &error);
        if (!secret) {
            Console::printError(error);
            return Console::kExitUsage;
        }
        channel->credentialKey =
            QStringLiteral("channel/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        channel->target = webhookTarget(secret->url);
    }
    const auto database = command.openDatabase();
    if (!database)
        return Console::kExitFailure;
    ChannelStore store(*database);
    const auto existing = store.all();
    if (!existing) {
        Console::printError(store.lastError());
        return Console::kExitFailure;
    }
    for (const AlertChannel &other : *existing) {
        if (other.name == channel->name) {
            Console::printError(Text::tr("a channel named '%1' already exists (id %2)")
                                    .arg(other.name)
                                    .arg(other.id));
            return Console::kExitFailure;
        }
    }
    std::unique_ptr<SecretStore> secrets;
    if (secret) {
        // The secret first: a stored channel never points at a secret that is not there.
        secrets = SecretStores::forDatabase(database->path(),
                                            parser.isSet(QStringLiteral("secrets-file")));
        const SecretStore::Reply written =
            SecretWait::write(*secrets, channel->credentialKey, secret->toJson());
        if (!written.ok()) {
            Console::printError(Text::tr("cannot store the webhook's URL in %1: %2")
                                    .arg(secrets->describe(), written.error));
            return Console::kExitFailure;
        }
    }
    if (!store.add(*channel)) {
        Console::printError(store.lastError());
        if (secrets)
            (void)SecretWait::remove(*secrets, channel->credentialKey);
        return Console::kExitFailure;
    }
    Console::printOut(
        Text::tr("added channel %1 (%2: %3)")
            .arg(describe(*channel),
                 isCommand ? QStringLiteral("command") : webhookPresetName(channel->preset),
                 channel->describeTarget()));
    if (secrets)
        Console::printOut(Text::tr("its webhook URL is in %1").arg(secrets->describe()));
    if (const auto monitors = MonitorStore(*database).all()) {
        for (const QString &name : std::as_const(channel->monitorNames)) {
            const bool known = std::any_of(monitors->cbegin(), monitors->cend(),
                                           [&name](const Monitor &m) { return m.name == name; });
            if (!known)
                Console::printError(Text::tr("note: there is no monitor named '%1' yet; "
                                             "the channel covers it once there is")
                                        .arg(name));
        }
    }
    return Console::kExitOk;
}

int list(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("upwatch channel list [--json]"),
                          Text::tr("List the alert channels (never their secrets)."));
    command.parser().addOption(
        {QStringLiteral("json"), Text::tr("One JSON object per line instead of a table.")});
    if (const auto exit = command.parse(arguments, 3))
        return *exit;
    if (!command.noPositionalArguments(QStringLiteral("channel list")))
        return Console::kExitUsage;
    const auto database = command.openDatabase();
    if (!database)
        return Console::kExitFailure;
    ChannelStore store(*database);
    const auto channels = store.all();
    if (!channels) {
        Console::printError(store.lastError());
        return Console::kExitFailure;
    }
    if (command.parser().isSet(QStringLiteral("json"))) {
        QStringList lines;
        const QStringList order{u"id"_s,      u"name"_s,     u"kind"_s,   u"enabled"_s,
                                u"events"_s,  u"monitors"_s, u"tags"_s,   u"timeout_ms"_s,
                                u"preset"_s,  u"template"_s, u"target"_s, u"credential_key"_s,
                                u"program"_s, u"arguments"_s};
        for (const AlertChannel &channel : *channels) {
            const QJsonObject json = channel.toJson();
            JsonLine line;
            for (const QString &key : order)
                line.add(key, json.value(key));
            lines.append(line.toString());
        }
        if (!lines.isEmpty())
            Console::printOut(lines.join(u'\n'));
        return Console::kExitOk;
    }
    if (channels->isEmpty()) {
        Console::printOut(Text::tr("No alert channels yet. Add one with 'upwatch channel "
                                   "add --name N --webhook URL' or '--command PROGRAM'."));
        return Console::kExitOk;
    }
    QList<QStringList> table{{Text::tr("ID"), Text::tr("NAME"), Text::tr("KIND"),
                              Text::tr("ENABLED"), Text::tr("EVENTS"), Text::tr("SCOPE"),
                              Text::tr("TARGET")}};
    for (const AlertChannel &channel : *channels) {
        const QString kind = channel.kind == AlertChannelKind::Command
                                 ? QStringLiteral("command")
                                 : u"webhook/"_s + webhookPresetName(channel.preset);
        table.append({QString::number(channel.id), channel.name, kind,
                      channel.enabled ? Text::tr("yes") : Text::tr("no"),
                      eventNames(channel.events), scope(channel), channel.describeTarget()});
    }
    Console::printOut(Console::table(table));
    return Console::kExitOk;
}

// remove and test: one channel by id or name. Adds the channel argument before parsing.
void expectOne(CommandParser &command)
{
    command.parser().addPositionalArgument(
        QStringLiteral("channel"),
        Text::tr("The channel's name, or its id (digits only). Put '--' before a name "
                 "that starts with '-'."));
    command.parser().addOption({QStringLiteral("secrets-file"), ChannelOptions::secretsFileHelp()});
}

// The channel named after parsing, or an exit code after printing why not.
std::variant<AlertChannel, int> findOne(const CommandParser &command, const QString &action,
                                        QString *databasePath)
{
    const QStringList which = command.parser().positionalArguments();
    if (which.size() != 1) {
        Console::printError(Text::tr("channel %1 needs one channel id or name").arg(action));
        return Console::kExitUsage;
    }
    const auto database = command.openDatabase();
    if (!database)
        return Console::kExitFailure;
    *databasePath = database->path();
    ChannelStore store(*database);
    const auto channel = store.find(which.constFirst());
    if (!channel) {
        Console::printError(store.lastError());
        return Console::kExitFailure;
    }
    return *channel;
}

int remove(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("upwatch channel remove ID|NAME"),
                          Text::tr("Remove an alert channel and its stored secret."));
    expectOne(command);
    if (const auto exit = command.parse(arguments, 3))
        return *exit;
    QString path;
    const auto found = findOne(command, QStringLiteral("remove"), &path);
    if (const int *exit = std::get_if<int>(&found))
        return *exit;
    const AlertChannel channel = std::get<AlertChannel>(found);
    {
        QString error;
        const auto database = StoreDatabase::open(path, &error);
        if (!database) {
            Console::printError(error);
            return Console::kExitFailure;
        }
        ChannelStore store(*database);
        if (!store.remove(channel.id)) {
            Console::printError(store.lastError());
            return Console::kExitFailure;
        }
    }
    if (!channel.credentialKey.isEmpty()) {
        const auto secrets =
            SecretStores::forDatabase(path, command.parser().isSet(QStringLiteral("secrets-file")));
        const SecretStore::Reply removed = SecretWait::remove(*secrets, channel.credentialKey);
        if (!removed.ok())
            Console::printError(Text::tr("warning: the channel is removed, but its webhook "
                                         "URL could not be removed from %1: %2")
                                    .arg(secrets->describe(), removed.error));
    }
    Console::printOut(Text::tr("removed channel %1").arg(describe(channel)));
    return Console::kExitOk;
}

int test(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("upwatch channel test ID|NAME"),
        Text::tr("Send a test event to an alert channel now (past its event and monitor "
                 "filters, even when it is switched off) and say how it went."));
    expectOne(command);
    if (const auto exit = command.parse(arguments, 3))
        return *exit;
    QString path;
    const auto found = findOne(command, QStringLiteral("test"), &path);
    if (const int *exit = std::get_if<int>(&found))
        return *exit;
    const AlertChannel channel = std::get<AlertChannel>(found);

    const auto clock = std::make_shared<SystemClock>();
    AlertMessage message;
    message.channelId = channel.id;
    message.events = {AlertEvent::testEvent(clock->nowUtc())};
    message.count = 1;
    AlertDelivery delivery(clock);
    delivery.start();
    QObject context;
    QObject::connect(
        &delivery, &AlertDelivery::delivered, &context,
        [&channel](quint64, const AlertDeliveryReport &report) {
            const QString attempts = Text::tr("%n attempt(s)", nullptr, report.attempts);
            if (report.ok) {
                Console::printOut(
                    Text::tr("channel %1: delivered (%2)").arg(channel.name, attempts));
                QCoreApplication::exit(Console::kExitOk);
                return;
            }
            Console::printError(
                Text::tr("channel %1: %2 (%3)").arg(channel.name, report.error, attempts));
            QCoreApplication::exit(Console::kExitFailure);
        });
    std::unique_ptr<SecretStore> secrets;
    if (channel.kind == AlertChannelKind::Command) {
        delivery.deliver(channel, std::nullopt, message);
    }
    else {
        secrets =
            SecretStores::forDatabase(path, command.parser().isSet(QStringLiteral("secrets-file")));
        secrets->read(channel.credentialKey, &context, [&](const SecretStore::Reply &reply) {
            QString error;
            std::optional<WebhookSecret> secret;
            if (!reply.ok())
                error = Text::tr("cannot read the webhook's URL from %1: %2")
                            .arg(secrets->describe(), reply.error);
            else
                secret = WebhookSecret::fromJson(reply.secret, &error);
            if (!secret) {
                Console::printError(Text::tr("channel %1: %2").arg(channel.name, error));
                QCoreApplication::exit(Console::kExitFailure);
                return;
            }
            delivery.deliver(channel, secret, message);
        });
    }
    // The application's own event loop (this command runs before any other), until the
    // delivery has ended with its retries.
    return QCoreApplication::exec();
}

} // namespace

namespace ChannelCommand {

int run(const QStringList &arguments)
{
    const QString action = arguments.value(2);
    if (action == u"add")
        return add(arguments);
    if (action == u"list")
        return list(arguments);
    if (action == u"remove")
        return remove(arguments);
    if (action == u"test")
        return test(arguments);
    if (action.isEmpty() || action == u"-h" || action == u"--help") {
        Console::printOut(Text::tr(
            "Usage: upwatch channel <add|list|remove|test> [options]\n"
            "\n"
            "  add --name N --webhook URL [--preset json|slack|discord|ntfy|gotify]\n"
            "      [--template T] [--header 'Name: value']... [--events down,up,...]\n"
            "      [--monitor NAME]... [--tag T]... [--timeout S]\n"
            "                                   Add a webhook channel (see 'channel add --help').\n"
            "  add --name N --command PROGRAM [-- ARG...] [same filters]\n"
            "                                   Add a channel that runs a program.\n"
            "  list [--json]                    List the channels.\n"
            "  remove ID|NAME                   Remove a channel and its stored secret.\n"
            "  test ID|NAME                     Send a test event and report the result.\n"
            "\n"
            "Every action accepts --db PATH.\n"));
        return action.isEmpty() ? Console::kExitUsage : Console::kExitOk;
    }
    Console::printError(
        Text::tr("unknown channel action '%1' (use add, list, remove or test)").arg(action));
    return Console::kExitUsage;
}

} // namespace ChannelCommand
