#include "core/alert/CertificateWatch.h"

#include <QtGlobal>

CertificateWatch::CertificateWatch(int warningDays, qint64 repeatMs)
    : m_warningDays(qMax(0, warningDays))
    , m_repeatMs(qMax<qint64>(0, repeatMs))
{
}

void CertificateWatch::setWarningDays(int days)
{
    m_warningDays = qMax(0, days);
}

std::optional<qint64> CertificateWatch::check(const CheckResult &result, const QDateTime &now)
{
    const QDateTime &expires = result.certExpires;
    if (m_warningDays <= 0 || !expires.isValid())
        return std::nullopt;
    const qint64 msLeft = now.msecsTo(expires);
    if (msLeft > m_warningDays * kMsPerDay)
        return std::nullopt;
    const auto warned = m_warned.constFind(result.monitorId);
    if (warned != m_warned.cend() && warned->expires == expires &&
        (m_repeatMs == 0 || warned->at.msecsTo(now) < m_repeatMs)) {
        return std::nullopt;
    }
    m_warned.insert(result.monitorId, Warned{expires, now});
    return msLeft;
}

void CertificateWatch::forget(qint64 monitorId)
{
    m_warned.remove(monitorId);
}
