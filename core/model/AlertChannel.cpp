#include "core/model/AlertChannel.h"

#include "core/base/JsonText.h"
#include "core/model/MonitorValidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AlertChannel)
};

constexpr std::array<QStringView, 4> kEventNames = {u"down", u"up", u"degraded", u"cert_expiry"};
constexpr std::array<QStringView, 2> kChannelKindNames = {u"webhook", u"command"};
constexpr std::array<QStringView, 6> kPresetNames = {u"json", u"slack",  u"discord",
                                                     u"ntfy", u"gotify", u"custom"};

// Limits of a webhook's secret: what a real service needs, far below what would hurt.
constexpr qsizetype kMaxSecretUrlBytes = 8 * 1024;
constexpr qsizetype kMaxSecretHeaders = 32;
constexpr qsizetype kMaxSecretHeaderBytes = 8 * 1024;
constexpr qsizetype kMaxTemplateBytes = 64 * 1024;
constexpr qsizetype kMaxArguments = 64;
constexpr qsizetype kMaxSelection = 256; // monitor names or tags a channel lists

// Headers the HTTP client sets itself; a channel cannot give them.
constexpr std::array kManagedHeaders{
    "content-length", "transfer-encoding", "connection", "upgrade", "te", "host"};

template<std::size_t N>
std::optional<int> indexOf(const std::array<QStringView, N> &names, QStringView name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i] == name)
            return int(i);
    }
    return std::nullopt;
}

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool hasControl(const QString &text, bool allowTab)
{
    return std::any_of(text.cbegin(), text.cend(), [allowTab](QChar c) {
        return c.category() == QChar::Other_Control && !(allowTab && c == u'\t');
    });
}

// A command-line word as a person would type it in a shell: quoted when it needs to be.
QString shellWord(const QString &word)
{
    if (!word.isEmpty() && std::none_of(word.cbegin(), word.cend(), [](QChar c) {
            return c.isSpace() || QStringView(u"'\"\\$`!*?;&|<>()[]{}#~").contains(c);
        }))
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QJsonValue orNull(bool present, const QJsonValue &value)
{
    return present ? value : QJsonValue(QJsonValue::Null);
}

} // namespace

QString alertEventKindName(AlertEventKind kind)
{
    return kEventNames.at(std::size_t(kind)).toString();
}

std::optional<AlertEventKind> alertEventKindFromName(QStringView name)
{
    const auto index = indexOf(kEventNames, name);
    return index ? std::optional(AlertEventKind(*index)) : std::nullopt;
}

QString alertEventKindTitle(AlertEventKind kind)
{
    switch (kind) {
    case AlertEventKind::Down:
        return QCoreApplication::translate("AlertChannel", "Down");
    case AlertEventKind::Up:
        return QCoreApplication::translate("AlertChannel", "Recovered");
    case AlertEventKind::Degraded:
        return QCoreApplication::translate("AlertChannel", "Degraded");
    case AlertEventKind::CertExpiry:
        return QCoreApplication::translate("AlertChannel", "Certificate expiry");
    }
    return alertEventKindName(kind);
}

QString alertChannelKindName(AlertChannelKind kind)
{
    return kChannelKindNames.at(std::size_t(kind)).toString();
}

std::optional<AlertChannelKind> alertChannelKindFromName(QStringView name)
{
    const auto index = indexOf(kChannelKindNames, name);
    return index ? std::optional(AlertChannelKind(*index)) : std::nullopt;
}

QString webhookPresetName(WebhookPreset preset)
{
    return kPresetNames.at(std::size_t(preset)).toString();
}

std::optional<WebhookPreset> webhookPresetFromName(QStringView name)
{
    const auto index = indexOf(kPresetNames, name);
    return index ? std::optional(WebhookPreset(*index)) : std::nullopt;
}

QString webhookPresetTitle(WebhookPreset preset)
{
    switch (preset) {
    case WebhookPreset::Json:
        return QCoreApplication::translate("AlertChannel", "Upwatch JSON");
    case WebhookPreset::Slack:
        return QCoreApplication::translate("AlertChannel", "Slack");
    case WebhookPreset::Discord:
        return QCoreApplication::translate("AlertChannel", "Discord");
    case WebhookPreset::Ntfy:
        return QCoreApplication::translate("AlertChannel", "ntfy");
    case WebhookPreset::Gotify:
        return QCoreApplication::translate("AlertChannel", "Gotify");
    case WebhookPreset::Custom:
        return QCoreApplication::translate("AlertChannel", "Custom template");
    }
    return webhookPresetName(preset);
}

QByteArray WebhookSecret::toJson() const
{
    QJsonArray headerArray;
    for (const auto &[name, value] : headers)
        headerArray.append(QJsonObject{{QStringLiteral("name"), QString::fromUtf8(name)},
                                       {QStringLiteral("value"), QString::fromUtf8(value)}});
    const QJsonObject object{{QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
                             {QStringLiteral("headers"), headerArray}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<WebhookSecret> WebhookSecret::fromJson(const QByteArray &json, QString *error)
{
    // The messages never quote the text: it is the secret.
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(Text::tr("the stored webhook secret is not a JSON object"));
    const QJsonObject object = document.object();
    const QJsonValue urlValue = object.value(QStringLiteral("url"));
    if (!urlValue.isString())
        return fail(Text::tr("the stored webhook secret has no URL"));
    WebhookSecret secret;
    secret.url = QUrl(urlValue.toString(), QUrl::StrictMode);
    const QJsonValue headerValue = object.value(QStringLiteral("headers"));
    if (!headerValue.isUndefined() && !headerValue.isArray())
        return fail(Text::tr("the stored webhook secret's headers are not a list"));
    for (const QJsonValue &entry : headerValue.toArray()) {
        const QJsonObject header = entry.toObject();
        const QJsonValue name = header.value(QStringLiteral("name"));
        const QJsonValue value = header.value(QStringLiteral("value"));
        if (!name.isString() || !value.isString())
            return fail(Text::tr("a header of the stored webhook secret has no name or "
                                 "value"));
        secret.headers.append({name.toString().toUtf8(), value.toString().toUtf8()});
    }
    if (const QString problem = secret.problem(); !problem.isEmpty())
        return fail(Text::tr("the stored webhook secret is not valid: %1").arg(problem));
    return secret;
}

QString WebhookSecret::problem() const
{
    // No message shows the URL or a header's value: they are the secret.
    if (url.isEmpty())
        return Text::tr("the webhook URL is empty");
    if (!url.isValid())
        return Text::tr("the webhook URL is malformed");
    const QString scheme = url.scheme();
    if (scheme.isEmpty())
        return Text::tr("the webhook URL has no scheme: start it with http:// or https://");
    if (scheme != u"http" && scheme != u"https")
        return Text::tr("the webhook URL must start with http:// or https://, not %1://")
            .arg(JsonText::oneLine(scheme.left(20)));
    if (url.host().isEmpty())
        return Text::tr("the webhook URL has no host");
    if (url.toString(QUrl::FullyEncoded).size() > kMaxSecretUrlBytes)
        return Text::tr("the webhook URL is longer than %1 bytes").arg(kMaxSecretUrlBytes);
    if (headers.size() > kMaxSecretHeaders)
        return Text::tr("there are %1 webhook headers; the limit is %2")
            .arg(headers.size())
            .arg(kMaxSecretHeaders);
    for (const auto &[name, value] : headers) {
        if (name.isEmpty())
            return Text::tr("a webhook header has no name");
        if (!std::all_of(name.cbegin(), name.cend(), isTokenChar))
            return Text::tr("the webhook header name '%1' contains characters a header "
                            "name cannot have")
                .arg(JsonText::oneLine(QString::fromUtf8(name.left(60))));
        const QString shownName = QString::fromUtf8(name);
        if (name.size() + value.size() > kMaxSecretHeaderBytes)
            return Text::tr("the webhook header '%1' is longer than %2 bytes")
                .arg(shownName)
                .arg(kMaxSecretHeaderBytes);
        if (value.contains('\r') || value.contains('\n'))
            return Text::tr("the value of webhook header '%1' contains a line break")
                .arg(shownName);
        if (hasControl(QString::fromUtf8(value), true))
            return Text::tr("the value of webhook header '%1' contains a control character")
                .arg(shownName);
        const QByteArray lower = name.toLower();
        for (const char *managed : kManagedHeaders) {
            if (lower == managed)
                return Text::tr("the header '%1' is set by the HTTP client itself and "
                                "cannot be given")
                    .arg(shownName);
        }
    }
    return {};
}

bool AlertChannel::covers(const QString &monitorName, const QStringList &monitorTags) const
{
    if (monitorNames.isEmpty() && tags.isEmpty())
        return true;
    if (monitorNames.contains(monitorName))
        return true;
    return std::any_of(monitorTags.cbegin(), monitorTags.cend(),
                       [this](const QString &tag) { return tags.contains(tag); });
}

QString AlertChannel::problem() const
{
    if (const QString problem = MonitorValidator::nameProblem(name); !problem.isEmpty())
        return problem;
    if (events.isEmpty())
        return Text::tr("the channel '%1' has no events: choose at least one of down, up, "
                        "degraded or cert_expiry")
            .arg(name.trimmed());
    if (timeoutMs < 1 || timeoutMs > kMaxTimeoutMs)
        return Text::tr("the timeout must be between 1 ms and %1 seconds")
            .arg(kMaxTimeoutMs / 1000);
    if (monitorNames.size() > kMaxSelection)
        return Text::tr("the channel lists %1 monitors; the limit is %2")
            .arg(monitorNames.size())
            .arg(kMaxSelection);
    for (const QString &monitor : monitorNames) {
        if (const QString problem = MonitorValidator::nameProblem(monitor); !problem.isEmpty())
            return Text::tr("a monitor of the channel: %1").arg(problem);
    }
    if (tags.size() > kMaxSelection)
        return Text::tr("the channel lists %1 tags; the limit is %2")
            .arg(tags.size())
            .arg(kMaxSelection);
    for (const QString &tag : tags) {
        if (const QString problem = MonitorValidator::tagProblem(tag); !problem.isEmpty())
            return problem;
    }
    if (kind == AlertChannelKind::Command) {
        if (program.trimmed().isEmpty())
            return Text::tr("a command channel needs a program to run");
        if (hasControl(program, false))
            return Text::tr("the program name contains a control character");
        if (arguments.size() > kMaxArguments)
            return Text::tr("the command has %1 arguments; the limit is %2")
                .arg(arguments.size())
                .arg(kMaxArguments);
        if (std::any_of(arguments.cbegin(), arguments.cend(),
                        [](const QString &argument) { return argument.contains(QChar()); }))
            return Text::tr("an argument of the command contains a NUL character");
        return {};
    }
    if (preset == WebhookPreset::Custom) {
        if (bodyTemplate.trimmed().isEmpty())
            return Text::tr("a custom webhook needs a body template");
        if (bodyTemplate.toUtf8().size() > kMaxTemplateBytes)
            return Text::tr("the body template is longer than %1 bytes").arg(kMaxTemplateBytes);
    }
    return {};
}

QString AlertChannel::describeTarget() const
{
    if (kind == AlertChannelKind::Webhook)
        return target;
    QStringList words{shellWord(program)};
    for (const QString &argument : arguments)
        words.append(shellWord(argument));
    return words.join(u' ');
}

QJsonObject AlertChannel::toJson() const
{
    QJsonArray eventNames;
    for (const AlertEventKind event : events)
        eventNames.append(alertEventKindName(event));
    const bool webhook = kind == AlertChannelKind::Webhook;
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("kind"), alertChannelKindName(kind)},
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("events"), eventNames},
        {QStringLiteral("monitors"), QJsonArray::fromStringList(monitorNames)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("timeout_ms"), timeoutMs},
        {QStringLiteral("preset"), orNull(webhook, webhookPresetName(preset))},
        {QStringLiteral("template"),
         orNull(webhook && preset == WebhookPreset::Custom, bodyTemplate)},
        {QStringLiteral("target"), orNull(webhook, target)},
        {QStringLiteral("credential_key"), orNull(webhook, credentialKey)},
        {QStringLiteral("program"), orNull(!webhook, program)},
        {QStringLiteral("arguments"), orNull(!webhook, QJsonArray::fromStringList(arguments))},
    };
}

QString webhookTarget(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    QString shown = url.scheme() + u"://" + url.host(QUrl::FullyEncoded);
    if (url.host().contains(u':'))
        shown = url.scheme() + u"://[" + url.host(QUrl::FullyEncoded) + u']';
    if (url.port() != -1)
        shown += u':' + QString::number(url.port());
    const QStringList segments = url.path(QUrl::FullyEncoded).split(u'/', Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return shown + u'/';
    if (segments.size() == 1)
        return shown + QStringLiteral("/…");
    return shown + u'/' + segments.constFirst() + QStringLiteral("/…");
}
