#pragma once

#include "core/model/TimingPhases.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

enum class Verdict { Up, Degraded, Down };

// Why a check ended as it did. The names are stable and used everywhere (database, CSV, JSON,
// UI): extend only by appending.
enum class Reason {
    Ok,
    Slow,
    Status,
    Keyword,
    Json,
    Timeout,
    Tls,
    Dns,
    Refused,
    Reset,
    Network,
    Redirects,
    BodyTooLarge,
    InvalidUrl,
    Unknown,
    Protocol, // the response breaks HTTP's rules (framing, lengths)
    Secret,   // the monitor's secret (password, token...) could not be read; nothing was sent
};
inline constexpr Reason kLastReason = Reason::Secret;

[[nodiscard]] QString verdictName(Verdict verdict);
[[nodiscard]] std::optional<Verdict> verdictFromName(QStringView name);
[[nodiscard]] QString reasonName(Reason reason);
[[nodiscard]] std::optional<Reason> reasonFromName(QStringView name);

// How a check of a monitor checked from several locations (Monitor::locations > 1) counts.
enum class Vote : quint8 {
    None,  // its monitor is checked from one location
    Own,   // the check of the engine that decides the monitor's state, from the quorum
    Helper // made for that engine from another location: a vote, no state of its own here
};

// The outcome of one check.
struct CheckResult {
    qint64 monitorId = 0;
    QDateTime startedAt; // UTC, millisecond precision
    Verdict verdict = Verdict::Down;
    Reason reason = Reason::Unknown;
    int httpStatus = 0;     // 0: no HTTP response
    qint64 responseMs = -1; // -1: nothing was sent
    QString error;          // empty when up
    QDateTime certExpires;  // invalid: no TLS certificate seen
    TimingPhases phases;    // where the time went; kept for the phases a failed check reached
    // Made while its monitor was in a maintenance window: stored, drawn, but left out of uptime
    // and response times.
    bool maintenance = false;
    // Where it was checked from: the agent's location, as the history keeps it; empty for a
    // lone engine (and for results that have not been stored).
    QString location;
    Vote vote = Vote::None;
    // The owner's check of a monitor checked from several locations (Vote::Own): the verdict
    // the quorum made of it with the other locations' votes (Quorum::judge()).
    std::optional<Verdict> judged;

    [[nodiscard]] bool isUp() const { return verdict != Verdict::Down; }
    // What uptime counts it as: the quorum's verdict for the owner's check of a monitor checked
    // from several locations, nothing for a vote made for that owner (Vote::Helper), else its
    // verdict. One location's trouble that the quorum outvoted is no downtime.
    [[nodiscard]] std::optional<Verdict> uptimeVerdict() const
    {
        if (vote == Vote::Helper)
            return std::nullopt;
        return judged.value_or(verdict);
    }

    friend bool operator==(const CheckResult &, const CheckResult &) = default;
};

// Implicitly shared Qt values and plain values only: batches grow by moving bytes.
Q_DECLARE_TYPEINFO(CheckResult, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(CheckResult)
