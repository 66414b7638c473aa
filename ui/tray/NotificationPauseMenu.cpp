#include "ui/tray/NotificationPauseMenu.h"

#include "ui/table/MuteMarks.h"

#include <QAction>

NotificationPauseMenu::NotificationPauseMenu(QWidget *parent)
    : QMenu(parent)
    , m_resume(addAction(tr("Resume notifications")))
    , m_quietNote(addAction(QString()))
    , m_separator(addSeparator())
{
    setObjectName(QStringLiteral("pauseNotificationsMenu"));
    m_resume->setObjectName(QStringLiteral("resumeNotificationsAction"));
    m_quietNote->setEnabled(false); // says why notifications wait; nothing to click
    connect(m_resume, &QAction::triggered, this, &NotificationPauseMenu::resumeRequested);
    for (const SnoozeChoice choice : SnoozeChoices::all()) {
        QAction *action = addAction(SnoozeChoices::label(choice));
        connect(action, &QAction::triggered, this,
                [this, choice] { emit snoozeRequested(choice); });
        m_choices.insert(int(choice), action);
    }
    setHold({});
}

void NotificationPauseMenu::setHold(const NotificationHold &hold)
{
    m_hold = hold;
    setTitle(hold.isSnoozed() ? hold.text : tr("Pause notifications"));
    setIcon(hold.isHolding() ? MuteMarks::icon() : QIcon());
    m_resume->setVisible(hold.isSnoozed());
    m_quietNote->setText(hold.kind == NotificationHold::Kind::QuietHours ? hold.text : QString());
    m_quietNote->setVisible(hold.kind == NotificationHold::Kind::QuietHours);
    m_separator->setVisible(hold.isHolding());
}

QAction *NotificationPauseMenu::choiceAction(SnoozeChoice choice) const
{
    return m_choices.value(int(choice));
}
