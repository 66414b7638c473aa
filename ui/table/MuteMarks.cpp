#include "ui/table/MuteMarks.h"

#include "core/base/SystemClock.h"
#include "core/format/DisplayFormat.h"
#include "ui/window/AppIcons.h"

#include <algorithm>

namespace {

// Looked at again at least this often while a mute is to end (a clock set forward).
constexpr qint64 kMaxWaitMs = 60 * 1000;

} // namespace

MuteMarks::MuteMarks(QObject *parent)
    : QObject(parent)
    , m_clock(std::make_shared<SystemClock>())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MuteMarks::check);
}

void MuteMarks::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = std::move(clock);
}

QDateTime MuteMarks::now() const
{
    return m_clock->nowUtc();
}

bool MuteMarks::isMuted(const Monitor &monitor) const
{
    return monitor.isMutedAt(now());
}

QIcon MuteMarks::icon()
{
    static const QIcon icon = AppIcons::fromSvg(QStringLiteral(":/icons/muted.svg"));
    return icon;
}

QString MuteMarks::text(const Monitor &monitor, const QDateTime &now)
{
    if (!monitor.isMutedAt(now))
        return {};
    if (monitor.mutedUntil >= Monitor::kMutedForever)
        return tr("Alerts muted until you unmute them");
    return tr("Alerts muted until %1").arg(DisplayFormat::endTime(monitor.mutedUntil, now));
}

void MuteMarks::follow(const Monitor &monitor)
{
    const QDateTime end = monitor.mutedUntil;
    if (!end.isValid() || end >= Monitor::kMutedForever || end <= now())
        return;
    if (m_nextEnd.isValid() && m_nextEnd <= end)
        return;
    m_nextEnd = end;
    schedule();
}

void MuteMarks::check()
{
    if (m_nextEnd.isValid() && m_nextEnd <= now()) {
        m_nextEnd = {};
        emit expired(); // the views look again and follow() what is still muted
        return;
    }
    schedule();
}

void MuteMarks::schedule()
{
    if (!m_nextEnd.isValid())
        return;
    m_timer.start(int(std::clamp<qint64>(now().msecsTo(m_nextEnd) + 100, 100, kMaxWaitMs)));
}
