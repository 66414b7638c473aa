#pragma once

#include "core/model/MaintenanceWindow.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class StoreDatabase;

// The maintenance table: list, add, change and remove maintenance windows. Names are unique;
// every change bumps the maintenance revision, so a running service (in this process or
// another) notices it. Use it in the thread that opened the database.
class MaintenanceStore {
public:
    explicit MaintenanceStore(StoreDatabase &database);

    // Every window, in the order they were added.
    [[nodiscard]] std::optional<QList<MaintenanceWindow>> all();
    [[nodiscard]] std::optional<MaintenanceWindow> byId(qint64 id);
    // A window by its name, else by its id (digits only); nullopt with an error naming what was
    // looked for when there is none.
    [[nodiscard]] std::optional<MaintenanceWindow> find(const QString &idOrName);

    // Stores a new window and sets its id and createdAt. Refuses a window with a
    // maintenanceProblem() and a taken name, with a sentence in lastError().
    bool add(MaintenanceWindow &window);
    bool update(const MaintenanceWindow &window);
    bool remove(qint64 id);

    // Changes whenever any window is added, changed or removed, by any process.
    [[nodiscard]] std::optional<qint64> revision();

    [[nodiscard]] const QString &lastError() const;

private:
    bool write(MaintenanceWindow &window, bool insert);
    bool fail(const QString &why);

    StoreDatabase &m_database;
};
