#pragma once

#include "ui/tray/NotificationHold.h"
#include "ui/tray/SnoozeChoices.h"

#include <QHash>
#include <QMenu>

class QAction;

// "Pause notifications": snooze every notification for 1 hour, 4 hours or until tomorrow
// morning. While a snooze holds, the title says until when ("Notifications paused until 14:30")
// and the menu offers "Resume notifications"; during quiet hours it says until when they last.
// The same menu in the tray and in the window; it only emits intents.
class NotificationPauseMenu final : public QMenu {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationPauseMenu)

public:
    explicit NotificationPauseMenu(QWidget *parent = nullptr);

    void setHold(const NotificationHold &hold);
    [[nodiscard]] const NotificationHold &hold() const { return m_hold; }

    [[nodiscard]] QAction *choiceAction(SnoozeChoice choice) const;
    [[nodiscard]] QAction *resumeAction() const { return m_resume; }

signals:
    void snoozeRequested(SnoozeChoice choice);
    void resumeRequested();

private:
    NotificationHold m_hold;
    QAction *m_resume;
    QAction *m_quietNote;
    QAction *m_separator;
    QHash<int, QAction *> m_choices;
};
