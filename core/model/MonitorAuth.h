#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

// How a monitor authenticates. Stored by name (see authKindName), so the order is free.
enum class AuthKind {
    None,
    Basic,             // user name and password (the secret)
    Bearer,            // "Authorization: Bearer <token>" (the token is the secret)
    Header,            // a request header whose value is the secret, e.g. X-API-Key
    ClientCertificate, // mutual TLS: certificate and key files; the key's passphrase, if any
    OAuth2,            // client credentials: token URL, client id and scope; the client secret
};

// Stable names: "none", "basic", "bearer", "header", "client_cert", "oauth2".
[[nodiscard]] QString authKindName(AuthKind kind);
[[nodiscard]] std::optional<AuthKind> authKindFromName(QStringView name);
// For people: "HTTP Basic", "Bearer token", "Secret header", "Client certificate",
// "OAuth2 client credentials".
[[nodiscard]] QString authKindTitle(AuthKind kind);

// What a monitor needs to authenticate, without the secret itself: the secret lives in a
// SecretStore under Monitor::credentialKey. Which fields matter depends on the kind.
struct MonitorAuth {
    AuthKind kind = AuthKind::None;
    QString user;            // Basic
    QByteArray headerName;   // Header
    QString certificateFile; // ClientCertificate: PEM certificate
    QString keyFile;         // ClientCertificate: PEM private key
    QUrl tokenUrl;           // OAuth2
    QString clientId;        // OAuth2
    QString scope;           // OAuth2 (optional)

    [[nodiscard]] bool isNone() const { return kind == AuthKind::None; }
    // True when the kind cannot work without a secret (all but ClientCertificate, whose key
    // passphrase is optional, and None).
    [[nodiscard]] bool requiresSecret() const;
    // What the secret is called for this kind, for messages: "password", "token",
    // "header value", "key passphrase", "client secret".
    [[nodiscard]] QString secretTitle() const;

    // What is wrong with the kind's fields (one sentence), or an empty string: a user name for
    // Basic, a header name that can be sent, absolute certificate and key paths, an http(s)
    // token URL and a client id. Whether a secret is stored is not its business, nor whether
    // the files exist here (a monitors file may come from another machine): see filesProblem().
    [[nodiscard]] QString problem() const;
    // For a client certificate: whether its files exist and this process can read them.
    [[nodiscard]] QString filesProblem() const;

    // A JSON object with the kind's fields (never a secret); {} for None.
    [[nodiscard]] QJsonObject toJson() const;
    // The reverse; an unknown kind, a missing field or a field of the wrong type is an error.
    [[nodiscard]] static std::optional<MonitorAuth> fromJson(const QJsonObject &object,
                                                             QString *error);

    friend bool operator==(const MonitorAuth &, const MonitorAuth &) = default;
};

// Implicitly shared Qt values only: movable in memory.
Q_DECLARE_TYPEINFO(MonitorAuth, Q_RELOCATABLE_TYPE);
