#include "core/alert/AlertGrouping.h"

#include <algorithm>
#include <limits>

AlertGrouping::AlertGrouping(std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_timer(this)
{
    Q_ASSERT(m_clock);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AlertGrouping::flushDue);
}

void AlertGrouping::setWindow(int quietMs, int maxMs, int followUpMs)
{
    m_quietMs = qMax(0, quietMs);
    m_maxMs = qMax(m_quietMs, maxMs);
    m_followUpMs = qMax(0, followUpMs);
    arm();
}

void AlertGrouping::add(qint64 channelId, const AlertEvent &event)
{
    const qint64 now = m_clock->steadyMs();
    auto it = m_pending.find(channelId);
    if (it == m_pending.end()) {
        Pending pending;
        pending.message.channelId = channelId;
        pending.firstMs = now;
        it = m_pending.insert(channelId, pending);
        m_order.append(channelId);
    }
    if (it->message.events.size() < AlertMessage::kMaxEvents)
        it->message.events.append(event);
    ++it->message.count;
    it->lastMs = now;
    arm();
}

qint64 AlertGrouping::dueAt(const Pending &pending) const
{
    const qint64 due = qMin(pending.lastMs + m_quietMs, pending.firstMs + m_maxMs);
    const auto sent = m_sentMs.constFind(pending.message.channelId);
    return sent == m_sentMs.cend() ? due : qMax(due, *sent + m_followUpMs);
}

void AlertGrouping::flushDue()
{
    const qint64 now = m_clock->steadyMs();
    QList<AlertMessage> due;
    for (auto id = m_order.begin(); id != m_order.end();) {
        const auto it = m_pending.find(*id);
        if (dueAt(*it) > now) {
            ++id;
            continue;
        }
        due.append(it->message);
        m_sentMs.insert(*id, now);
        m_pending.erase(it);
        id = m_order.erase(id);
    }
    arm();
    for (const AlertMessage &message : due)
        emit ready(message);
}

void AlertGrouping::flushAll()
{
    QList<AlertMessage> all;
    for (const qint64 id : std::as_const(m_order))
        all.append(m_pending.value(id).message);
    m_pending.clear();
    m_order.clear();
    m_timer.stop();
    for (const AlertMessage &message : all)
        emit ready(message);
}

void AlertGrouping::drop(qint64 channelId)
{
    m_pending.remove(channelId);
    m_sentMs.remove(channelId);
    m_order.removeAll(channelId);
    arm();
}

void AlertGrouping::arm()
{
    if (m_pending.isEmpty()) {
        m_timer.stop();
        return;
    }
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Pending &pending : std::as_const(m_pending))
        next = qMin(next, dueAt(pending));
    m_timer.start(
        int(qBound(qint64(0), next - m_clock->steadyMs(), qint64(qMax(m_maxMs, m_followUpMs)))));
}
