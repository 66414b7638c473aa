#pragma once

#include "core/model/Monitor.h"
#include "core/model/MonitorAuth.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlQuery;

// How a Monitor is kept in a row of the monitors table; for MonitorStore only.
namespace MonitorColumns {

// The columns fromRow() reads, in its order.
inline constexpr QLatin1StringView kColumns(
    "id, name, url, method, headers, body, interval_s, timeout_ms, expected_statuses, keyword, "
    "invert_keyword, max_redirects, ignore_tls_errors, degraded_ms, max_body_bytes, retries, "
    "recovery, parent_id, tags, paused, credential_key, auth, keyword_regex, json_assertions, "
    "muted_until, locations, quorum");

[[nodiscard]] QString encodeHeaders(const QList<HttpHeader> &headers);
[[nodiscard]] QString encodeAuth(const MonitorAuth &auth);
// A row this version cannot read (written by hand, or damaged) reads as no authentication; the
// check then fails with the server's answer rather than sending something half-made.
[[nodiscard]] MonitorAuth decodeAuth(const QString &text);
// A JSON array of strings (tags, JsonAssertion::text()s).
[[nodiscard]] QString encodeTags(const QStringList &tags);
// Qt binds a null QString as SQL NULL; text columns here are NOT NULL.
[[nodiscard]] QString notNull(const QString &text);
// The monitor in the query's current row, selected with kColumns.
[[nodiscard]] Monitor fromRow(const QSqlQuery &query);

} // namespace MonitorColumns
