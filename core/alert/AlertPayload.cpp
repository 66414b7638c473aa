#include "core/alert/AlertPayload.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace {

const QByteArray kJsonType = QByteArrayLiteral("application/json");
const QByteArray kTextType = QByteArrayLiteral("text/plain; charset=utf-8");

QString kindTitle(AlertEventKind kind, qsizetype count)
{
    const bool one = count == 1;
    switch (kind) {
    case AlertEventKind::Down:
        return one ? QStringLiteral("1 monitor is down")
                   : QStringLiteral("%1 monitors are down").arg(count);
    case AlertEventKind::Up:
        return one ? QStringLiteral("1 monitor is back up")
                   : QStringLiteral("%1 monitors are back up").arg(count);
    case AlertEventKind::Degraded:
        return one ? QStringLiteral("1 monitor is degraded")
                   : QStringLiteral("%1 monitors are degraded").arg(count);
    case AlertEventKind::CertExpiry:
        return one ? QStringLiteral("1 certificate expires soon")
                   : QStringLiteral("%1 certificates expire soon").arg(count);
    }
    return {};
}

QString singleTitle(const AlertEvent &event)
{
    const QString prefix = event.test ? QStringLiteral("[test] ") : QString();
    switch (event.kind) {
    case AlertEventKind::Down:
        return prefix + QStringLiteral("%1 is down").arg(event.monitorName);
    case AlertEventKind::Up:
        return prefix + QStringLiteral("%1 is back up").arg(event.monitorName);
    case AlertEventKind::Degraded:
        return prefix + QStringLiteral("%1 is degraded").arg(event.monitorName);
    case AlertEventKind::CertExpiry:
        return prefix + QStringLiteral("Certificate of %1 expires soon").arg(event.monitorName);
    }
    return prefix + event.monitorName;
}

// Events of a summary by kind, in the order kinds first appear; counts include the events
// beyond those kept when the whole message was one kind.
struct KindGroup {
    AlertEventKind kind;
    QStringList names;
};

QList<KindGroup> groups(const AlertMessage &message)
{
    QList<KindGroup> found;
    for (const AlertEvent &event : message.events) {
        auto it = std::find_if(found.begin(), found.end(),
                               [&event](const KindGroup &g) { return g.kind == event.kind; });
        if (it == found.end()) {
            found.append({event.kind, {}});
            it = found.end() - 1;
        }
        it->names.append(event.monitorName);
    }
    return found;
}

QString listNames(const QStringList &names, qsizetype total)
{
    QString listed = names.first(qMin<qsizetype>(names.size(), AlertPayload::kSummaryNames))
                         .join(QStringLiteral(", "));
    const qsizetype more = total - qMin<qsizetype>(names.size(), AlertPayload::kSummaryNames);
    if (more > 0)
        listed += QStringLiteral(" and %1 more").arg(more);
    return listed;
}

QString worstPriorityKind(const AlertMessage &message, int down, int other)
{
    for (const AlertEvent &event : message.events) {
        if (event.kind == AlertEventKind::Down)
            return QString::number(down);
    }
    return QString::number(other);
}

// RFC 2047 for a header value that is not plain ASCII (ntfy reads it).
QByteArray headerText(const QString &text)
{
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f;
    });
    if (ascii)
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QString slackEscape(QString text)
{
    text.replace(u'&', QStringLiteral("&amp;"));
    text.replace(u'<', QStringLiteral("&lt;"));
    text.replace(u'>', QStringLiteral("&gt;"));
    return text;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A value as the inside of a JSON string.
QString jsonEscaped(const QString &value)
{
    const QByteArray quoted = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    // ["..."] -> ...
    return QString::fromUtf8(quoted.mid(2, quoted.size() - 4));
}

QHash<QString, QString> placeholders(const AlertMessage &message)
{
    QHash<QString, QString> values;
    values.insert(QStringLiteral("summary"), AlertPayload::text(message));
    values.insert(QStringLiteral("count"), QString::number(message.count));
    if (message.events.isEmpty())
        return values;
    const AlertEvent &first = message.events.constFirst();
    values.insert(QStringLiteral("time"), first.at.toUTC().toString(Qt::ISODate));
    if (message.isSummary()) {
        QStringList names;
        for (const AlertEvent &event : message.events)
            names.append(event.monitorName);
        values.insert(QStringLiteral("event"), QStringLiteral("summary"));
        values.insert(QStringLiteral("monitor"), listNames(names, message.count));
        for (const char *empty :
             {"monitor_id", "url", "state", "previous_state", "reason", "error", "duration"})
            values.insert(QString::fromLatin1(empty), QString());
        return values;
    }
    values.insert(QStringLiteral("event"), alertEventKindName(first.kind));
    values.insert(QStringLiteral("monitor"), first.monitorName);
    values.insert(QStringLiteral("monitor_id"), QString::number(first.monitorId));
    values.insert(QStringLiteral("url"), first.url);
    values.insert(QStringLiteral("state"), monitorStateName(first.state));
    values.insert(QStringLiteral("previous_state"), monitorStateName(first.previousState));
    values.insert(QStringLiteral("reason"), reasonName(first.reason));
    values.insert(QStringLiteral("error"), first.error);
    values.insert(QStringLiteral("duration"),
                  first.incidentDurationMs < 0 ? QString()
                                               : QString::number(first.incidentDurationSeconds()));
    return values;
}

} // namespace

namespace AlertPayload {

bool isJsonTemplate(const QString &bodyTemplate)
{
    const QString trimmed = bodyTemplate.trimmed();
    return trimmed.startsWith(u'[') || (trimmed.startsWith(u'{') && !trimmed.startsWith(u"{{"));
}

QStringList placeholderNames()
{
    return {QStringLiteral("event"),    QStringLiteral("monitor"), QStringLiteral("monitor_id"),
            QStringLiteral("url"),      QStringLiteral("state"),   QStringLiteral("previous_state"),
            QStringLiteral("reason"),   QStringLiteral("error"),   QStringLiteral("time"),
            QStringLiteral("duration"), QStringLiteral("summary"), QStringLiteral("count")};
}

QString title(const AlertMessage &message)
{
    if (message.events.isEmpty())
        return QStringLiteral("Upwatch");
    if (!message.isSummary())
        return singleTitle(message.events.constFirst());
    const QList<KindGroup> kinds = groups(message);
    const QString prefix = message.isTest() ? QStringLiteral("[test] ") : QString();
    if (kinds.size() == 1)
        return prefix + kindTitle(kinds.constFirst().kind, message.count);
    return prefix + QStringLiteral("Upwatch: %1 alerts").arg(message.count);
}

QString text(const AlertMessage &message)
{
    if (message.events.isEmpty())
        return {};
    if (!message.isSummary()) {
        const AlertEvent &event = message.events.constFirst();
        QString line = event.sentence();
        if (!event.url.isEmpty())
            line += u'\n' + event.url;
        return line;
    }
    const QList<KindGroup> kinds = groups(message);
    QStringList lines;
    for (const KindGroup &group : kinds) {
        // The events beyond those kept are counted with the only kind, when there is one.
        const qsizetype total = kinds.size() == 1 ? message.count : group.names.size();
        lines.append(QStringLiteral("%1: %2").arg(kindTitle(group.kind, total),
                                                  listNames(group.names, total)));
    }
    if (message.isTest())
        lines.prepend(QStringLiteral("[test]"));
    return lines.join(u'\n');
}

QJsonObject json(const AlertMessage &message)
{
    if (!message.isSummary() && !message.events.isEmpty())
        return message.events.constFirst().toJson();
    QJsonArray events;
    for (const AlertEvent &event : message.events)
        events.append(event.toJson());
    return QJsonObject{{QStringLiteral("event"), QStringLiteral("summary")},
                       {QStringLiteral("count"), message.count},
                       {QStringLiteral("events"), events},
                       {QStringLiteral("test"), message.isTest()}};
}

QString renderTemplate(const QString &bodyTemplate, const AlertMessage &message)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([a-z_]+)\\s*\\}\\}"));
    const bool isJson = isJsonTemplate(bodyTemplate);
    const QHash<QString, QString> values = placeholders(message);
    QString out;
    qsizetype from = 0;
    auto it = placeholder.globalMatch(bodyTemplate);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(bodyTemplate).mid(from, match.capturedStart() - from);
        const auto value = values.constFind(match.captured(1));
        if (value == values.cend())
            out += match.captured(0);
        else
            out += isJson ? jsonEscaped(*value) : *value;
        from = match.capturedEnd();
    }
    out += QStringView(bodyTemplate).mid(from);
    return out;
}

WebhookRequest webhook(const AlertChannel &channel, const WebhookSecret &secret,
                       const AlertMessage &message)
{
    WebhookRequest request;
    request.url = secret.url;
    switch (channel.preset) {
    case WebhookPreset::Json:
        request.headers.append({"Content-Type", kJsonType});
        request.body = compact(json(message));
        break;
    case WebhookPreset::Slack:
        request.headers.append({"Content-Type", kJsonType});
        request.body = compact(QJsonObject{{QStringLiteral("text"), slackEscape(text(message))}});
        break;
    case WebhookPreset::Discord: {
        QString content = text(message);
        if (content.size() > kDiscordMaxChars)
            content = content.left(kDiscordMaxChars - 1) + u"…";
        request.headers.append({"Content-Type", kJsonType});
        // No @everyone or role pings from a monitor's name.
        request.body = compact(QJsonObject{{QStringLiteral("content"), content},
                                           {QStringLiteral("allowed_mentions"),
                                            QJsonObject{{QStringLiteral("parse"), QJsonArray()}}}});
        break;
    }
    case WebhookPreset::Ntfy: {
        request.headers.append({"Content-Type", kTextType});
        request.headers.append({"Title", headerText(title(message))});
        request.headers.append({"Priority", worstPriorityKind(message, 4, 3).toLatin1()});
        QStringList tags;
        for (const KindGroup &group : groups(message)) {
            static const std::array<const char *, 4> kTags{"rotating_light", "white_check_mark",
                                                           "warning", "lock"};
            tags.append(QString::fromLatin1(kTags.at(std::size_t(group.kind))));
        }
        if (message.isTest())
            tags.append(QStringLiteral("test_tube"));
        request.headers.append({"Tags", tags.join(u',').toLatin1()});
        request.body = text(message).toUtf8();
        break;
    }
    case WebhookPreset::Gotify:
        request.headers.append({"Content-Type", kJsonType});
        request.body = compact(
            QJsonObject{{QStringLiteral("title"), title(message)},
                        {QStringLiteral("message"), text(message)},
                        {QStringLiteral("priority"), worstPriorityKind(message, 8, 5).toInt()}});
        break;
    case WebhookPreset::Custom: {
        request.headers.append(
            {"Content-Type", isJsonTemplate(channel.bodyTemplate) ? kJsonType : kTextType});
        request.body = renderTemplate(channel.bodyTemplate, message).toUtf8();
        break;
    }
    }
    // The channel's own headers win over the preset's (a Content-Type of its own included).
    for (const auto &header : secret.headers) {
        request.headers.removeIf([&header](const QPair<QByteArray, QByteArray> &existing) {
            return existing.first.compare(header.first, Qt::CaseInsensitive) == 0;
        });
        request.headers.append(header);
    }
    return request;
}

CommandInput command(const AlertMessage &message)
{
    CommandInput input;
    const QHash<QString, QString> values = placeholders(message);
    const auto add = [&input](const char *name, const QString &value) {
        input.environment.append({QString::fromLatin1(name), value});
    };
    add("UPWATCH_EVENT", values.value(QStringLiteral("event")));
    add("UPWATCH_MONITOR", values.value(QStringLiteral("monitor")));
    add("UPWATCH_MONITOR_ID", values.value(QStringLiteral("monitor_id")));
    add("UPWATCH_STATE", values.value(QStringLiteral("state")));
    add("UPWATCH_PREVIOUS_STATE", values.value(QStringLiteral("previous_state")));
    add("UPWATCH_REASON", values.value(QStringLiteral("reason")));
    add("UPWATCH_ERROR", values.value(QStringLiteral("error")));
    add("UPWATCH_URL", values.value(QStringLiteral("url")));
    add("UPWATCH_TIME", values.value(QStringLiteral("time")));
    add("UPWATCH_DURATION_SECONDS", values.value(QStringLiteral("duration")));
    add("UPWATCH_EVENT_COUNT", QString::number(message.count));
    add("UPWATCH_SUMMARY", text(message));
    add("UPWATCH_TEST", message.isTest() ? QStringLiteral("1") : QStringLiteral("0"));
    input.input = QJsonDocument(json(message)).toJson(QJsonDocument::Compact) + '\n';
    return input;
}

} // namespace AlertPayload
