#include "core/service/MonitorChanges.h"

#include <QSet>

MonitorChanges MonitorChanges::between(const QHash<qint64, Monitor> &known,
                                       const QList<Monitor> &stored)
{
    MonitorChanges changes;
    QSet<qint64> present;
    present.reserve(stored.size());
    for (const Monitor &monitor : stored) {
        present.insert(monitor.id);
        const auto old = known.constFind(monitor.id);
        if (old == known.cend())
            changes.added.append(monitor);
        else if (!(*old == monitor))
            changes.changed.append(monitor);
    }
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (!present.contains(it.key()))
            changes.removed.append(it.key());
    }
    return changes;
}
