// upwatch-testserver: the loopback test server with one route per scenario, for trying
// `upwatch check` by hand. Prints its base URLs and serves until interrupted.
// Every server also has protected routes, with fixed test credentials (printed at start):
// /auth/basic (user "user", password "password"), /auth/bearer (token "test-token"),
// /auth/api-key (header X-API-Key: test-key), /oauth/token (client "upwatch", secret
// "client-secret", tokens live 60 s) and /oauth/resource (its tokens only). A fourth server
// ("mutual-tls:") asks for a client certificate from tests/data/test-client-ca.pem.
// `--plain-servers N` listens on N plain ports (one "plain:" line each), for tools/hostile-test,
// which needs many host:ports so the engine's per-host cap does not serialise its checks.

#include "tests/support/TestServer.h"
#include "tests/support/TlsFixtures.h"

#include <QCoreApplication>
#include <QTextStream>

#include <deque>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    int plainCount = 1;
    bool usable = arguments.size() == 1;
    if (arguments.size() == 3 && arguments.at(1) == u"--plain-servers") {
        plainCount = arguments.at(2).toInt(&usable);
        usable = usable && plainCount >= 1 && plainCount <= 1000;
    }
    if (!usable) {
        QTextStream(stderr) << "usage: upwatch-testserver [--plain-servers N (1-1000)]\n";
        return 2;
    }
    std::deque<TestServer> plains(static_cast<size_t>(plainCount));
    TestServer selfSigned;
    TestServer expired;
    TestServer mutual;
    bool listening = true;
    for (TestServer &plain : plains)
        listening = listening && plain.start();
    if (!listening ||
        !selfSigned.startTls(TlsFixtures::certificate(QStringLiteral("self-signed.pem")),
                             TlsFixtures::serverKey()) ||
        !expired.startTls(TlsFixtures::certificate(QStringLiteral("expired.pem")),
                          TlsFixtures::serverKey()) ||
        !mutual.startMutualTls(TlsFixtures::certificate(QStringLiteral("localhost.pem")),
                               TlsFixtures::serverKey(),
                               TlsFixtures::certificate(QStringLiteral("test-client-ca.pem")))) {
        QTextStream(stderr) << "upwatch-testserver: cannot listen on 127.0.0.1\n";
        return 1;
    }
    // 512 MiB of zeros in about half a megabyte of gzip; built once for all servers.
    const TestRoute gzipBomb = TestRoute::gzipBomb(qint64(512) << 20);
    QList<TestServer *> servers{&selfSigned, &expired, &mutual};
    for (TestServer &plain : plains)
        servers.append(&plain);
    for (TestServer *server : std::as_const(servers)) {
        server->setRoute("/ok", TestRoute::ok("all good: healthy"));
        server->setRoute("/503", TestRoute::withStatus(503, "maintenance"));
        server->setRoute("/slow", TestRoute::ok("slow").delayed(800));
        server->setRoute("/hang", TestRoute::ok().delayed(60 * 60 * 1000));
        server->setRoute("/drip", TestRoute::drip(QByteArray(600, 'd'), 50));
        server->setRoute("/endless", TestRoute::endless());
        server->setRoute("/close", TestRoute::closeWithoutResponse());
        server->setRoute("/reset", TestRoute::reset());
        server->setRoute("/redirect", TestRoute::redirect("/ok"));
        server->setRoute("/loop", TestRoute::redirect("/loop"));
        server->setRoute("/deflate", TestRoute::deflated("compressed but healthy"));
        server->setRoute("/bad-deflate",
                         TestRoute::ok("not deflate at all").header("Content-Encoding", "deflate"));
        server->setRoute("/bomb", gzipBomb);
        server->setRoute("/gzip", TestRoute::gzipped("compressed with gzip, and healthy"));
        server->setRoute("/bad-chunk",
                         TestRoute::raw("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                        "ZZZZ\r\nhealthy\r\n0\r\n\r\n",
                                        false));
        server->setRoute("/two-lengths", TestRoute::raw("HTTP/1.1 200 OK\r\nContent-Length: 7\r\n"
                                                        "Content-Length: 9\r\n\r\nhealthy!!",
                                                        false));
        server->setRoute(
            "/short-body",
            TestRoute::raw("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhealthy", true));
        server->setRoute("/banner", TestRoute::raw("SSH-2.0-OpenSSH_9.2\r\n", false));
        server->setRoute("/json", TestRoute::ok(R"({"status": "ok", "queue": {"depth": 42}})"));
        server->setRoute("/auth/basic",
                         TestRoute::ok("basic: healthy").requiringBasic("user", "password"));
        server->setRoute(
            "/auth/bearer",
            TestRoute::ok("bearer: healthy").requiring("Authorization", "Bearer test-token"));
        server->setRoute("/auth/api-key",
                         TestRoute::ok("api key: healthy").requiring("X-API-Key", "test-key"));
        server->setRoute("/oauth/token", TestRoute::oauthToken("upwatch", "client-secret", 60));
        server->setRoute("/oauth/resource", TestRoute::oauthProtected("oauth2: healthy"));
    }
    QTextStream out(stdout);
    for (const TestServer &plain : plains)
        out << "plain:       " << plain.url(QStringLiteral("/")).toString() << '\n';
    out << "self-signed: " << selfSigned.url(QStringLiteral("/")).toString() << '\n'
        << "expired:     " << expired.url(QStringLiteral("/")).toString() << '\n'
        << "mutual-tls:  " << mutual.url(QStringLiteral("/")).toString()
        << " (client certificate from tests/data/test-client-ca.pem: client.pem + client.key)\n"
        << "paths: /ok /503 /slow /hang /drip /endless /close /reset /redirect /loop /deflate "
           "/bad-deflate /bomb /gzip /bad-chunk /two-lengths /short-body /banner /json\n"
        << "auth:  /auth/basic (user:password) /auth/bearer (test-token) /auth/api-key "
           "(X-API-Key: test-key) /oauth/token (upwatch:client-secret) /oauth/resource\n";
    out.flush();
    return QCoreApplication::exec();
}
