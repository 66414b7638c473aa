#include "core/model/MonitorAuth.h"

#include "core/model/MonitorValidator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <array>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MonitorAuth)
};

struct KindInfo {
    AuthKind kind;
    const char16_t *name;
    const char *title;  // translated when shown
    const char *secret; // translated when shown
};

constexpr std::array kKinds{
    KindInfo{AuthKind::None, u"none", QT_TRANSLATE_NOOP("MonitorAuth", "None"), ""},
    KindInfo{AuthKind::Basic, u"basic", QT_TRANSLATE_NOOP("MonitorAuth", "HTTP Basic"),
             QT_TRANSLATE_NOOP("MonitorAuth", "password")},
    KindInfo{AuthKind::Bearer, u"bearer", QT_TRANSLATE_NOOP("MonitorAuth", "Bearer token"),
             QT_TRANSLATE_NOOP("MonitorAuth", "token")},
    KindInfo{AuthKind::Header, u"header", QT_TRANSLATE_NOOP("MonitorAuth", "Secret header"),
             QT_TRANSLATE_NOOP("MonitorAuth", "header value")},
    KindInfo{AuthKind::ClientCertificate, u"client_cert",
             QT_TRANSLATE_NOOP("MonitorAuth", "Client certificate"),
             QT_TRANSLATE_NOOP("MonitorAuth", "key passphrase")},
    KindInfo{AuthKind::OAuth2, u"oauth2",
             QT_TRANSLATE_NOOP("MonitorAuth", "OAuth2 client credentials"),
             QT_TRANSLATE_NOOP("MonitorAuth", "client secret")},
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
    return Text::tr(infoOf(kind).title);
}

bool MonitorAuth::requiresSecret() const
{
    return kind != AuthKind::None && kind != AuthKind::ClientCertificate;
}

QString MonitorAuth::secretTitle() const
{
    return Text::tr(infoOf(kind).secret);
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
        return Text::tr("the %1 file is missing").arg(what);
    const QFileInfo info(path);
    if (!info.exists())
        return Text::tr("the %1 file %2 does not exist").arg(what, path);
    if (!info.isFile())
        return Text::tr("the %1 file %2 is not a file").arg(what, path);
    if (!info.isReadable())
        return Text::tr("the %1 file %2 cannot be read").arg(what, path);
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
            return Text::tr("HTTP Basic authentication needs a user name");
        if (user.contains(u':'))
            return Text::tr("the user name cannot contain ':'");
        if (hasControl(user))
            return Text::tr("the user name cannot contain control characters");
        return {};
    case AuthKind::Header: {
        if (headerName.isEmpty())
            return Text::tr("a secret header needs a header name");
        QString error;
        if (!MonitorValidator::parseHeader(QString::fromLatin1(headerName) + u": x", &error))
            return error;
        return {};
    }
    case AuthKind::ClientCertificate:
        if (certificateFile.isEmpty() || keyFile.isEmpty())
            return Text::tr("a client certificate needs a certificate file and a key file");
        if (QFileInfo(certificateFile).isRelative() || QFileInfo(keyFile).isRelative())
            return Text::tr("the certificate and key files need absolute paths");
        return {};
    case AuthKind::OAuth2: {
        QString error;
        if (tokenUrl.isEmpty())
            return Text::tr("OAuth2 needs a token URL");
        if (!MonitorValidator::isCheckableUrl(tokenUrl, &error))
            return Text::tr("the token URL cannot be used: %1").arg(error);
        if (!tokenUrl.userInfo().isEmpty())
            return Text::tr("the token URL cannot hold a user or password (the client id "
                            "and secret are sent for it)");
        if (clientId.isEmpty())
            return Text::tr("OAuth2 needs a client id");
        if (hasControl(clientId) || hasControl(scope))
            return Text::tr("the client id and scope cannot contain control characters");
        return {};
    }
    }
    return {};
}

QString MonitorAuth::filesProblem() const
{
    if (kind != AuthKind::ClientCertificate)
        return {};
    if (const QString problem = fileProblem(Text::tr("client certificate"), certificateFile);
        !problem.isEmpty())
        return problem;
    return fileProblem(Text::tr("private key"), keyFile);
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
        *error = Text::tr("\"kind\" must be one of none, basic, bearer, header, "
                          "client_cert, oauth2");
        return std::nullopt;
    }
    const std::optional<AuthKind> kind = authKindFromName(kindValue.toString());
    if (!kind) {
        *error = Text::tr("unknown authentication kind \"%1\" (use none, basic, bearer, "
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
            *error = Text::tr("\"%1\" is not a field of %2 authentication")
                         .arg(it.key().left(40), authKindName(auth.kind));
            return std::nullopt;
        }
        if (!it.value().isString()) {
            *error = Text::tr("\"%1\" must be a string").arg(it.key());
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
