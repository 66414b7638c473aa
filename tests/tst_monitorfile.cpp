#include "core/io/MonitorFile.h"
#include "tests/support/Builders.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// A version 1 file around the given monitor objects.
QByteArray file(const QString &monitors)
{
    return (u"{\"format\": \"upwatch-monitors\", \"version\": 1, \"monitors\": ["_s + monitors +
            u"]}")
        .toUtf8();
}

// One monitor object: a name and a URL, then `more` keys (starting with a comma).
QString monitorObject(const QString &more = {}, const QString &name = u"a"_s)
{
    return u"{\"name\": \"%1\", \"url\": \"https://example.com/\"%2}"_s.arg(name, more);
}

Monitor monitor(qint64 id, const QString &name, const QString &url)
{
    return MonitorBuilder(name).id(id).url(url).build();
}

// What an imported monitor should equal: the original without what a file does not carry.
Monitor withoutDatabaseFields(Monitor m)
{
    m.id = 0;
    m.parentId = 0;
    m.credentialKey.clear();
    return m;
}

// /dev/zero as a QIODevice: as many zero bytes as anyone asks for, forever.
class EndlessDevice final : public QIODevice {
public:
    EndlessDevice() { open(QIODevice::ReadOnly | QIODevice::Unbuffered); }
    [[nodiscard]] bool isSequential() const override { return true; }
    qint64 handedOut = 0;

protected:
    qint64 readData(char *data, qint64 size) override
    {
        std::fill_n(data, size, '\0');
        handedOut += size;
        return size;
    }
    qint64 writeData(const char *, qint64) override { return -1; }
};

} // namespace

class TestMonitorFile final : public QObject {
    Q_OBJECT

private slots:
    void roundTrip();
    void exportWritesEveryKey();
    void exportParentOutsideTheList();
    void defaultsForMissingKeys();
    void lenientForms();
    void secretsLeftOut();
    void malformed_data();
    void malformed();
    void readAllIsBounded_data();
    void readAllIsBounded();
};

void TestMonitorFile::roundTrip()
{
    Monitor gateway = monitor(1, u"gateway"_s, u"https://gw.example.com/"_s);
    gateway.method = HttpMethod::Head;

    Monitor api = monitor(2, u"api"_s, u"https://user@example.com:8443/a%20b?x=1&y=%C3%BC"_s);
    api.method = HttpMethod::Post;
    // A value and a body that start with U+FEFF keep it.
    api.headers = {
        {"Accept", "application/json"}, {"X-Trace", "on; level=2"}, {"X-Bom", "\xEF\xBB\xBFon"}};
    api.body = "\xEF\xBB\xBF" + u"q=grüße"_s.toUtf8(); // no escapes in its JSON string
    api.intervalSeconds = 30;
    api.timeoutMs = 5000;
    api.expectedStatuses = *StatusRanges::parse(u"200-204,301");
    api.keyword = u"error"_s;
    api.invertKeyword = true;
    api.maxRedirects = 0;
    api.ignoreTlsErrors = true;
    api.degradedAboveMs = 800;
    api.retries = 2;
    api.recovery = 3;
    api.locations = 3;
    api.quorum = 2;
    api.parentId = gateway.id;
    api.tags = {u"prod"_s, u"eu"_s};
    api.paused = true;
    api.credentialKey = u"upwatch/api"_s;
    api.auth.kind = AuthKind::Basic;
    api.auth.user = u"ops"_s;

    Monitor page = monitor(3, u"Startseite ✓"_s, u"http://127.0.0.1:8080/health"_s);
    page.keyword = u"^o[k]$"_s;
    page.keywordIsRegex = true;
    page.jsonAssertions = *JsonAssertion::parseAll(
        {uR"(/status == "ok")"_s, u"/queue/depth < 100"_s, uR"("/a b" matches "^x\\d")"_s});
    page.tags = {u"staging"_s};
    page.parentId = api.id;

    // Spaces, escaped delimiters, an international host: all must come back the same.
    const Monitor odd =
        monitor(4, u"odd url"_s, u"https://bücher.example/ü/%2F/%25/a+b?q=a%26b&r=%3D#fr%20ag"_s);

    const QList<Monitor> monitors{gateway, api, page, odd};
    MonitorFile::ExportReport report;
    const QByteArray json = MonitorFile::toJson(monitors, &report);
    QCOMPARE(report.monitors, 4);
    // The authentication travels, its secret does not, and the export says so.
    QCOMPARE(report.leftOut,
             QStringList{u"api: the password (HTTP Basic) was left out: enter it again after "
                         "import"_s});
    QVERIFY2(!json.contains("upwatch/api"), json.constData()); // no credential key

    QString error;
    const auto imported = MonitorFile::fromJson(json, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->size(), 4);
    const QStringList parents{QString(), u"gateway"_s, u"api"_s, QString()};
    for (qsizetype i = 0; i < monitors.size(); ++i) {
        QCOMPARE(imported->at(i).parentName, parents.at(i));
        const Monitor &got = imported->at(i).monitor;
        const Monitor want = withoutDatabaseFields(monitors.at(i));
        // Field by field first, so that a failure names the field.
        QCOMPARE(got.name, want.name);
        QCOMPARE(got.url, want.url);
        QCOMPARE(got.method, want.method);
        QCOMPARE(got.headers.size(), want.headers.size());
        QCOMPARE(got.body, want.body);
        QCOMPARE(got.expectedStatuses.toString(), want.expectedStatuses.toString());
        QCOMPARE(got.tags, want.tags);
        QVERIFY(got == want);
    }
    // And once more: a file read and written again is the same file.
    QList<Monitor> again;
    for (const MonitorFile::ImportedMonitor &one : *imported)
        again.append(one.monitor);
    for (qsizetype i = 0; i < again.size(); ++i) {
        again[i].id = monitors.at(i).id;
        again[i].parentId = monitors.at(i).parentId;
    }
    QCOMPARE(MonitorFile::toJson(again), json);
}

void TestMonitorFile::exportWritesEveryKey()
{
    const QByteArray json =
        MonitorFile::toJson({monitor(1, u"api"_s, u"https://example.com/health"_s)});
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QVERIFY(json.contains("\n    ")); // indented, for people and diffs
    const QJsonObject root = document.object();
    QCOMPARE(root.keys(), (QStringList{u"format"_s, u"monitors"_s, u"version"_s}));
    QCOMPARE(root.value(u"format"_s).toString(), u"upwatch-monitors"_s);
    QCOMPARE(root.value(u"version"_s).toInt(), MonitorFile::kFormatVersion);

    const QJsonArray monitors = root.value(u"monitors"_s).toArray();
    QCOMPARE(monitors.size(), 1);
    const QJsonObject object = monitors.first().toObject();
    QStringList keys{u"name"_s,          u"url"_s,
                     u"method"_s,        u"headers"_s,
                     u"body"_s,          u"interval_s"_s,
                     u"timeout_ms"_s,    u"expected_statuses"_s,
                     u"keyword"_s,       u"invert_keyword"_s,
                     u"max_redirects"_s, u"ignore_tls_errors"_s,
                     u"degraded_ms"_s,   u"retries"_s,
                     u"recovery"_s,      u"parent"_s,
                     u"tags"_s,          u"paused"_s,
                     u"keyword_regex"_s, u"json_assertions"_s,
                     u"auth"_s,          u"locations"_s,
                     u"quorum"_s};
    keys.sort();
    QCOMPARE(object.keys(), keys);
    QCOMPARE(object.value(u"name"_s).toString(), u"api"_s);
    QCOMPARE(object.value(u"url"_s).toString(), u"https://example.com/health"_s);
    QCOMPARE(object.value(u"method"_s).toString(), u"GET"_s);
    QCOMPARE(object.value(u"headers"_s).toArray(), QJsonArray());
    QCOMPARE(object.value(u"interval_s"_s).toInt(), 60);
    QCOMPARE(object.value(u"timeout_ms"_s).toInt(), 10000);
    QCOMPARE(object.value(u"expected_statuses"_s).toString(), u"200-299"_s);
    QCOMPARE(object.value(u"max_redirects"_s).toInt(), 10);
    QCOMPARE(object.value(u"recovery"_s).toInt(), 1);
    QCOMPARE(object.value(u"locations"_s).toInt(), 1);
    QCOMPARE(object.value(u"quorum"_s).toInt(), 1);
    QVERIFY(object.value(u"parent"_s).isNull());
    QCOMPARE(object.value(u"paused"_s).toBool(), false);
    QCOMPARE(object.value(u"keyword_regex"_s).toBool(true), false);
    QCOMPARE(object.value(u"json_assertions"_s).toArray(), QJsonArray());
}

void TestMonitorFile::exportParentOutsideTheList()
{
    Monitor child = monitor(5, u"child"_s, u"https://example.com/"_s);
    child.parentId = 4; // not exported along with it
    const QJsonObject object = QJsonDocument::fromJson(MonitorFile::toJson({child}))
                                   .object()
                                   .value(u"monitors"_s)
                                   .toArray()
                                   .first()
                                   .toObject();
    QVERIFY(object.contains(u"parent"_s));
    QVERIFY(object.value(u"parent"_s).isNull());
}

void TestMonitorFile::defaultsForMissingKeys()
{
    QString error;
    const auto imported = MonitorFile::fromJson(file(monitorObject()), &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->size(), 1);
    Monitor expected;
    expected.name = u"a"_s;
    expected.url = QUrl(u"https://example.com/"_s);
    QVERIFY(imported->first().monitor == expected);
    QCOMPARE(imported->first().parentName, QString());
    QCOMPARE(imported->first().monitor.expectedStatuses.toString(), u"200-299"_s);
    QCOMPARE(imported->first().monitor.intervalSeconds, Monitor::kDefaultIntervalSeconds);
}

void TestMonitorFile::lenientForms()
{
    // A byte order mark, a trimmed name, a lower-case method, "" and null parents, no monitors.
    QString error;
    auto imported = MonitorFile::fromJson(
        "\xEF\xBB\xBF" +
            file(monitorObject(u", \"method\": \"post\", \"parent\": \"\""_s, u"  spaced  "_s) +
                 u", "_s + monitorObject(u", \"parent\": null"_s, u"b"_s) + u", "_s +
                 monitorObject(u", \"parent\": \" spaced \""_s, u"c"_s)),
        &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->size(), 3);
    QCOMPARE(imported->at(0).monitor.name, u"spaced"_s);
    QCOMPARE(imported->at(0).monitor.method, HttpMethod::Post);
    QCOMPARE(imported->at(0).parentName, QString());
    QCOMPARE(imported->at(1).parentName, QString());
    QCOMPARE(imported->at(2).parentName, u"spaced"_s);

    // A parent that is not in the file is left to the caller: it may be in the database.
    imported = MonitorFile::fromJson(file(monitorObject(u", \"parent\": \"elsewhere\""_s)), &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->first().parentName, u"elsewhere"_s);

    imported = MonitorFile::fromJson(file(QString()), &error);
    QVERIFY2(imported, qPrintable(error));
    QVERIFY(imported->isEmpty());
}

void TestMonitorFile::secretsLeftOut()
{
    Monitor api = monitor(1, u"api"_s, u"https://ops:s3cret@example.com/health"_s);
    api.headers = {{"Accept", "application/json"},
                   {"authorization", "Bearer t0ken"},
                   {"Cookie", "session=c00kie"},
                   {"Proxy-Authorization", "Basic cHJveHk="}};
    const Monitor plain = monitor(2, u"plain"_s, u"https://example.com/"_s);

    MonitorFile::ExportReport report;
    const QByteArray json = MonitorFile::toJson({api, plain}, &report);
    for (const char *secret : {"s3cret", "t0ken", "c00kie", "cHJveHk="})
        QVERIFY2(!json.contains(secret), secret);
    QCOMPARE(report.monitors, 2);
    QCOMPARE(report.leftOut, (QStringList{u"api: the URL password was left out"_s,
                                          u"api: the authorization header was left out"_s,
                                          u"api: the Cookie header was left out"_s,
                                          u"api: the Proxy-Authorization header was left out"_s}));

    QString error;
    const auto imported = MonitorFile::fromJson(json, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->first().monitor.url, QUrl(u"https://ops@example.com/health"_s));
    QCOMPARE(imported->first().monitor.headers,
             (QList<HttpHeader>{{"Accept", "application/json"}}));
}

void TestMonitorFile::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");

    const auto one = [](const QString &more) { return file(monitorObject(more)); };

    // The file as a whole.
    QTest::newRow("empty file") << QByteArray("  \n") << u"the file is empty"_s;
    QTest::newRow("syntax: missing comma")
        << QByteArray("{\n  \"format\": \"upwatch-monitors\",\n  \"version\": 1\n"
                      "  \"monitors\": []\n}\n")
        << u"line 4, column 3: missing comma"_s;
    QTest::newRow("syntax: unicode column")
        << QByteArray("{\"format\": \"upwatch-monitors\", \"version\": 1, \"monitors\": [\n"
                      "  {\"name\": \"\xC3\xBC\xF0\x9F\x9A\x80\" \"url\": \"x\"}]}")
        << u"line 2, column 17: missing comma"_s; // "ü🚀": two columns
    QTest::newRow("syntax: unterminated string")
        << QByteArray("{\"format\": \"upw") << u"line 1, column 16: unterminated string"_s;
    QTest::newRow("syntax: bare word")
        << QByteArray("{\n\"format\": upwatch}")
        << u"line 2, column 11: not a valid number or value (text needs double quotes)"_s;
    QTest::newRow("syntax: misspelt literal")
        << QByteArray("{\"format\": tru}") << u"line 1, column 12: not a JSON value"_s;
    QTest::newRow("not an object") << QByteArray("[]") << u"must be a JSON object"_s;
    QTest::newRow("missing format")
        << QByteArray(R"({"version": 1, "monitors": []})") << u"\"format\" is missing"_s;
    QTest::newRow("wrong format") << QByteArray(R"({"format": "x", "version": 1, "monitors": []})")
                                  << u"not an Upwatch monitor file: \"format\" must be "
                                     "\"upwatch-monitors\", not the text \"x\""_s;
    QTest::newRow("missing version")
        << QByteArray(R"({"format": "upwatch-monitors", "monitors": []})")
        << u"\"version\" is missing"_s;
    QTest::newRow("version as text")
        << QByteArray(R"({"format": "upwatch-monitors", "version": "1", "monitors": []})")
        << u"\"version\" must be a whole number, not the text \"1\""_s;
    QTest::newRow("future version")
        << QByteArray(R"({"format": "upwatch-monitors", "version": 2, "monitors": []})")
        << u"version 2 is newer than this Upwatch understands (1)"_s;
    QTest::newRow("version 0")
        << QByteArray(R"({"format": "upwatch-monitors", "version": 0, "monitors": []})")
        << u"version 0 is not a version of this format"_s;
    QTest::newRow("unknown top-level key")
        << QByteArray(R"({"format": "upwatch-monitors", "version": 1, "monitor": []})")
        << u"unknown key \"monitor\" at the top level"_s;
    QTest::newRow("monitors missing")
        << QByteArray(R"({"format": "upwatch-monitors", "version": 1})")
        << u"\"monitors\" is missing"_s;
    QTest::newRow("monitors not an array")
        << QByteArray(R"({"format": "upwatch-monitors", "version": 1, "monitors": {}})")
        << u"\"monitors\" must be an array of monitors, not an object"_s;

    // One monitor.
    QTest::newRow("monitor not an object")
        << file(monitorObject() + u", 7"_s) << u"monitor 2 must be a JSON object, not 7"_s;
    QTest::newRow("unknown key") << one(u", \"intervl\": 5"_s)
                                 << u"monitor 1 (\"a\"): unknown key \"intervl\""_s;
    QTest::newRow("credential key is not a key")
        << one(u", \"credential_key\": \"x\""_s) << u"unknown key \"credential_key\""_s;
    QTest::newRow("name missing") << file(u"{\"url\": \"https://example.com/\"}"_s)
                                  << u"monitor 1: name is missing"_s;
    QTest::newRow("empty name") << file(monitorObject({}, u"   "_s))
                                << u"monitor 1: the name is empty"_s;
    QTest::newRow("NUL in a name")
        << file(monitorObject({}, u"a\\u0000b"_s))
        << u"monitor 1 (\"a\\u0000b\"): the name contains the control character \\u0000"_s;
    QTest::newRow("line break in a name (valid otherwise)")
        << file(monitorObject({}, u"x\\ny"_s))
        << u"monitor 1 (\"x\\ny\"): the name contains the control character \\n"_s;
    QTest::newRow("name of 128 KiB")
        << file(monitorObject({}, QString(128 * 1024, u'n')))
        << u"monitor 1 (\"%1...\"): the name is 131072 characters long; the limit is 200"_s.arg(
               QString(40, u'n'));
    QTest::newRow("empty tag") << one(u", \"tags\": [\"prod\", \"\"]"_s) << u"a tag is empty"_s;
    QTest::newRow("keyword of 1025 bytes")
        << one(u", \"keyword\": \"%1\""_s.arg(QString(1025, u'k')))
        << u"the keyword is 1025 bytes long; the limit is 1024"_s;
    QTest::newRow("body over 1 MiB")
        << one(u", \"method\": \"POST\", \"body\": \"%1\""_s.arg(QString(1024 * 1024 + 1, u'b')))
        << u"the request body is 1048577 bytes long; the limit is 1048576"_s;
    QTest::newRow("header of 9000 bytes")
        << one(u", \"headers\": [\"X-A: %1\"]"_s.arg(QString(9000, u'h')))
        << u"bytes long; the limit is 8192"_s;
    QTest::newRow("header with CR/LF") << one(u", \"headers\": [\"X-A: 1\\r\\nX-B: 2\"]"_s)
                                       << u"value of header 'X-A' contains a line break"_s;
    QTest::newRow("name not text") << file(u"{\"name\": 5, \"url\": \"https://example.com/\"}"_s)
                                   << u"monitor 1: name must be a string, not 5"_s;
    QTest::newRow("url missing") << file(u"{\"name\": \"a\"}"_s)
                                 << u"monitor 1 (\"a\"): url is missing"_s;
    QTest::newRow("url not text") << file(u"{\"name\": \"a\", \"url\": 5}"_s)
                                  << u"url must be a string, not 5"_s;
    QTest::newRow("bad url") << file(u"{\"name\": \"a\", \"url\": \"example.com\"}"_s)
                             << u"monitor 1 (\"a\"): URL 'example.com' has no scheme"_s;
    QTest::newRow("ftp url") << file(u"{\"name\": \"a\", \"url\": \"ftp://example.com/\"}"_s)
                             << u"unsupported scheme 'ftp'"_s;
    QTest::newRow("number as text") << one(u", \"interval_s\": \"60\""_s)
                                    << u"monitor 1 (\"a\"): interval_s must be a whole number of "
                                       "at least 1, not the text \"60\""_s;
    QTest::newRow("bool as text") << one(u", \"paused\": \"yes\""_s)
                                  << u"paused must be true or false, not the text \"yes\""_s;
    QTest::newRow("bool as number")
        << one(u", \"invert_keyword\": 1"_s) << u"invert_keyword must be true or false, not 1"_s;
    QTest::newRow("text as number")
        << one(u", \"keyword\": 5"_s) << u"keyword must be a string, not 5"_s;
    QTest::newRow("null is not a default")
        << one(u", \"retries\": null"_s)
        << u"retries must be a whole number of at least 0, not null"_s;
    QTest::newRow("line break in a value")
        << one(u", \"interval_s\": \"6\\n0\""_s) << u"not the text \"6\\n0\""_s;
    QTest::newRow("line break in a name") << file(monitorObject(u", \"bad\": 1"_s, u"x\\ny"_s))
                                          << u"monitor 1 (\"x\\ny\"): unknown key \"bad\""_s;
    QTest::newRow("long text is cut") << one(u", \"paused\": \"%1\""_s.arg(QString(100, u'z')))
                                      << u"not the text \"%1...\""_s.arg(QString(40, u'z'));
    QTest::newRow("headers not an array")
        << one(u", \"headers\": \"Accept: */*\""_s)
        << u"headers must be an array of strings, not the text \"Accept: */*\""_s;
    QTest::newRow("tag not text") << one(u", \"tags\": [\"prod\", 1]"_s)
                                  << u"item 2 of tags must be a string, not 1"_s;
    QTest::newRow("non-whole number")
        << one(u", \"timeout_ms\": 2.5"_s)
        << u"timeout_ms must be a whole number of at least 1, not 2.5"_s;
    QTest::newRow("beyond int") << one(u", \"timeout_ms\": 1e12"_s)
                                << u"timeout_ms must be a whole number of at least 1"_s;
    QTest::newRow("interval 0") << one(u", \"interval_s\": 0"_s)
                                << u"monitor 1 (\"a\"): interval_s must be a whole number of at "
                                   "least 1, not 0"_s;
    QTest::newRow("negative retries")
        << one(u", \"retries\": -1"_s) << u"retries must be a whole number of at least 0, not -1"_s;
    QTest::newRow("timeout over a day")
        << one(u", \"timeout_ms\": 86400001"_s)
        << u"monitor 1 (\"a\"): the timeout must be between 1 ms and 24 hours"_s;
    QTest::newRow("too many redirects")
        << one(u", \"max_redirects\": 101"_s) << u"the redirect limit must be between 0 and 100"_s;
    QTest::newRow("bad method")
        << one(u", \"method\": \"TRACE\""_s)
        << u"unknown method \"TRACE\": use GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS"_s;
    QTest::newRow("bad statuses")
        << one(u", \"expected_statuses\": \"2xx\""_s)
        << u"monitor 1 (\"a\"): expected_statuses: '2xx' is not a status code or range"_s;
    QTest::newRow("empty statuses")
        << one(u", \"expected_statuses\": \"\""_s) << u"the list of expected statuses is empty"_s;
    QTest::newRow("bad header") << one(u", \"headers\": [\"NoColon\"]"_s)
                                << u"header 'NoColon' is not in the form 'Name: value'"_s;
    QTest::newRow("managed header")
        << one(u", \"headers\": [\"Content-Length: 5\"]"_s)
        << u"header 'Content-Length' is set by the HTTP client itself"_s;
    QTest::newRow("body with GET")
        << one(u", \"body\": \"x\""_s)
        << u"a request body needs the POST, PUT, PATCH or DELETE method, not GET"_s;
    QTest::newRow("keyword with HEAD") << one(u", \"method\": \"HEAD\", \"keyword\": \"ok\""_s)
                                       << u"use another method than HEAD"_s;
    QTest::newRow("invert without keyword")
        << one(u", \"invert_keyword\": true"_s) << u"inverting the keyword needs a keyword"_s;
    QTest::newRow("keyword_regex not a boolean")
        << one(u", \"keyword_regex\": \"yes\""_s)
        << u"monitor 1 (\"a\"): keyword_regex must be true or false, not the text \"yes\""_s;
    QTest::newRow("keyword_regex invalid")
        << one(u", \"keyword\": \"(\", \"keyword_regex\": true"_s)
        << u"the keyword is not a valid regular expression: missing closing parenthesis"_s;
    QTest::newRow("json_assertions not an array")
        << one(u", \"json_assertions\": \"/a exists\""_s)
        << u"json_assertions must be an array of strings, not the text \"/a exists\""_s;
    QTest::newRow("json_assertions item not text")
        << one(u", \"json_assertions\": [5]"_s)
        << u"item 1 of json_assertions must be a string, not 5"_s;
    QTest::newRow("json_assertions malformed")
        << one(u", \"json_assertions\": [\"/a exists\", \"/b = 1\"]"_s)
        << u"monitor 1 (\"a\"): json_assertions: JSON assertion 2 ('/b = 1'): unknown "
           u"operator '=' at column 4"_s;
    QTest::newRow("json_assertions with HEAD")
        << one(u", \"method\": \"HEAD\", \"json_assertions\": [\"/a exists\"]"_s)
        << u"a JSON assertion needs a response body"_s;
    QTest::newRow("parent not text")
        << one(u", \"parent\": 5"_s) << u"parent must be a monitor name or null, not 5"_s;
    QTest::newRow("self parent") << one(u", \"parent\": \"a\""_s)
                                 << u"monitor 1 (\"a\"): a monitor cannot be its own parent"_s;

    // The file as a list: all or nothing.
    QTest::newRow("duplicate name")
        << file(monitorObject() + u", "_s + monitorObject({}, u"b"_s) + u", "_s +
                monitorObject({}, u"a"_s))
        << u"monitor 3 (\"a\"): the name is already used by monitor 1"_s;
    QTest::newRow("duplicate after trimming")
        << file(monitorObject() + u", "_s + monitorObject({}, u" a "_s))
        << u"monitor 2 (\"a\"): the name is already used by monitor 1"_s;
    QTest::newRow("second monitor bad")
        << file(monitorObject() + u", "_s + monitorObject(u", \"retries\": -1"_s, u"b"_s))
        << u"monitor 2 (\"b\"): retries"_s;
}

void TestMonitorFile::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);

    QString error;
    QVERIFY(!MonitorFile::fromJson(json, &error).has_value());
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error)); // one line for `upwatch: ...`
    QVERIFY(!MonitorFile::fromJson(json).has_value());   // no error pointer: no crash
}

void TestMonitorFile::readAllIsBounded_data()
{
    QTest::addColumn<QString>("input"); // "endless" or a size in bytes
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << u"0"_s << true;
    QTest::newRow("exactly the limit") << QString::number(MonitorFile::kMaxFileBytes) << true;
    QTest::newRow("one byte over") << QString::number(MonitorFile::kMaxFileBytes + 1) << false;
    QTest::newRow("endless") << u"endless"_s << false;
}

void TestMonitorFile::readAllIsBounded()
{
    QFETCH(QString, input);
    QFETCH(bool, accepted);
    QString error;
    std::optional<QByteArray> bytes;
    if (input == u"endless") {
        EndlessDevice device;
        bytes = MonitorFile::readAll(device, &error);
        // It stopped right after the limit instead of reading on.
        QCOMPARE(device.handedOut, MonitorFile::kMaxFileBytes + 1);
    }
    else {
        QByteArray data(input.toLongLong(), ' ');
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        bytes = MonitorFile::readAll(buffer, &error);
        if (accepted)
            QCOMPARE(bytes.value_or(QByteArray("x")).size(), data.size());
    }
    QCOMPARE(bytes.has_value(), accepted);
    QCOMPARE(error, accepted ? QString() : u"is larger than 64 MiB: not a monitor file"_s);
}

QTEST_GUILESS_MAIN(TestMonitorFile)
#include "tst_monitorfile.moc"
