#include "core/model/JsonAssertion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestJsonAssertion final : public QObject {
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void malformed_data();
    void malformed();
    void roundTrip_data();
    void roundTrip();
    void longValuesAreCut();
    void parseAllNamesTheBadOne();
    void scalarDocument();
};

namespace {

const QByteArray kDocument = R"({
    "status": "degraded", "a/b": 1, "m~n": 2, "~1": 3, "": "empty key", "01": "zero one",
    "queue": {"depth": 42}, "tags": ["eu", "us"], "items": [{"id": 7}, {"id": 8}],
    "count": "5", "n": 5, "ok": true, "nothing": null, "version": "2.3.1",
    "first name": "Ada", "mixed": [1, "1", [1]]
})";

} // namespace

void TestJsonAssertion::evaluate_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("holds");
    QTest::addColumn<QString>("message");

    const auto holds = [](const char *name, const QString &expression) {
        QTest::newRow(name) << expression << true << QString();
    };
    const auto fails = [](const char *name, const QString &expression, const QString &message) {
        QTest::newRow(name) << expression << false << message;
    };

    // ==, != and the example from the issue.
    fails("string differs", uR"(/status == "ok")"_s,
          uR"(/status is "degraded", expected == "ok")"_s);
    holds("string equal", uR"(/status == "degraded")"_s);
    holds("not equal", uR"(/status != "ok")"_s);
    fails("not equal fails", uR"(/status != "degraded")"_s,
          uR"(/status is "degraded", expected != "degraded")"_s);
    holds("true", u"/ok == true"_s);
    holds("null", u"/nothing == null"_s);
    holds("object", uR"(/queue == {"depth": 42.0})"_s);
    holds("array", uR"(/mixed == [1, "1", [1.0]])"_s);
    fails("array order", uR"(/tags == ["us", "eu"])"_s,
          uR"(/tags is ["eu","us"], expected == ["us","eu"])"_s);

    // Pointer escapes and arrays (RFC 6901).
    holds("~1 is a slash", u"/a~1b == 1"_s);
    holds("~0 is a tilde", u"/m~0n == 2"_s);
    holds("~01 is ~1, not a slash", u"/~01 == 3"_s);
    holds("empty key", uR"(/ == "empty key")"_s);
    holds("whole document", uR"("" exists)"_s);
    holds("quoted pointer with a space", uR"("/first name" == "Ada")"_s);
    holds("array index", uR"(/tags/1 == "us")"_s);
    holds("nested index", u"/items/1/id == 8"_s);
    holds("leading zero is a key in an object", uR"(/01 == "zero one")"_s);
    fails("index past the end", u"/tags/2 exists"_s,
          u"/tags/2 is missing (/tags has 2 elements), expected exists"_s);
    fails("dash", u"/tags/- exists"_s,
          u"/tags/- is missing ('-' points past the last element of /tags), expected exists"_s);
    fails("leading zero is no index", u"/tags/01 exists"_s,
          u"/tags/01 is missing (/tags is an array and '01' is not an index), expected exists"_s);
    fails("name on an array", u"/items/id == 7"_s,
          u"/items/id is missing (/items is an array and 'id' is not an index), expected == 7"_s);

    // Missing keys, exists and !exists.
    fails("missing key", uR"(/a/b == "ok")"_s, uR"(/a/b is missing, expected == "ok")"_s);
    fails("inside a number", u"/queue/depth/x exists"_s,
          u"/queue/depth/x is missing (/queue/depth is a number), expected exists"_s);
    fails("exists", u"/id exists"_s, u"/id is missing, expected exists"_s);
    holds("null exists", u"/nothing exists"_s);
    holds("!exists", u"/id !exists"_s);
    holds("!exists below a missing key", u"/a/b/c !exists"_s);
    fails("!exists fails", u"/status !exists"_s, uR"(/status is "degraded", expected !exists)"_s);

    // Numbers against numbers, strings against strings, and nothing else.
    holds("less", u"/queue/depth < 100"_s);
    holds("less or equal", u"/queue/depth <= 42"_s);
    holds("greater or equal", u"/queue/depth >= 42"_s);
    holds("greater", u"/queue/depth > 41.5"_s);
    fails("not less", u"/queue/depth < 42"_s, u"/queue/depth is 42, expected < 42"_s);
    fails("not greater", u"/queue/depth > 100"_s, u"/queue/depth is 42, expected > 100"_s);
    holds("number equals float", u"/n == 5.0"_s);
    holds("number vs 10: numeric, not text order", u"/n < 10"_s);
    fails("string is no number", u"/count == 5"_s,
          uR"(/count is "5" (a string), expected == 5 (a number))"_s);
    fails("number is no string", uR"(/n == "5")"_s,
          uR"(/n is 5 (a number), expected == "5" (a string))"_s);
    fails(
        "string < number", u"/count < 10"_s,
        uR"(/count is "5" (a string), expected < 10 (a number): only two numbers or two strings compare)"_s);
    fails("null < number", u"/nothing < 10"_s,
          u"/nothing is null (null), expected < 10 (a number): only two numbers or two strings "
          u"compare"_s);
    holds("strings compare as strings", uR"(/version < "3")"_s);
    holds("string order, not numbers", uR"(/count > "10")"_s);
    fails("string greater", uR"(/version > "3")"_s, uR"(/version is "2.3.1", expected > "3")"_s);

    // contains and matches.
    holds("array contains", uR"(/tags contains "eu")"_s);
    fails("array lacks", uR"(/tags contains "asia")"_s,
          uR"(/tags is ["eu","us"], expected contains "asia")"_s);
    holds("array contains a number", u"/mixed contains 1"_s);
    holds("array contains an array", u"/mixed contains [1]"_s);
    fails("array holds no string 5", uR"(/items contains {"id": 9})"_s,
          uR"(/items is [{"id":7},{"id":8}], expected contains {"id":9})"_s);
    holds("string contains", uR"(/status contains "grad")"_s);
    fails("string lacks", uR"(/status contains "up")"_s,
          uR"(/status is "degraded", expected contains "up")"_s);
    fails(
        "string contains a number", u"/count contains 5"_s,
        uR"(/count is "5" (a string), expected contains 5 (a number): a string contains only text)"_s);
    fails("number contains", u"/n contains 5"_s,
          u"/n is 5 (a number), expected contains 5 (a number): contains looks in a string or an "
          u"array"_s);
    holds("matches", uR"(/version matches "^2\\.\\d+\\.")"_s);
    fails("does not match", uR"(/version matches "^3")"_s,
          uR"(/version is "2.3.1", expected matches "^3")"_s);
    fails("matches a number", uR"(/n matches "5")"_s,
          uR"(/n is 5 (a number), expected matches "5" (a string): matches needs a string)"_s);
}

void TestJsonAssertion::evaluate()
{
    QFETCH(QString, expression);
    QFETCH(bool, holds);
    QFETCH(QString, message);

    QString error;
    const std::optional<JsonAssertion> assertion = JsonAssertion::parse(expression, &error);
    QVERIFY2(assertion, qPrintable(error));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(kDocument, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const JsonAssertion::Outcome outcome = assertion->evaluate(document);
    QCOMPARE(outcome.message, message);
    QCOMPARE(outcome.holds, holds);
}

void TestJsonAssertion::malformed_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("message");

    const QString ops = u"==, !=, <, <=, >, >=, contains, matches, exists or !exists"_s;
    QTest::newRow("empty")
        << u"   "_s
        << uR"(the expression is empty: write POINTER OP VALUE, e.g. /status == "ok")"_s;
    QTest::newRow("no slash")
        << uR"(status == "ok")"_s
        << uR"(the pointer 'status' must start with '/' (as in /status), or be "" for the whole document)"_s;
    QTest::newRow("bad escape")
        << u"/a~2 exists"_s
        << u"'~' at character 3 of the pointer must be followed by 0 or 1 (~0 stands for '~', ~1 "
           u"for '/')"_s;
    QTest::newRow("escape at the end")
        << u"/a~ exists"_s
        << u"'~' at character 3 of the pointer must be followed by 0 or 1 (~0 stands for '~', ~1 "
           u"for '/')"_s;
    QTest::newRow("unclosed quoted pointer")
        << uR"("/a exists)"_s
        << uR"(the pointer that starts with '"' at column 1 has no closing '"')"_s;
    QTest::newRow("no operator") << u"/status"_s
                                 << u"no operator after the pointer '/status': use " + ops +
                                        u", with spaces around it";
    QTest::newRow("operator without spaces")
        << uR"(/status=="ok")"_s
        << uR"(no operator after the pointer '/status=="ok"': use )"_s + ops +
               u", with spaces around it";
    QTest::newRow("unknown operator")
        << uR"(/status = "ok")"_s
        << u"unknown operator '=' at column 9: use " + ops + u", with spaces around it";
    QTest::newRow("value glued to the operator")
        << u"/depth <100"_s
        << u"unknown operator '<100' at column 8: use " + ops + u", with spaces around it";
    QTest::newRow("no value") << u"/status == "_s
                              << uR"('==' needs a JSON value after it, e.g. == "ok" or == 5)"_s;
    QTest::newRow("unquoted text")
        << u"/status == ok"_s
        << u"the value is not JSON: column 12: not a valid number or value (text needs double "
           u"quotes)"_s;
    QTest::newRow("unterminated string")
        << uR"(/status == "ok)"_s
        << u"the value is not JSON: column 16: unterminated string: a closing '\"' is missing"_s;
    QTest::newRow("two values") << u"/a == 1, 2"_s
                                << u"the value at column 7 must be one JSON value, not 2 (a list "
                                   u"goes in [ ])"_s;
    QTest::newRow("value after exists")
        << u"/id exists 5"_s << u"'exists' takes no value, but '5' follows at column 12"_s;
    QTest::newRow("value after !exists")
        << uR"(/id !exists "x")"_s
        << uR"('!exists' takes no value, but '"x"' follows at column 13)"_s;
    QTest::newRow("less than true")
        << u"/a < true"_s << u"'<' compares numbers or strings, not true"_s;
    QTest::newRow("greater than an array")
        << u"/a >= [1]"_s << u"'>=' compares numbers or strings, not [1]"_s;
    QTest::newRow("matches a number")
        << u"/a matches 5"_s << u"'matches' needs a regular expression in double quotes, not 5"_s;
    QTest::newRow("invalid regular expression")
        << uR"(/a matches "(x")"_s
        << u"the regular expression '(x' is invalid at character 3 of it: missing closing "
           u"parenthesis"_s;
    QTest::newRow("too long") << uR"(/a == ")"_s + QString(4100, u'x') + u'"'
                              << u"the expression is 4108 characters long; the limit is 4096"_s;
    QTest::newRow("control character shown escaped")
        << u"/a\u0007 == 1"_s.replace(u"\u0007"_s, u"\u0007"_s).replace(u' ', u'\u0001')
        << u"no operator after the pointer '/a\\u0007\\u0001==\\u00011': use " + ops +
               u", with spaces around it";
}

void TestJsonAssertion::malformed()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);

    QString error;
    QVERIFY(!JsonAssertion::parse(expression, &error));
    QCOMPARE(error, message);
}

void TestJsonAssertion::roundTrip_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("issue example") << uR"(/status == "ok")"_s << uR"(/status == "ok")"_s;
    QTest::newRow("spaces") << u"  /queue/depth   <   100  "_s << u"/queue/depth < 100"_s;
    QTest::newRow("contains") << uR"(/tags contains "eu")"_s << uR"(/tags contains "eu")"_s;
    QTest::newRow("exists") << u"/id exists"_s << u"/id exists"_s;
    QTest::newRow("!exists") << u"/id  !exists "_s << u"/id !exists"_s;
    QTest::newRow("escapes") << u"/a~1b/~0 <= -1.5e3"_s << u"/a~1b/~0 <= -1500"_s;
    QTest::newRow("quoted pointer")
        << uR"("/first name" != "Ada")"_s << uR"("/first name" != "Ada")"_s;
    QTest::newRow("quoted pointer without need") << uR"("/a" > 1)"_s << u"/a > 1"_s;
    QTest::newRow("whole document") << uR"("" == [])"_s << uR"("" == [])"_s;
    QTest::newRow("array and object")
        << uR"(/a == [1, 2, {"b" : null}])"_s << uR"(/a == [1,2,{"b":null}])"_s;
    QTest::newRow("regular expression")
        << uR"(/v matches "^a\\d+$")"_s << uR"(/v matches "^a\\d+$")"_s;
    QTest::newRow("unicode and escapes") << uR"(/ü == "ä\n\"")"_s << uR"(/ü == "ä\n\"")"_s;
    QTest::newRow("number") << u"/x == 0.1"_s << u"/x == 0.1"_s;
}

void TestJsonAssertion::roundTrip()
{
    QFETCH(QString, expression);
    QFETCH(QString, canonical);

    QString error;
    const std::optional<JsonAssertion> assertion = JsonAssertion::parse(expression, &error);
    QVERIFY2(assertion, qPrintable(error));
    QCOMPARE(assertion->text(), canonical);
    QCOMPARE(assertion->problem(), QString());
    const std::optional<JsonAssertion> again = JsonAssertion::parse(assertion->text(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(*again, *assertion);
}

void TestJsonAssertion::longValuesAreCut()
{
    const QString long200(200, u'x');
    const QJsonObject object{{u"text"_s, long200}};
    const auto assertion = JsonAssertion::parse(uR"(/text == "short")"_s);
    QVERIFY(assertion);
    const JsonAssertion::Outcome outcome = assertion->evaluate(QJsonDocument(object));
    QVERIFY(!outcome.holds);
    const QString shown = u'"' + QString(JsonAssertion::kShownValueLength - 2, u'x') + u'…';
    QCOMPARE(outcome.message, u"/text is " + shown + uR"(, expected == "short")"_s);
}

void TestJsonAssertion::parseAllNamesTheBadOne()
{
    QString error;
    const auto good = JsonAssertion::parseAll({u"/a exists"_s, u"/b == 1"_s}, &error);
    QVERIFY(good);
    QCOMPARE(JsonAssertion::texts(*good), QStringList({u"/a exists"_s, u"/b == 1"_s}));
    QVERIFY(!JsonAssertion::parseAll({u"/a exists"_s, u"/b = 1"_s}, &error));
    QVERIFY2(error.startsWith(u"JSON assertion 2 ('/b = 1'): unknown operator '='"),
             qPrintable(error));
}

void TestJsonAssertion::scalarDocument()
{
    // A body may be a bare JSON value; the pointer "" names it.
    const auto assertion = JsonAssertion::parse(uR"("" == "pong")"_s);
    QVERIFY(assertion);
    QVERIFY(assertion->evaluate(QJsonValue(u"pong"_s)).holds);
    QCOMPARE(assertion->evaluate(QJsonValue(3)).message,
             uR"(the document is 3 (a number), expected == "pong" (a string))"_s);
}

QTEST_GUILESS_MAIN(TestJsonAssertion)
#include "tst_jsonassertion.moc"
