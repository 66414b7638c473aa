#pragma once

#include "core/model/CheckResult.h"

#include <QDateTime>
#include <QHash>

#include <optional>

// Decides when a monitor's TLS certificate is worth a warning: it expires within the warning
// window (or has expired), and this certificate (known by its expiry) was not warned about
// already. Every check sees the certificate again; it is news once — or, with a repeat interval,
// again once that much time has passed (the tray reminds daily). A renewed certificate that is
// still inside the window is news at once. Plain bookkeeping: no clock of its own.
class CertificateWatch {
public:
    static constexpr qint64 kMsPerDay = 24LL * 60 * 60 * 1000;

    // repeatMs 0: once per certificate.
    explicit CertificateWatch(int warningDays = 14, qint64 repeatMs = 0);

    // 0: never warn.
    void setWarningDays(int days);
    [[nodiscard]] int warningDays() const { return m_warningDays; }

    // The time left on the result's certificate (ms; <= 0: expired) when it should be warned
    // about now; nullopt when not (no certificate, far from expiry, warned already).
    [[nodiscard]] std::optional<qint64> check(const CheckResult &result, const QDateTime &now);
    void forget(qint64 monitorId);

private:
    struct Warned {
        QDateTime expires;
        QDateTime at;
    };

    int m_warningDays;
    qint64 m_repeatMs;
    QHash<qint64, Warned> m_warned;
};
