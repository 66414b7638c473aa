#pragma once

#include <QByteArray>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>

#include <optional>

// Words for what is wrong in a JSON file a person wrote, for one-line error messages.
namespace JsonText {

// What a value is, for "must be ..., not <this>": "null", "true", "3.5", "the text \"abc\"",
// "an array". Long text is cut.
[[nodiscard]] QString describe(const QJsonValue &value);
// UTF-8 bytes as text, a leading U+FEFF kept: QString::fromUtf8 drops it, so a body or a header
// value that starts with one would change on its way through an export or a dialog.
[[nodiscard]] QString utf8Text(QByteArrayView bytes);
// Control characters written as escapes ("\\n", "\\u0007"), so that a message stays one line.
[[nodiscard]] QString oneLine(const QString &text);
// A whole number in int range, or nullopt ("1.0" counts; "1.5", text and null do not).
[[nodiscard]] std::optional<int> wholeNumber(const QJsonValue &value);
// "line 4, column 12: missing comma or '}' in an object" for a parse error in `json`. Columns
// count code points, as editors do.
[[nodiscard]] QString syntaxError(const QByteArray &json, const QJsonParseError &error);

} // namespace JsonText
