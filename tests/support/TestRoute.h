#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

// What the loopback test server does when a request for one path arrives.
struct TestRoute {
    enum class Kind {
        Respond,              // status, headers, body
        Drip,                 // headers at once, then the body dripChunk bytes every dripIntervalMs
        Endless,              // a body that never ends (bounded at 256 MiB)
        CloseWithoutResponse, // read the request, then close the connection cleanly
        Reset,                // read the request, then reset the connection (TCP RST)
        Raw,                  // `body` is the whole response, sent as it is (broken HTTP)
        OAuthToken, // an OAuth2 token endpoint (client credentials grant), see oauthToken()
    };

    Kind kind = Kind::Respond;
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0; // wait this long before the status line
    int dripIntervalMs = 50;
    int dripChunk = 1;
    bool closeAfterRaw = false; // Raw: close the connection after sending (else keep it open)
    // Unless the request has this header with this value, the answer is 401 (see requiring()).
    QByteArray requiredHeader;
    QByteArray requiredValue;
    bool requireIssuedToken = false; // "Authorization: Bearer <a live token of this server>"
    // OAuthToken: the client's id and secret, and the tokens' expires_in (-1: not sent).
    QByteArray clientId;
    QByteArray clientSecret;
    int expiresIn = -1;

    static TestRoute ok(const QByteArray &body = QByteArrayLiteral("OK"));
    static TestRoute withStatus(int status, const QByteArray &body = {});
    static TestRoute redirect(const QByteArray &location, int status = 302);
    static TestRoute drip(const QByteArray &body, int intervalMs, int chunk = 1);
    static TestRoute endless();
    static TestRoute closeWithoutResponse();
    static TestRoute reset();
    // A 200 whose body is `plain` compressed with Content-Encoding: deflate (zlib format).
    static TestRoute deflated(const QByteArray &plain);
    // A 200 whose body is `plain` compressed with Content-Encoding: gzip.
    static TestRoute gzipped(const QByteArray &plain);
    // A 200 whose gzip body expands to `zeros` zero bytes (a compression bomb: about a
    // thousandth of that goes over the wire), built without holding the expanded bytes.
    static TestRoute gzipBomb(qint64 zeros);
    // Sends `response` as it is: a status line, headers and body that break HTTP's rules.
    static TestRoute raw(const QByteArray &response, bool closeAfter);

    // An OAuth2 token endpoint: a POST with grant_type=client_credentials and this client's id
    // and secret by HTTP Basic gets a new token of the server (see TestServer::issueToken);
    // other clients get 401 invalid_client, whose description names what they sent (as a
    // careless server might), other grants 400 unsupported_grant_type.
    static TestRoute oauthToken(const QByteArray &clientId, const QByteArray &clientSecret,
                                int expiresIn);
    // A resource that answers `body` only to "Authorization: Bearer <token>" with a live token
    // of this server's token endpoint, else 401.
    static TestRoute oauthProtected(const QByteArray &body);

    // This route answers only requests with `name: value`; others get 401 (with a
    // WWW-Authenticate header that fits the value's scheme).
    TestRoute &requiring(const QByteArray &name, const QByteArray &value);
    // requiring("Authorization", "Basic base64(user:password)")
    TestRoute &requiringBasic(const QByteArray &user, const QByteArray &password);
    TestRoute &delayed(int ms);
    TestRoute &header(const QByteArray &name, const QByteArray &value);
    TestRoute &withBody(const QByteArray &newBody);
};
