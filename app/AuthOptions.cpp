#include "app/AuthOptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuthOptions)
};

constexpr QLatin1StringView kUser("user");
constexpr QLatin1StringView kPasswordStdin("password-stdin");
constexpr QLatin1StringView kBearer("bearer");
constexpr QLatin1StringView kTokenStdin("token-stdin");
constexpr QLatin1StringView kSecretHeader("secret-header");
constexpr QLatin1StringView kSecretStdin("secret-stdin");
constexpr QLatin1StringView kClientCert("client-cert");
constexpr QLatin1StringView kClientKey("client-key");
constexpr QLatin1StringView kTokenUrl("oauth2-token-url");
constexpr QLatin1StringView kClientId("oauth2-client-id");
constexpr QLatin1StringView kScope("oauth2-scope");

constexpr qint64 kMaxSecretBytes = 64 * 1024;

// The environment variable that holds the secret of a kind.
QString environmentName(AuthKind kind)
{
    switch (kind) {
    case AuthKind::Basic:
        return QStringLiteral("UPWATCH_PASSWORD");
    case AuthKind::Bearer:
        return QStringLiteral("UPWATCH_TOKEN");
    case AuthKind::Header:
        return QStringLiteral("UPWATCH_SECRET_HEADER");
    case AuthKind::ClientCertificate:
        return QStringLiteral("UPWATCH_KEY_PASSPHRASE");
    case AuthKind::OAuth2:
        return QStringLiteral("UPWATCH_CLIENT_SECRET");
    case AuthKind::None:
        break;
    }
    return {};
}

QByteArray withoutLineBreak(QByteArray bytes)
{
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return bytes;
}

} // namespace

namespace AuthOptions {

void addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {kUser,
         Text::tr("HTTP Basic user; the password comes from UPWATCH_PASSWORD or "
                  "--password-stdin."),
         QStringLiteral("name")},
        {kPasswordStdin, Text::tr("Read the Basic password from standard input.")},
        {kBearer, Text::tr("Send a bearer token from UPWATCH_TOKEN or --token-stdin.")},
        {kTokenStdin, Text::tr("Read the bearer token from standard input.")},
        {kSecretHeader,
         Text::tr("Send header NAME with a secret value from UPWATCH_SECRET_HEADER or "
                  "--secret-stdin."),
         QStringLiteral("name")},
        {kClientCert,
         Text::tr("Client certificate (PEM) for mutual TLS; with --client-key. A key "
                  "passphrase comes from UPWATCH_KEY_PASSPHRASE or --secret-stdin."),
         QStringLiteral("file")},
        {kClientKey, Text::tr("Private key (PEM) of --client-cert."), QStringLiteral("file")},
        {kTokenUrl,
         Text::tr("OAuth2 client credentials: the token endpoint; with "
                  "--oauth2-client-id. The client secret comes from "
                  "UPWATCH_CLIENT_SECRET or --secret-stdin."),
         QStringLiteral("url")},
        {kClientId, Text::tr("OAuth2 client id."), QStringLiteral("id")},
        {kScope, Text::tr("OAuth2 scope (optional)."), QStringLiteral("scope")},
        {kSecretStdin,
         Text::tr("Read the secret of the chosen authentication from standard input.")},
    });
}

QString urlPasswordWarning(const QUrl &url)
{
    if (url.password().isEmpty())
        return {};
    return Text::tr("warning: a password in the URL shows in the process list while upwatch "
                    "runs; use --user with UPWATCH_PASSWORD or --password-stdin");
}

std::optional<QByteArray> readProcessStdin(QString *error)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        *error = Text::tr("cannot read standard input: %1").arg(input.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = input.read(kMaxSecretBytes + 1);
    if (bytes.size() > kMaxSecretBytes) {
        *error = Text::tr("the secret on standard input is longer than %1 KiB")
                     .arg(kMaxSecretBytes / 1024);
        return std::nullopt;
    }
    return withoutLineBreak(bytes);
}

std::optional<Auth> read(const QCommandLineParser &parser, const QProcessEnvironment &environment,
                         const ReadStdin &readStdin, QString *error)
{
    Auth result;
    MonitorAuth &auth = result.auth;
    QStringList chosen; // the options that pick a kind, to refuse two kinds at once
    if (parser.isSet(kUser)) {
        auth.kind = AuthKind::Basic;
        auth.user = parser.value(kUser);
        chosen.append(QStringLiteral("--user"));
    }
    if (parser.isSet(kBearer) || parser.isSet(kTokenStdin)) {
        auth.kind = AuthKind::Bearer;
        chosen.append(parser.isSet(kBearer) ? QStringLiteral("--bearer")
                                            : QStringLiteral("--token-stdin"));
    }
    if (parser.isSet(kSecretHeader)) {
        auth.kind = AuthKind::Header;
        auth.headerName = parser.value(kSecretHeader).trimmed().toLatin1();
        chosen.append(QStringLiteral("--secret-header"));
    }
    if (parser.isSet(kClientCert) || parser.isSet(kClientKey)) {
        if (!parser.isSet(kClientCert) || !parser.isSet(kClientKey)) {
            *error = Text::tr("--client-cert and --client-key go together");
            return std::nullopt;
        }
        auth.kind = AuthKind::ClientCertificate;
        // Absolute: `upwatch run` and the window start elsewhere.
        auth.certificateFile = QFileInfo(parser.value(kClientCert)).absoluteFilePath();
        auth.keyFile = QFileInfo(parser.value(kClientKey)).absoluteFilePath();
        chosen.append(QStringLiteral("--client-cert"));
    }
    if (parser.isSet(kTokenUrl) || parser.isSet(kClientId) || parser.isSet(kScope)) {
        if (!parser.isSet(kTokenUrl) || !parser.isSet(kClientId)) {
            *error = Text::tr("OAuth2 needs both --oauth2-token-url and --oauth2-client-id");
            return std::nullopt;
        }
        auth.kind = AuthKind::OAuth2;
        auth.tokenUrl = QUrl(parser.value(kTokenUrl).trimmed(), QUrl::StrictMode);
        auth.clientId = parser.value(kClientId);
        auth.scope = parser.value(kScope);
        chosen.append(QStringLiteral("--oauth2-token-url"));
    }
    if (chosen.size() > 1) {
        *error = Text::tr("choose one kind of authentication, not %1")
                     .arg(chosen.join(Text::tr(" and ")));
        return std::nullopt;
    }

    // Where the secret comes from: a --*-stdin option, else the kind's environment variable.
    const QStringList stdinOptions{kPasswordStdin, kTokenStdin, kSecretStdin};
    QStringList fromStdin;
    for (const QString &option : stdinOptions) {
        if (parser.isSet(option))
            fromStdin.append(u"--" + option);
    }
    if (fromStdin.size() > 1) {
        *error = Text::tr("standard input holds one secret: give only one of %1")
                     .arg(fromStdin.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (!fromStdin.isEmpty()) {
        if (auth.isNone()) {
            *error = Text::tr("%1 needs an authentication option (--user, --bearer, "
                              "--secret-header, --client-cert or --oauth2-token-url)")
                         .arg(fromStdin.constFirst());
            return std::nullopt;
        }
        if (parser.isSet(kPasswordStdin) && auth.kind != AuthKind::Basic) {
            *error = Text::tr("--password-stdin goes with --user");
            return std::nullopt;
        }
        const auto secret = readStdin(error);
        if (!secret)
            return std::nullopt;
        if (secret->isEmpty()) {
            *error =
                Text::tr("standard input is empty: it should hold the %1").arg(auth.secretTitle());
            return std::nullopt;
        }
        result.secret = *secret;
    }
    else if (!auth.isNone()) {
        const QString variable = environmentName(auth.kind);
        if (environment.contains(variable) && !environment.value(variable).isEmpty())
            result.secret = environment.value(variable).toUtf8();
    }
    if (auth.requiresSecret() && !result.secret) {
        *error = Text::tr("%1 authentication needs the %2: set %3 or use %4")
                     .arg(authKindTitle(auth.kind), auth.secretTitle(), environmentName(auth.kind),
                          auth.kind == AuthKind::Basic    ? QStringLiteral("--password-stdin")
                          : auth.kind == AuthKind::Bearer ? QStringLiteral("--token-stdin")
                                                          : QStringLiteral("--secret-stdin"));
        return std::nullopt;
    }
    if (QString problem = auth.problem();
        !problem.isEmpty() || !(problem = auth.filesProblem()).isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return result;
}

} // namespace AuthOptions
