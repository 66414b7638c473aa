#pragma once

#include "Monitor.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Checks what a user typed before it becomes a Monitor. Every error is one sentence that
// names the bad part, fit for `upwatch: ...` on stderr or a message next to a dialog field.
namespace MonitorValidator {

// An absolute http:// or https:// URL with a host.
[[nodiscard]] std::optional<QUrl> parseUrl(const QString &text, QString *error = nullptr);
[[nodiscard]] bool isCheckableUrl(const QUrl &url, QString *error = nullptr);

// "Name: value" as in curl's -H. Headers that the HTTP stack sets itself are refused.
[[nodiscard]] std::optional<HttpHeader> parseHeader(const QString &text, QString *error = nullptr);

// Every problem with a monitor's settings; empty when it can be checked.
[[nodiscard]] QStringList problems(const Monitor &monitor);

} // namespace MonitorValidator
