#pragma once

#include "Monitor.h"

#include <QCommandLineParser>
#include <QString>

#include <optional>

// The options that say how to check a URL (--method, --header, --expect-status, ...), shared by
// every command that defines a check.
namespace CheckOptions {

void addTo(QCommandLineParser &parser);

// Applies the options the user gave on top of `base`. On bad input returns nullopt with one
// sentence in *error.
[[nodiscard]] std::optional<Monitor> apply(const QCommandLineParser &parser, Monitor base,
                                           QString *error);

} // namespace CheckOptions
