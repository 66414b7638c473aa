#pragma once

#include "core/base/Clock.h"
#include "core/check/Prober.h"
#include "core/model/CheckResult.h"
#include "core/model/Monitor.h"
#include "tests/support/FakeClock.h"

#include <QSignalSpy>
#include <QTest>

// Runs one check and waits for its result while the event loop (and the test server) runs.
// Returns nullopt if no result came within waitMs.
inline std::optional<CheckResult> runCheck(Prober &prober, const Monitor &monitor,
                                           int waitMs = 20000)
{
    QSignalSpy spy(&prober, &Prober::checkFinished);
    prober.check(monitor);
    if (!spy.wait(waitMs))
        return std::nullopt;
    return spy.takeFirst().at(0).value<CheckResult>();
}

inline const char *describe(const CheckResult &result)
{
    static QByteArray text;
    text = QStringLiteral("verdict=%1 reason=%2 status=%3 ms=%4 error='%5'")
               .arg(verdictName(result.verdict), reasonName(result.reason))
               .arg(result.httpStatus)
               .arg(result.responseMs)
               .arg(result.error)
               .toUtf8();
    return text.constData();
}
