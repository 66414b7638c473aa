#include "core/service/MonitoringService.h"

#include "core/service/CredentialSaver.h"
#include "core/service/LiveFeed.h"
#include "core/service/SecretLoader.h"
#include "core/store/HistoryWriter.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "core/store/StoreThread.h"

#include <QPointer>

// Edits to the monitors through MonitoringService: saved, removed, paused in the store first,
// then applied to the engine. MonitoringService.cpp has the rest.

namespace {

QString notOpen()
{
    return QStringLiteral("The database is not open.");
}

} // namespace

void MonitoringService::saveMonitor(const Monitor &monitor, QObject *context, SaveDone done)
{
    saveMonitor(monitor, std::nullopt, context, std::move(done));
}

void MonitoringService::saveMonitor(const Monitor &monitor, std::optional<QByteArray> newSecret,
                                    QObject *context, SaveDone done)
{
    const auto stored = m_monitors.constFind(monitor.id);
    m_credentials->save(monitor,
                        stored == m_monitors.cend() ? std::nullopt : std::optional(*stored),
                        std::move(newSecret), context, std::move(done));
}

void MonitoringService::storeMonitor(const Monitor &monitor, QObject *context, SaveDone done)
{
    struct Saved {
        std::optional<Monitor> monitor;
        QString error;
    };
    QPointer<QObject> guard(context);
    m_store->run<Saved>(
        this,
        [monitor](StoreDatabase *database) {
            Saved saved;
            if (!database) {
                saved.error = notOpen();
                return saved;
            }
            MonitorStore store(*database);
            Monitor copy = monitor;
            const bool ok = copy.id == 0 ? store.add(copy) : store.update(copy);
            if (ok)
                saved.monitor = copy;
            else
                saved.error = store.lastError();
            return saved;
        },
        [this, guard, done = std::move(done), isNew = monitor.id == 0](const Saved &saved) {
            if (saved.monitor)
                applyStored(*saved.monitor, isNew);
            if (guard)
                done(saved.monitor, saved.error);
        });
}

void MonitoringService::removeMonitors(const QList<qint64> &ids)
{
    for (const qint64 id : ids)
        m_removing.insert(id); // onEngineResults() drops what they report from now on
    if (!m_writer || m_closing) {
        removeFromStore(ids);
        return;
    }
    // What the writer still holds of them is written first, so that the removal deletes it too
    // and no history outlives its monitor.
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, this, ids] {
        writer->flush();
        QMetaObject::invokeMethod(this, [this, ids] { removeFromStore(ids); });
    });
}

void MonitoringService::removeFromStore(const QList<qint64> &ids)
{
    m_store->run<QString>(
        this,
        [ids](StoreDatabase *database) {
            if (!database)
                return notOpen();
            MonitorStore store(*database);
            return store.remove(ids) ? QString() : store.lastError();
        },
        [this, ids](const QString &error) {
            for (const qint64 id : ids)
                m_removing.remove(id);
            if (!error.isEmpty()) {
                emit storeFailed(error); // all or nothing: the engine keeps what is stored
                return;
            }
            for (const qint64 id : ids)
                m_credentials->removeSecret(m_monitors.value(id).credentialKey);
            applyRemoved(ids);
        });
}

void MonitoringService::setPaused(const QList<qint64> &ids, bool paused)
{
    QList<qint64> changing;
    for (const qint64 id : ids) {
        const auto found = m_monitors.constFind(id);
        if (found != m_monitors.cend() && found->paused != paused)
            changing.append(id);
    }
    if (changing.isEmpty())
        return;
    m_store->run<QString>(
        this,
        [changing, paused](StoreDatabase *database) {
            if (!database)
                return notOpen();
            MonitorStore store(*database);
            return store.setPaused(changing, paused) ? QString() : store.lastError();
        },
        [this, changing, paused](const QString &error) {
            if (!error.isEmpty()) {
                emit storeFailed(error); // all or nothing: the engine keeps what is stored
                return;
            }
            applyPaused(changing, paused);
        });
}
void MonitoringService::applyStored(const Monitor &monitor, bool isNew)
{
    const auto previous = m_monitors.constFind(monitor.id);
    const bool known = previous != m_monitors.cend();
    // A new secret always has a new key (CredentialPlan): the same key needs no keychain read.
    const bool sameSecret = known && previous->credentialKey == monitor.credentialKey;
    m_monitors.insert(monitor.id, monitor);
    if (m_stopping)
        return;
    if (!checksHere(monitor.id)) {
        // Another agent's to check: known here, not run (an observer shows what it finds),
        // unless this agent votes on it.
        if (m_feed && !m_feed->follows(monitor.id))
            m_feed->follow(monitor.id, MonitorState::Pending, {});
        if (m_voters.contains(monitor.id)) {
            m_engine->updateMonitor(monitor);
            if (!sameSecret)
                m_secrets->load(monitor);
        }
        if (isNew && !known)
            emit monitorAdded(monitor, MonitorState::Pending);
        else
            emit monitorUpdated(monitor);
        return;
    }
    if (isNew && !known) {
        m_engine->addMonitor(monitor);
        emit monitorAdded(monitor, m_engine->state(monitor.id));
    }
    else {
        m_engine->updateMonitor(monitor);
        emit monitorUpdated(monitor);
    }
    if (!sameSecret)
        m_secrets->load(monitor);
    if (!monitor.url.password().isEmpty()) // an older Upwatch stored it meanwhile
        m_credentials->moveUrlPasswords({monitor});
}

void MonitoringService::applyRemoved(const QList<qint64> &ids)
{
    QList<qint64> removed;
    for (const qint64 id : ids) {
        if (m_monitors.remove(id) > 0) {
            m_secrets->forget(id);
            if (m_feed)
                m_feed->unfollow(id);
            m_voters.remove(id);
            if (!m_stopping)
                m_engine->removeMonitor(id);
            removed.append(id);
        }
    }
    if (!removed.isEmpty())
        emit monitorsRemoved(removed);
}

void MonitoringService::applyPaused(const QList<qint64> &ids, bool paused)
{
    for (const qint64 id : ids) {
        const auto found = m_monitors.find(id);
        if (found == m_monitors.end() || found->paused == paused)
            continue;
        found->paused = paused;
        if (!m_stopping)
            m_engine->setPaused(id, paused);
        emit monitorUpdated(*found);
    }
}
