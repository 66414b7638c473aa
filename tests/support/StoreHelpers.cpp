#include "tests/support/StoreHelpers.h"

#include "core/store/HistoryStore.h"
#include "core/store/MonitorStore.h"

TempDatabase::TempDatabase()
{
    if (!m_location.isValid()) {
        m_error = m_location.error();
        return;
    }
    m_db = StoreDatabase::open(m_location.path(), &m_error);
}

Monitor storeMonitor(StoreDatabase &db, Monitor monitor)
{
    MonitorStore monitors(db);
    if (!monitors.add(monitor))
        qWarning("add failed: %s", qPrintable(monitors.lastError()));
    return monitor;
}

void storeHistory(StoreDatabase &db, const QList<CheckResult> &results,
                  const QList<StateChange> &changes)
{
    HistoryStore history(db);
    if (!history.append(results, changes))
        qWarning("append failed: %s", qPrintable(history.lastError()));
}
