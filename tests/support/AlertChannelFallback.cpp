// TEMPORARY: the functions of core/model/AlertChannel.h, for the channelsui branch only, where
// core/model/AlertChannel.cpp (written on the alerts branch) does not exist yet. tests/
// CMakeLists.txt compiles this file only while core/model/AlertChannel.cpp is missing; the
// integrator deletes it (and that block) once both branches are merged.

#include "core/model/AlertChannel.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

struct Named {
    const char16_t *name;
    const char *title;
};

constexpr Named kEvents[] = {{u"down", "Down"},
                             {u"up", "Recovered"},
                             {u"degraded", "Degraded"},
                             {u"cert_expiry", "Certificate expiry"}};
constexpr Named kPresets[] = {{u"json", "Upwatch JSON"}, {u"slack", "Slack"},
                              {u"discord", "Discord"},   {u"ntfy", "ntfy"},
                              {u"gotify", "Gotify"},     {u"custom", "Custom template"}};

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

} // namespace

QString alertEventKindName(AlertEventKind kind)
{
    return QString::fromUtf16(kEvents[int(kind)].name);
}

std::optional<AlertEventKind> alertEventKindFromName(QStringView name)
{
    for (int i = 0; i <= int(kLastAlertEventKind); ++i) {
        if (name == QStringView(kEvents[i].name))
            return static_cast<AlertEventKind>(i);
    }
    return std::nullopt;
}

QString alertEventKindTitle(AlertEventKind kind)
{
    return QString::fromLatin1(kEvents[int(kind)].title);
}

QString alertChannelKindName(AlertChannelKind kind)
{
    return kind == AlertChannelKind::Webhook ? QStringLiteral("webhook")
                                             : QStringLiteral("command");
}

std::optional<AlertChannelKind> alertChannelKindFromName(QStringView name)
{
    if (name == u"webhook")
        return AlertChannelKind::Webhook;
    if (name == u"command")
        return AlertChannelKind::Command;
    return std::nullopt;
}

QString webhookPresetName(WebhookPreset preset)
{
    return QString::fromUtf16(kPresets[int(preset)].name);
}

std::optional<WebhookPreset> webhookPresetFromName(QStringView name)
{
    for (int i = 0; i <= int(WebhookPreset::Custom); ++i) {
        if (name == QStringView(kPresets[i].name))
            return static_cast<WebhookPreset>(i);
    }
    return std::nullopt;
}

QString webhookPresetTitle(WebhookPreset preset)
{
    return QString::fromLatin1(kPresets[int(preset)].title);
}

QByteArray WebhookSecret::toJson() const
{
    QJsonArray list;
    for (const auto &[name, value] : headers)
        list.append(QJsonArray{QString::fromUtf8(name), QString::fromUtf8(value)});
    return QJsonDocument(QJsonObject{{QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
                                     {QStringLiteral("headers"), list}})
        .toJson(QJsonDocument::Compact);
}

std::optional<WebhookSecret> WebhookSecret::fromJson(const QByteArray &json, QString *error)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        if (error)
            *error = QStringLiteral("the stored webhook secret is not a JSON object");
        return std::nullopt;
    }
    WebhookSecret secret;
    secret.url = QUrl(document.object().value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    for (const QJsonValue &pair : document.object().value(QStringLiteral("headers")).toArray())
        secret.headers.append(
            {pair.toArray().at(0).toString().toUtf8(), pair.toArray().at(1).toString().toUtf8()});
    return secret;
}

QString WebhookSecret::problem() const
{
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"http" && url.scheme() != u"https"))
        return QStringLiteral("the webhook URL must be an http:// or https:// URL with a host");
    for (const auto &[name, value] : headers) {
        if (name.isEmpty() || !std::all_of(name.cbegin(), name.cend(), isTokenChar))
            return QStringLiteral("the header name '%1' cannot be sent")
                .arg(QString::fromUtf8(name));
        if (value.contains('\n') || value.contains('\r'))
            return QStringLiteral("the value of the header '%1' has a line break")
                .arg(QString::fromUtf8(name));
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
    if (name.trimmed().isEmpty())
        return QStringLiteral("the channel has no name");
    if (events.isEmpty())
        return QStringLiteral("the channel listens to no event");
    if (timeoutMs < 1 || timeoutMs > kMaxTimeoutMs)
        return QStringLiteral("the timeout must be between 1 ms and %1 s")
            .arg(kMaxTimeoutMs / 1000);
    if (kind == AlertChannelKind::Command && program.trimmed().isEmpty())
        return QStringLiteral("the command has no program");
    if (kind == AlertChannelKind::Webhook && preset == WebhookPreset::Custom &&
        bodyTemplate.trimmed().isEmpty())
        return QStringLiteral("a custom webhook needs a body template");
    return {};
}

QString AlertChannel::describeTarget() const
{
    if (kind == AlertChannelKind::Webhook)
        return target;
    QStringList parts{program};
    for (const QString &argument : arguments)
        parts.append(argument.contains(u' ') || argument.isEmpty() ? u'"' + argument + u'"'
                                                                   : argument);
    return parts.join(u' ');
}

QJsonObject AlertChannel::toJson() const
{
    QJsonArray eventNames;
    for (const AlertEventKind event : events)
        eventNames.append(alertEventKindName(event));
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), alertChannelKindName(kind)},
            {QStringLiteral("enabled"), enabled},
            {QStringLiteral("events"), eventNames},
            {QStringLiteral("monitors"), QJsonArray::fromStringList(monitorNames)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
            {QStringLiteral("timeout_ms"), timeoutMs},
            {QStringLiteral("preset"), webhookPresetName(preset)},
            {QStringLiteral("template"), bodyTemplate},
            {QStringLiteral("target"), target},
            {QStringLiteral("credential_key"), credentialKey},
            {QStringLiteral("program"), program},
            {QStringLiteral("arguments"), QJsonArray::fromStringList(arguments)}};
}
