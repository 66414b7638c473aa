#include "ui/desktop/NotificationHoldWatch.h"

#include "core/alert/Silencer.h"

#include <algorithm>

NotificationHoldWatch::NotificationHoldWatch(Silencer &silencer, std::shared_ptr<const Clock> clock,
                                             QObject *parent)
    : QObject(parent)
    , m_silencer(silencer)
    , m_clock(std::move(clock))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NotificationHoldWatch::refresh);
    connect(&silencer, &Silencer::settingsChanged, this, &NotificationHoldWatch::refresh);
    connect(&silencer, &Silencer::holdEnded, this, &NotificationHoldWatch::refresh);
}

void NotificationHoldWatch::refresh()
{
    const QDateTime now = m_clock->nowUtc();
    const QuietSettings &settings = m_silencer.settings();
    const NotificationHold hold = NotificationHold::of(settings, now);
    if (const QDateTime next = NotificationHold::nextChange(settings, now); next.isValid()) {
        // A little after the change, so that it has happened when we look.
        m_timer.start(int(std::clamp<qint64>(now.msecsTo(next) + 100, 100, kMaxWaitMs)));
    }
    else {
        m_timer.stop();
    }
    if (hold == m_hold)
        return;
    m_hold = hold;
    emit changed(m_hold);
}
