#pragma once

#include "core/model/HttpMethod.h"
#include "core/model/JsonAssertion.h"
#include "core/model/MonitorAuth.h"
#include "core/model/StatusRanges.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

struct HttpHeader {
    QByteArray name;
    QByteArray value;
    friend bool operator==(const HttpHeader &, const HttpHeader &) = default;
};

// A URL as shown to people and scripts (messages, JSON, CSV): never with its password.
[[nodiscard]] QString displayUrl(const QUrl &url);
// The same for text that may not even parse as a URL: "http://u:pw@h x/" -> "http://u@h x/".
[[nodiscard]] QString hidePassword(const QString &urlText);

// What to check and how to judge it. A plain value: copy it, compare it, send it across threads.
struct Monitor {
    static constexpr int kDefaultIntervalSeconds = 60;
    static constexpr int kDefaultTimeoutMs = 10'000;
    static constexpr int kDefaultMaxRedirects = 10;
    static constexpr qint64 kDefaultMaxBodyBytes = 1024 * 1024;
    static constexpr int kMaxLocations = 16;

    qint64 id = 0; // 0: not stored yet
    QString name;
    QUrl url;
    HttpMethod method = HttpMethod::Get;
    QList<HttpHeader> headers;
    QByteArray body; // sent with POST, PUT, PATCH and DELETE
    int intervalSeconds = kDefaultIntervalSeconds;
    int timeoutMs = kDefaultTimeoutMs; // total deadline for the whole check, redirects included
    StatusRanges expectedStatuses;
    QString keyword;             // searched in the body; empty: no keyword check
    bool keywordIsRegex = false; // keyword is a regular expression, not a substring
    bool invertKeyword = false;
    int maxRedirects = kDefaultMaxRedirects; // 0: redirects are not followed
    bool ignoreTlsErrors = false;
    int degradedAboveMs = 0; // 0: never degraded for slowness
    qint64 maxBodyBytes = kDefaultMaxBodyBytes;
    int retries = 0;  // failed checks tolerated before DOWN
    int recovery = 1; // successful checks needed before UP again
    // Checked from this many locations at once, where agents in several locations share the
    // database (each location votes); 1: from one.
    int locations = 1;
    // DOWN when at least this many locations see it down: one probe's own network trouble
    // raises no alarm. When fewer locations report (agents stopped), all of those must.
    int quorum = 1;
    qint64 parentId = 0;
    QStringList tags;
    bool paused = false;
    MonitorAuth auth;
    // The name of the monitor's secret in the SecretStore (OS keychain), never the secret
    // itself; empty: the monitor has no stored secret.
    QString credentialKey;
    // All must hold for the body (JSON) of a final response; empty: the body is not read as JSON.
    QList<JsonAssertion> jsonAssertions;
    // Its alerts (desktop and channels) are dropped until then, UTC; invalid: not muted;
    // kMutedForever: until unmuted. It is still checked and its state still shown.
    QDateTime mutedUntil;
    static inline const QDateTime kMutedForever{QDate(9999, 12, 31), QTime(0, 0), Qt::UTC};
    [[nodiscard]] bool isMutedAt(const QDateTime &at) const
    {
        return mutedUntil.isValid() && at < mutedUntil;
    }

    // The value of the first request header with this name (case-insensitive), or a null array.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;

    friend bool operator==(const Monitor &, const Monitor &) = default;
};

// Every member is an implicitly shared Qt value or a plain value, all movable in memory:
// lists and hashes of monitors grow by moving bytes instead of constructing copies.
Q_DECLARE_TYPEINFO(HttpHeader, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Monitor, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Monitor)
