#include "core/model/MonitorAuth.h"

#include "core/model/MonitorValidator.h"

#include <QFileInfo>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <array>

namespace {

struct KindInfo {
    AuthKind kind;
    const char16_t *name;
    const char *title;
    const char *secret;
};

constexpr std::array kKinds{
    KindInfo{AuthKind::None, u"none", "None", ""},
    KindInfo{AuthKind::Basic, u"basic", "HTTP Basic", "password"},
    KindInfo{AuthKind::Bearer, u"bearer", "Bearer token", "token"},
    KindInfo{AuthKind::Header, u"header", "Secret header", "header value"},
    KindInfo{AuthKind::ClientCertificate, u"client_cert", "Client certificate", "key passphrase"},
    KindInfo{AuthKind::OAuth2, u"oauth2", "OAuth2 client credentials", "client secret"},
};

const KindInfo &infoOf(AuthKind kind)
{
    for (const KindInfo &info : kKinds) {
        if (info.kind == kind)
            return info;
    }
    return kKinds.front();
}

// The JSON keys of each kind besides "kind".
QStringList keysOf(AuthKind kind)
{
    switch (kind) {
    case AuthKind::None:
    case AuthKind::Bearer:
        return {};
    case AuthKind::Basic:
        return {QStringLiteral("user")};
    case AuthKind::Header:
        return {QStringLiteral("header")};
    case AuthKind::ClientCertificate:
        return {QStringLiteral("certificate"), QStringLiteral("key")};
    case AuthKind::OAuth2:
        return {QStringLiteral("token_url"), QStringLiteral("client_id"), QStringLiteral("scope")};
    }
    return {};
}

} // namespace

QString authKindName(AuthKind kind)
{
    return QString::fromUtf16(infoOf(kind).name);
}

std::optional<AuthKind> authKindFromName(QStringView name)
{
    for (const KindInfo &info : kKinds) {
        if (name == QStringView(info.name))
            return info.kind;
    }
    return std::nullopt;
}

QString authKindTitle(AuthKind kind)
{
    return QString::fromLatin1(infoOf(kind).title);
}

bool MonitorAuth::requiresSecret() const
{
    return kind != AuthKind::None && kind != AuthKind::ClientCertificate;
}

QString MonitorAuth::secretTitle() const
{
    return QString::fromLatin1(infoOf(kind).secret);
}

namespace {

bool hasControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString fileProblem(const QString &what, const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("the %1 file is missing").arg(what);
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("the %1 file %2 does not exist").arg(what, path);
    if (!info.isFile())
        return QStringLiteral("the %1 file %2 is not a file").arg(what, path);
    if (!info.isReadable())
        return QStringLiteral("the %1 file %2 cannot be read").arg(what, path);
    return {};
}

} // namespace

QString MonitorAuth::problem() const
{
    switch (kind) {
    case AuthKind::None:
    case AuthKind::Bearer:
        return {};
    case AuthKind::Basic:
        if (user.isEmpty())
            return QStringLiteral("HTTP Basic authentication needs a user name");
        if (user.contains(u':'))
            return QStringLiteral("the user name cannot contain ':'");
        if (hasControl(user))
            return QStringLiteral("the user name cannot contain control characters");
        return {};
    case AuthKind::Header: {
        if (headerName.isEmpty())
            return QStringLiteral("a secret header needs a header name");
        QString error;
        if (!MonitorValidator::parseHeader(QString::fromLatin1(headerName) + u": x", &error))
            return error;
        return {};
    }
    case AuthKind::ClientCertificate:
        if (certificateFile.isEmpty() || keyFile.isEmpty())
            return QStringLiteral("a client certificate needs a certificate file and a key file");
        if (QFileInfo(certificateFile).isRelative() || QFileInfo(keyFile).isRelative())
            return QStringLiteral("the certificate and key files need absolute paths");
        return {};
    case AuthKind::OAuth2: {
        QString error;
        if (tokenUrl.isEmpty())
            return QStringLiteral("OAuth2 needs a token URL");
        if (!MonitorValidator::isCheckableUrl(tokenUrl, &error))
            return QStringLiteral("the token URL cannot be used: %1").arg(error);
        if (!tokenUrl.userInfo().isEmpty())
            return QStringLiteral("the token URL cannot hold a user or password (the client id "
                                  "and secret are sent for it)");
        if (clientId.isEmpty())
            return QStringLiteral("OAuth2 needs a client id");
        if (hasControl(clientId) || hasControl(scope))
            return QStringLiteral("the client id and scope cannot contain control characters");
        return {};
    }
    }
    return {};
}

QString MonitorAuth::filesProblem() const
{
    if (kind != AuthKind::ClientCertificate)
        return {};
    if (const QString problem = fileProblem(QStringLiteral("client certificate"), certificateFile);
        !problem.isEmpty())
        return problem;
    return fileProblem(QStringLiteral("private key"), keyFile);
}

QJsonObject MonitorAuth::toJson() const
{
    QJsonObject object;
    if (kind == AuthKind::None)
        return object;
    object.insert(u"kind", authKindName(kind));
    switch (kind) {
    case AuthKind::None:
    case AuthKind::Bearer:
        break;
    case AuthKind::Basic:
        object.insert(u"user", user);
        break;
    case AuthKind::Header:
        object.insert(u"header", QString::fromLatin1(headerName));
        break;
    case AuthKind::ClientCertificate:
        object.insert(u"certificate", certificateFile);
        object.insert(u"key", keyFile);
        break;
    case AuthKind::OAuth2:
        object.insert(u"token_url", tokenUrl.toString(QUrl::FullyEncoded));
        object.insert(u"client_id", clientId);
        object.insert(u"scope", scope);
        break;
    }
    return object;
}

std::optional<MonitorAuth> MonitorAuth::fromJson(const QJsonObject &object, QString *error)
{
    MonitorAuth auth;
    if (object.isEmpty())
        return auth;
    const QJsonValue kindValue = object.value(u"kind");
    if (!kindValue.isString()) {
        *error = QStringLiteral("\"kind\" must be one of none, basic, bearer, header, "
                                "client_cert, oauth2");
        return std::nullopt;
    }
    const std::optional<AuthKind> kind = authKindFromName(kindValue.toString());
    if (!kind) {
        *error = QStringLiteral("unknown authentication kind \"%1\" (use none, basic, bearer, "
                                "header, client_cert or oauth2)")
                     .arg(kindValue.toString().left(40));
        return std::nullopt;
    }
    auth.kind = *kind;
    const QStringList keys = keysOf(auth.kind);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == u"kind")
            continue;
        if (!keys.contains(it.key())) {
            *error = QStringLiteral("\"%1\" is not a field of %2 authentication")
                         .arg(it.key().left(40), authKindName(auth.kind));
            return std::nullopt;
        }
        if (!it.value().isString()) {
            *error = QStringLiteral("\"%1\" must be a string").arg(it.key());
            return std::nullopt;
        }
    }
    const auto text = [&object](QStringView key) { return object.value(key).toString(); };
    switch (auth.kind) {
    case AuthKind::None:
    case AuthKind::Bearer:
        break;
    case AuthKind::Basic:
        auth.user = text(u"user");
        break;
    case AuthKind::Header:
        auth.headerName = text(u"header").toLatin1();
        break;
    case AuthKind::ClientCertificate:
        auth.certificateFile = text(u"certificate");
        auth.keyFile = text(u"key");
        break;
    case AuthKind::OAuth2:
        auth.tokenUrl = QUrl(text(u"token_url"), QUrl::StrictMode);
        auth.clientId = text(u"client_id");
        auth.scope = text(u"scope");
        break;
    }
    return auth;
}
