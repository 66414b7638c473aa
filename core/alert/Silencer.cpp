#include "core/alert/Silencer.h"

#include "core/service/MonitoringService.h"
#include "core/store/MonitorStore.h"
#include "core/store/RevisionRead.h"
#include "core/store/SettingsStore.h"
#include "core/store/StoreDatabase.h"
#include "core/store/StoreThread.h"

namespace {

using Read = RevisionRead<QuietSettings>;

QString notOpen()
{
    return QStringLiteral("the database is not open");
}

} // namespace

Silencer::Silencer(MonitoringService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    qRegisterMetaType<QuietSettings>();
    m_syncTimer.setInterval(kSyncEveryMs);
    m_pollTimer.setInterval(kPollEveryMs);
    connect(&m_syncTimer, &QTimer::timeout, this, &Silencer::sync);
    connect(&m_pollTimer, &QTimer::timeout, this, &Silencer::poll);
}

void Silencer::start()
{
    if (m_stopped || m_syncTimer.isActive())
        return;
    if (m_service.isLoaded()) {
        sync();
        m_syncTimer.start();
        return;
    }
    connect(&m_service, &MonitoringService::loaded, this, [this] {
        if (m_stopped)
            return;
        sync();
        m_syncTimer.start();
    });
}

void Silencer::stop()
{
    m_stopped = true;
    m_syncTimer.stop();
    m_pollTimer.stop();
}

bool Silencer::isHolding() const
{
    return m_settings.holdsAt(m_service.clock()->nowUtc());
}

Silencer::Decision Silencer::decide(qint64 monitorId, const QDateTime &at) const
{
    const auto monitor = m_service.monitors().constFind(monitorId);
    if (monitor != m_service.monitors().cend() && monitor->isMutedAt(at))
        return Decision::Drop;
    if (m_service.engine().maintenance().contains(monitorId))
        return Decision::Drop;
    // Held by the hold that is on now: an alert raised during quiet hours but handed over just
    // after they ended goes out at once.
    return isHolding() ? Decision::Hold : Decision::Send;
}

void Silencer::snooze(const QDateTime &until)
{
    QuietSettings next = m_settings;
    next.snoozedUntil = until.isValid() ? until.toUTC() : QDateTime();
    store(next);
}

void Silencer::setQuietHours(const QuietHours &hours)
{
    QuietSettings next = m_settings;
    next.quietHours = hours;
    store(next);
}

void Silencer::muteMonitors(const QList<qint64> &ids, const QDateTime &until)
{
    if (ids.isEmpty())
        return;
    m_service.store().run<QString>(
        this,
        [ids, until](StoreDatabase *database) {
            if (!database)
                return notOpen();
            MonitorStore monitors(*database);
            return monitors.setMuted(ids, until) ? QString() : monitors.lastError();
        },
        [this](const QString &error) {
            if (!error.isEmpty()) {
                emit failed(error);
                return;
            }
            m_service.syncNow(); // the monitors carry their new mute at once
        });
}

void Silencer::poll()
{
    const bool holding = isHolding();
    const bool ended = m_holding && !holding;
    m_holding = holding;
    if (!holding)
        m_pollTimer.stop();
    else if (!m_pollTimer.isActive() && !m_stopped)
        m_pollTimer.start();
    if (ended)
        emit holdEnded();
}

void Silencer::sync()
{
    if (m_syncing || m_stopped)
        return;
    m_syncing = true;
    const qint64 known = m_revision;
    m_service.store().run<Read>(
        this,
        [known](StoreDatabase *database) {
            return readIfChanged<SettingsStore>(database, notOpen(), known,
                                                [](SettingsStore &s) { return s.quietSettings(); });
        },
        [this](const Read &read) {
            m_syncing = false;
            if (m_stopped)
                return;
            if (!read.error.isEmpty()) {
                if (!m_loaded)
                    emit failed(read.error);
                return;
            }
            m_revision = read.revision;
            const bool first = !m_loaded;
            m_loaded = true;
            if (read.value && (first || *read.value != m_settings))
                apply(*read.value);
        });
}

void Silencer::apply(const QuietSettings &settings)
{
    m_settings = settings;
    emit settingsChanged(m_settings);
    poll();
}

void Silencer::store(const QuietSettings &next)
{
    // Applied here at once; stored for the other fronts. A failure says so and rereads.
    const QuietSettings before = m_settings;
    apply(next);
    m_service.store().run<QString>(
        this,
        [before, next](StoreDatabase *database) {
            if (!database)
                return notOpen();
            SettingsStore settings(*database);
            const bool ok =
                (before.snoozedUntil == next.snoozedUntil ||
                 settings.setSnoozedUntil(next.snoozedUntil)) &&
                (before.quietHours == next.quietHours || settings.setQuietHours(next.quietHours));
            return ok ? QString() : settings.lastError();
        },
        [this](const QString &error) {
            if (error.isEmpty())
                return;
            emit failed(error);
            m_revision = -1; // read back what is stored
            sync();
        });
}
