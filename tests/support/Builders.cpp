#include "tests/support/Builders.h"

Monitor makeMonitor(const QString &name, const QString &url)
{
    return MonitorBuilder(name).url(url).build();
}

MonitorBuilder::MonitorBuilder(const QString &name)
{
    m_monitor.name = name;
    m_monitor.url = QUrl(QStringLiteral("http://127.0.0.1:1/"));
}

MonitorBuilder &MonitorBuilder::id(qint64 id)
{
    m_monitor.id = id;
    return *this;
}

MonitorBuilder &MonitorBuilder::url(const QUrl &url)
{
    m_monitor.url = url;
    return *this;
}

MonitorBuilder &MonitorBuilder::url(const QString &url)
{
    return this->url(QUrl(url));
}

MonitorBuilder &MonitorBuilder::intervalSeconds(int seconds)
{
    m_monitor.intervalSeconds = seconds;
    return *this;
}

MonitorBuilder &MonitorBuilder::timeoutMs(int ms)
{
    m_monitor.timeoutMs = ms;
    return *this;
}

MonitorBuilder &MonitorBuilder::retries(int retries)
{
    m_monitor.retries = retries;
    return *this;
}

MonitorBuilder &MonitorBuilder::parentId(qint64 id)
{
    m_monitor.parentId = id;
    return *this;
}

MonitorBuilder &MonitorBuilder::tags(const QStringList &tags)
{
    m_monitor.tags = tags;
    return *this;
}

MonitorBuilder &MonitorBuilder::paused(bool paused)
{
    m_monitor.paused = paused;
    return *this;
}

CheckResult makeResult(qint64 monitorId, const QDateTime &at, Verdict verdict, qint64 responseMs)
{
    CheckResult result;
    result.monitorId = monitorId;
    result.startedAt = at;
    result.verdict = verdict;
    result.reason = verdict == Verdict::Up         ? Reason::Ok
                    : verdict == Verdict::Degraded ? Reason::Slow
                                                   : Reason::Timeout;
    result.httpStatus = verdict == Verdict::Down ? 0 : 200;
    result.responseMs = responseMs;
    result.error =
        verdict == Verdict::Down ? QStringLiteral("Timed out after 10000 ms") : QString();
    return result;
}

StateChange makeChange(qint64 monitorId, const QDateTime &at, MonitorState from, MonitorState to)
{
    StateChange change;
    change.monitorId = monitorId;
    change.at = at;
    change.from = from;
    change.to = to;
    change.reason = isDownState(to) ? Reason::Timeout : Reason::Ok;
    change.error = isDownState(to) ? QStringLiteral("Timed out after 10000 ms") : QString();
    return change;
}

ResultBatch batchOf(const QList<CheckResult> &results, const QList<StateChange> &changes)
{
    ResultBatch batch;
    batch.results = results;
    batch.changes = changes;
    return batch;
}

ResultBatch batchOf(const QList<StateChange> &changes)
{
    return batchOf(QList<CheckResult>(), changes);
}
