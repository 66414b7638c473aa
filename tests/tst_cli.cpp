#include "tests/support/RunningUpwatch.h"
#include "tests/support/TestServer.h"
#include "tests/support/UpwatchProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

// The monitoring commands (`monitor`, `import`/`export`, `run`, `history export`, `stats`) run
// as processes against a temporary database and the loopback test server.
class TestCli final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void monitorAddListPauseRemove();
    void agentsWithoutAny();
    void monitorUsageErrors_data();
    void monitorUsageErrors();
    void exportImportRoundTrip();
    void importMalformedImportsNothing();
    void runThenExportAndStats();
    void runStopsOnSigtermAndFlushes();
    void runFollowsMonitorChanges();
    void historyExportFiltersAndErrors();
    void csvNeutralisesFormulas();
    void corruptDatabaseIsAClearError();

private:
    UpwatchRun upwatch(QStringList arguments, int timeoutMs = 60000);
    QString url(const char *path) const
    {
        return m_server.url(QString::fromLatin1(path)).toString();
    }
    void add(const QString &name, const char *path, QStringList extra = {});
    QList<QJsonObject> jsonLines(const QString &text);
    QList<QStringList> readCsv(const QString &path);

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCli::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(UPWATCH_BINARY)));
    QVERIFY(m_server.start());
    m_server.setRoute("/ok", TestRoute::ok("healthy"));
    m_server.setRoute("/other", TestRoute::ok("other"));
    m_server.setRoute("/503", TestRoute::withStatus(503, "maintenance"));
    m_server.setRoute("/slow", TestRoute::ok("slow").delayed(400));
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"upwatch.sqlite"_s);
    m_server.clearRecords();
}

void TestCli::cleanup()
{
    m_dir.reset();
}

UpwatchRun TestCli::upwatch(QStringList arguments, int timeoutMs)
{
    arguments << u"--db"_s << m_db;
    return runUpwatch(arguments, timeoutMs);
}

void TestCli::add(const QString &name, const char *path, QStringList extra)
{
    const UpwatchRun run = upwatch(QStringList{u"monitor"_s, u"add"_s, u"--name"_s, name,
                                               u"--url"_s, url(path), u"--interval"_s, u"1"_s} +
                                   extra);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith(u"added monitor "_s));
}

QList<QJsonObject> TestCli::jsonLines(const QString &text)
{
    QList<QJsonObject> objects;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", qPrintable(line));
        objects.append(document.object());
    }
    return objects;
}

// A small RFC 4180 reader: enough to check what the exporter wrote.
QList<QStringList> TestCli::readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            }
            else if (c == u'"') {
                quoted = false;
            }
            else {
                cell += c;
            }
        }
        else if (c == u'"') {
            quoted = true;
        }
        else if (c == u',') {
            row.append(std::exchange(cell, {}));
        }
        else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(std::exchange(cell, {}));
            rows.append(std::exchange(row, {}));
            ++i;
        }
        else {
            cell += c;
        }
    }
    return rows;
}

void TestCli::agentsWithoutAny()
{
    UpwatchRun run = upwatch({u"agents"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"No agents: start one with 'upwatch run --db URL --location "_s),
             qPrintable(run.out));
    run = upwatch({u"agents"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.trimmed().isEmpty());
    run = upwatch({u"agents"_s, u"east"_s});
    QCOMPARE(run.exitCode, 2);
}

void TestCli::monitorAddListPauseRemove()
{
    add(u"api"_s, "/ok",
        {u"--tag"_s, u"prod"_s, u"--retries"_s, u"2"_s, u"--locations"_s, u"3"_s, u"--quorum"_s,
         u"2"_s});
    add(u"web"_s, "/other", {u"--parent"_s, u"api"_s, u"--method"_s, u"HEAD"_s});

    UpwatchRun run = upwatch({u"monitor"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"ID"_s));
    QVERIFY(run.out.contains(u"api"_s) && run.out.contains(url("/other")));

    run = upwatch({u"monitor"_s, u"list"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QList<QJsonObject> monitors = jsonLines(run.out);
    QCOMPARE(monitors.size(), 2);
    QCOMPARE(monitors[0][u"name"_s].toString(), u"api"_s);
    QCOMPARE(monitors[0][u"state"_s].toString(), u"pending"_s);
    QCOMPARE(monitors[0][u"tags"_s].toArray().first().toString(), u"prod"_s);
    QCOMPARE(monitors[0][u"locations"_s].toInt(), 3);
    QCOMPARE(monitors[0][u"quorum"_s].toInt(), 2);
    QCOMPARE(monitors[1][u"locations"_s].toInt(), 1);
    QCOMPARE(monitors[1][u"parent"_s].toString(), u"api"_s);
    QCOMPARE(monitors[1][u"method"_s].toString(), u"HEAD"_s);
    QCOMPARE(monitors[1][u"interval_s"_s].toInt(), 1);

    run = upwatch({u"monitor"_s, u"pause"_s, u"web"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"paused monitor "_s));
    monitors = jsonLines(upwatch({u"monitor"_s, u"list"_s, u"--json"_s}).out);
    QCOMPARE(monitors[1][u"state"_s].toString(), u"paused"_s);
    const QString webId = QString::number(monitors[1][u"id"_s].toInteger());
    QCOMPARE(upwatch({u"monitor"_s, u"resume"_s, webId}).exitCode, 0);
    monitors = jsonLines(upwatch({u"monitor"_s, u"list"_s, u"--json"_s}).out);
    QCOMPARE(monitors[1][u"paused"_s].toBool(), false);

    run = upwatch({u"monitor"_s, u"remove"_s, u"api"_s});
    QCOMPARE(run.exitCode, 0);
    monitors = jsonLines(upwatch({u"monitor"_s, u"list"_s, u"--json"_s}).out);
    QCOMPARE(monitors.size(), 1);
    QVERIFY(monitors[0][u"parent"_s].isNull()); // its parent is gone
}

void TestCli::monitorUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList add = {u"monitor"_s, u"add"_s};
    QTest::newRow("no name") << add + QStringList{u"--url"_s, u"http://127.0.0.1/"_s} << 2
                             << u"needs --name and --url"_s;
    QTest::newRow("bad url") << add + QStringList{u"--name"_s, u"x"_s, u"--url"_s, u"ftp://h/"_s}
                             << 2 << u"ftp"_s;
    QTest::newRow("interval 0") << add + QStringList{u"--name"_s,    u"x"_s,          u"--url"_s,
                                                     u"http://h/"_s, u"--interval"_s, u"0"_s}
                                << 2
                                << u"--interval needs a whole number of seconds (at least 1)"_s;
    QTest::newRow("bad status") << add + QStringList{u"--name"_s,          u"x"_s,
                                                     u"--url"_s,           u"http://h/"_s,
                                                     u"--expect-status"_s, u"abc"_s}
                                << 2 << u"--expect-status"_s;
    QTest::newRow("malformed JSON assertion")
        << add + QStringList{u"--name"_s,        u"x"_s,           u"--url"_s, u"http://h/"_s,
                             u"--json-assert"_s, u"/id exists 1"_s}
        << 2 << u"bad --json-assert '/id exists 1': 'exists' takes no value, but '1' follows"_s;
    QTest::newRow("duplicate name")
        << add + QStringList{u"--name"_s, u"taken"_s, u"--url"_s, u"http://h/"_s} << 1
        << u"already exists"_s;
    QTest::newRow("unknown parent") << add + QStringList{u"--name"_s,    u"x"_s,        u"--url"_s,
                                                         u"http://h/"_s, u"--parent"_s, u"nobody"_s}
                                    << 1 << u"'nobody'"_s;
    QTest::newRow("remove unknown") << QStringList{u"monitor"_s, u"remove"_s, u"nobody"_s} << 1
                                    << u"no monitor with the id or name 'nobody'"_s;
    QTest::newRow("pause needs one")
        << QStringList{u"monitor"_s, u"pause"_s} << 2 << u"needs one monitor"_s;
    QTest::newRow("unknown action")
        << QStringList{u"monitor"_s, u"rename"_s} << 2 << u"unknown monitor action 'rename'"_s;
    QTest::newRow("unknown option")
        << QStringList{u"monitor"_s, u"list"_s, u"--colour"_s} << 2 << u"unknown option 'colour'"_s;
}

void TestCli::monitorUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    add(u"taken"_s, "/ok");
    const UpwatchRun run = upwatch(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.startsWith(u"upwatch: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    QCOMPARE(jsonLines(upwatch({u"monitor"_s, u"list"_s, u"--json"_s}).out).size(), 1);
}

void TestCli::exportImportRoundTrip()
{
    add(u"api"_s, "/ok", {u"--header"_s, u"Accept: text/plain"_s, u"--keyword"_s, u"healthy"_s});
    add(u"child"_s, "/other",
        {u"--parent"_s, u"api"_s, u"--paused"_s, u"--keyword"_s, u"^o[k]"_s, u"--keyword-regex"_s,
         u"--json-assert"_s, uR"(/status == "ok")"_s, u"--json-assert"_s, u"/id exists"_s});
    const QString file = m_dir->filePath(u"monitors.json"_s);
    UpwatchRun run = upwatch({u"export"_s, file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"exported 2 monitors"_s));
    {
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonObject child = QJsonDocument::fromJson(exported.readAll())
                                      .object()
                                      .value(u"monitors"_s)
                                      .toArray()
                                      .at(1)
                                      .toObject();
        QCOMPARE(child.value(u"keyword_regex"_s).toBool(), true);
        QCOMPARE(child.value(u"json_assertions"_s).toArray(),
                 QJsonArray({uR"(/status == "ok")"_s, u"/id exists"_s}));
    }

    const QString otherDb = m_dir->filePath(u"other.sqlite"_s);
    run = runUpwatch({u"import"_s, file, u"--db"_s, otherDb});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"2 added, 0 replaced"_s));
    const QString again = m_dir->filePath(u"again.json"_s);
    QCOMPARE(runUpwatch({u"export"_s, again, u"--db"_s, otherDb}).exitCode, 0);
    QFile a(file);
    QFile b(again);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());
    // Importing again replaces by name instead of adding twice.
    run = runUpwatch({u"import"_s, file, u"--db"_s, otherDb});
    QVERIFY(run.out.contains(u"0 added, 2 replaced"_s));
}

void TestCli::importMalformedImportsNothing()
{
    const QString file = m_dir->filePath(u"bad.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{\"format\": \"upwatch-monitors\", \"version\": 1, \"monitors\": [\n"
              "  {\"name\": \"good\", \"url\": \"http://127.0.0.1/\"},\n"
              "  {\"name\": \"bad\", \"url\": \"http://127.0.0.1/\", \"interval_s\": 0}\n"
              "]}");
    out.close();
    UpwatchRun run = upwatch({u"import"_s, file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"monitor 2"_s) && run.err.contains(u"interval_s"_s),
             qPrintable(run.err));
    QVERIFY(jsonLines(upwatch({u"monitor"_s, u"list"_s, u"--json"_s}).out).isEmpty());

    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write("{\"format\": \"upwatch-monitors\",\n \"version\": 1\n \"monitors\": []}");
    out.close();
    run = upwatch({u"import"_s, file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"line 3"_s), qPrintable(run.err));

    run = upwatch({u"import"_s, m_dir->filePath(u"missing.json"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"cannot read"_s));
}

void TestCli::runThenExportAndStats()
{
    add(u"ok"_s, "/ok");
    add(u"err"_s, "/503");
    add(u"slow"_s, "/slow", {u"--degraded-ms"_s, u"200"_s});
    const UpwatchRun run = upwatch({u"run"_s, u"--duration"_s, u"4"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"running 3 monitors"_s));
    QVERIFY2(run.out.contains(QRegularExpression(u"err  pending -> down \\(status: HTTP 503"_s)),
             qPrintable(run.out));
    QVERIFY(run.out.contains(u"ok  pending -> up"_s));
    QVERIFY(run.out.contains(u"slow  pending -> degraded (slow"_s));
    const QRegularExpressionMatch written =
        QRegularExpression(u"stopped: (\\d+) checks written"_s).match(run.out);
    QVERIFY(written.hasMatch());
    const int checks = written.captured(1).toInt();
    QVERIFY(checks >= 6);

    const QString csv = m_dir->filePath(u"history.csv"_s);
    const UpwatchRun exported = upwatch({u"history"_s, u"export"_s, u"--out"_s, csv});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QList<QStringList> rows = readCsv(csv);
    QCOMPARE(rows.first(),
             QStringList({u"timestamp"_s, u"monitor_id"_s, u"monitor_name"_s, u"url"_s, u"method"_s,
                          u"verdict"_s, u"reason"_s, u"http_status"_s, u"response_ms"_s, u"error"_s,
                          u"resolve_ms"_s, u"connect_ms"_s, u"tls_ms"_s, u"processing_ms"_s,
                          u"transfer_ms"_s, u"location"_s}));
    QCOMPARE(rows.size() - 1, checks); // everything the run reported is in the database
    QHash<QString, int> perMonitor;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), 16);
        QVERIFY(QDateTime::fromString(row[0], Qt::ISODateWithMs).isValid());
        QVERIFY(row[0].endsWith(u'Z'));
        ++perMonitor[row[2]];
        if (row[2] == u"ok") {
            QCOMPARE(row[5], u"up"_s);
            QCOMPARE(row[7], u"200"_s);
            QVERIFY(row[9].isEmpty());
            // Plain HTTP to an IP address: no lookup, no TLS; an answer came.
            QVERIFY(row[10].isEmpty());
            QVERIFY(row[12].isEmpty());
            QVERIFY(row[13].toInt() >= 0 && !row[13].isEmpty());
        }
        else if (row[2] == u"err") {
            QCOMPARE(row[5], u"down"_s);
            QCOMPARE(row[6], u"status"_s);
            QCOMPARE(row[7], u"503"_s);
            QVERIFY(row[9].contains(u"503"_s));
        }
        else {
            QCOMPARE(row[2], u"slow"_s);
            QCOMPARE(row[5], u"degraded"_s);
            QVERIFY(row[8].toInt() >= 400);
        }
    }
    QCOMPARE(perMonitor.size(), 3);
    // The server saw the requests the history holds.
    int served = 0;
    for (const RecordedRequest &request : m_server.requests())
        served += request.path == "/ok" ? 1 : 0;
    QCOMPARE(served, perMonitor.value(u"ok"_s));

    const UpwatchRun stats = upwatch({u"stats"_s, u"--json"_s});
    QCOMPARE(stats.exitCode, 0);
    const QList<QJsonObject> lines = jsonLines(stats.out);
    QCOMPARE(lines.size(), 3);
    for (const QJsonObject &line : lines) {
        const QString name = line[u"name"_s].toString();
        QCOMPARE(line[u"checks_24h"_s].toInt(), perMonitor.value(name));
        if (name == u"ok") {
            QCOMPARE(line[u"uptime_24h"_s].toDouble(), 100.0);
            QCOMPARE(line[u"uptime_1y"_s].toDouble(), 100.0);
            QCOMPARE(line[u"state"_s].toString(), u"up"_s);
        }
        else if (name == u"err") {
            QCOMPARE(line[u"uptime_24h"_s].toDouble(), 0.0);
            QCOMPARE(line[u"down_24h"_s].toInt(), perMonitor.value(name));
            QVERIFY(line[u"avg_ms_24h"_s].isNull());
            QCOMPARE(line[u"state"_s].toString(), u"down"_s);
        }
        else {
            QCOMPARE(line[u"state"_s].toString(), u"degraded"_s);
            QVERIFY(line[u"p95_ms_24h"_s].toInt() >= 400);
        }
    }
    const UpwatchRun table = upwatch({u"stats"_s, u"--monitor"_s, u"err"_s});
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.out.count(u'\n'), 2);
    QVERIFY(table.out.contains(u"0%"_s));
}

void TestCli::runStopsOnSigtermAndFlushes()
{
    add(u"ok"_s, "/ok");
    RunningUpwatch run({u"run"_s, u"--db"_s, m_db});
    QTRY_VERIFY_WITH_TIMEOUT(run.out().contains(u"pending -> up"_s), 20000);
    QVERIFY(run.terminate());    // SIGTERM
    QCOMPARE(run.exitCode(), 0); // -2 if it crashed
    const QString &out = run.out();
    const QRegularExpressionMatch written =
        QRegularExpression(u"stopped: (\\d+) checks written"_s).match(out);
    QVERIFY2(written.hasMatch(), qPrintable(out));
    const QString csv = m_dir->filePath(u"h.csv"_s);
    QCOMPARE(upwatch({u"history"_s, u"export"_s, u"--out"_s, csv}).exitCode, 0);
    QCOMPARE(readCsv(csv).size() - 1, written.captured(1).toInt());
}

void TestCli::runFollowsMonitorChanges()
{
    add(u"ok"_s, "/ok");
    RunningUpwatch run({u"run"_s, u"--db"_s, m_db});
    const auto requestsFor = [this](const QByteArray &path) {
        int count = 0;
        for (const RecordedRequest &request : m_server.requests())
            count += request.path == path ? 1 : 0;
        return count;
    };
    QTRY_VERIFY_WITH_TIMEOUT(requestsFor("/ok") > 0, 20000);
    // Added from another process while running: checked within a few seconds.
    add(u"other"_s, "/other");
    QTRY_VERIFY_WITH_TIMEOUT(requestsFor("/other") > 0, 20000);
    QCOMPARE(upwatch({u"monitor"_s, u"pause"_s, u"ok"_s}).exitCode, 0);
    // run looks for changes every 2 s, and says when it paused the monitor.
    QTRY_VERIFY_WITH_TIMEOUT(run.out().contains(u"ok  up -> paused"_s), 20000);
    // A check of "ok" sent just before the pause has arrived once "other" was checked again.
    const int otherAtPause = requestsFor("/other");
    QTRY_VERIFY_WITH_TIMEOUT(requestsFor("/other") > otherAtPause, 20000);
    const int afterPause = requestsFor("/ok");
    // Two more intervals of "other" (both are checked every second): none of "ok".
    QTRY_VERIFY_WITH_TIMEOUT(requestsFor("/other") >= otherAtPause + 3, 20000);
    QCOMPARE(requestsFor("/ok"), afterPause);
    QVERIFY(run.terminate());
    QCOMPARE(run.exitCode(), 0);
}

void TestCli::historyExportFiltersAndErrors()
{
    add(u"ok"_s, "/ok");
    add(u"err"_s, "/503");
    QCOMPARE(upwatch({u"run"_s, u"--duration"_s, u"3"_s}).exitCode, 0);
    const QString csv = m_dir->filePath(u"only-err.csv"_s);
    UpwatchRun run =
        upwatch({u"history"_s, u"export"_s, u"--out"_s, csv, u"--monitor"_s, u"err"_s});
    QCOMPARE(run.exitCode, 0);
    const QList<QStringList> rows = readCsv(csv);
    QVERIFY(rows.size() > 1);
    for (const QStringList &row : rows.mid(1))
        QCOMPARE(row[2], u"err"_s);
    // A window in the future holds nothing but the header.
    run = upwatch({u"history"_s, u"export"_s, u"--out"_s, csv, u"--since"_s, u"2999-01-01"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(readCsv(csv).size(), 1);
    run =
        upwatch({u"history"_s, u"export"_s, u"--out"_s, csv, u"--until"_s, u"2000-01-01T00:00Z"_s});
    QCOMPARE(readCsv(csv).size(), 1);

    run = upwatch({u"history"_s, u"export"_s, u"--out"_s, csv, u"--since"_s, u"yesterday"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"ISO 8601"_s));
    run = upwatch({u"history"_s, u"export"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"--out"_s));
    run = upwatch({u"history"_s, u"export"_s, u"--out"_s, csv, u"--monitor"_s, u"nobody"_s});
    QCOMPARE(run.exitCode, 1);
    run = upwatch({u"history"_s, u"export"_s, u"--out"_s, m_dir->filePath(u"no/dir/x.csv"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"cannot write"_s));
}

void TestCli::csvNeutralisesFormulas()
{
    add(u"=HYPERLINK(\"http://evil/\",\"x\")"_s, "/503");
    QCOMPARE(upwatch({u"run"_s, u"--duration"_s, u"2"_s}).exitCode, 0);
    const QString csv = m_dir->filePath(u"h.csv"_s);
    QCOMPARE(upwatch({u"history"_s, u"export"_s, u"--out"_s, csv}).exitCode, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains(",\"'=HYPERLINK(\"\"http://evil/\"\",\"\"x\"\")\","));
    const QList<QStringList> rows = readCsv(csv);
    QVERIFY(rows.size() > 1);
    QCOMPARE(rows[1][2], u"'=HYPERLINK(\"http://evil/\",\"x\")"_s);
}

void TestCli::corruptDatabaseIsAClearError()
{
    QFile file(m_db);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'z'));
    file.close();
    const QList<QStringList> commands = {{u"monitor"_s, u"list"_s},
                                         {u"stats"_s},
                                         {u"run"_s, u"--duration"_s, u"1"_s},
                                         {u"history"_s, u"export"_s, u"--out"_s, u"-"_s},
                                         {u"export"_s, u"-"_s}};
    for (const QStringList &command : commands) {
        const UpwatchRun run = upwatch(command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"upwatch: cannot open database "_s + m_db),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(u"not a database"_s));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(4096, 'z')); // untouched
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
