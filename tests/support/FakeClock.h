#pragma once

#include "core/base/Clock.h"

// A clock that says what the test tells it to. advance() moves wall and steady time together.
class FakeClock final : public Clock {
public:
    explicit FakeClock(QDateTime now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC))
        : m_now(std::move(now))
    {
    }
    [[nodiscard]] QDateTime nowUtc() const override { return m_now; }
    [[nodiscard]] qint64 steadyMs() const override { return m_steadyMs; }

    void advance(qint64 ms)
    {
        m_now = m_now.addMSecs(ms);
        m_steadyMs += ms;
    }
    void setNow(const QDateTime &now)
    {
        m_steadyMs += m_now.msecsTo(now);
        m_now = now;
    }

private:
    QDateTime m_now;
    qint64 m_steadyMs = 1'000'000;
};
