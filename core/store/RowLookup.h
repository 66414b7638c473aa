#pragma once

#include "core/store/StoreDatabase.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

// The lookups the monitor and channel stores share. `fromRow` turns the current row of a query
// into a value; a failed query leaves its error in the database (lastError()).
namespace RowLookup {

// The id a user typed: digits only (" 1", "+1" and "-1" are names), or nullopt.
[[nodiscard]] std::optional<qint64> idOf(const QString &text);

// Every row `sql` selects, in its order; nullopt when the query failed.
template<typename Row, typename FromRow>
[[nodiscard]] std::optional<QList<Row>> all(StoreDatabase &database, const QString &sql,
                                            FromRow fromRow)
{
    QSqlQuery query(database.db());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!database.run(query))
        return std::nullopt;
    QList<Row> rows;
    while (query.next())
        rows.append(fromRow(query));
    return rows;
}

// The first row `sql` selects with `key` bound: nullopt when the query failed, an empty
// optional inside when no row matched.
template<typename Row, typename FromRow>
[[nodiscard]] std::optional<std::optional<Row>> one(StoreDatabase &database, const QString &sql,
                                                    const QVariant &key, FromRow fromRow)
{
    QSqlQuery query(database.db());
    query.prepare(sql);
    query.addBindValue(key);
    if (!database.run(query))
        return std::nullopt;
    if (!query.next())
        return std::optional<Row>();
    return std::optional<Row>(fromRow(query));
}

} // namespace RowLookup
