#include "tests/support/AuthFixtures.h"

#include "tests/support/TestServer.h"
#include "tests/support/TlsFixtures.h"

using namespace Qt::Literals::StringLiterals;

namespace AuthFixtures {

void serveProtectedRoutes(TestServer &server)
{
    server.setRoute("/basic", TestRoute::ok("basic ok").requiringBasic("user", kPassword));
    server.setRoute("/bearer",
                    TestRoute::ok("bearer ok").requiring("Authorization", "Bearer " + kToken));
    server.setRoute("/api-key", TestRoute::ok("key ok").requiring("X-API-Key", kApiKey));
    server.setRoute("/oauth/token", TestRoute::oauthToken(kClientId, kClientSecret, 3600));
    server.setRoute("/oauth/resource", TestRoute::oauthProtected("resource ok"));
}

bool startMutualTls(TestServer &server)
{
    if (!server.startMutualTls(TlsFixtures::certificate(QStringLiteral("localhost.pem")),
                               TlsFixtures::serverKey(),
                               TlsFixtures::certificate(QStringLiteral("test-client-ca.pem"))))
        return false;
    server.setRoute("/ok", TestRoute::ok("mutual ok"));
    return true;
}

QString dataFile(const QString &name)
{
    return QStringLiteral(UPWATCH_TEST_DATA "/") + name;
}

MonitorAuth basic()
{
    MonitorAuth auth;
    auth.kind = AuthKind::Basic;
    auth.user = u"user"_s;
    return auth;
}

MonitorAuth bearer()
{
    MonitorAuth auth;
    auth.kind = AuthKind::Bearer;
    return auth;
}

MonitorAuth header()
{
    MonitorAuth auth;
    auth.kind = AuthKind::Header;
    auth.headerName = "X-API-Key";
    return auth;
}

MonitorAuth oauth(const QUrl &tokenUrl, const QString &scope)
{
    MonitorAuth auth;
    auth.kind = AuthKind::OAuth2;
    auth.tokenUrl = tokenUrl;
    auth.clientId = QString::fromUtf8(kClientId);
    auth.scope = scope;
    return auth;
}

MonitorAuth certificate(const QString &certificateFile, const QString &keyFile)
{
    MonitorAuth auth;
    auth.kind = AuthKind::ClientCertificate;
    auth.certificateFile =
        certificateFile.startsWith(u'/') ? certificateFile : dataFile(certificateFile);
    auth.keyFile = keyFile.startsWith(u'/') ? keyFile : dataFile(keyFile);
    return auth;
}

Monitor monitorFor(const QUrl &url, const MonitorAuth &auth)
{
    Monitor monitor;
    monitor.url = url;
    monitor.auth = auth;
    monitor.maxRedirects = 0;
    return monitor;
}

bool mentionsSecret(const QString &text, const QByteArray &secret)
{
    if (secret.isEmpty())
        return false;
    for (const QByteArray &form :
         {secret, secret.toBase64(), QUrl::toPercentEncoding(QString::fromUtf8(secret))}) {
        if (text.contains(QString::fromUtf8(form)))
            return true;
    }
    return false;
}

} // namespace AuthFixtures
