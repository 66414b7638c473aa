#pragma once

#include "core/store/StoreDatabase.h"

#include <QString>

#include <optional>
#include <type_traits>

// What a sync by revision reads in the store thread: the table's revision, and its contents when
// the revision moved since the last read. The channels, the maintenance windows and the settings
// are followed this way, so edits made by another process (`upwatch channel ...`) are noticed.
template<typename Value>
struct RevisionRead {
    std::optional<Value> value; // read only when the revision moved
    qint64 revision = -1;
    QString error; // not empty: nothing could be read
};

// In the store thread: `Store`'s revision, and read(store) when it is not `known`. `database`
// null (not open) gives `openError`.
template<typename Store, typename Read>
[[nodiscard]] auto readIfChanged(StoreDatabase *database, const QString &openError, qint64 known,
                                 Read read)
{
    using Value = typename std::invoke_result_t<Read, Store &>::value_type;
    RevisionRead<Value> result;
    if (!database) {
        result.error = openError;
        return result;
    }
    Store store(*database);
    const std::optional<qint64> revision = store.revision();
    if (!revision) {
        result.error = store.lastError();
        return result;
    }
    result.revision = *revision;
    if (*revision != known) {
        result.value = read(store);
        if (!result.value)
            result.error = store.lastError();
    }
    return result;
}
