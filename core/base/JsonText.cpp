#include "core/base/JsonText.h"

#include <QStringDecoder>

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {

// QJsonParseError's own texts speak of "value separators"; people look for a missing comma.
QString syntaxProblem(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return u"missing comma or '}' in an object"_s;
    case QJsonParseError::MissingNameSeparator:
        return u"missing colon after a key"_s;
    case QJsonParseError::UnterminatedArray:
        return u"missing comma or ']' in an array"_s;
    case QJsonParseError::MissingValueSeparator:
        return u"missing comma between values"_s;
    case QJsonParseError::IllegalValue:
        return u"not a JSON value (text needs double quotes; true, false and null are "
               "lower case)"_s;
    case QJsonParseError::TerminationByNumber:
        return u"the file ends inside a number"_s;
    case QJsonParseError::IllegalNumber: // also what Qt reports for an unquoted word
        return u"not a valid number or value (text needs double quotes)"_s;
    case QJsonParseError::IllegalEscapeSequence:
        return u"invalid escape sequence in a string"_s;
    case QJsonParseError::IllegalUTF8String:
        return u"text that is not valid UTF-8"_s;
    case QJsonParseError::UnterminatedString:
        return u"unterminated string: a closing '\"' is missing"_s;
    case QJsonParseError::GarbageAtEnd:
        return u"unexpected text after the end of the JSON document"_s;
    default:
        return QJsonParseError{0, error}.errorString();
    }
}

// For these errors Qt's offset is just past the character that was wrong; point at it instead.
bool offsetIsPastTheProblem(QJsonParseError::ParseError error)
{
    return error == QJsonParseError::UnterminatedObject ||
           error == QJsonParseError::MissingNameSeparator ||
           error == QJsonParseError::UnterminatedArray ||
           error == QJsonParseError::MissingValueSeparator ||
           error == QJsonParseError::IllegalValue;
}

// "line 4, column 12" for a byte offset into UTF-8 text; columns count code points, as
// editors do ("ü" and an emoji are one column each).
QString position(const QByteArray &json, qsizetype offset)
{
    const QByteArray before = json.left(std::clamp<qsizetype>(offset, 0, json.size()));
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.mid(lineStart)).toUcs4().size() + 1;
    return u"line %1, column %2"_s.arg(line).arg(column);
}

} // namespace

namespace JsonText {

QString utf8Text(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String: {
        constexpr qsizetype kShown = 40;
        const QString text = value.toString();
        return text.size() <= kShown ? u"the text \"%1\""_s.arg(text)
                                     : u"the text \"%1...\""_s.arg(text.left(kShown));
    }
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

QString oneLine(const QString &text)
{
    QString line;
    line.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n')
            line += u"\\n";
        else if (c == u'\r')
            line += u"\\r";
        else if (c == u'\t')
            line += u"\\t";
        else if (c.category() == QChar::Other_Control)
            line += u"\\u" + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        else
            line += c;
    }
    return line;
}

std::optional<int> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (std::floor(number) != number || number < std::numeric_limits<int>::min() ||
        number > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(number);
}

QString syntaxError(const QByteArray &json, const QJsonParseError &error)
{
    const qsizetype offset = error.offset - (offsetIsPastTheProblem(error.error) ? 1 : 0);
    return position(json, offset) + u": " + syntaxProblem(error.error);
}

} // namespace JsonText
