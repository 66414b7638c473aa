#include "tests/support/AuthFixtures.h"

using namespace Qt::Literals::StringLiterals;

namespace AuthFixtures {

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
