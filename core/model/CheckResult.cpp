#include "core/model/CheckResult.h"

#include <array>

namespace {

constexpr std::array kVerdictNames{u"up", u"degraded", u"down"};

constexpr std::array kReasonNames{
    u"ok",      u"slow",     u"status", u"keyword", u"json",      u"timeout",        u"tls",
    u"dns",     u"refused",  u"reset",  u"network", u"redirects", u"body_too_large", u"invalid_url",
    u"unknown", u"protocol", u"secret",
};
static_assert(kReasonNames.size() == static_cast<size_t>(kLastReason) + 1);

template<typename Enum, size_t N>
std::optional<Enum> fromName(const std::array<const char16_t *, N> &names, QStringView name)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QStringView(names[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace

QString verdictName(Verdict verdict)
{
    return QString::fromUtf16(kVerdictNames.at(static_cast<size_t>(verdict)));
}

std::optional<Verdict> verdictFromName(QStringView name)
{
    return fromName<Verdict>(kVerdictNames, name);
}

QString reasonName(Reason reason)
{
    return QString::fromUtf16(kReasonNames.at(static_cast<size_t>(reason)));
}

std::optional<Reason> reasonFromName(QStringView name)
{
    return fromName<Reason>(kReasonNames, name);
}
