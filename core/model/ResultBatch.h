#pragma once

#include "core/model/CheckResult.h"
#include "core/model/MonitorState.h"

#include <QList>
#include <QMetaType>

// What the engine hands to the store and to listeners at once: results and the state changes
// they caused, stored in one transaction.
struct ResultBatch {
    QList<CheckResult> results;
    QList<StateChange> changes;
    [[nodiscard]] bool isEmpty() const { return results.isEmpty() && changes.isEmpty(); }
};

Q_DECLARE_METATYPE(ResultBatch)
