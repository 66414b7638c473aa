#include "core/store/MonitorStore.h"

#include "core/base/JsonText.h"
#include "core/model/MonitorValidator.h"
#include "core/store/MonitorColumns.h"
#include "core/store/RowLookup.h"
#include "core/store/StoreDatabase.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>
#include <functional>

namespace {

// Where meta keeps the highest id a monitor ever had.
const QString kLastIdKey = QStringLiteral("last_monitor_id");

} // namespace

MonitorStore::MonitorStore(StoreDatabase &database)
    : m_database(database)
{
}

const QString &MonitorStore::lastError() const
{
    return m_database.lastError();
}

bool MonitorStore::fail(const QString &why)
{
    m_database.setError(why);
    return false;
}

std::optional<QList<Monitor>> MonitorStore::all()
{
    return RowLookup::all<Monitor>(
        m_database, u"SELECT " + MonitorColumns::kColumns + u" FROM monitors ORDER BY id",
        MonitorColumns::fromRow);
}

std::optional<Monitor> MonitorStore::byId(qint64 id)
{
    const auto row = RowLookup::one<Monitor>(
        m_database, u"SELECT " + MonitorColumns::kColumns + u" FROM monitors WHERE id = ?", id,
        MonitorColumns::fromRow);
    if (row && !*row)
        fail(QStringLiteral("there is no monitor with id %1").arg(id));
    return row ? *row : std::nullopt;
}

std::optional<Monitor> MonitorStore::find(const QString &idOrName)
{
    // A name wins over an id, so a monitor named "42" can still be found by its name.
    const auto byName = RowLookup::one<Monitor>(
        m_database, u"SELECT " + MonitorColumns::kColumns + u" FROM monitors WHERE name = ?",
        idOrName.trimmed(), MonitorColumns::fromRow);
    if (!byName)
        return std::nullopt;
    if (*byName)
        return *byName;
    if (const auto id = RowLookup::idOf(idOrName)) {
        if (auto found = byId(*id))
            return found;
    }
    fail(QStringLiteral("there is no monitor with the id or name '%1'")
             .arg(JsonText::oneLine(idOrName)));
    return std::nullopt;
}

bool MonitorStore::add(Monitor &monitor)
{
    return inTransaction([this, &monitor] { return write(monitor, true); });
}

bool MonitorStore::update(const Monitor &monitor)
{
    Monitor copy = monitor;
    return inTransaction([this, &copy] { return write(copy, false); });
}

bool MonitorStore::checkParent(const Monitor &monitor)
{
    if (monitor.parentId == 0)
        return true;
    if (monitor.parentId == monitor.id)
        return fail(QStringLiteral("'%1' cannot be its own parent").arg(monitor.name));
    // Walk up from the parent: meeting the monitor again would make a loop.
    qint64 current = monitor.parentId;
    QSet<qint64> seen;
    while (current != 0) {
        if (current == monitor.id && monitor.id != 0)
            return fail(QStringLiteral("making '%1' a child of its own descendant would make a "
                                       "loop")
                            .arg(monitor.name));
        if (seen.contains(current))
            break;
        seen.insert(current);
        QSqlQuery query(m_database.db());
        query.prepare(QStringLiteral("SELECT parent_id FROM monitors WHERE id = ?"));
        query.addBindValue(current);
        if (!m_database.run(query))
            return false;
        if (!query.next()) {
            if (current == monitor.parentId)
                return fail(
                    QStringLiteral("the parent monitor %1 does not exist").arg(monitor.parentId));
            break;
        }
        current = query.value(0).toLongLong();
    }
    return true;
}

bool MonitorStore::write(Monitor &monitor, bool insert)
{
    monitor.name = monitor.name.trimmed();
    if (monitor.name.isEmpty())
        return fail(QStringLiteral("a monitor needs a name"));
    const QStringList problems = MonitorValidator::problems(monitor);
    if (!problems.isEmpty())
        return fail(QStringLiteral("%1: %2").arg(monitor.name, problems.constFirst()));
    QSqlQuery taken(m_database.db());
    taken.prepare(QStringLiteral("SELECT id FROM monitors WHERE name = ? AND id != ?"));
    taken.addBindValue(monitor.name);
    taken.addBindValue(insert ? qint64(0) : monitor.id);
    if (!m_database.run(taken))
        return false;
    if (taken.next())
        return fail(QStringLiteral("a monitor named '%1' already exists (id %2)")
                        .arg(monitor.name)
                        .arg(taken.value(0).toLongLong()));
    if (!checkParent(monitor))
        return false;

    QSqlQuery query(m_database.db());
    if (insert)
        query.prepare(QStringLiteral(
            // An id is never given twice, not even after its monitor was removed: a process
            // that syncs later must not take a new monitor for a changed old one.
            "INSERT INTO monitors (id, name, url, method, headers, body, interval_s, "
            "timeout_ms, expected_statuses, keyword, invert_keyword, max_redirects, "
            "ignore_tls_errors, degraded_ms, max_body_bytes, retries, recovery, parent_id, tags, "
            "paused, credential_key, auth, keyword_regex, json_assertions, muted_until, "
            "locations, quorum, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?)"));
    else
        query.prepare(QStringLiteral(
            "UPDATE monitors SET name = ?, url = ?, method = ?, headers = ?, body = ?, "
            "interval_s = ?, timeout_ms = ?, expected_statuses = ?, keyword = ?, "
            "invert_keyword = ?, max_redirects = ?, ignore_tls_errors = ?, degraded_ms = ?, "
            "max_body_bytes = ?, retries = ?, recovery = ?, parent_id = ?, tags = ?, paused = ?, "
            "credential_key = ?, auth = ?, keyword_regex = ?, json_assertions = ?, muted_until = "
            "?, "
            "locations = ?, quorum = ? WHERE id = ?"));
    std::optional<qint64> newId;
    if (insert) {
        newId = m_database.nextId(QStringLiteral("monitors"), kLastIdKey);
        if (!newId)
            return false;
        query.addBindValue(*newId);
    }
    query.addBindValue(monitor.name);
    query.addBindValue(monitor.url.toString(QUrl::FullyEncoded));
    query.addBindValue(QString::fromLatin1(httpMethodName(monitor.method)));
    query.addBindValue(MonitorColumns::encodeHeaders(monitor.headers));
    query.addBindValue(monitor.body.isNull() ? QByteArray("") : monitor.body);
    query.addBindValue(monitor.intervalSeconds);
    query.addBindValue(monitor.timeoutMs);
    query.addBindValue(monitor.expectedStatuses.toString());
    query.addBindValue(MonitorColumns::notNull(monitor.keyword));
    query.addBindValue(monitor.invertKeyword);
    query.addBindValue(monitor.maxRedirects);
    query.addBindValue(monitor.ignoreTlsErrors);
    query.addBindValue(monitor.degradedAboveMs);
    query.addBindValue(monitor.maxBodyBytes);
    query.addBindValue(monitor.retries);
    query.addBindValue(monitor.recovery);
    query.addBindValue(monitor.parentId == 0 ? QVariant(QMetaType::fromType<qint64>())
                                             : QVariant(monitor.parentId));
    query.addBindValue(MonitorColumns::encodeTags(monitor.tags));
    query.addBindValue(monitor.paused);
    query.addBindValue(MonitorColumns::notNull(monitor.credentialKey));
    query.addBindValue(MonitorColumns::encodeAuth(monitor.auth));
    query.addBindValue(monitor.keywordIsRegex);
    query.addBindValue(MonitorColumns::encodeTags(JsonAssertion::texts(monitor.jsonAssertions)));
    query.addBindValue(monitor.mutedUntil.isValid() ? monitor.mutedUntil.toMSecsSinceEpoch()
                                                    : qint64(0));
    query.addBindValue(monitor.locations);
    query.addBindValue(monitor.quorum);
    if (insert)
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    else
        query.addBindValue(monitor.id);
    if (!m_database.run(query))
        return false;
    if (insert) {
        if (!m_database.noteId(kLastIdKey, *newId))
            return false;
        monitor.id = *newId;
    }
    else if (query.numRowsAffected() == 0)
        return fail(QStringLiteral("there is no monitor with id %1").arg(monitor.id));
    return true;
}

bool MonitorStore::remove(qint64 id)
{
    return remove(QList<qint64>{id});
}

bool MonitorStore::remove(const QList<qint64> &ids)
{
    return inTransaction([this, &ids] {
        for (const qint64 id : ids) {
            const QString tables[] = {QStringLiteral("results"), QStringLiteral("rollups"),
                                      QStringLiteral("incidents"), QStringLiteral("live_states"),
                                      QStringLiteral("location_votes")};
            for (const QString &table : tables) {
                QSqlQuery query(m_database.db());
                query.prepare(QStringLiteral("DELETE FROM %1 WHERE monitor_id = ?").arg(table));
                query.addBindValue(id);
                if (!m_database.run(query))
                    return false;
            }
            QSqlQuery query(m_database.db());
            query.prepare(QStringLiteral("DELETE FROM monitors WHERE id = ?"));
            query.addBindValue(id);
            if (!m_database.run(query))
                return false;
            if (query.numRowsAffected() == 0)
                return fail(QStringLiteral("there is no monitor with id %1").arg(id));
        }
        return true;
    });
}

bool MonitorStore::setPaused(qint64 id, bool paused)
{
    return setPaused(QList<qint64>{id}, paused);
}

bool MonitorStore::setPaused(const QList<qint64> &ids, bool paused)
{
    return inTransaction([this, &ids, paused] {
        for (const qint64 id : ids) {
            QSqlQuery query(m_database.db());
            query.prepare(QStringLiteral("UPDATE monitors SET paused = ? WHERE id = ?"));
            query.addBindValue(paused);
            query.addBindValue(id);
            if (!m_database.run(query))
                return false;
            if (query.numRowsAffected() == 0)
                return fail(QStringLiteral("there is no monitor with id %1").arg(id));
        }
        return true;
    });
}

bool MonitorStore::setMuted(const QList<qint64> &ids, const QDateTime &until)
{
    return inTransaction([this, &ids, &until] {
        for (const qint64 id : ids) {
            QSqlQuery query(m_database.db());
            query.prepare(QStringLiteral("UPDATE monitors SET muted_until = ? WHERE id = ?"));
            query.addBindValue(until.isValid() ? until.toMSecsSinceEpoch() : qint64(0));
            query.addBindValue(id);
            if (!m_database.run(query))
                return false;
            if (query.numRowsAffected() == 0)
                return fail(QStringLiteral("there is no monitor with id %1").arg(id));
        }
        return true;
    });
}

bool MonitorStore::inTransaction(const std::function<bool()> &work)
{
    if (!m_database.begin())
        return false;
    if (work() && m_database.commit())
        return true;
    // A failed COMMIT leaves the transaction open: end it, so the connection stays usable.
    const QString why = m_database.lastError();
    m_database.rollback();
    return fail(why);
}

bool MonitorStore::import(const QList<ImportedMonitor> &monitors, ImportReport *report)
{
    ImportReport counts;
    if (!m_database.begin())
        return false;
    const auto abort = [this] {
        const QString why = m_database.lastError();
        m_database.rollback();
        return fail(why);
    };
    // First every monitor without parents, so parents can refer to any of them; then parents.
    QHash<QString, qint64> idByName;
    QList<Monitor> stored;
    for (const ImportedMonitor &imported : monitors) {
        Monitor monitor = imported.monitor;
        monitor.parentId = 0;
        QSqlQuery existing(m_database.db());
        existing.prepare(
            QStringLiteral("SELECT id, credential_key, auth, url FROM monitors WHERE name = ?"));
        existing.addBindValue(monitor.name.trimmed());
        if (!m_database.run(existing))
            return abort();
        const bool replace = existing.next();
        if (replace) {
            monitor.id = existing.value(0).toLongLong();
            const QString storedKey = existing.value(1).toString();
            const QUrl storedUrl(existing.value(3).toString());
            const bool sameUse = MonitorColumns::decodeAuth(existing.value(2).toString()).kind ==
                                     monitor.auth.kind &&
                                 storedUrl.scheme() == monitor.url.scheme() &&
                                 storedUrl.host() == monitor.url.host() &&
                                 storedUrl.port() == monitor.url.port();
            if (monitor.credentialKey.isEmpty() && sameUse)
                monitor.credentialKey = storedKey;
            else if (!storedKey.isEmpty() && storedKey != monitor.credentialKey)
                counts.obsoleteKeys.append(storedKey);
        }
        if (!write(monitor, !replace))
            return abort();
        ++(replace ? counts.updated : counts.added);
        idByName.insert(monitor.name, monitor.id);
        stored.append(monitor);
    }
    for (qsizetype i = 0; i < monitors.size(); ++i) {
        const QString &parentName = monitors[i].parentName;
        if (parentName.isEmpty())
            continue;
        Monitor &monitor = stored[i];
        if (idByName.contains(parentName)) {
            monitor.parentId = idByName.value(parentName);
        }
        else {
            QSqlQuery parent(m_database.db());
            parent.prepare(QStringLiteral("SELECT id FROM monitors WHERE name = ?"));
            parent.addBindValue(parentName);
            if (!m_database.run(parent))
                return abort();
            if (!parent.next()) {
                fail(QStringLiteral("'%1': its parent '%2' is neither in the file nor in the "
                                    "database")
                         .arg(monitor.name, parentName));
                return abort();
            }
            monitor.parentId = parent.value(0).toLongLong();
        }
        if (!write(monitor, false))
            return abort();
    }
    if (!m_database.commit())
        return abort();
    if (report)
        *report = counts;
    return true;
}

std::optional<qint64> MonitorStore::revision()
{
    QSqlQuery query(m_database.db());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'monitors_revision'"));
    if (!m_database.run(query))
        return std::nullopt; // locked, damaged: the cause, not a missing revision
    if (!query.next()) {
        fail(QStringLiteral("the database has no monitor revision"));
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

bool MonitorStore::scrub()
{
    // PostgreSQL: VACUUM makes the space of old row versions (the password) free for reuse.
    if (m_database.isPostgres())
        return m_database.exec(QStringLiteral("VACUUM monitors"));
    QSqlQuery query(m_database.db());
    query.prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!m_database.run(query) || !query.next())
        return false;
    return query.value(0).toInt() == 0; // 1: busy, a reader kept part of the log
}
