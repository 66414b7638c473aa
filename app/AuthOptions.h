#pragma once

#include "core/model/MonitorAuth.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <optional>

// How a command that defines a check (`check`, `monitor add`) is told to authenticate:
//   --user NAME                  HTTP Basic; password from UPWATCH_PASSWORD or --password-stdin
//   --bearer                     Bearer token from UPWATCH_TOKEN or --token-stdin (which implies
//   it)
//   --secret-header NAME         header NAME; its value from UPWATCH_SECRET_HEADER or
//   --secret-stdin
//   --client-cert F --client-key F   mutual TLS; key passphrase (optional) from
//                                UPWATCH_KEY_PASSPHRASE or --secret-stdin
//   --oauth2-token-url U --oauth2-client-id ID [--oauth2-scope S]
//                                OAuth2 client credentials; client secret from
//                                UPWATCH_CLIENT_SECRET or --secret-stdin
// A secret is never taken from an argument, where `ps` would show it to everyone.
namespace AuthOptions {

void addTo(QCommandLineParser &parser);

struct Auth {
    MonitorAuth auth;
    std::optional<QByteArray> secret; // nullopt: no secret given (none needed, or none at all)
};

// Reads all of standard input (called at most once, only when a --*-stdin option is given).
using ReadStdin = std::function<std::optional<QByteArray>(QString *error)>;

// The authentication the options ask for, or nullopt with a sentence in *error (bad usage).
[[nodiscard]] std::optional<Auth> read(const QCommandLineParser &parser,
                                       const QProcessEnvironment &environment,
                                       const ReadStdin &readStdin, QString *error);

// The warning for a password given inside a URL argument (empty when the URL has none).
[[nodiscard]] QString urlPasswordWarning(const QUrl &url);

// Standard input of this process, up to 64 KiB, without one trailing line break.
[[nodiscard]] std::optional<QByteArray> readProcessStdin(QString *error);

} // namespace AuthOptions
