#pragma once

#include "core/model/HttpMethod.h"
#include "core/model/Monitor.h"

#include <QHostAddress>
#include <QList>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

// The QNetworkRequest of one step (hop) of a check, as ProbeRun sends it.
namespace ProbeRequest {

// True when the URL's host is a name that HostResolver looks up: not an IP literal, and no
// proxy is used for the URL (a proxy looks the name up itself).
[[nodiscard]] bool needsLookup(const QUrl &url, const QNetworkAccessManager &network);

// The request for url with the monitor's headers. With an address, the request goes to that
// address while naming the URL's host everywhere it matters: the Host header (unless the
// headers set one), the TLS certificate check and SNI (peerVerifyName). HTTP/2 is off for such
// a request: it would name the address in its :authority.
[[nodiscard]] QNetworkRequest build(const QUrl &url, HttpMethod method,
                                    const QList<HttpHeader> &headers, const QHostAddress &address,
                                    const std::optional<QSslConfiguration> &tls,
                                    int transferTimeoutMs);

} // namespace ProbeRequest
