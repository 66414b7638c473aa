#pragma once

#include "core/check/OAuthTokens.h"
#include "core/model/CheckResult.h"
#include "core/model/Monitor.h"

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

// How one check authenticates, worked out from the monitor's auth and its secret: the headers
// it sends (Basic, Bearer, a secret header), the OAuth2 token it gets first, or why it cannot
// send anything. The secret stays in here: it is never put in a message.
class ProbeAuth {
public:
    struct Failure {
        Reason reason = Reason::Unknown;
        QString error;
    };

    ProbeAuth() = default;
    // tokens: the Prober's token cache, needed for OAuth2 only.
    ProbeAuth(const Monitor &monitor, const QByteArray &secret, OAuthTokens *tokens);

    // Set when the check must fail before sending anything.
    [[nodiscard]] const std::optional<Failure> &failure() const { return m_failure; }
    void fail(Reason reason, const QString &error) { m_failure = Failure{reason, error}; }

    // Adds the auth headers to the first request, replacing the monitor's headers of the same
    // names. Credentials in the URL are taken out of it and sent as Basic auth right away, as
    // curl does (QNAM would only use them after a 401 challenge), unless another Authorization
    // header is sent.
    void applyTo(QUrl *url, QList<HttpHeader> *headers) const;
    // Headers meant for one origin only, dropped when a redirect leaves it: credentials (the
    // secret header's name too), cookies and the Host.
    [[nodiscard]] bool isOriginBound(const QByteArray &name) const;

    // OAuth2: a token must be got before the first request.
    [[nodiscard]] bool needsToken() const { return m_tokens && m_failure == std::nullopt; }
    [[nodiscard]] bool awaitingToken() const { return m_awaitingToken; }
    // Gets the token; done gets the headers to add, or a failure. Never called once context is
    // destroyed.
    void fetchToken(QObject *context,
                    std::function<void(const std::optional<Failure> &, const HttpHeader &)> done);
    // "no OAuth2 token from <url> within N ms"
    [[nodiscard]] QString tokenDeadlineText(int timeoutMs) const;
    // The response had HTTP 401: an OAuth2 token it was sent with is no longer used.
    void unauthorized();
    // text with the secret, and what was sent for it (a Basic pair, a token), as "[secret]".
    [[nodiscard]] QString redact(QString text) const;

private:
    QByteArray m_secret;
    QList<HttpHeader> m_headers;
    QByteArray m_secretHeaderName;
    std::optional<Failure> m_failure;
    QPointer<OAuthTokens> m_tokens;
    OAuthTokens::Request m_tokenRequest;
    QByteArray m_token; // the OAuth2 token sent
    bool m_awaitingToken = false;
};
