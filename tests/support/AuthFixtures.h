#pragma once

#include "core/model/Monitor.h"
#include "core/model/MonitorAuth.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

// Credentials, MonitorAuth values and monitors for the authentication tests, with the test
// files of tests/data (see make-certs.sh there).
class TestServer;

namespace AuthFixtures {

inline const QByteArray kPassword = "pa:ss w\xc3\xb6rd"; // Basic, for the user "user"
inline const QByteArray kToken = "tok-123.abc";          // Bearer
inline const QByteArray kApiKey = "key-456";             // X-API-Key
inline const QByteArray kClientId = "upwatch client";    // OAuth2
inline const QByteArray kClientSecret = "cl!ent s3cret&=+";
inline const QByteArray kPassphrase = "test passphrase"; // of client-ec.key

// The protected routes of the auth tests on `server`: /basic (user and kPassword), /bearer
// (kToken), /api-key (X-API-Key: kApiKey), /oauth/token and /oauth/resource (kClientId and
// kClientSecret).
void serveProtectedRoutes(TestServer &server);
// Starts `server` as HTTPS that wants a client certificate of the test client CA, with /ok.
[[nodiscard]] bool startMutualTls(TestServer &server);

// A file of tests/data, by name.
[[nodiscard]] QString dataFile(const QString &name);

[[nodiscard]] MonitorAuth basic();
[[nodiscard]] MonitorAuth bearer();
[[nodiscard]] MonitorAuth header(); // X-API-Key
[[nodiscard]] MonitorAuth oauth(const QUrl &tokenUrl, const QString &scope = QString());
// Files by name in tests/data, or absolute paths.
[[nodiscard]] MonitorAuth certificate(const QString &certificateFile, const QString &keyFile);

// A monitor of url with auth that follows no redirects.
[[nodiscard]] Monitor monitorFor(const QUrl &url, const MonitorAuth &auth);

// True when text holds the secret in any form it travels in (as it is, base64, percent-encoded).
[[nodiscard]] bool mentionsSecret(const QString &text, const QByteArray &secret);

} // namespace AuthFixtures
