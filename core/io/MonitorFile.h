#pragma once

#include "core/model/ImportedMonitor.h"
#include "core/model/Monitor.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

// The file of `upwatch import FILE.json` and `upwatch export FILE.json`: monitor definitions,
// never secrets. Version 1 looks like this (every key is written; on import every key but
// "name" and "url" may be left out and then takes Monitor's default):
//
//   {
//     "format": "upwatch-monitors",
//     "version": 1,
//     "monitors": [
//       {"name": "api", "url": "https://example.com/health", "method": "GET",
//        "headers": ["Accept: application/json"], "body": "", "interval_s": 60,
//        "timeout_ms": 10000, "expected_statuses": "200-299", "keyword": "",
//        "invert_keyword": false, "max_redirects": 10, "ignore_tls_errors": false,
//        "degraded_ms": 0, "retries": 0, "recovery": 1, "parent": "gateway", "tags": ["prod"],
//        "paused": false, "keyword_regex": false, "json_assertions": ["/status == \"ok\""],
//        "auth": {"kind": "basic", "user": "ops"}}
//     ]
//   }
//
// A parent is named, not numbered: ids belong to one database and mean nothing in another.
namespace MonitorFile {

inline constexpr int kFormatVersion = 1;
// Far beyond any real monitor file (one monitor takes well under 1 KiB): a larger input is
// refused before it fills the memory.
inline constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

// Everything `device` holds, read in chunks and never more than kMaxFileBytes + 1 bytes, so
// an endless input (/dev/zero, a pipe that never closes its end) ends quickly. On a read error
// or a larger input returns nullopt and sets *error to the end of a sentence that the caller
// starts with the file's name: "is larger than 64 MiB: not a monitor file".
[[nodiscard]] std::optional<QByteArray> readAll(QIODevice &device, QString *error = nullptr);

// A monitor read from a file (core/model/ImportedMonitor.h): monitor.id and monitor.parentId
// are 0.
using ImportedMonitor = ::ImportedMonitor;

struct ExportReport {
    int monitors = 0;
    // One sentence per secret left out of the file, naming the monitor:
    // "api: the URL password was left out", "api: the Authorization header was left out".
    QStringList leftOut;
};

// The file for these monitors, as indented UTF-8 JSON (keys in alphabetical order). A parentId
// becomes the parent's name when the parent is in the list, otherwise null. Secrets are left out
// and listed in *report: a password in a URL, and the Authorization, Proxy-Authorization and
// Cookie headers, and a monitor's secret (its authentication is written, its password, token...
// is not: "api: the password (HTTP Basic) was left out: enter it again after import").
// credentialKey is not written (the keychain entry does not travel with it).
[[nodiscard]] QByteArray toJson(const QList<Monitor> &monitors, ExportReport *report = nullptr);

// The monitors of a file, all or nothing. On failure returns nullopt and sets *error (if given)
// to one sentence naming the problem and where it is: "line 4, column 12: ...",
// "monitor 3 ("api"): interval_s must be a whole number of at least 1, not 0". Unknown keys are
// errors, so that a misspelt key cannot silently lose a setting. Names are trimmed and must be
// unique within the file (compared case-sensitively).
[[nodiscard]] std::optional<QList<ImportedMonitor>> fromJson(const QByteArray &json,
                                                             QString *error = nullptr);

} // namespace MonitorFile
