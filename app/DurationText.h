#pragma once

#include <QString>

#include <optional>

// Durations as people type them on the command line: "90m", "2h", "1h30m", "1d", "45s" (a bare
// number is minutes). Milliseconds; nullopt when the text is not one, or is zero.
namespace DurationText {

[[nodiscard]] std::optional<qint64> parseMs(const QString &text);

} // namespace DurationText
