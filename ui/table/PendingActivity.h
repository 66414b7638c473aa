#pragma once

#include "core/model/Monitor.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// What the user asked of a monitor that has not shown yet: a check now, a pause or a resume. The
// table shows it in the state column at once ("Checking…"), until the result or the stored
// change arrives. Also the text for the "Recent checks" column's tooltip.
class PendingActivity {
    Q_DECLARE_TR_FUNCTIONS(PendingActivity)

public:
    enum class Kind { None, Checking, Pausing, Resuming };

    void set(qint64 id, Kind kind);
    [[nodiscard]] Kind of(qint64 id) const { return m_kinds.value(id, Kind::None); }
    // A result of the monitor arrived: its check is done. True when something was pending.
    bool resultArrived(qint64 id);
    // The monitor as stored now: the pause or resume it shows is done. True when one was.
    bool monitorStored(const Monitor &monitor);
    // Pauses and resumes that will not happen (the store refused them); their ids.
    QList<qint64> dropPauses();
    void remove(qint64 id) { m_kinds.remove(id); }

    // "Checking…", "Pausing…", "Resuming…"; empty for None.
    [[nodiscard]] static QString label(Kind kind);
    // "Last 30 checks, oldest on the left: 2 failed, 3 degraded", from Verdict values.
    [[nodiscard]] static QString recentChecksText(const QList<int> &verdicts);

private:
    QHash<qint64, Kind> m_kinds;
};
