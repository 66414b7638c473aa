#include "ui/table/PendingActivity.h"

#include "core/model/CheckResult.h"

#include <algorithm>

void PendingActivity::set(qint64 id, Kind kind)
{
    if (kind == Kind::None)
        m_kinds.remove(id);
    else
        m_kinds.insert(id, kind);
}

bool PendingActivity::resultArrived(qint64 id)
{
    const auto found = m_kinds.constFind(id);
    if (found == m_kinds.cend() || *found != Kind::Checking)
        return false;
    m_kinds.erase(found);
    return true;
}

bool PendingActivity::monitorStored(const Monitor &monitor)
{
    const Kind kind = of(monitor.id);
    if ((kind == Kind::Pausing && monitor.paused) || (kind == Kind::Resuming && !monitor.paused)) {
        m_kinds.remove(monitor.id);
        return true;
    }
    return false;
}

QList<qint64> PendingActivity::dropPauses()
{
    QList<qint64> dropped;
    for (auto it = m_kinds.begin(); it != m_kinds.end();) {
        if (*it == Kind::Pausing || *it == Kind::Resuming) {
            dropped.append(it.key());
            it = m_kinds.erase(it);
        }
        else {
            ++it;
        }
    }
    return dropped;
}

QString PendingActivity::label(Kind kind)
{
    switch (kind) {
    case Kind::Checking:
        return tr("Checking…");
    case Kind::Pausing:
        return tr("Pausing…");
    case Kind::Resuming:
        return tr("Resuming…");
    case Kind::None:
        break;
    }
    return {};
}

QString PendingActivity::recentChecksText(const QList<int> &verdicts)
{
    const auto count = [&verdicts](Verdict verdict) {
        return int(std::count(verdicts.cbegin(), verdicts.cend(), int(verdict)));
    };
    const int down = count(Verdict::Down);
    const int degraded = count(Verdict::Degraded);
    const QString checks =
        tr("Last %n check(s), oldest on the left", nullptr, int(verdicts.size()));
    if (down == 0 && degraded == 0)
        return tr("%1: all up").arg(checks);
    QStringList parts;
    if (down > 0)
        parts.append(tr("%n failed", nullptr, down));
    if (degraded > 0)
        parts.append(tr("%n degraded", nullptr, degraded));
    return tr("%1: %2").arg(checks, parts.join(QStringLiteral(", ")));
}
