#pragma once

#include "core/model/CheckResult.h"
#include "core/model/Monitor.h"

#include <QDateTime>
#include <QUrl>

// Small builders for store tests.
inline Monitor makeMonitor(const QString &name,
                           const QString &url = QStringLiteral("http://127.0.0.1:1/"))
{
    Monitor monitor;
    monitor.name = name;
    monitor.url = QUrl(url);
    return monitor;
}

inline CheckResult makeResult(qint64 monitorId, const QDateTime &at, Verdict verdict,
                              qint64 responseMs = 100)
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
