#pragma once

#include "core/model/CheckResult.h"
#include "core/model/Monitor.h"
#include "core/model/MonitorState.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Text the monitor dialog shows and reads back: the conversions between a Monitor's fields and
// what people type, kept apart from the widgets so they can be tested as values.
namespace MonitorInput {

// One "Name: value" header per line; blank lines are skipped. On a bad line returns nullopt and
// sets *error to a sentence that names the line ("Line 2: header 'x' is not in the form ...").
[[nodiscard]] std::optional<QList<HttpHeader>> parseHeaders(const QString &text,
                                                            QString *error = nullptr);
[[nodiscard]] QString headersText(const QList<HttpHeader> &headers);

// "prod, web,,prod " -> {"prod", "web"}: trimmed, no empty tags, each tag once, in typed order.
[[nodiscard]] QStringList parseTags(const QString &text);
[[nodiscard]] QString tagsText(const QStringList &tags);

// A core message ("the URL is empty") as a sentence for a label: "The URL is empty."
[[nodiscard]] QString sentence(const QString &text);

// The sentence under the keyword field, or an empty string: too long, a control character, an
// invalid regular expression (`regex`), or any keyword with a HEAD request (no body to search).
[[nodiscard]] QString keywordError(const QString &keyword, HttpMethod method, bool regex);

// The monitors that may become the parent of the monitor `id` (0: one not stored yet): every
// other monitor except itself and its descendants, so no parent chain can loop. Sorted by name.
[[nodiscard]] QList<Monitor> parentCandidates(qint64 id, const QList<Monitor> &others);

// The state colour and word a check's verdict is shown with.
[[nodiscard]] MonitorState verdictState(Verdict verdict);

// One line about a check: "Up — ok, HTTP 200 in 42 ms", "Down — refused: Connection refused".
[[nodiscard]] QString describeResult(const CheckResult &result);

} // namespace MonitorInput
