#pragma once

#include "core/model/MonitorState.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>

// How states look everywhere in the desktop app (table, detail pane, tray): one colour, one
// round icon and one translated word per state.
namespace StatusStyle {
[[nodiscard]] QColor color(MonitorState state);
// A filled circle in the state's colour; cached, cheap to call per table cell.
[[nodiscard]] QIcon icon(MonitorState state);
[[nodiscard]] QString label(MonitorState state);
// The state that matters most among counts indexed by MonitorState (as Engine::stateCounts()):
// down, then unreachable, degraded, pending, up, paused. Up when there are no monitors.
[[nodiscard]] MonitorState worst(const QList<int> &counts);
} // namespace StatusStyle
