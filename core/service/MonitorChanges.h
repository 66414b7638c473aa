#pragma once

#include "core/model/Monitor.h"

#include <QHash>
#include <QList>

// How the stored monitors differ from the ones a running engine knows: what another process
// (`upwatch monitor ...`, the desktop app) added, changed or removed meanwhile.
struct MonitorChanges {
    QList<Monitor> added;
    QList<Monitor> changed;
    QList<qint64> removed;

    [[nodiscard]] bool isEmpty() const
    {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
    [[nodiscard]] static MonitorChanges between(const QHash<qint64, Monitor> &known,
                                                const QList<Monitor> &stored);
};
