#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>

// A small HTTP server for a few read-only routes: GET and HEAD on each route answer with what
// its handler returns, any other path gets 404, any other method on a route 405 (with Allow).
// With a token set, every request needs "Authorization: Bearer <token>" or gets 401. Each
// answer is measured and reported with served() (the middleware metrics); the path reported is
// the route, or "other" for anything else, so strangers cannot grow the label set. A connection
// that sends more than 64 KiB for one request is dropped.
//
// The one class that touches Qt HttpServer, whose API changes after Qt 6.4: only its .cpp
// includes it. It lives in (and answers from) the thread it was created in.
class HttpEndpoint final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpEndpoint)

public:
    struct Reply {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
    };
    using Handler = std::function<Reply()>;

    static constexpr char kOtherPath[] = "other";

    explicit HttpEndpoint(QObject *parent = nullptr);
    ~HttpEndpoint() override;

    // `path` as requested ("/metrics"); a handler set again replaces the old one.
    void setRoute(const QString &path, Handler handler);
    // Empty: no token needed. The token is never logged or shown.
    void setToken(const QByteArray &token) { m_token = token; }
    [[nodiscard]] bool requiresToken() const { return !m_token.isEmpty(); }

    // Listens on address:port (port 0: any free one), closing what it listened on before. False
    // when it cannot; error() then says why in one sentence.
    bool listen(const QHostAddress &address, quint16 port);
    // Stops listening and drops open connections.
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] QHostAddress address() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] const QString &error() const { return m_error; }

signals:
    // One answered request: the route (or "other"), the status sent and how long it took.
    void served(const QString &path, int status, double seconds);

private:
    class Server;
    friend class Server;

    // What to answer to `method` on `path` with these headers; fills extra headers.
    [[nodiscard]] Reply answer(const QByteArray &method, const QString &path,
                               const QByteArray &authorization,
                               QList<std::pair<QByteArray, QByteArray>> &headers) const;
    [[nodiscard]] bool authorized(const QByteArray &authorization) const;

    Server *m_server = nullptr;
    QHash<QString, Handler> m_routes;
    QByteArray m_token;
    QString m_error;
};
