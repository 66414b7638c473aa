#include "core/model/MonitorState.h"

#include <array>

namespace {

constexpr std::array<QStringView, kMonitorStateCount> kStateNames = {
    u"pending", u"up", u"degraded", u"down", u"unreachable", u"paused", u"maintenance"};

} // namespace

QString monitorStateName(MonitorState state)
{
    return kStateNames.at(std::size_t(state)).toString();
}

std::optional<MonitorState> monitorStateFromName(QStringView name)
{
    for (std::size_t i = 0; i < kStateNames.size(); ++i) {
        if (kStateNames[i] == name)
            return MonitorState(i);
    }
    return std::nullopt;
}

MonitorState storedState(bool paused, std::optional<MonitorState> openIncident, bool everChecked)
{
    if (paused)
        return MonitorState::Paused;
    if (openIncident)
        return *openIncident;
    return everChecked ? MonitorState::Up : MonitorState::Pending;
}

bool isDownState(MonitorState state)
{
    return state == MonitorState::Down || state == MonitorState::Unreachable;
}
