#pragma once

#include "core/model/ImportedMonitor.h"
#include "core/model/Monitor.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class StoreDatabase;

// The monitors table: add, change, remove, pause and find monitors; import a file's monitors in
// one transaction. Names are unique. Use it in the thread that opened the database.
class MonitorStore {
public:
    explicit MonitorStore(StoreDatabase &database);

    [[nodiscard]] std::optional<QList<Monitor>> all();
    [[nodiscard]] std::optional<Monitor> byId(qint64 id);
    // A monitor by its name, else by its id ("12": digits only, so " 1" and "-1" are names);
    // nullopt with an error naming what was looked for when there is none.
    [[nodiscard]] std::optional<Monitor> find(const QString &idOrName);

    // Stores a new monitor and sets its id. Refuses invalid settings, a taken name and a parent
    // that does not exist.
    bool add(Monitor &monitor);
    bool update(const Monitor &monitor);
    // Removes the monitors with their results, rollups and incidents, all or none; their
    // children lose their parent.
    bool remove(qint64 id);
    bool remove(const QList<qint64> &ids);
    // Pauses or resumes the monitors, all or none.
    // Checkpoints the write-ahead log and cuts it to nothing, so old copies of changed rows
    // (a password moved out of a URL) leave the files; false when readers kept it from
    // completing (it completes at a later checkpoint). On PostgreSQL: VACUUM of the monitors.
    bool scrub();
    bool setPaused(qint64 id, bool paused);
    bool setPaused(const QList<qint64> &ids, bool paused);
    // Mutes the monitors' alerts until `until` (UTC; Monitor::kMutedForever: until unmuted;
    // invalid: unmutes).
    bool setMuted(const QList<qint64> &ids, const QDateTime &until);

    struct ImportReport {
        int added = 0;
        int updated = 0; // a monitor of the same name was replaced
        // Secrets of replaced monitors that no monitor uses any more: remove them.
        QStringList obsoleteKeys;
    };
    // Adds the file's monitors, replacing those with the same name; all or nothing. Parents are
    // looked up among the file's monitors and then the database's. A replaced monitor keeps its
    // stored secret only when an imported monitor has no credentialKey of its own, authenticates
    // the same way and goes to the same origin: a file never sends a stored secret elsewhere.
    bool import(const QList<ImportedMonitor> &monitors, ImportReport *report);

    // Changes whenever any monitor is added, changed or removed, by any process.
    [[nodiscard]] std::optional<qint64> revision();

    [[nodiscard]] const QString &lastError() const;

private:
    bool write(Monitor &monitor, bool insert);
    bool checkParent(const Monitor &monitor);
    bool fail(const QString &why);
    // Runs `work` in one transaction: committed when it returns true, else rolled back.
    bool inTransaction(const std::function<bool()> &work);

    StoreDatabase &m_database;
};
