#include "core/model/JsonPointer.h"

#include "core/base/JsonText.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

// User text inside a message: one line, not too long.
QString quoted(const QString &text)
{
    constexpr qsizetype kShown = 60;
    const QString shown = text.size() <= kShown ? text : text.left(kShown - 1) + u'…';
    return u'\'' + JsonText::oneLine(shown) + u'\'';
}

// RFC 6901: "0", or digits without a leading zero.
std::optional<qsizetype> arrayIndex(const QString &token)
{
    if (token.isEmpty() || token.size() > 15 || (token.size() > 1 && token.front() == u'0'))
        return std::nullopt;
    qsizetype index = 0;
    for (const QChar c : token) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        index = index * 10 + (c.unicode() - u'0');
    }
    return index;
}

} // namespace

namespace JsonPointer {

QString problem(const QString &pointer)
{
    if (pointer.isEmpty())
        return {};
    if (pointer.front() != u'/')
        return u"the pointer %1 must start with '/' (as in /status), or be \"\" for the whole "
               "document"_s.arg(quoted(pointer));
    for (qsizetype i = 0; i < pointer.size(); ++i) {
        if (pointer.at(i) != u'~')
            continue;
        if (i + 1 >= pointer.size() || (pointer.at(i + 1) != u'0' && pointer.at(i + 1) != u'1'))
            return u"'~' at character %1 of the pointer must be followed by 0 or 1 (~0 stands "
                   "for '~', ~1 for '/')"_s.arg(i + 1);
    }
    return {};
}

Lookup resolve(const QJsonValue &root, const QString &pointer)
{
    if (pointer.isEmpty())
        return {root, {}};
    QJsonValue current = root;
    qsizetype start = 1; // after the '/' of the current token
    while (start <= pointer.size()) {
        qsizetype end = pointer.indexOf(u'/', start);
        if (end < 0)
            end = pointer.size();
        const QString parent = pointer.left(start - 1);
        const QString shownParent = parent.isEmpty() ? u"the document"_s : parent;
        QString token = pointer.mid(start, end - start);
        token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(token))
                return {};
            current = object.value(token);
        }
        else if (current.isArray()) {
            const QJsonArray array = current.toArray();
            const std::optional<qsizetype> index = arrayIndex(token);
            if (!index)
                return {std::nullopt,
                        token == u"-" ? u"'-' points past the last element of %1"_s.arg(shownParent)
                                      : u"%1 is an array and %2 is not an index"_s.arg(
                                            shownParent, quoted(token))};
            if (*index >= array.size())
                return {std::nullopt, u"%1 has %2 elements"_s.arg(shownParent).arg(array.size())};
            current = array.at(*index);
        }
        else {
            return {std::nullopt, u"%1 is %2"_s.arg(shownParent, typeName(current))};
        }
        start = end + 1;
    }
    return {current, {}};
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

} // namespace JsonPointer
