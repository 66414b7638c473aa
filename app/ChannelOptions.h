#pragma once

#include "app/CommandParser.h"
#include "core/model/AlertChannel.h"

#include <QCommandLineParser>
#include <QString>

#include <optional>

// The options of `upwatch channel add`: the channel's kind, filters and timeout, and a
// webhook's secret (its URL and headers, from the arguments or from standard input).
namespace ChannelOptions {

// "Keep the webhook's URL in DB.secrets ...": the --secrets-file help of every channel action.
[[nodiscard]] QString secretsFileHelp();

void addTo(QCommandLineParser &parser);

// The channel the options describe (without its id, key and target); nullopt after printing
// the problem (bad usage).
[[nodiscard]] std::optional<AlertChannel> channel(CommandParser &command, bool isCommand);

// The webhook's URL and headers: from --webhook and --header, or from standard input
// (--webhook-stdin: the URL on the first line, then one header per line). Nullopt with one
// sentence in *error that never quotes the secret.
[[nodiscard]] std::optional<WebhookSecret> secret(const QCommandLineParser &parser, QString *error);

} // namespace ChannelOptions
