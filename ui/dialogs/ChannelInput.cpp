#include "ui/dialogs/ChannelInput.h"

#include "core/alert/AlertPayload.h"
#include "core/model/MonitorValidator.h"
#include "ui/dialogs/MonitorInput.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace {

// The words of this file, translated in the "ChannelInput" context.
class Text {
    Q_DECLARE_TR_FUNCTIONS(ChannelInput)
};

// Trimmed, without empty entries or repeats, in the order given.
QStringList cleanList(const QStringList &list)
{
    QStringList clean;
    for (const QString &item : list) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty() && !clean.contains(trimmed))
            clean.append(trimmed);
    }
    return clean;
}

// Whether the dialog may leave a stored webhook's secret alone.
bool keepsStoredSecret(const ChannelInput::Form &form, const AlertChannel &initial)
{
    return !form.secretShown && initial.id != 0 && initial.kind == AlertChannelKind::Webhook &&
           !initial.credentialKey.isEmpty();
}

std::optional<QList<QPair<QByteArray, QByteArray>>>
parseHeaderRows(const QList<QPair<QString, QString>> &rows, QString *error)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString name = rows.at(i).first.trimmed();
        const QString value = rows.at(i).second.trimmed();
        if (name.isEmpty() && value.isEmpty())
            continue;
        if (name.isEmpty()) {
            *error = Text::tr("Header %1 has no name.").arg(i + 1);
            return std::nullopt;
        }
        QString problem;
        const auto header = MonitorValidator::parseHeader(name + u": " + value, &problem);
        if (!header) {
            *error = Text::tr("Header %1: %2").arg(i + 1).arg(MonitorInput::sentence(problem));
            return std::nullopt;
        }
        headers.append({header->name, header->value});
    }
    if (headers.size() > MonitorValidator::kMaxHeaders) {
        *error = Text::tr("There are %1 headers; the limit is %2.")
                     .arg(headers.size())
                     .arg(MonitorValidator::kMaxHeaders);
        return std::nullopt;
    }
    return headers;
}

void parseWebhook(const ChannelInput::Form &form, const AlertChannel &initial,
                  const std::optional<WebhookSecret> &loadedSecret, ChannelInput::Result &result)
{
    AlertChannel &channel = result.channel;
    ChannelInput::Errors &errors = result.errors;
    channel.preset = form.preset;
    channel.bodyTemplate = form.preset == WebhookPreset::Custom ? form.bodyTemplate : QString();
    if (form.preset == WebhookPreset::Custom)
        errors.bodyTemplate = ChannelInput::templateProblem(form.bodyTemplate);
    channel.program.clear();
    channel.arguments.clear();
    if (keepsStoredSecret(form, initial))
        return;

    QString urlProblem;
    const std::optional<QUrl> url = MonitorValidator::parseUrl(form.url, &urlProblem);
    if (!url)
        errors.url = MonitorInput::sentence(urlProblem);
    const auto headers = parseHeaderRows(form.headers, &errors.headers);
    if (!url || !headers)
        return;
    WebhookSecret secret{*url, *headers};
    if (const QString problem = secret.problem(); !problem.isEmpty()) {
        errors.url = MonitorInput::sentence(problem);
        return;
    }
    channel.target = webhookTarget(*url);
    if (channel.credentialKey.isEmpty())
        channel.credentialKey = u"channel/" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!loadedSecret || secret != *loadedSecret)
        result.secret = std::move(secret);
}

void parseCommand(const ChannelInput::Form &form, ChannelInput::Result &result)
{
    AlertChannel &channel = result.channel;
    ChannelInput::Errors &errors = result.errors;
    // A command keeps the credential key of a webhook it replaces, so removing the channel
    // still removes that secret.
    channel.target.clear();
    channel.bodyTemplate.clear();
    channel.preset = WebhookPreset::Json;
    channel.program = form.program.trimmed();
    if (channel.program.isEmpty())
        errors.program = Text::tr("Enter the program to run, e.g. /usr/local/bin/page-me.");
    else if (std::any_of(channel.program.cbegin(), channel.program.cend(),
                         [](QChar c) { return c.category() == QChar::Other_Control; }))
        errors.program =
            Text::tr("The program contains a control character: it is one line of text.");
    channel.arguments =
        ChannelInput::parseArguments(form.arguments, &errors.arguments).value_or(QStringList());
}

} // namespace

namespace ChannelInput {

bool Errors::isEmpty() const
{
    return name.isEmpty() && url.isEmpty() && headers.isEmpty() && bodyTemplate.isEmpty() &&
           program.isEmpty() && arguments.isEmpty() && events.isEmpty() && scope.isEmpty() &&
           other.isEmpty();
}

Result parse(const Form &form, const AlertChannel &initial,
             const std::optional<WebhookSecret> &loadedSecret, const QStringList &otherNames)
{
    Result result;
    AlertChannel &channel = result.channel;
    Errors &errors = result.errors;
    channel = initial;

    channel.name = form.name.trimmed();
    if (channel.name.isEmpty())
        errors.name = Text::tr("Enter a name for the channel.");
    else if (otherNames.contains(channel.name))
        errors.name = Text::tr("Another channel is already called '%1'. Choose a different name.")
                          .arg(channel.name);
    else
        errors.name = MonitorInput::sentence(MonitorValidator::nameProblem(channel.name));

    channel.kind = form.kind;
    channel.enabled = form.enabled;
    channel.events.clear();
    for (int i = 0; i <= int(kLastAlertEventKind); ++i) {
        if (form.events.contains(static_cast<AlertEventKind>(i)))
            channel.events.append(static_cast<AlertEventKind>(i));
    }
    if (channel.events.isEmpty())
        errors.events = Text::tr("Choose at least one event to alert on.");

    channel.monitorNames = form.allMonitors ? QStringList() : cleanList(form.monitorNames);
    channel.tags = form.allMonitors ? QStringList() : cleanList(form.tags);
    if (!form.allMonitors && channel.monitorNames.isEmpty() && channel.tags.isEmpty())
        errors.scope = Text::tr("Choose at least one monitor or tag, or alert for all monitors.");

    const int seconds = std::clamp(form.timeoutSeconds, 1, kMaxTimeoutSeconds);
    // The stored timeout as it was (it may have milliseconds), unless the seconds changed.
    if (initial.timeoutMs < 1 || initial.timeoutMs > AlertChannel::kMaxTimeoutMs ||
        seconds != timeoutSeconds(initial.timeoutMs))
        channel.timeoutMs = seconds * 1000;

    if (form.kind == AlertChannelKind::Webhook)
        parseWebhook(form, initial, loadedSecret, result);
    else
        parseCommand(form, result);

    if (errors.isEmpty())
        errors.other = MonitorInput::sentence(channel.problem());
    return result;
}

Form formOf(const AlertChannel &channel)
{
    Form form;
    form.name = channel.name;
    form.kind = channel.kind;
    form.enabled = channel.enabled;
    form.events = channel.events;
    form.allMonitors = channel.monitorNames.isEmpty() && channel.tags.isEmpty();
    form.monitorNames = channel.monitorNames;
    form.tags = channel.tags;
    form.timeoutSeconds = timeoutSeconds(channel.timeoutMs);
    form.secretShown = !(channel.id != 0 && channel.kind == AlertChannelKind::Webhook &&
                         !channel.credentialKey.isEmpty());
    form.preset = channel.preset;
    form.bodyTemplate = channel.bodyTemplate;
    form.program = channel.program;
    form.arguments = argumentsText(channel.arguments);
    return form;
}

QString programNote(const QString &program)
{
    const QString trimmed = program.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(u'/')) {
        if (QStandardPaths::findExecutable(trimmed).isEmpty())
            return Text::tr("No program '%1' is found in PATH here.").arg(trimmed);
        return {};
    }
    const QFileInfo info(trimmed);
    if (!info.exists())
        return Text::tr("There is no file %1 here.").arg(trimmed);
    if (!info.isFile() || !info.isExecutable())
        return Text::tr("%1 is not an executable file.").arg(trimmed);
    return {};
}

std::optional<QStringList> parseArguments(const QString &text, QString *error)
{
    const auto fail = [error](qsizetype line, const QString &what) {
        if (error)
            *error = Text::tr("Line %1: %2").arg(line + 1).arg(what);
        return std::nullopt;
    };
    QStringList arguments;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        if (line.contains(QChar(0)))
            return fail(i, Text::tr("an argument cannot contain a NUL character."));
        if (!line.startsWith(u'"')) {
            arguments.append(line);
        }
        else {
            QString argument;
            qsizetype pos = 1;
            bool closed = false;
            while (pos < line.size() && !closed) {
                const QChar c = line.at(pos++);
                if (c == u'"') {
                    closed = true;
                }
                else if (c == u'\\' && pos < line.size()) {
                    const QChar next = line.at(pos++);
                    if (next == u'n')
                        argument.append(u'\n');
                    else if (next == u'r')
                        argument.append(u'\r');
                    else if (next == u'"' || next == u'\\')
                        argument.append(next);
                    else
                        argument.append(c).append(next);
                }
                else {
                    argument.append(c);
                }
            }
            if (!closed)
                return fail(i, Text::tr("the closing quote is missing."));
            if (pos < line.size())
                return fail(i, Text::tr("there is text after the closing quote; quote the whole "
                                        "argument, writing \\\" for a quote inside it."));
            arguments.append(argument);
        }
        if (arguments.size() > kMaxArguments) {
            if (error)
                *error = Text::tr("There are more than %1 arguments.").arg(kMaxArguments);
            return std::nullopt;
        }
    }
    return arguments;
}

QString argumentsText(const QStringList &arguments)
{
    QStringList lines;
    for (const QString &argument : arguments) {
        const bool quote = argument.isEmpty() || argument.startsWith(u'"') ||
                           argument.trimmed() != argument || argument.contains(u'\n') ||
                           argument.contains(u'\r');
        if (!quote) {
            lines.append(argument);
            continue;
        }
        QString escaped = argument;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'"', QStringLiteral("\\\""))
            .replace(u'\n', QStringLiteral("\\n"))
            .replace(u'\r', QStringLiteral("\\r"));
        lines.append(u'"' + escaped + u'"');
    }
    return lines.join(u'\n');
}

QStringList placeholders()
{
    QStringList list;
    for (const QString &name : AlertPayload::placeholderNames())
        list.append(u"{{" + name + u"}}");
    return list;
}

QString templateProblem(const QString &bodyTemplate)
{
    if (bodyTemplate.trimmed().isEmpty())
        return Text::tr("Write the body to send, with placeholders such as {{monitor}}.");
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
    const QStringList known = AlertPayload::placeholderNames();
    QString filled = bodyTemplate;
    for (auto it = placeholder.globalMatch(bodyTemplate); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!known.contains(match.captured(1)))
            return Text::tr("%1 is not a placeholder; use one of those listed under the template.")
                .arg(match.captured(0));
    }
    // JSON starts with { or [; "{{monitor}} is down" starts with a placeholder instead.
    if (!AlertPayload::isJsonTemplate(bodyTemplate))
        return {};
    // Filled in as the sender does (values JSON-escaped, inserted as they are), with numbers so
    // that {{count}} may stand outside quotes too.
    filled.replace(placeholder, QStringLiteral("1"));
    QJsonParseError parseError;
    QJsonDocument::fromJson(filled.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Text::tr("The template starts like JSON but is not valid JSON once filled in: %1. "
                        "Put text placeholders inside quotes, like \"{{monitor}}\".")
            .arg(parseError.errorString());
    return {};
}

QString presetHint(WebhookPreset preset)
{
    switch (preset) {
    case WebhookPreset::Json:
        break;
    case WebhookPreset::Slack:
        return Text::tr(
            "A Slack incoming webhook: paste the URL Slack gave you. Alerts arrive as a "
            "text message.");
    case WebhookPreset::Discord:
        return Text::tr(
            "A Discord webhook (channel settings, Integrations, Webhooks): paste its URL. "
            "Alerts arrive as a message.");
    case WebhookPreset::Ntfy:
        return Text::tr(
            "An ntfy topic URL: alerts arrive as text with a title, priority and tags. For "
            "a protected topic add an Authorization header.");
    case WebhookPreset::Gotify:
        return Text::tr("A Gotify server's /message URL with the application token "
                        "(?token=\u2026), or the token in an X-Gotify-Key header.");
    case WebhookPreset::Custom:
        return Text::tr("Your own body, POSTed with the placeholders filled in; their values are "
                        "JSON-escaped when the template starts with { or [.");
    }
    return Text::tr(
        "Upwatch's own JSON: event, monitor, state, previous state, reason, error, URL, "
        "time and incident duration.");
}

QString presetUrlExample(WebhookPreset preset)
{
    switch (preset) {
    case WebhookPreset::Slack:
        return QStringLiteral("https://hooks.slack.com/services/\u2026");
    case WebhookPreset::Discord:
        return QStringLiteral("https://discord.com/api/webhooks/\u2026");
    case WebhookPreset::Ntfy:
        return QStringLiteral("https://ntfy.sh/my-alerts");
    case WebhookPreset::Gotify:
        return QStringLiteral("https://gotify.example.com/message?token=\u2026");
    case WebhookPreset::Json:
    case WebhookPreset::Custom:
        break;
    }
    return QStringLiteral("https://example.com/hooks/upwatch");
}

QString describeEvents(const QList<AlertEventKind> &events)
{
    QStringList titles;
    for (int i = 0; i <= int(kLastAlertEventKind); ++i) {
        if (events.contains(static_cast<AlertEventKind>(i)))
            titles.append(alertEventKindTitle(static_cast<AlertEventKind>(i)));
    }
    if (titles.isEmpty())
        return Text::tr("No events");
    if (titles.size() == int(kLastAlertEventKind) + 1)
        return Text::tr("All events");
    return titles.join(QStringLiteral(", "));
}

QString describeScope(const AlertChannel &channel)
{
    if (channel.monitorNames.isEmpty() && channel.tags.isEmpty())
        return Text::tr("All monitors");
    QStringList parts;
    const qsizetype names = channel.monitorNames.size();
    if (names > 0 && names <= 2)
        parts.append(channel.monitorNames.join(QStringLiteral(", ")));
    else if (names > 2)
        parts.append(Text::tr("%1 monitors").arg(names));
    // Monitor names are shown as they are; only the words here start with a capital.
    const bool first = parts.isEmpty();
    const qsizetype tags = channel.tags.size();
    if (tags == 1)
        parts.append((first ? Text::tr("Tag %1") : Text::tr("tag %1")).arg(channel.tags.first()));
    else if (tags > 1 && tags <= 3)
        parts.append((first ? Text::tr("Tags %1") : Text::tr("tags %1"))
                         .arg(channel.tags.join(QStringLiteral(", "))));
    else if (tags > 3)
        parts.append(Text::tr("%1 tags").arg(tags));
    return parts.join(QStringLiteral("; "));
}

QString describeDelivery(const AlertDeliveryReport &report)
{
    if (report.ok)
        return report.attempts <= 1 ? Text::tr("Delivered in 1 attempt")
                                    : Text::tr("Delivered in %1 attempts").arg(report.attempts);
    const QString error =
        report.error.trimmed().isEmpty() ? Text::tr("no reason was given") : report.error.trimmed();
    if (report.attempts <= 0)
        return Text::tr("Failed: %1").arg(error);
    if (report.attempts == 1)
        return Text::tr("Failed after 1 attempt: %1").arg(error);
    return Text::tr("Failed after %1 attempts: %2").arg(report.attempts).arg(error);
}

int timeoutSeconds(int timeoutMs)
{
    return std::clamp((timeoutMs + 999) / 1000, 1, kMaxTimeoutSeconds);
}

} // namespace ChannelInput
