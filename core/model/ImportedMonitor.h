#pragma once

#include "core/model/Monitor.h"

#include <QString>

// A monitor read from a monitors file, before it is stored: the store assigns the id and
// resolves parentName (empty: no parent), which may name a monitor of the file or one already in
// the database.
struct ImportedMonitor {
    Monitor monitor;
    QString parentName;
    friend bool operator==(const ImportedMonitor &, const ImportedMonitor &) = default;
};
