#pragma once

#include "core/base/Clock.h"
#include "core/model/Monitor.h"

#include <QDateTime>
#include <QIcon>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

// How a monitor whose alerts are muted shows, in the table and the detail pane: a struck-through
// bell and a sentence saying until when. Its state still shows as it is; only its alerts wait.
// Mutes end with time, not with an edit: expired() says when one has, so the views look again.
class MuteMarks final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MuteMarks)

public:
    // The system clock until setClock().
    explicit MuteMarks(QObject *parent = nullptr);

    void setClock(std::shared_ptr<const Clock> clock);
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] bool isMuted(const Monitor &monitor) const;

    // The struck-through bell (resources/icons/muted.svg).
    [[nodiscard]] static QIcon icon();
    // "Alerts muted until 14:30", "Alerts muted until you unmute them"; empty when the monitor
    // is not muted at `now`.
    [[nodiscard]] static QString text(const Monitor &monitor, const QDateTime &now);

    // Watches for the end of this monitor's mute (if it ends): expired() then.
    void follow(const Monitor &monitor);

signals:
    // A mute that follow() saw has ended.
    void expired();

private:
    void check();
    void schedule();

    std::shared_ptr<const Clock> m_clock;
    QDateTime m_nextEnd; // the earliest mute end still to come, invalid: none
    QTimer m_timer;
};
