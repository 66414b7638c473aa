#pragma once

#include "core/alert/AlertMessage.h"
#include "core/base/Clock.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

// Collects each channel's events for a short while so that what fires together leaves as one
// message: a message is ready once no new event came for `quietMs`, and at the latest `maxMs`
// after its first event (a steady trickle still gets out). Once a channel's message left, what
// comes for it within `followUpMs` waits for one follow-up summary at the end of that time: an
// outage spreads over a whole check interval, and one outage must not become a message every
// few seconds. One event makes a normal message, several a summary. Time comes from the clock; a
// timer wakes flushDue() when a message is due (tests advance a fake clock and call flushDue()
// themselves).
class AlertGrouping final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertGrouping)

public:
    static constexpr int kDefaultQuietMs = 2000;
    static constexpr int kDefaultMaxMs = 10'000;
    static constexpr int kDefaultFollowUpMs = 60'000;

    explicit AlertGrouping(std::shared_ptr<const Clock> clock, QObject *parent = nullptr);

    void setWindow(int quietMs, int maxMs, int followUpMs = kDefaultFollowUpMs);
    void add(qint64 channelId, const AlertEvent &event);
    // Emits ready() for every channel whose message is due.
    void flushDue();
    // Emits ready() for every channel with events, due or not (stopping).
    void flushAll();
    // The channel is gone: its waiting events are dropped.
    void drop(qint64 channelId);
    [[nodiscard]] bool hasPending() const { return !m_pending.isEmpty(); }

signals:
    void ready(const AlertMessage &message);

private:
    struct Pending {
        AlertMessage message;
        qint64 firstMs = 0;
        qint64 lastMs = 0;
    };

    [[nodiscard]] qint64 dueAt(const Pending &pending) const;
    void arm();

    std::shared_ptr<const Clock> m_clock;
    QHash<qint64, Pending> m_pending;
    QList<qint64> m_order;          // channels in the order their first event came
    QHash<qint64, qint64> m_sentMs; // when each channel's last message left (steady clock)
    QTimer m_timer;
    int m_quietMs = kDefaultQuietMs;
    int m_maxMs = kDefaultMaxMs;
    int m_followUpMs = kDefaultFollowUpMs;
};
