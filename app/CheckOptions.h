#pragma once

#include "core/model/Monitor.h"

#include <QCommandLineParser>
#include <QString>

#include <optional>

// The options that say how to check a URL (--method, --header, --expect-status, ...), shared by
// every command that defines a check.
namespace CheckOptions {

void addTo(QCommandLineParser &parser);

// A whole number from minimum to maximum from option `name` ("--timeout needs a whole number of
// milliseconds (at least 1), not 'abc'", "--workers must be between 1 and 64, not 5000"), or
// nullopt with that sentence in *error. Every command's numeric options go through here.
[[nodiscard]] std::optional<int> wholeNumber(const QCommandLineParser &parser, const QString &name,
                                             int minimum, int maximum, const QString &unit,
                                             QString *error);

// Applies the options the user gave on top of `base`. On bad input returns nullopt with one
// sentence in *error.
[[nodiscard]] std::optional<Monitor> apply(const QCommandLineParser &parser, Monitor base,
                                           QString *error);

} // namespace CheckOptions
