#pragma once

#include "core/base/Clock.h"
#include "core/model/Monitor.h"
#include "ui/table/MuteMarks.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;

// The detail pane's line for a monitor whose alerts are muted: a struck-through bell and "Alerts
// muted until 14:30" or "Alerts muted until you unmute them". Hidden when the monitor is not
// muted, and hides itself when the mute ends.
class MuteNote final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MuteNote)

public:
    MuteNote(std::shared_ptr<const Clock> clock, QWidget *parent = nullptr);

    void showFor(const Monitor &monitor);
    [[nodiscard]] QString text() const;

private:
    void refresh();

    MuteMarks m_marks;
    std::optional<Monitor> m_monitor;
    QLabel *m_icon;
    QLabel *m_text;
};
