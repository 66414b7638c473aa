#include "app/ChannelCommand.h"

#include "app/AuthOptions.h"
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

using namespace Qt::StringLiterals;

namespace {

const QString kSecretsFileHelp =
    QStringLiteral("Keep the webhook's URL in DB.secrets (mode 0600) beside the database instead "
                   "of the OS keychain: for a server without one. Used from then on.");

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
        parts.append(QStringLiteral("monitors %1").arg(channel.monitorNames.join(u", ")));
    if (!channel.tags.isEmpty())
        parts.append(QStringLiteral("tags %1").arg(channel.tags.join(u", ")));
    return parts.isEmpty() ? QStringLiteral("all monitors") : parts.join(QStringLiteral("; "));
}

// "down,up": each a known event, at least one.
std::optional<QList<AlertEventKind>> parseEvents(const QString &text, QString *error)
{
    QList<AlertEventKind> events;
    for (const QString &part : text.split(u',')) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        const auto event = alertEventKindFromName(name);
        if (!event) {
            *error = QStringLiteral("unknown event '%1' (use down, up, degraded or cert_expiry)")
                         .arg(JsonText::oneLine(name));
            return std::nullopt;
        }
        if (!events.contains(*event))
            events.append(*event);
    }
    if (events.isEmpty()) {
        *error = QStringLiteral("--events needs at least one of down, up, degraded or "
                                "cert_expiry");
        return std::nullopt;
    }
    return events;
}

std::optional<QPair<QByteArray, QByteArray>> parseHeader(const QString &text, QString *error)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0) {
        // The value may be a secret: only the name (if any) is quoted.
        *error = QStringLiteral("--header must be 'Name: value'");
        return std::nullopt;
    }
    return QPair<QByteArray, QByteArray>{text.left(colon).trimmed().toUtf8(),
                                         text.mid(colon + 1).trimmed().toUtf8()};
}

// The webhook's URL and headers: from --webhook and --header, or from standard input
// (--webhook-stdin: the URL on the first line, then one header per line).
std::optional<WebhookSecret> readSecret(const QCommandLineParser &parser, QString *error)
{
    QStringList headerLines = parser.values(QStringLiteral("header"));
    QString urlText;
    if (parser.isSet(QStringLiteral("webhook-stdin"))) {
        const auto input = AuthOptions::readProcessStdin(error);
        if (!input)
            return std::nullopt;
        QStringList lines = QString::fromUtf8(*input).split(u'\n');
        urlText = lines.takeFirst().trimmed();
        for (const QString &line : std::as_const(lines)) {
            if (!line.trimmed().isEmpty())
                headerLines.append(line.trimmed());
        }
    }
    else {
        urlText = parser.value(QStringLiteral("webhook")).trimmed();
    }
    WebhookSecret secret;
    secret.url = QUrl(urlText, QUrl::StrictMode);
    for (const QString &line : std::as_const(headerLines)) {
        const auto header = parseHeader(line, error);
        if (!header)
            return std::nullopt;
        secret.headers.append(*header);
    }
    if (const QString problem = secret.problem(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return secret;
}

// The channel the options describe (without its id, key and target); nullopt after printing
// the problem.
std::optional<AlertChannel> channelFrom(CommandParser &command, bool isCommand)
{
    const QCommandLineParser &parser = command.parser();
    AlertChannel channel;
    channel.name = parser.value(QStringLiteral("name")).trimmed();
    channel.kind = isCommand ? AlertChannelKind::Command : AlertChannelKind::Webhook;
    channel.enabled = !parser.isSet(QStringLiteral("disabled"));
    QString error;
    if (parser.isSet(QStringLiteral("events"))) {
        const auto events = parseEvents(parser.value(QStringLiteral("events")), &error);
        if (!events) {
            Console::printError(error);
            return std::nullopt;
        }
        channel.events = *events;
    }
    for (const QString &monitor : parser.values(QStringLiteral("monitor"))) {
        if (!channel.monitorNames.contains(monitor.trimmed()))
            channel.monitorNames.append(monitor.trimmed());
    }
    for (const QString &tag : parser.values(QStringLiteral("tag"))) {
        if (!channel.tags.contains(tag.trimmed()))
            channel.tags.append(tag.trimmed());
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        const auto seconds =
            command.intValue(QStringLiteral("timeout"), 1, AlertChannel::kMaxTimeoutMs / 1000,
                             QStringLiteral("seconds"));
        if (!seconds)
            return std::nullopt;
        channel.timeoutMs = *seconds * 1000;
    }
    if (isCommand) {
        for (const char *webhookOnly : {"preset", "template", "header"}) {
            if (parser.isSet(QString::fromLatin1(webhookOnly))) {
                Console::printError(QStringLiteral("--%1 is for webhooks, not --command")
                                        .arg(QString::fromLatin1(webhookOnly)));
                return std::nullopt;
            }
        }
        channel.program = parser.value(QStringLiteral("command"));
        channel.arguments = parser.positionalArguments();
    }
    else {
        if (!parser.positionalArguments().isEmpty()) {
            Console::printError(QStringLiteral("unexpected argument '%1' (arguments follow "
                                               "--command PROGRAM only)")
                                    .arg(parser.positionalArguments().constFirst()));
            return std::nullopt;
        }
        const bool hasTemplate = parser.isSet(QStringLiteral("template"));
        channel.preset = hasTemplate ? WebhookPreset::Custom : WebhookPreset::Json;
        if (parser.isSet(QStringLiteral("preset"))) {
            const QString name = parser.value(QStringLiteral("preset")).trimmed();
            const auto preset = webhookPresetFromName(name);
            if (!preset) {
                Console::printError(QStringLiteral("unknown preset '%1' (use json, slack, "
                                                   "discord, ntfy, gotify or custom)")
                                        .arg(JsonText::oneLine(name)));
                return std::nullopt;
            }
            if (hasTemplate != (*preset == WebhookPreset::Custom)) {
                Console::printError(hasTemplate
                                        ? QStringLiteral("--template needs --preset custom "
                                                         "(or no --preset)")
                                        : QStringLiteral("--preset custom needs --template"));
                return std::nullopt;
            }
            channel.preset = *preset;
        }
        channel.bodyTemplate = parser.value(QStringLiteral("template"));
    }
    if (const QString problem = channel.problem(); !problem.isEmpty()) {
        Console::printError(problem);
        return std::nullopt;
    }
    return channel;
}

int add(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("upwatch channel add --name N (--webhook URL | --webhook-stdin | "
                       "--command PROGRAM [-- ARG...]) [options]"),
        QStringLiteral("Add an alert channel: a webhook that gets a POST, or a program that is "
                       "run (directly, not through a shell) with the event in UPWATCH_* "
                       "environment variables and as JSON on standard input."));
    QCommandLineParser &parser = command.parser();
    parser.addOptions({
        {QStringLiteral("name"), QStringLiteral("Unique name of the channel."),
         QStringLiteral("name")},
        {QStringLiteral("webhook"),
         QStringLiteral("http(s) URL to POST to (kept in the keychain; it shows in the process "
                        "list while this runs: --webhook-stdin does not)."),
         QStringLiteral("url")},
        {QStringLiteral("webhook-stdin"),
         QStringLiteral("Read the webhook URL from standard input (first line), and headers "
                        "from the lines after it.")},
        {QStringLiteral("preset"),
         QStringLiteral("Body shape: json (default), slack, discord, ntfy, gotify or custom."),
         QStringLiteral("name")},
        {QStringLiteral("template"),
         QStringLiteral("Custom body with {{event}}, {{monitor}}, {{monitor_id}}, {{url}}, "
                        "{{state}}, {{previous_state}}, {{reason}}, {{error}}, {{time}}, "
                        "{{duration}}, {{summary}}, {{count}}."),
         QStringLiteral("text")},
        {QStringLiteral("header"),
         QStringLiteral("A request header 'Name: value' (kept in the keychain); repeat for "
                        "more."),
         QStringLiteral("header")},
        {QStringLiteral("command"), QStringLiteral("Program to run; its arguments follow '--'."),
         QStringLiteral("program")},
        {QStringLiteral("events"),
         QStringLiteral("Events to send: down,up,degraded,cert_expiry (default: all)."),
         QStringLiteral("list")},
        {QStringLiteral("monitor"),
         QStringLiteral("Only this monitor (by name); repeat for more. Default: all."),
         QStringLiteral("name")},
        {QStringLiteral("tag"), QStringLiteral("Only monitors with this tag; repeat for more."),
         QStringLiteral("tag")},
        {QStringLiteral("timeout"),
         QStringLiteral("Seconds one delivery may take (default 10, at most %1).")
             .arg(AlertChannel::kMaxTimeoutMs / 1000),
         QStringLiteral("s")},
        {QStringLiteral("disabled"), QStringLiteral("Add it switched off.")},
        {QStringLiteral("secrets-file"), kSecretsFileHelp},
    });
    parser.addPositionalArgument(QStringLiteral("arg"),
                                 QStringLiteral("Arguments of --command's program."),
                                 QStringLiteral("[-- ARG...]"));
    if (const auto exit = command.parse(arguments, 3))
        return *exit;
    if (!parser.isSet(QStringLiteral("name"))) {
        Console::printError(QStringLiteral("channel add needs --name"));
        return Console::kExitUsage;
    }
    const int kinds = int(parser.isSet(QStringLiteral("webhook"))) +
                      int(parser.isSet(QStringLiteral("webhook-stdin"))) +
                      int(parser.isSet(QStringLiteral("command")));
    if (kinds != 1) {
        Console::printError(QStringLiteral("channel add needs one of --webhook URL, "
                                           "--webhook-stdin or --command PROGRAM"));
        return Console::kExitUsage;
    }
    const bool isCommand = parser.isSet(QStringLiteral("command"));
    auto channel = channelFrom(command, isCommand);
    if (!channel)
        return Console::kExitUsage;
    std::optional<WebhookSecret> secret;
    if (!isCommand) {
        QString error;
        secret = readSecret(parser, &error);
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
            Console::printError(QStringLiteral("a channel named '%1' already exists (id %2)")
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
            Console::printError(QStringLiteral("cannot store the webhook's URL in %1: %2")
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
        QStringLiteral("added channel %1 (%2: %3)")
            .arg(describe(*channel),
                 isCommand ? QStringLiteral("command") : webhookPresetName(channel->preset),
                 channel->describeTarget()));
    if (secrets)
        Console::printOut(QStringLiteral("its webhook URL is in %1").arg(secrets->describe()));
    if (const auto monitors = MonitorStore(*database).all()) {
        for (const QString &name : std::as_const(channel->monitorNames)) {
            const bool known = std::any_of(monitors->cbegin(), monitors->cend(),
                                           [&name](const Monitor &m) { return m.name == name; });
            if (!known)
                Console::printError(QStringLiteral("note: there is no monitor named '%1' yet; "
                                                   "the channel covers it once there is")
                                        .arg(name));
        }
    }
    return Console::kExitOk;
}

int list(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("upwatch channel list [--json]"),
                          QStringLiteral("List the alert channels (never their secrets)."));
    command.parser().addOption(
        {QStringLiteral("json"), QStringLiteral("One JSON object per line instead of a table.")});
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
        Console::printOut(QStringLiteral("No alert channels yet. Add one with 'upwatch channel "
                                         "add --name N --webhook URL' or '--command PROGRAM'."));
        return Console::kExitOk;
    }
    QList<QStringList> table{{QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("KIND"),
                              QStringLiteral("ENABLED"), QStringLiteral("EVENTS"),
                              QStringLiteral("SCOPE"), QStringLiteral("TARGET")}};
    for (const AlertChannel &channel : *channels) {
        const QString kind = channel.kind == AlertChannelKind::Command
                                 ? QStringLiteral("command")
                                 : u"webhook/"_s + webhookPresetName(channel.preset);
        table.append({QString::number(channel.id), channel.name, kind,
                      channel.enabled ? QStringLiteral("yes") : QStringLiteral("no"),
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
        QStringLiteral("The channel's name, or its id (digits only). Put '--' before a name "
                       "that starts with '-'."));
    command.parser().addOption({QStringLiteral("secrets-file"), kSecretsFileHelp});
}

// The channel named after parsing, or an exit code after printing why not.
std::variant<AlertChannel, int> findOne(const CommandParser &command, const QString &action,
                                        QString *databasePath)
{
    const QStringList which = command.parser().positionalArguments();
    if (which.size() != 1) {
        Console::printError(QStringLiteral("channel %1 needs one channel id or name").arg(action));
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
                          QStringLiteral("Remove an alert channel and its stored secret."));
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
            Console::printError(QStringLiteral("warning: the channel is removed, but its webhook "
                                               "URL could not be removed from %1: %2")
                                    .arg(secrets->describe(), removed.error));
    }
    Console::printOut(QStringLiteral("removed channel %1").arg(describe(channel)));
    return Console::kExitOk;
}

int test(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("upwatch channel test ID|NAME"),
        QStringLiteral("Send a test event to an alert channel now (past its event and monitor "
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
            const QString attempts = report.attempts == 1
                                         ? QStringLiteral("1 attempt")
                                         : QStringLiteral("%1 attempts").arg(report.attempts);
            if (report.ok) {
                Console::printOut(
                    QStringLiteral("channel %1: delivered (%2)").arg(channel.name, attempts));
                QCoreApplication::exit(Console::kExitOk);
                return;
            }
            Console::printError(
                QStringLiteral("channel %1: %2 (%3)").arg(channel.name, report.error, attempts));
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
                error = QStringLiteral("cannot read the webhook's URL from %1: %2")
                            .arg(secrets->describe(), reply.error);
            else
                secret = WebhookSecret::fromJson(reply.secret, &error);
            if (!secret) {
                Console::printError(QStringLiteral("channel %1: %2").arg(channel.name, error));
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
        Console::printOut(QStringLiteral(
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
        QStringLiteral("unknown channel action '%1' (use add, list, remove or test)").arg(action));
    return Console::kExitUsage;
}

} // namespace ChannelCommand
