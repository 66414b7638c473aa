#pragma once

#include "core/model/CheckResult.h"
#include "core/model/Monitor.h"
#include "core/model/MonitorState.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/TestStoreLocation.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A test's database (TestStoreLocation: a file in a temporary folder of its own, or a database
// on the PostgreSQL test cluster), opened; it goes away with this.
class TempDatabase final {
    Q_DISABLE_COPY_MOVE(TempDatabase)

public:
    TempDatabase();

    // False when the folder or the database could not be made; error() says why.
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] QString path() const { return m_location.path(); }
    [[nodiscard]] QString folder() const { return m_location.folder(); }
    [[nodiscard]] StoreDatabase &db() { return *m_db; }
    // Closes the database (the file stays until this goes away).
    void close() { m_db.reset(); }

private:
    TestStoreLocation m_location;
    QString m_error;
    std::unique_ptr<StoreDatabase> m_db;
};

// Adds `monitor` to the store and returns it with its new id (0, and a warning, on failure).
Monitor storeMonitor(StoreDatabase &db, Monitor monitor);

// Appends history as the writer would; a failure is a warning (the test's checks then fail).
void storeHistory(StoreDatabase &db, const QList<CheckResult> &results,
                  const QList<StateChange> &changes = {});
