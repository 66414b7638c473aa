// upwatch-testserver: the loopback test server with one route per scenario, for trying
// `upwatch check` by hand. Prints its base URLs and serves until interrupted.

#include "TestServer.h"
#include "TlsFixtures.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestServer plain;
    TestServer selfSigned;
    TestServer expired;
    if (!plain.start() ||
        !selfSigned.startTls(TlsFixtures::certificate(QStringLiteral("self-signed.pem")),
                             TlsFixtures::serverKey()) ||
        !expired.startTls(TlsFixtures::certificate(QStringLiteral("expired.pem")),
                          TlsFixtures::serverKey())) {
        QTextStream(stderr) << "upwatch-testserver: cannot listen on 127.0.0.1\n";
        return 1;
    }
    for (TestServer *server : {&plain, &selfSigned, &expired}) {
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
        server->setRoute("/bomb", TestRoute::deflated("healthy " + QByteArray(64 << 20, '0')));
    }
    QTextStream out(stdout);
    out << "plain:       " << plain.url(QStringLiteral("/")).toString() << '\n'
        << "self-signed: " << selfSigned.url(QStringLiteral("/")).toString() << '\n'
        << "expired:     " << expired.url(QStringLiteral("/")).toString() << '\n'
        << "paths: /ok /503 /slow /hang /drip /endless /close /reset /redirect /loop /deflate "
           "/bad-deflate /bomb\n";
    out.flush();
    return QCoreApplication::exec();
}
