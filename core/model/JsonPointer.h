#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

// RFC 6901 JSON Pointers ("/queue/depth", "/items/0", "/a~1b" for the key "a/b"), for the JSON
// assertions. "" is the whole document.
namespace JsonPointer {

// What is wrong with a pointer's syntax, or an empty string: it must be "" or start with '/',
// and every '~' must be followed by 0 or 1.
[[nodiscard]] QString problem(const QString &pointer);

struct Lookup {
    std::optional<QJsonValue> value; // nullopt: the pointer leads nowhere in this document
    QString why; // when missing and there is more to say: "/items has 3 elements"
};
// The value `pointer` names in `root`. An array index is "0" or digits without a leading zero;
// "-" (past the last element) is always missing.
[[nodiscard]] Lookup resolve(const QJsonValue &root, const QString &pointer);

// "a string", "a number", "null", ... for messages.
[[nodiscard]] QString typeName(const QJsonValue &value);

} // namespace JsonPointer
