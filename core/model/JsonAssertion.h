#pragma once

#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// One expectation about a JSON response body: an RFC 6901 pointer, an operator and (for all but
// `exists` and `!exists`) a JSON value. Written as `POINTER OP VALUE`:
//
//   /status == "ok"        /queue/depth < 100        /tags contains "eu"        /id exists
//
// The pointer is written bare when it has no white space ("/a~1b/0"), otherwise as a JSON string
// ("\"/first name\" == \"Ada\""); "" points at the whole document. The value is JSON: text in
// double quotes, a number, true, false, null, an array or an object.
//
// Numbers compare as numbers; < <= > >= compare two numbers or two strings (code point order),
// and fail for any other pair. `contains` finds a substring in a string or an equal element in an
// array; `matches` searches a string with a regular expression (QRegularExpression).
class JsonAssertion {
public:
    enum class Op {
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Contains,
        Matches,
        Exists,
        NotExists
    };

    // The longest expression accepted, in characters, and the most a monitor may have.
    static constexpr qsizetype kMaxTextLength = 4096;
    static constexpr qsizetype kMaxPerMonitor = 64;
    // Values in messages are cut to this many characters, with "…".
    static constexpr qsizetype kShownValueLength = 80;

    JsonAssertion() = default;
    // Does not check that the parts fit together: problem() says.
    JsonAssertion(QString pointer, Op op, QJsonValue expected = {});

    // The expression in its written form, or nullopt and *error (if given) naming what is wrong
    // and at which column: "unknown operator '=' at column 4: use ==, !=, ...".
    [[nodiscard]] static std::optional<JsonAssertion> parse(QStringView text,
                                                            QString *error = nullptr);
    // Every text of `texts` parsed; the first bad one gives nullopt and *error:
    // "JSON assertion 2 ('/a = 1'): unknown operator ...".
    [[nodiscard]] static std::optional<QList<JsonAssertion>> parseAll(const QStringList &texts,
                                                                      QString *error = nullptr);
    [[nodiscard]] static QStringList texts(const QList<JsonAssertion> &assertions);

    // The canonical written form: parse(text()) gives this assertion back.
    [[nodiscard]] QString text() const;
    // What is wrong with an assertion built in code (a bad pointer, a value its operator cannot
    // use, an invalid regular expression), or an empty string.
    [[nodiscard]] QString problem() const;

    struct Outcome {
        bool holds = false;
        QString message; // empty when it holds: `/status is "degraded", expected == "ok"`
    };
    [[nodiscard]] Outcome evaluate(const QJsonDocument &document) const;
    [[nodiscard]] Outcome evaluate(const QJsonValue &root) const;

    [[nodiscard]] const QString &pointer() const { return m_pointer; }
    [[nodiscard]] Op op() const { return m_op; }
    [[nodiscard]] const QJsonValue &expected() const { return m_expected; }

    [[nodiscard]] static QString opName(Op op);
    [[nodiscard]] static bool takesValue(Op op) { return op != Op::Exists && op != Op::NotExists; }

    friend bool operator==(const JsonAssertion &, const JsonAssertion &) = default;

private:
    QString m_pointer;
    Op m_op = Op::Exists;
    QJsonValue m_expected; // Undefined for exists and !exists
};
