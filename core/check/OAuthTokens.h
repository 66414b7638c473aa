#pragma once

#include "core/base/Clock.h"
#include "core/model/CheckResult.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// OAuth2 access tokens got with the client credentials grant (RFC 6749 section 4.4), cached
// until shortly before they expire. Checks that need the same token while it is being fetched
// share one token request. One per Prober, in its thread.
//
// The token request: POST to the token URL, grant_type=client_credentials and the scope as a
// form, the client id and secret by HTTP Basic (RFC 6749 section 2.3.1). It is never
// redirected, and TLS errors are never ignored: it carries the client secret.
class OAuthTokens final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthTokens)

public:
    struct Request {
        QUrl tokenUrl;
        QString clientId;
        QString scope;
        QByteArray clientSecret;
        int timeoutMs = 10'000; // for the token request, when one is made
    };
    struct Answer {
        QByteArray token;           // empty: failed
        Reason reason = Reason::Ok; // why it failed
        QString error;              // names the token URL; never the secret
        [[nodiscard]] bool ok() const { return !token.isEmpty(); }
    };
    using Callback = std::function<void(const Answer &)>;

    // A token without expires_in is kept this long.
    static constexpr qint64 kDefaultLifetimeMs = 5 * 60 * 1000;
    // A token is used until this long before it expires (less for short-lived tokens).
    static constexpr qint64 kExpiryMarginMs = 30 * 1000;
    // The token endpoint's answer is read up to this size.
    static constexpr qint64 kMaxAnswerBytes = 64 * 1024;

    OAuthTokens(std::shared_ptr<const Clock> clock, QNetworkAccessManager *network,
                QObject *parent = nullptr);
    ~OAuthTokens() override;

    // Certificate authorities for the token request (nullopt: Qt's default configuration).
    void setTls(std::optional<QSslConfiguration> tls) { m_tls = std::move(tls); }

    // Calls done with a token or a failure: at once when a token is cached, else when the token
    // endpoint has answered. done is never called once context is destroyed.
    void token(const Request &request, QObject *context, Callback done);
    // The protected resource refused `token` (HTTP 401): it is forgotten, so the next check
    // fetches a new one.
    void reject(const Request &request, const QByteArray &token);

    // Token requests sent so far (for tests).
    [[nodiscard]] int requestCount() const { return m_requestCount; }

private:
    struct Waiter {
        QPointer<QObject> context;
        Callback done;
    };
    struct Pending {
        Request request;
        QPointer<QNetworkReply> reply;
        QByteArray answer;
        QList<QSslError> sslErrors;
        QList<Waiter> waiters;
        bool timedOut = false;
        bool tooLarge = false;
    };
    struct Cached {
        QByteArray token;
        qint64 expiresAtMs = 0; // on the clock's steady time
    };

    [[nodiscard]] static QByteArray keyOf(const Request &request);
    void send(const QByteArray &key, const Request &request);
    // The pending request for key, if reply is still its reply.
    [[nodiscard]] Pending *pendingFor(const QByteArray &key, const QNetworkReply *reply);
    void onReadyRead(const QByteArray &key);
    void onFinished(const QByteArray &key);
    [[nodiscard]] Answer judge(Pending &pending, QNetworkReply *reply);
    [[nodiscard]] Answer parseAnswer(const Pending &pending, const QByteArray &key);

    std::shared_ptr<const Clock> m_clock;
    QPointer<QNetworkAccessManager> m_network;
    std::optional<QSslConfiguration> m_tls;
    QHash<QByteArray, Cached> m_tokens;
    QHash<QByteArray, Pending> m_pending;
    int m_requestCount = 0;
};
