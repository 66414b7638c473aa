#pragma once

#include "core/model/Monitor.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Checks what a user typed before it becomes a Monitor. Every error is one sentence that
// names the bad part, fit for `upwatch: ...` on stderr or a message next to a dialog field.
// The limits below hold for every way in: `upwatch monitor add`, `upwatch import` and the
// dialog. Text from the user is quoted with its control characters escaped.
namespace MonitorValidator {

inline constexpr qsizetype kMaxNameLength = 200;        // characters
inline constexpr qsizetype kMaxUrlLength = 8 * 1024;    // bytes, fully encoded (as stored)
inline constexpr qsizetype kMaxKeywordBytes = 1024;     // UTF-8 bytes
inline constexpr qsizetype kMaxHeaders = 64;            // per monitor
inline constexpr qsizetype kMaxHeaderBytes = 8 * 1024;  // "Name: value", UTF-8 bytes
inline constexpr qsizetype kMaxBodyBytes = 1024 * 1024; // the request body
inline constexpr qsizetype kMaxTagLength = 64;          // characters
inline constexpr qsizetype kMaxTags = 32;               // per monitor
inline constexpr int kMaxIntervalSeconds = 30 * 24 * 60 * 60;
inline constexpr int kMaxTimeoutMs = 24 * 60 * 60 * 1000; // also the degraded threshold's
inline constexpr int kMaxRedirects = 100;
inline constexpr int kMaxRetries = 100; // also the recovery threshold's

// An absolute http:// or https:// URL with a host.
[[nodiscard]] std::optional<QUrl> parseUrl(const QString &text, QString *error = nullptr);
[[nodiscard]] bool isCheckableUrl(const QUrl &url, QString *error = nullptr);

// "Name: value" as in curl's -H. The name is an RFC 9110 token; the value has no control
// characters but tab; the whole header is at most kMaxHeaderBytes. Headers that the HTTP
// stack sets itself are refused.
[[nodiscard]] std::optional<HttpHeader> parseHeader(const QString &text, QString *error = nullptr);

// The problem with a monitor name (checked trimmed), or an empty string: one line of text,
// 1 to kMaxNameLength characters, no control characters.
[[nodiscard]] QString nameProblem(const QString &name);
// The problem with a keyword, or an empty string: at most kMaxKeywordBytes in UTF-8, no control
// characters but tab (an empty keyword is none).
[[nodiscard]] QString keywordProblem(const QString &keyword);
// The problem with a keyword that is a regular expression, or an empty string: it must compile
// (QRegularExpression, Perl syntax).
[[nodiscard]] QString keywordRegexProblem(const QString &keyword);
// The problem with one tag, or an empty string: not empty, at most kMaxTagLength characters,
// no control characters.
[[nodiscard]] QString tagProblem(const QString &tag);

// Every problem with a monitor's settings; empty when it can be checked. An empty name is no
// problem here (`upwatch check` probes a nameless monitor); storing one needs a name.
[[nodiscard]] QStringList problems(const Monitor &monitor);

} // namespace MonitorValidator
