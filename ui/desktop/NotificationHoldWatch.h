#pragma once

#include "core/base/Clock.h"
#include "ui/tray/NotificationHold.h"

#include <QObject>
#include <QTimer>

#include <memory>

class Silencer;

// Follows what holds notifications back (the Silencer's snooze and quiet hours) for the tray and
// the window: changed() when the user or another front changes them, and when a snooze or quiet
// hours end or quiet hours begin.
class NotificationHoldWatch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationHoldWatch)

public:
    // Looked at again at least this often while something may change (a clock set forward).
    static constexpr int kMaxWaitMs = 60 * 1000;

    NotificationHoldWatch(Silencer &silencer, std::shared_ptr<const Clock> clock,
                          QObject *parent = nullptr);

    [[nodiscard]] const NotificationHold &hold() const { return m_hold; }
    // Looks again now (the timer does; tests with a fake clock too).
    void refresh();

signals:
    void changed(const NotificationHold &hold);

private:
    Silencer &m_silencer;
    std::shared_ptr<const Clock> m_clock;
    NotificationHold m_hold;
    QTimer m_timer;
};
