#pragma once

#include "core/model/MonitorState.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>

// How states look everywhere in the desktop app (table, detail pane, tray): one colour, one
// round icon (resources/icons/state/*.svg) and one translated word per state.
namespace StatusStyle {
[[nodiscard]] QColor color(MonitorState state);
// A filled circle in the state's colour with the state's mark (check, cross, bars…), drawn
// sharp at any size; cached, cheap to call per table cell.
[[nodiscard]] QIcon icon(MonitorState state);
// The file name of a state's icons, without extension: "up", "down"… (state/ and tray/ in
// the resources).
[[nodiscard]] QString iconName(MonitorState state);
[[nodiscard]] QString label(MonitorState state);
// The state that matters most among counts indexed by MonitorState (as Engine::stateCounts()):
// down, then unreachable, degraded, pending, up, paused. Up when there are no monitors.
[[nodiscard]] MonitorState worst(const QList<int> &counts);
// The rank of a state in that order (0: down): the status column sorts by it.
[[nodiscard]] int severity(MonitorState state);
} // namespace StatusStyle
