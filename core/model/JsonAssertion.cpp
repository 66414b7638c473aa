#include "core/model/JsonAssertion.h"

#include "core/base/JsonText.h"
#include "core/model/JsonPointer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

using Op = JsonAssertion::Op;

constexpr std::array<std::pair<Op, QLatin1StringView>, 10> kOps{{
    {Op::Equal, "=="_L1},
    {Op::NotEqual, "!="_L1},
    {Op::Less, "<"_L1},
    {Op::LessOrEqual, "<="_L1},
    {Op::Greater, ">"_L1},
    {Op::GreaterOrEqual, ">="_L1},
    {Op::Contains, "contains"_L1},
    {Op::Matches, "matches"_L1},
    {Op::Exists, "exists"_L1},
    {Op::NotExists, "!exists"_L1},
}};

const QString &opList()
{
    static const QString list = u"==, !=, <, <=, >, >=, contains, matches, exists or !exists"_s;
    return list;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

QString cut(const QString &text, qsizetype length)
{
    return text.size() <= length ? text : text.left(length - 1) + u'…';
}

// User text inside a message: one line, not too long.
QString quoted(QStringView text)
{
    constexpr qsizetype kShown = 60;
    return u'\'' + JsonText::oneLine(cut(text.toString(), kShown)) + u'\'';
}

// A JSON value in its compact written form ("ok" with its quotes, 3.5, [1,2]).
QString compact(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString shown(const QJsonValue &value)
{
    return cut(compact(value), JsonAssertion::kShownValueLength);
}

// Equal as JSON values: numbers by value (1 == 1.0), arrays element by element, objects member
// by member.
bool jsonEqual(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    if (a.isDouble())
        return a.toDouble() == b.toDouble();
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!jsonEqual(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.size() != y.size())
            return false;
        for (auto it = x.constBegin(); it != x.constEnd(); ++it) {
            if (!y.contains(it.key()) || !jsonEqual(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    return a == b;
}

QString valueProblem(Op op, const QJsonValue &expected)
{
    if (!JsonAssertion::takesValue(op))
        return expected.isUndefined() ? QString()
                                      : u"'%1' takes no value"_s.arg(JsonAssertion::opName(op));
    if (expected.isUndefined())
        return u"'%1' needs a value after it"_s.arg(JsonAssertion::opName(op));
    switch (op) {
    case Op::Less:
    case Op::LessOrEqual:
    case Op::Greater:
    case Op::GreaterOrEqual:
        if (!expected.isDouble() && !expected.isString())
            return u"'%1' compares numbers or strings, not %2"_s.arg(JsonAssertion::opName(op),
                                                                     shown(expected));
        break;
    case Op::Matches: {
        if (!expected.isString())
            return u"'matches' needs a regular expression in double quotes, not %1"_s.arg(
                shown(expected));
        const QRegularExpression regex(expected.toString());
        if (!regex.isValid())
            return u"the regular expression %1 is invalid at character %2 of it: %3"_s.arg(
                quoted(expected.toString()), QString::number(regex.patternErrorOffset() + 1),
                regex.errorString());
        break;
    }
    default:
        break;
    }
    return {};
}

// One JSON value of any kind (Qt's reader takes only arrays and objects at the top level).
// `column` is where the text starts in what the user wrote (1-based), for the message.
std::optional<QJsonValue> readValue(const QString &text, qsizetype column, QString *error)
{
    const QByteArray json =
        QByteArray(std::max<qsizetype>(column - 2, 0), ' ') + '[' + text.toUtf8() + ']';
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        QString where = JsonText::syntaxError(json, parseError);
        if (where.startsWith(u"line 1, column "))
            where = where.mid(8);
        setError(error, u"the value is not JSON: "_s + where);
        return std::nullopt;
    }
    const QJsonArray array = document.array();
    if (array.size() != 1) {
        setError(error, u"the value at column %1 must be one JSON value, not %2 (a list goes "
                        "in [ ])"_s.arg(column)
                            .arg(array.size()));
        return std::nullopt;
    }
    return array.at(0);
}

// The end of a JSON string that starts at `start` (its opening quote), just past the closing
// quote, or -1.
qsizetype stringEnd(QStringView text, qsizetype start)
{
    for (qsizetype i = start + 1; i < text.size(); ++i) {
        if (text.at(i) == u'\\')
            ++i;
        else if (text.at(i) == u'"')
            return i + 1;
    }
    return -1;
}

qsizetype skipSpace(QStringView text, qsizetype i)
{
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    return i;
}

qsizetype tokenEnd(QStringView text, qsizetype i)
{
    while (i < text.size() && !text.at(i).isSpace())
        ++i;
    return i;
}

} // namespace

JsonAssertion::JsonAssertion(QString pointer, Op op, QJsonValue expected)
    : m_pointer(std::move(pointer))
    , m_op(op)
    , m_expected(takesValue(op) ? std::move(expected) : QJsonValue(QJsonValue::Undefined))
{
}

QString JsonAssertion::opName(Op op)
{
    for (const auto &[candidate, name] : kOps) {
        if (candidate == op)
            return name;
    }
    return {};
}

std::optional<JsonAssertion> JsonAssertion::parse(QStringView text, QString *error)
{
    if (text.size() > kMaxTextLength) {
        setError(error, u"the expression is %1 characters long; the limit is %2"_s.arg(text.size())
                            .arg(kMaxTextLength));
        return std::nullopt;
    }
    qsizetype i = skipSpace(text, 0);
    if (i == text.size()) {
        setError(error,
                 u"the expression is empty: write POINTER OP VALUE, e.g. /status == \"ok\""_s);
        return std::nullopt;
    }

    // The pointer: bare up to the first space, or a JSON string.
    QString pointer;
    if (text.at(i) == u'"') {
        const qsizetype end = stringEnd(text, i);
        if (end < 0) {
            setError(
                error,
                u"the pointer that starts with '\"' at column %1 has no closing '\"'"_s.arg(i + 1));
            return std::nullopt;
        }
        const std::optional<QJsonValue> value =
            readValue(text.mid(i, end - i).toString(), i + 1, error);
        if (!value)
            return std::nullopt;
        pointer = value->toString();
        i = end;
    }
    else {
        const qsizetype end = tokenEnd(text, i);
        pointer = text.mid(i, end - i).toString();
        i = end;
    }
    if (const QString problem = JsonPointer::problem(pointer); !problem.isEmpty()) {
        setError(error, problem);
        return std::nullopt;
    }

    i = skipSpace(text, i);
    if (i == text.size()) {
        setError(error, u"no operator after the pointer %1: use %2, with spaces around it"_s.arg(
                            quoted(pointer), opList()));
        return std::nullopt;
    }
    const qsizetype opEnd = tokenEnd(text, i);
    const QStringView opText = text.mid(i, opEnd - i);
    std::optional<Op> op;
    for (const auto &[candidate, name] : kOps) {
        if (opText == name)
            op = candidate;
    }
    if (!op) {
        setError(error, u"unknown operator %1 at column %2: use %3, with spaces around it"_s.arg(
                            quoted(opText), QString::number(i + 1), opList()));
        return std::nullopt;
    }

    i = skipSpace(text, opEnd);
    const QString rest = text.mid(i).toString().trimmed();
    QJsonValue expected;
    if (!takesValue(*op)) {
        if (!rest.isEmpty()) {
            setError(error, u"'%1' takes no value, but %2 follows at column %3"_s.arg(
                                opName(*op), quoted(rest), QString::number(i + 1)));
            return std::nullopt;
        }
    }
    else {
        if (rest.isEmpty()) {
            setError(error, u"'%1' needs a JSON value after it, e.g. %1 \"ok\" or %1 5"_s.arg(
                                opName(*op)));
            return std::nullopt;
        }
        const std::optional<QJsonValue> value = readValue(rest, i + 1, error);
        if (!value)
            return std::nullopt;
        expected = *value;
    }
    JsonAssertion assertion(pointer, *op, expected);
    if (const QString problem = valueProblem(*op, assertion.m_expected); !problem.isEmpty()) {
        setError(error, problem);
        return std::nullopt;
    }
    return assertion;
}

std::optional<QList<JsonAssertion>> JsonAssertion::parseAll(const QStringList &texts,
                                                            QString *error)
{
    if (texts.size() > kMaxPerMonitor) {
        setError(error, u"there are %1 JSON assertions; the limit is %2"_s.arg(texts.size())
                            .arg(kMaxPerMonitor));
        return std::nullopt;
    }
    QList<JsonAssertion> assertions;
    for (qsizetype n = 0; n < texts.size(); ++n) {
        QString problem;
        const std::optional<JsonAssertion> assertion = parse(texts.at(n), &problem);
        if (!assertion) {
            setError(error, u"JSON assertion %1 (%2): %3"_s.arg(QString::number(n + 1),
                                                                quoted(texts.at(n)), problem));
            return std::nullopt;
        }
        assertions.append(*assertion);
    }
    return assertions;
}

QStringList JsonAssertion::texts(const QList<JsonAssertion> &assertions)
{
    QStringList list;
    list.reserve(assertions.size());
    for (const JsonAssertion &assertion : assertions)
        list.append(assertion.text());
    return list;
}

QString JsonAssertion::text() const
{
    const bool quote =
        m_pointer.isEmpty() || m_pointer.startsWith(u'"') ||
        std::any_of(m_pointer.cbegin(), m_pointer.cend(), [](QChar c) { return c.isSpace(); });
    QString written = (quote ? compact(m_pointer) : m_pointer) + u' ' + opName(m_op);
    if (takesValue(m_op))
        written += u' ' + compact(m_expected);
    return written;
}

QString JsonAssertion::problem() const
{
    if (const QString problem = JsonPointer::problem(m_pointer); !problem.isEmpty())
        return problem;
    return valueProblem(m_op, m_expected);
}

JsonAssertion::Outcome JsonAssertion::evaluate(const QJsonDocument &document) const
{
    return evaluate(document.isArray() ? QJsonValue(document.array())
                                       : QJsonValue(document.object()));
}

JsonAssertion::Outcome JsonAssertion::evaluate(const QJsonValue &root) const
{
    const QString shownPointer = m_pointer.isEmpty() ? u"the document"_s : m_pointer;
    const QString expectation =
        takesValue(m_op) ? opName(m_op) + u' ' + shown(m_expected) : opName(m_op);
    const JsonPointer::Lookup resolved = JsonPointer::resolve(root, m_pointer);
    if (!resolved.value) {
        if (m_op == Op::NotExists)
            return {true, {}};
        const QString why = resolved.why.isEmpty() ? QString() : u" (" + resolved.why + u')';
        return {false, u"%1 is missing%2, expected %3"_s.arg(shownPointer, why, expectation)};
    }
    const QJsonValue &actual = *resolved.value;
    const auto fail = [&](const QString &note = {}) {
        return Outcome{false, u"%1 is %2, expected %3%4"_s.arg(shownPointer, shown(actual),
                                                               expectation, note)};
    };
    // Says which types met when they differ: `/n is "5" (a string), expected == 5 (a number)`.
    const auto typeMismatch = [&](const QString &hint = {}) {
        return Outcome{false, u"%1 is %2 (%3), expected %4 (%5)%6"_s.arg(
                                  shownPointer, shown(actual), JsonPointer::typeName(actual),
                                  expectation, JsonPointer::typeName(m_expected), hint)};
    };
    switch (m_op) {
    case Op::Exists:
        return {true, {}};
    case Op::NotExists:
        return fail();
    case Op::Equal:
        if (jsonEqual(actual, m_expected))
            return {true, {}};
        return actual.type() == m_expected.type() ? fail() : typeMismatch();
    case Op::NotEqual:
        return jsonEqual(actual, m_expected) ? fail() : Outcome{true, {}};
    case Op::Less:
    case Op::LessOrEqual:
    case Op::Greater:
    case Op::GreaterOrEqual: {
        int order = 0;
        if (actual.isDouble() && m_expected.isDouble()) {
            const double a = actual.toDouble();
            const double b = m_expected.toDouble();
            order = a < b ? -1 : (a > b ? 1 : 0);
        }
        else if (actual.isString() && m_expected.isString()) {
            order = actual.toString().compare(m_expected.toString());
        }
        else {
            return typeMismatch(u": only two numbers or two strings compare"_s);
        }
        const bool holds =
            (m_op == Op::Less && order < 0) || (m_op == Op::LessOrEqual && order <= 0) ||
            (m_op == Op::Greater && order > 0) || (m_op == Op::GreaterOrEqual && order >= 0);
        return holds ? Outcome{true, {}} : fail();
    }
    case Op::Contains:
        if (actual.isString() && m_expected.isString())
            return actual.toString().contains(m_expected.toString()) ? Outcome{true, {}} : fail();
        if (actual.isArray()) {
            const QJsonArray array = actual.toArray();
            const bool found = std::any_of(array.begin(), array.end(), [this](const QJsonValue &v) {
                return jsonEqual(v, m_expected);
            });
            return found ? Outcome{true, {}} : fail();
        }
        return typeMismatch(actual.isString() ? u": a string contains only text"_s
                                              : u": contains looks in a string or an array"_s);
    case Op::Matches:
        if (!actual.isString())
            return typeMismatch(u": matches needs a string"_s);
        return QRegularExpression(m_expected.toString()).match(actual.toString()).hasMatch()
                   ? Outcome{true, {}}
                   : fail();
    }
    return fail();
}
