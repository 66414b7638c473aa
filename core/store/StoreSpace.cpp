#include "core/store/StoreSpace.h"

#include "core/store/Rollup.h"
#include "core/store/StoreDatabase.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>

namespace {

bool scalar(StoreDatabase &database, const QString &sql, qint64 *value)
{
    QSqlQuery query(database.db());
    query.setForwardOnly(true);
    if (!query.prepare(sql) || !database.run(query) || !query.next())
        return false;
    *value = query.value(0).toLongLong();
    return true;
}

// Rows and the oldest entry per kind: one seek per level on the rollups' key.
bool countRows(StoreDatabase &database, StoreSpace &space)
{
    const std::array<StoreSpace::Part *, 3> levels{&space.minuteRollups, &space.hourRollups,
                                                   &space.dayRollups};
    for (size_t level = 0; level < levels.size(); ++level) {
        const QString where = QStringLiteral(" FROM rollups WHERE level = %1").arg(level);
        if (!scalar(database, u"SELECT count(*)" + where, &levels.at(level)->rows) ||
            !scalar(database, u"SELECT coalesce(min(bucket), 0)" + where,
                    &levels.at(level)->oldestMs))
            return false;
    }
    return scalar(database, QStringLiteral("SELECT count(*) FROM results"),
                  &space.rawResults.rows) &&
           scalar(database, QStringLiteral("SELECT coalesce(min(started_at), 0) FROM results"),
                  &space.rawResults.oldestMs) &&
           scalar(database, QStringLiteral("SELECT count(*) FROM incidents"),
                  &space.incidents.rows) &&
           scalar(database, QStringLiteral("SELECT coalesce(min(started_at), 0) FROM incidents"),
                  &space.incidents.oldestMs);
}

// PostgreSQL: each table's own size (heap and TOAST), indexes apart; the rollup levels share
// their table's bytes by their share of its rows.
bool measurePostgres(StoreDatabase &database, StoreSpace &space)
{
    qint64 rollupBytes = 0;
    if (!countRows(database, space) ||
        !scalar(database, QStringLiteral("SELECT pg_database_size(current_database())"),
                &space.fileBytes) ||
        !scalar(database, QStringLiteral("SELECT pg_table_size('results')"),
                &space.rawResults.bytes) ||
        !scalar(database, QStringLiteral("SELECT pg_table_size('rollups')"), &rollupBytes) ||
        !scalar(database, QStringLiteral("SELECT pg_table_size('incidents')"),
                &space.incidents.bytes) ||
        !scalar(database,
                QStringLiteral("SELECT coalesce(sum(pg_indexes_size(c.oid)), 0)::bigint FROM "
                               "pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace "
                               "WHERE n.nspname = current_schema() AND c.relkind = 'r'"),
                &space.indexBytes))
        return false;
    const qint64 rollupRows =
        space.minuteRollups.rows + space.hourRollups.rows + space.dayRollups.rows;
    qint64 assigned = 0;
    for (StoreSpace::Part *level : {&space.minuteRollups, &space.hourRollups}) {
        level->bytes = rollupRows > 0 ? rollupBytes * level->rows / rollupRows : 0;
        assigned += level->bytes;
    }
    space.dayRollups.bytes = rollupBytes - assigned;
    space.otherBytes = std::max<qint64>(0, space.fileBytes - space.rawResults.bytes - rollupBytes -
                                               space.incidents.bytes - space.indexBytes);
    return true;
}

} // namespace

std::optional<StoreSpace> StoreSpace::measure(StoreDatabase &database, QString *error)
{
    const auto fail = [&] {
        *error = database.lastError().isEmpty()
                     ? QStringLiteral("cannot measure the database (SQLite without dbstat?)")
                     : database.lastError();
        return std::nullopt;
    };
    StoreSpace space;
    if (database.isPostgres())
        return measurePostgres(database, space) ? std::optional(space) : fail();
    // Everything into the main file first, and the log emptied: the file is the database.
    if (!database.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return fail();
    qint64 pageSize = 0;
    qint64 pages = 0;
    qint64 freePages = 0;
    if (!scalar(database, QStringLiteral("PRAGMA page_size"), &pageSize) ||
        !scalar(database, QStringLiteral("PRAGMA page_count"), &pages) ||
        !scalar(database, QStringLiteral("PRAGMA freelist_count"), &freePages))
        return fail();
    space.fileBytes = pages * pageSize;
    space.freeBytes = freePages * pageSize;

    std::array<Part *, 3> levels{&space.minuteRollups, &space.hourRollups, &space.dayRollups};
    if (!countRows(database, space))
        return fail();

    QSqlQuery objects(database.db());
    objects.setForwardOnly(true);
    if (!objects.prepare(
            QStringLiteral("SELECT s.name, sum(s.pgsize), ifnull(m.type, '') FROM dbstat AS s "
                           "LEFT JOIN sqlite_master AS m ON m.name = s.name GROUP BY s.name")) ||
        !database.run(objects))
        return fail();
    qint64 rollupBytes = 0;
    while (objects.next()) {
        const QString name = objects.value(0).toString();
        const qint64 bytes = objects.value(1).toLongLong();
        if (name == u"results")
            space.rawResults.bytes += bytes;
        else if (name == u"rollups")
            rollupBytes = bytes;
        else if (name == u"incidents")
            space.incidents.bytes += bytes;
        else if (objects.value(2).toString() == u"index" || name.startsWith(u"sqlite_autoindex_"))
            space.indexBytes += bytes;
        else
            space.otherBytes += bytes;
    }
    objects.finish();

    // The rollups' pages in key order (dbstat's path sorts so), their entries counted until
    // each level's rows are used up.
    QSqlQuery walk(database.db());
    walk.setForwardOnly(true);
    if (!walk.prepare(QStringLiteral("SELECT ncell, pgsize FROM dbstat WHERE name = 'rollups' "
                                     "ORDER BY path")) ||
        !database.run(walk))
        return fail();
    size_t level = 0;
    qint64 seen = 0;
    qint64 assigned = 0;
    while (walk.next()) {
        const qint64 bytes = walk.value(1).toLongLong();
        seen += walk.value(0).toLongLong();
        while (level + 1 < levels.size() && seen > levels.at(level)->rows) {
            seen -= levels.at(level)->rows;
            ++level;
        }
        levels.at(level)->bytes += bytes;
        assigned += bytes;
    }
    // Overflow pages have no entries and go with the level they follow; nothing is left over.
    levels.at(level)->bytes += rollupBytes - assigned;
    // dbstat lists neither the free pages nor auto-vacuum's pointer-map pages: the latter count
    // as other, so that the parts add up to the file.
    const qint64 listed = space.rawResults.bytes + rollupBytes + space.incidents.bytes +
                          space.indexBytes + space.otherBytes + space.freeBytes;
    space.otherBytes += std::max<qint64>(0, space.fileBytes - listed);
    return space;
}
