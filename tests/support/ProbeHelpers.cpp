#include "tests/support/ProbeHelpers.h"

#include <QSignalSpy>

std::optional<CheckResult> runCheck(Prober &prober, const Monitor &monitor, int waitMs)
{
    return runCheck(prober, monitor, QByteArray(), waitMs);
}

std::optional<CheckResult> runCheck(Prober &prober, const Monitor &monitor,
                                    const QByteArray &secret, int waitMs)
{
    QSignalSpy spy(&prober, &Prober::checkFinished);
    prober.check(monitor, secret);
    if (!spy.wait(waitMs))
        return std::nullopt;
    return spy.takeFirst().at(0).value<CheckResult>();
}

const char *describe(const CheckResult &result)
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
