#pragma once

#include "core/model/CheckResult.h"
#include "core/model/Monitor.h"
#include "core/store/HistoryReader.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

// The CSV of `upwatch history export` and of the desktop's export dialog: a header row, then
// timestamp,monitor_id,monitor_name,url,method,verdict,reason,http_status,response_ms,error
// per result; UTF-8, RFC 4180, ISO 8601 UTC timestamps, formula cells neutralised.
namespace HistoryCsv {

[[nodiscard]] QString header();
[[nodiscard]] QString row(const CheckResult &result, const Monitor &monitor);

// Writes the header and every result `filter` selects to `out`, streaming. `progress` (if set)
// is called every few thousand rows with the count so far and may return false to cancel.
// Returns the number of results written, or nullopt with one sentence in *error.
[[nodiscard]] std::optional<qint64>
write(HistoryReader &reader, const QHash<qint64, Monitor> &monitors, const ResultFilter &filter,
      QIODevice &out, QString *error, const std::function<bool(qint64)> &progress = {});

} // namespace HistoryCsv
