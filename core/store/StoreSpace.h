#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

class StoreDatabase;

// Where a history database's bytes are: per kind of history, with row counts and the oldest
// time kept. For `upwatch bench storage` and anyone sizing a database.
struct StoreSpace {
    struct Part {
        qint64 bytes = 0;
        qint64 rows = 0;
        qint64 oldestMs = 0; // the oldest check or bucket; 0 when there are no rows
    };
    qint64 fileBytes = 0; // page_count * page_size: the main file after a checkpoint
    qint64 freeBytes = 0; // pages on the free list
    Part rawResults;
    Part minuteRollups;
    Part hourRollups;
    Part dayRollups;
    Part incidents;
    qint64 indexBytes = 0; // separate indexes (results', incidents')
    qint64 otherBytes = 0; // monitors, settings, the schema...

    // SQLite: checkpoints the log into the file, then measures with SQLite's dbstat table. Rollups
    // share one table ordered by level first, so a level's bytes are its share of that table's
    // pages walked in key order (exact to about a page per level). Slow on a large file: it reads
    // every page. PostgreSQL: the database's size, each table's and the indexes' (fileBytes is the
    // whole database; the rollup levels share their table by rows). nullopt with *error.
    [[nodiscard]] static std::optional<StoreSpace> measure(StoreDatabase &database, QString *error);
};
