#pragma once

#include <QString>

#include <optional>

// Durations as people type them on the command line: "90m", "2h", "1h30m", "2d".
namespace DurationText {

// Whole minutes, from 1 to ten years; nullopt with a sentence in *error otherwise.
[[nodiscard]] std::optional<int> parseMinutes(const QString &text, QString *error);

} // namespace DurationText
