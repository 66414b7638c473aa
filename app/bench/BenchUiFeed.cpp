#include "app/bench/BenchUiFeed.h"

#include <QDateTime>

BenchUiFeed::BenchUiFeed(QList<qint64> ids, int perSecond, QObject *parent)
    : QObject(parent)
    , m_ids(std::move(ids))
    , m_states(size_t(m_ids.size()), MonitorState::Pending)
    , m_perSecond(perSecond)
    , m_timer(this)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kBatchMs);
    connect(&m_timer, &QTimer::timeout, this, &BenchUiFeed::onTimeout);
}

void BenchUiFeed::start()
{
    m_running.start();
    m_timer.start();
}

void BenchUiFeed::stop()
{
    m_timer.stop();
}

void BenchUiFeed::onTimeout()
{
    if (m_ids.isEmpty())
        return;
    QElapsedTimer building;
    building.start();
    // As many as the rate asks for by now: a late tick sends a bigger batch, as the engine does.
    const qint64 due = m_running.elapsed() * m_perSecond / 1000 - m_sent;
    if (due <= 0)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ResultBatch batch;
    batch.results.reserve(due);
    for (qint64 i = 0; i < due; ++i) {
        const qsizetype at = m_next;
        m_next = (m_next + 1) % m_ids.size();
        CheckResult result;
        result.monitorId = m_ids.at(at);
        result.startedAt = now;
        const bool down = m_random.bounded(100) == 0;
        result.verdict = down ? Verdict::Down : Verdict::Up;
        result.reason = down ? Reason::Timeout : Reason::Ok;
        result.httpStatus = down ? 0 : 200;
        result.responseMs = down ? -1 : 5 + m_random.bounded(2000);
        if (down)
            result.error = QStringLiteral("timed out");
        batch.results.append(result);
        const MonitorState to = down ? MonitorState::Down : MonitorState::Up;
        MonitorState &state = m_states[size_t(at)];
        if (state != to) {
            batch.changes.append({result.monitorId, now, state, to, result.reason, result.error});
            state = to;
        }
    }
    m_sent += due;
    m_buildNs += building.nsecsElapsed();
    emit batchReady(batch);
}
