#include "core/store/SettingsStore.h"

#include "core/store/StoreDatabase.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

const QString kSnoozedUntil = QStringLiteral("snoozed_until");
const QString kQuietHours = QStringLiteral("quiet_hours");

} // namespace

SettingsStore::SettingsStore(StoreDatabase &database)
    : m_database(database)
{
}

std::optional<QuietSettings> SettingsStore::quietSettings()
{
    QSqlQuery query(m_database.db());
    query.prepare(QStringLiteral("SELECT key, value FROM settings WHERE key IN (?, ?)"));
    query.addBindValue(kSnoozedUntil);
    query.addBindValue(kQuietHours);
    if (!m_database.run(query))
        return std::nullopt;
    QuietSettings settings;
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == kSnoozedUntil) {
            bool ok = false;
            const qint64 ms = value.toLongLong(&ok);
            if (ok && ms > 0)
                settings.snoozedUntil = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        }
        else if (key == kQuietHours) {
            // A value this version cannot read leaves quiet hours off rather than failing.
            settings.quietHours = QuietHours::fromText(value).value_or(QuietHours{});
        }
    }
    return settings;
}

bool SettingsStore::setSnoozedUntil(const QDateTime &until)
{
    return write(kSnoozedUntil,
                 QString::number(until.isValid() ? until.toMSecsSinceEpoch() : qint64(0)));
}

bool SettingsStore::setQuietHours(const QuietHours &hours)
{
    return write(kQuietHours, hours.toText());
}

std::optional<qint64> SettingsStore::revision()
{
    QSqlQuery query(m_database.db());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'settings_revision'"));
    if (!m_database.run(query))
        return std::nullopt;
    if (!query.next()) {
        m_database.setError(QStringLiteral("the database has no settings revision"));
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

const QString &SettingsStore::lastError() const
{
    return m_database.lastError();
}

bool SettingsStore::write(const QString &key, const QString &value)
{
    QSqlQuery query(m_database.db());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value "
                                 "WHERE settings.value <> excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return m_database.run(query);
}
