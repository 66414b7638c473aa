#include "core/store/ChannelStore.h"

#include "core/base/JsonText.h"
#include "core/store/RowLookup.h"
#include "core/store/StoreDatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

constexpr QLatin1StringView kColumns(
    "id, name, kind, enabled, events, monitor_names, tags, timeout_ms, preset, body_template, "
    "target, credential_key, program, arguments");

QString encodeList(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList decodeList(const QString &text)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        list.append(value.toString());
    return list;
}

QString encodeEvents(const QList<AlertEventKind> &events)
{
    QStringList names;
    for (const AlertEventKind event : events)
        names.append(alertEventKindName(event));
    return encodeList(names);
}

// An event this version does not know (written by a newer one) is left out.
QList<AlertEventKind> decodeEvents(const QString &text)
{
    QList<AlertEventKind> events;
    for (const QString &name : decodeList(text)) {
        const auto event = alertEventKindFromName(name);
        if (event && !events.contains(*event))
            events.append(*event);
    }
    return events;
}

// Qt binds a null QString as SQL NULL; text columns here are NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

AlertChannel fromRow(const QSqlQuery &query)
{
    AlertChannel channel;
    int column = 0;
    const auto next = [&query, &column] { return query.value(column++); };
    channel.id = next().toLongLong();
    channel.name = next().toString();
    // A kind or preset this version does not know reads as the default; such a channel then
    // fails at delivery with its own message rather than vanishing from lists.
    channel.kind = alertChannelKindFromName(next().toString()).value_or(AlertChannelKind::Webhook);
    channel.enabled = next().toBool();
    channel.events = decodeEvents(next().toString());
    channel.monitorNames = decodeList(next().toString());
    channel.tags = decodeList(next().toString());
    channel.timeoutMs = next().toInt();
    channel.preset = webhookPresetFromName(next().toString()).value_or(WebhookPreset::Json);
    channel.bodyTemplate = next().toString();
    channel.target = next().toString();
    channel.credentialKey = next().toString();
    channel.program = next().toString();
    channel.arguments = decodeList(next().toString());
    return channel;
}

} // namespace

ChannelStore::ChannelStore(StoreDatabase &database)
    : m_database(database)
{
}

const QString &ChannelStore::lastError() const
{
    return m_database.lastError();
}

bool ChannelStore::fail(const QString &why)
{
    m_database.setError(why);
    return false;
}

std::optional<QList<AlertChannel>> ChannelStore::all()
{
    return RowLookup::all<AlertChannel>(
        m_database, u"SELECT " + kColumns + u" FROM channels ORDER BY id", fromRow);
}

std::optional<AlertChannel> ChannelStore::byId(qint64 id)
{
    const auto row = RowLookup::one<AlertChannel>(
        m_database, u"SELECT " + kColumns + u" FROM channels WHERE id = ?", id, fromRow);
    if (row && !*row)
        fail(QStringLiteral("there is no channel with id %1").arg(id));
    return row ? *row : std::nullopt;
}

std::optional<AlertChannel> ChannelStore::find(const QString &idOrName)
{
    // A name wins over an id, so a channel named "42" can still be found by its name.
    const auto byName = RowLookup::one<AlertChannel>(
        m_database, u"SELECT " + kColumns + u" FROM channels WHERE name = ?", idOrName.trimmed(),
        fromRow);
    if (!byName)
        return std::nullopt;
    if (*byName)
        return *byName;
    if (const auto id = RowLookup::idOf(idOrName)) {
        if (auto found = byId(*id))
            return found;
    }
    fail(QStringLiteral("there is no channel with the id or name '%1'")
             .arg(JsonText::oneLine(idOrName)));
    return std::nullopt;
}

bool ChannelStore::add(AlertChannel &channel)
{
    return inTransaction([this, &channel] { return write(channel, true); });
}

bool ChannelStore::update(const AlertChannel &channel)
{
    AlertChannel copy = channel;
    return inTransaction([this, &copy] { return write(copy, false); });
}

bool ChannelStore::remove(qint64 id)
{
    return inTransaction([this, id] {
        QSqlQuery query(m_database.db());
        query.prepare(QStringLiteral("DELETE FROM channels WHERE id = ?"));
        query.addBindValue(id);
        if (!m_database.run(query))
            return false;
        if (query.numRowsAffected() == 0)
            return fail(QStringLiteral("there is no channel with id %1").arg(id));
        return true;
    });
}

bool ChannelStore::write(AlertChannel &channel, bool insert)
{
    channel.name = channel.name.trimmed();
    if (const QString problem = channel.problem(); !problem.isEmpty())
        return fail(QStringLiteral("channel '%1': %2")
                        .arg(JsonText::oneLine(channel.name.left(200)), problem));
    QSqlQuery taken(m_database.db());
    taken.prepare(QStringLiteral("SELECT id FROM channels WHERE name = ? AND id != ?"));
    taken.addBindValue(channel.name);
    taken.addBindValue(insert ? qint64(0) : channel.id);
    if (!m_database.run(taken))
        return false;
    if (taken.next())
        return fail(QStringLiteral("a channel named '%1' already exists (id %2)")
                        .arg(channel.name)
                        .arg(taken.value(0).toLongLong()));

    QSqlQuery query(m_database.db());
    if (insert)
        query.prepare(QStringLiteral(
            // Ids are never given twice (AUTOINCREMENT-like), so a process that syncs later
            // does not take a new channel for a changed old one.
            "INSERT INTO channels (id, name, kind, enabled, events, monitor_names, tags, "
            "timeout_ms, preset, body_template, target, credential_key, program, arguments, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    else
        query.prepare(QStringLiteral(
            "UPDATE channels SET name = ?, kind = ?, enabled = ?, events = ?, monitor_names = ?, "
            "tags = ?, timeout_ms = ?, preset = ?, body_template = ?, target = ?, "
            "credential_key = ?, program = ?, arguments = ? WHERE id = ?"));
    std::optional<qint64> newId;
    if (insert) {
        newId = m_database.nextId(QStringLiteral("channels"), QStringLiteral("last_channel_id"));
        if (!newId)
            return false;
        query.addBindValue(*newId);
    }
    query.addBindValue(channel.name);
    query.addBindValue(alertChannelKindName(channel.kind));
    query.addBindValue(channel.enabled);
    query.addBindValue(encodeEvents(channel.events));
    query.addBindValue(encodeList(channel.monitorNames));
    query.addBindValue(encodeList(channel.tags));
    query.addBindValue(channel.timeoutMs);
    query.addBindValue(webhookPresetName(channel.preset));
    query.addBindValue(notNull(channel.bodyTemplate));
    query.addBindValue(notNull(channel.target));
    query.addBindValue(notNull(channel.credentialKey));
    query.addBindValue(notNull(channel.program));
    query.addBindValue(encodeList(channel.arguments));
    if (insert)
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    else
        query.addBindValue(channel.id);
    if (!m_database.run(query))
        return false;
    if (!insert) {
        if (query.numRowsAffected() == 0)
            return fail(QStringLiteral("there is no channel with id %1").arg(channel.id));
        return true;
    }
    if (!m_database.noteId(QStringLiteral("last_channel_id"), *newId))
        return false;
    channel.id = *newId;
    return true;
}

std::optional<qint64> ChannelStore::revision()
{
    QSqlQuery query(m_database.db());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'channels_revision'"));
    if (!m_database.run(query))
        return std::nullopt;
    if (!query.next()) {
        fail(QStringLiteral("the database has no channel revision"));
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

bool ChannelStore::inTransaction(const std::function<bool()> &work)
{
    if (!m_database.begin())
        return false;
    if (work() && m_database.commit())
        return true;
    const QString why = m_database.lastError();
    m_database.rollback();
    return fail(why);
}
