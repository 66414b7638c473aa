#include "core/store/MaintenanceStore.h"

#include "core/base/JsonText.h"
#include "core/store/RowLookup.h"
#include "core/store/StoreDatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

constexpr QLatin1StringView
    kColumns("id, name, monitor_ids, tags, kind, starts_at, ends_at, weekdays, start_minute, "
             "duration_minutes, time_zone, created_at");

QString toJsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString encodeIds(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return toJsonText(array);
}

QList<qint64> decodeIds(const QString &text)
{
    QList<qint64> ids;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const qint64 id = value.toInteger();
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QString encodeTags(const QStringList &tags)
{
    return toJsonText(QJsonArray::fromStringList(tags));
}

QStringList decodeTags(const QString &text)
{
    QStringList tags;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        tags.append(value.toString());
    return tags;
}

// Times are ms since the epoch, UTC; 0 is "none" (a weekly window's start and end).
qint64 encodeTime(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime decodeTime(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Qt binds a null QString as SQL NULL; text columns here are NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

MaintenanceWindow fromRow(const QSqlQuery &query)
{
    MaintenanceWindow window;
    int column = 0;
    const auto next = [&query, &column] { return query.value(column++); };
    window.id = next().toLongLong();
    window.name = next().toString();
    window.monitorIds = decodeIds(next().toString());
    window.tags = decodeTags(next().toString());
    // A kind this version does not know (written by a newer one) reads as a one-off window;
    // with no start and end it is never open, rather than vanishing from lists.
    window.kind = maintenanceKindFromName(next().toString()).value_or(MaintenanceKind::Once);
    window.startsAt = decodeTime(next().toLongLong());
    window.endsAt = decodeTime(next().toLongLong());
    window.weekdays = next().toInt();
    window.startMinute = next().toInt();
    window.durationMinutes = next().toInt();
    window.timeZone = next().toString();
    window.createdAt = decodeTime(next().toLongLong());
    return window;
}

QString oneLineName(const QString &name)
{
    return JsonText::oneLine(name.left(200));
}

} // namespace

MaintenanceStore::MaintenanceStore(StoreDatabase &database)
    : m_database(database)
{
}

const QString &MaintenanceStore::lastError() const
{
    return m_database.lastError();
}

bool MaintenanceStore::fail(const QString &why)
{
    m_database.setError(why);
    return false;
}

std::optional<QList<MaintenanceWindow>> MaintenanceStore::all()
{
    return RowLookup::all<MaintenanceWindow>(
        m_database, u"SELECT " + kColumns + u" FROM maintenance ORDER BY id", fromRow);
}

std::optional<MaintenanceWindow> MaintenanceStore::byId(qint64 id)
{
    const auto row = RowLookup::one<MaintenanceWindow>(
        m_database, u"SELECT " + kColumns + u" FROM maintenance WHERE id = ?", id, fromRow);
    if (row && !*row)
        fail(QStringLiteral("there is no maintenance window with id %1").arg(id));
    return row ? *row : std::nullopt;
}

std::optional<MaintenanceWindow> MaintenanceStore::find(const QString &idOrName)
{
    // A name wins over an id, so a window named "42" can still be found by its name.
    const auto byName = RowLookup::one<MaintenanceWindow>(
        m_database, u"SELECT " + kColumns + u" FROM maintenance WHERE name = ?", idOrName.trimmed(),
        fromRow);
    if (!byName)
        return std::nullopt;
    if (*byName)
        return *byName;
    if (const auto id = RowLookup::idOf(idOrName)) {
        if (auto found = byId(*id))
            return found;
    }
    fail(QStringLiteral("there is no maintenance window with the id or name '%1'")
             .arg(oneLineName(idOrName)));
    return std::nullopt;
}

bool MaintenanceStore::add(MaintenanceWindow &window)
{
    MaintenanceWindow copy = window;
    if (!write(copy, true))
        return false;
    window = copy;
    return true;
}

bool MaintenanceStore::update(const MaintenanceWindow &window)
{
    MaintenanceWindow copy = window;
    return write(copy, false);
}

bool MaintenanceStore::remove(qint64 id)
{
    QSqlQuery query(m_database.db());
    query.prepare(QStringLiteral("DELETE FROM maintenance WHERE id = ?"));
    query.addBindValue(id);
    if (!m_database.run(query))
        return false;
    if (query.numRowsAffected() == 0)
        return fail(QStringLiteral("there is no maintenance window with id %1").arg(id));
    return true;
}

// In one transaction: the name check, the row, and the last id given.
bool MaintenanceStore::write(MaintenanceWindow &window, bool insert)
{
    window.name = window.name.trimmed();
    if (const auto problem = maintenanceProblem(window))
        return fail(*problem);
    if (!m_database.begin())
        return false;
    const auto abandon = [this] {
        const QString why = m_database.lastError();
        m_database.rollback();
        return fail(why);
    };

    QSqlQuery taken(m_database.db());
    taken.prepare(QStringLiteral("SELECT id FROM maintenance WHERE name = ? AND id != ?"));
    taken.addBindValue(window.name);
    taken.addBindValue(insert ? qint64(0) : window.id);
    if (!m_database.run(taken))
        return abandon();
    if (taken.next()) {
        m_database.setError(QStringLiteral("a maintenance window named '%1' already exists (id %2)")
                                .arg(oneLineName(window.name))
                                .arg(taken.value(0).toLongLong()));
        return abandon();
    }
    taken.finish();

    const QDateTime createdAt =
        insert ? QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC)
               : window.createdAt;
    QSqlQuery query(m_database.db());
    if (insert)
        query.prepare(QStringLiteral(
            // Ids are never given twice, so a process that syncs later does not take a new
            // window for a changed old one.
            "INSERT INTO maintenance (id, name, monitor_ids, tags, kind, starts_at, ends_at, "
            "weekdays, start_minute, duration_minutes, time_zone, created_at) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    else
        query.prepare(QStringLiteral(
            "UPDATE maintenance SET name = ?, monitor_ids = ?, tags = ?, kind = ?, starts_at = ?, "
            "ends_at = ?, weekdays = ?, start_minute = ?, duration_minutes = ?, time_zone = ? "
            "WHERE id = ?"));
    std::optional<qint64> newId;
    if (insert) {
        newId =
            m_database.nextId(QStringLiteral("maintenance"), QStringLiteral("last_maintenance_id"));
        if (!newId)
            return abandon();
        query.addBindValue(*newId);
    }
    query.addBindValue(window.name);
    query.addBindValue(encodeIds(window.monitorIds));
    query.addBindValue(encodeTags(window.tags));
    query.addBindValue(maintenanceKindName(window.kind));
    query.addBindValue(encodeTime(window.startsAt));
    query.addBindValue(encodeTime(window.endsAt));
    query.addBindValue(window.weekdays);
    query.addBindValue(window.startMinute);
    query.addBindValue(window.durationMinutes);
    query.addBindValue(notNull(window.timeZone));
    query.addBindValue(insert ? encodeTime(createdAt) : window.id);
    if (!m_database.run(query))
        return abandon();
    if (!insert) {
        if (query.numRowsAffected() == 0) {
            m_database.setError(
                QStringLiteral("there is no maintenance window with id %1").arg(window.id));
            return abandon();
        }
        return m_database.commit() || abandon();
    }
    if (!m_database.noteId(QStringLiteral("last_maintenance_id"), *newId) || !m_database.commit())
        return abandon();
    window.id = *newId;
    window.createdAt = createdAt;
    return true;
}

std::optional<qint64> MaintenanceStore::revision()
{
    QSqlQuery query(m_database.db());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'maintenance_revision'"));
    if (!m_database.run(query))
        return std::nullopt;
    if (!query.next()) {
        fail(QStringLiteral("the database has no maintenance revision"));
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}
