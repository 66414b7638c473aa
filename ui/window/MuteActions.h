#pragma once

#include "core/base/Clock.h"
#include "ui/tray/SnoozeChoices.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class MonitorTableModel;
class QAction;
class QMenu;
class QWidget;
class Silencer;

// "Mute alerts" (for 1 hour, for 4 hours, until tomorrow morning, until I unmute) and "Unmute
// alerts" for the monitors selected in the table, in the Monitor menu and the context menu. A
// muted monitor is still checked and its state still shown; its alerts (desktop notifications
// and channels) are dropped (Silencer::muteMonitors, stored in the database).
class MuteActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MuteActions)

public:
    using Selection = std::function<QList<qint64>()>;

    // `selected`: the ids of the monitors the actions are for. The menu's parent is `window`.
    MuteActions(Silencer &silencer, std::shared_ptr<const Clock> clock,
                const MonitorTableModel &model, Selection selected, QWidget *window);

    // Enables what makes sense for the selection: mute any, unmute those muted now.
    void updateEnabled();
    // Adds the "Mute alerts" submenu and "Unmute alerts".
    void addTo(QMenu *menu) const;

    // Mutes the selected monitors until the choice's end.
    void muteSelected(SnoozeChoice choice);
    // Mutes the selected monitors until they are unmuted.
    void muteSelectedForever();
    void unmuteSelected();

    QMenu *const menu; // "Mute alerts"
    QAction *const untilUnmuted;
    QAction *const unmute;
    [[nodiscard]] QAction *choiceAction(SnoozeChoice choice) const;

signals:
    // What was asked, for the status bar ("Shop — Alerts muted until 14:30").
    void statusMessage(const QString &text, int timeoutMs);

private:
    void mute(const QDateTime &until);

    Silencer &m_silencer;
    std::shared_ptr<const Clock> m_clock;
    const MonitorTableModel &m_model;
    Selection m_selected;
    QHash<int, QAction *> m_choices;
};
