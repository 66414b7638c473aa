#include "ui/window/MuteActions.h"

#include "core/alert/Silencer.h"
#include "ui/table/MonitorTableModel.h"
#include "ui/table/MuteMarks.h"

#include <QAction>
#include <QMenu>

MuteActions::MuteActions(Silencer &silencer, std::shared_ptr<const Clock> clock,
                         const MonitorTableModel &model, Selection selected, QWidget *window)
    : QObject(window)
    , menu(new QMenu(tr("&Mute alerts"), window))
    , untilUnmuted(new QAction(tr("Until I unmute"), this))
    , unmute(new QAction(tr("U&nmute alerts"), this))
    , m_silencer(silencer)
    , m_clock(std::move(clock))
    , m_model(model)
    , m_selected(std::move(selected))
{
    menu->setObjectName(QStringLiteral("muteMenu"));
    menu->setIcon(MuteMarks::icon());
    menu->menuAction()->setToolTip(
        tr("Keep checking the selected monitors, without sending their alerts for a while"));
    const QHash<int, QString> names{
        {int(SnoozeChoice::OneHour), QStringLiteral("muteOneHourAction")},
        {int(SnoozeChoice::FourHours), QStringLiteral("muteFourHoursAction")},
        {int(SnoozeChoice::UntilMorning), QStringLiteral("muteUntilMorningAction")}};
    for (const SnoozeChoice choice : SnoozeChoices::all()) {
        QAction *action = menu->addAction(SnoozeChoices::label(choice));
        action->setObjectName(names.value(int(choice)));
        connect(action, &QAction::triggered, this, [this, choice] { muteSelected(choice); });
        m_choices.insert(int(choice), action);
    }
    untilUnmuted->setObjectName(QStringLiteral("muteForeverAction"));
    menu->addAction(untilUnmuted);
    unmute->setObjectName(QStringLiteral("unmuteAction"));
    connect(untilUnmuted, &QAction::triggered, this, &MuteActions::muteSelectedForever);
    connect(unmute, &QAction::triggered, this, &MuteActions::unmuteSelected);
    updateEnabled();
}

void MuteActions::updateEnabled()
{
    const QList<qint64> ids = m_selected();
    const QDateTime now = m_clock->nowUtc();
    bool anyMuted = false;
    for (const qint64 id : ids) {
        const auto monitor = m_model.monitor(id);
        anyMuted = anyMuted || (monitor && monitor->isMutedAt(now));
    }
    menu->setEnabled(!ids.isEmpty());
    unmute->setEnabled(anyMuted);
}

void MuteActions::addTo(QMenu *target) const
{
    target->addMenu(menu);
    target->addAction(unmute);
}

QAction *MuteActions::choiceAction(SnoozeChoice choice) const
{
    return m_choices.value(int(choice));
}

void MuteActions::muteSelected(SnoozeChoice choice)
{
    mute(SnoozeChoices::end(choice, m_clock->nowUtc()));
}

void MuteActions::muteSelectedForever()
{
    mute(Monitor::kMutedForever);
}

void MuteActions::unmuteSelected()
{
    mute({});
}

void MuteActions::mute(const QDateTime &until)
{
    const QList<qint64> ids = m_selected();
    if (ids.isEmpty())
        return;
    m_silencer.muteMonitors(ids, until);
    const QString who = ids.size() == 1 ? m_model.monitor(ids.constFirst()).value_or(Monitor{}).name
                                        : tr("%n monitor(s)", nullptr, int(ids.size()));
    Monitor muted;
    muted.mutedUntil = until;
    const QString what =
        until.isValid() ? MuteMarks::text(muted, m_clock->nowUtc()) : tr("Alerts unmuted");
    emit statusMessage(tr("%1 — %2").arg(who, what), 5000);
}
