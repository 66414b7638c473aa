#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

// The phases a check's time is split into. The names are stable and used everywhere (JSON,
// CSV, database columns <name>_ms, <name>_sum, <name>_count): extend only by appending.
enum class Phase { Resolve, Connect, Tls, Processing, Transfer };
inline constexpr std::array kAllPhases{Phase::Resolve, Phase::Connect, Phase::Tls,
                                       Phase::Processing, Phase::Transfer};

[[nodiscard]] QString phaseName(Phase phase);
[[nodiscard]] std::optional<Phase> phaseFromName(QStringView name);

// Where one check's time went, in milliseconds; nullopt: the phase did not happen (no lookup
// for an IP address, no connect or TLS handshake on a reused keep-alive connection). Over
// redirects each phase is the sum over the requests where it happened. ProbeRun (PhaseTimer)
// says exactly what each phase covers.
struct TimingPhases {
    std::optional<int> resolve;
    std::optional<int> connect;
    std::optional<int> tls;
    std::optional<int> processing;
    std::optional<int> transfer;

    [[nodiscard]] std::optional<int> &operator[](Phase phase);
    [[nodiscard]] const std::optional<int> &operator[](Phase phase) const;
    // Adds ms to the phase (a phase that did not happen yet starts at ms).
    void add(Phase phase, int ms);
    [[nodiscard]] bool isEmpty() const;

    friend bool operator==(const TimingPhases &, const TimingPhases &) = default;
};

Q_DECLARE_METATYPE(TimingPhases)
