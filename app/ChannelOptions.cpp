#include "app/ChannelOptions.h"

#include "app/AuthOptions.h"
#include "app/Console.h"
#include "core/base/JsonText.h"

#include <QCoreApplication>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChannelOptions)
};

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
            *error = Text::tr("unknown event '%1' (use down, up, degraded or cert_expiry)")
                         .arg(JsonText::oneLine(name));
            return std::nullopt;
        }
        if (!events.contains(*event))
            events.append(*event);
    }
    if (events.isEmpty()) {
        *error = Text::tr("--events needs at least one of down, up, degraded or "
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
        *error = Text::tr("--header must be 'Name: value'");
        return std::nullopt;
    }
    return QPair<QByteArray, QByteArray>{text.left(colon).trimmed().toUtf8(),
                                         text.mid(colon + 1).trimmed().toUtf8()};
}

} // namespace

namespace ChannelOptions {

QString secretsFileHelp()
{
    return Text::tr("Keep the webhook's URL in DB.secrets (mode 0600) beside the database "
                    "instead of the OS keychain: for a server without one. Used from then "
                    "on.");
}

void addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("name"), Text::tr("Unique name of the channel."), QStringLiteral("name")},
        {QStringLiteral("webhook"),
         Text::tr("http(s) URL to POST to (kept in the keychain; it shows in the process "
                  "list while this runs: --webhook-stdin does not)."),
         QStringLiteral("url")},
        {QStringLiteral("webhook-stdin"),
         Text::tr("Read the webhook URL from standard input (first line), and headers "
                  "from the lines after it.")},
        {QStringLiteral("preset"),
         Text::tr("Body shape: json (default), slack, discord, ntfy, gotify or custom."),
         QStringLiteral("name")},
        {QStringLiteral("template"),
         Text::tr("Custom body with {{event}}, {{monitor}}, {{monitor_id}}, {{url}}, "
                  "{{state}}, {{previous_state}}, {{reason}}, {{error}}, {{time}}, "
                  "{{duration}}, {{summary}}, {{count}}."),
         QStringLiteral("text")},
        {QStringLiteral("header"),
         Text::tr("A request header 'Name: value' (kept in the keychain); repeat for "
                  "more."),
         QStringLiteral("header")},
        {QStringLiteral("command"), Text::tr("Program to run; its arguments follow '--'."),
         QStringLiteral("program")},
        {QStringLiteral("events"),
         Text::tr("Events to send: down,up,degraded,cert_expiry (default: all)."),
         QStringLiteral("list")},
        {QStringLiteral("monitor"),
         Text::tr("Only this monitor (by name); repeat for more. Default: all."),
         QStringLiteral("name")},
        {QStringLiteral("tag"), Text::tr("Only monitors with this tag; repeat for more."),
         QStringLiteral("tag")},
        {QStringLiteral("timeout"),
         Text::tr("Seconds one delivery may take (default 10, at most %1).")
             .arg(AlertChannel::kMaxTimeoutMs / 1000),
         QStringLiteral("s")},
        {QStringLiteral("disabled"), Text::tr("Add it switched off.")},
        {QStringLiteral("secrets-file"), secretsFileHelp()},
    });
    parser.addPositionalArgument(QStringLiteral("arg"),
                                 Text::tr("Arguments of --command's program."),
                                 QStringLiteral("[-- ARG...]"));
}

// The webhook's URL and headers: from --webhook and --header, or from standard input
// (--webhook-stdin: the URL on the first line, then one header per line).
std::optional<WebhookSecret> secret(const QCommandLineParser &parser, QString *error)
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
std::optional<AlertChannel> channel(CommandParser &command, bool isCommand)
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
        const auto seconds = command.intValue(
            QStringLiteral("timeout"), 1, AlertChannel::kMaxTimeoutMs / 1000, Text::tr("seconds"));
        if (!seconds)
            return std::nullopt;
        channel.timeoutMs = *seconds * 1000;
    }
    if (isCommand) {
        for (const char *webhookOnly : {"preset", "template", "header"}) {
            if (parser.isSet(QString::fromLatin1(webhookOnly))) {
                Console::printError(Text::tr("--%1 is for webhooks, not --command")
                                        .arg(QString::fromLatin1(webhookOnly)));
                return std::nullopt;
            }
        }
        channel.program = parser.value(QStringLiteral("command"));
        channel.arguments = parser.positionalArguments();
    }
    else {
        if (!parser.positionalArguments().isEmpty()) {
            Console::printError(Text::tr("unexpected argument '%1' (arguments follow "
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
                Console::printError(Text::tr("unknown preset '%1' (use json, slack, "
                                             "discord, ntfy, gotify or custom)")
                                        .arg(JsonText::oneLine(name)));
                return std::nullopt;
            }
            if (hasTemplate != (*preset == WebhookPreset::Custom)) {
                Console::printError(hasTemplate ? Text::tr("--template needs --preset custom "
                                                           "(or no --preset)")
                                                : Text::tr("--preset custom needs --template"));
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

} // namespace ChannelOptions
