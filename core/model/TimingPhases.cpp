#include "core/model/TimingPhases.h"

namespace {

constexpr std::array kPhaseNames{u"resolve", u"connect", u"tls", u"processing", u"transfer"};
static_assert(kPhaseNames.size() == kAllPhases.size());

} // namespace

QString phaseName(Phase phase)
{
    return QString::fromUtf16(kPhaseNames.at(static_cast<size_t>(phase)));
}

std::optional<Phase> phaseFromName(QStringView name)
{
    for (const Phase phase : kAllPhases) {
        if (name == QStringView(kPhaseNames.at(static_cast<size_t>(phase))))
            return phase;
    }
    return std::nullopt;
}

std::optional<int> &TimingPhases::operator[](Phase phase)
{
    switch (phase) {
    case Phase::Resolve:
        return resolve;
    case Phase::Connect:
        return connect;
    case Phase::Tls:
        return tls;
    case Phase::Processing:
        return processing;
    case Phase::Transfer:
        break;
    }
    return transfer;
}

const std::optional<int> &TimingPhases::operator[](Phase phase) const
{
    return const_cast<TimingPhases &>(*this)[phase]; // NOLINT: one switch for both
}

void TimingPhases::add(Phase phase, int ms)
{
    std::optional<int> &value = (*this)[phase];
    value = value.value_or(0) + ms;
}

bool TimingPhases::isEmpty() const
{
    for (const Phase phase : kAllPhases) {
        if ((*this)[phase])
            return false;
    }
    return true;
}
