#pragma once

#include "core/model/CheckResult.h"

#include <QDateTime>
#include <QLatin1StringView>

class QSqlQuery;
class QVariant;

// A row of the results table as HistoryReader reads it: the columns to select, in order, and
// the CheckResult they make.
namespace ResultRow {

// The phases (resolve_ms ... transfer_ms) from column 8, then maintenance and location.
inline constexpr QLatin1StringView kColumns(
    "monitor_id, started_at, verdict, reason, http_status, response_ms, error, cert_expires, "
    "resolve_ms, connect_ms, tls_ms, processing_ms, transfer_ms, maintenance, location");

// The result in the query's current row, selected with kColumns (first).
[[nodiscard]] CheckResult read(const QSqlQuery &query);
// A time column (ms since the epoch, UTC); NULL is an invalid time.
[[nodiscard]] QDateTime time(const QVariant &value);

} // namespace ResultRow
