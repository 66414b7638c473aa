#include "tests/support/RunningUpwatch.h"
#include "tests/support/TestServer.h"
#include "tests/support/UpwatchProcess.h"
#include "tests/support/WebhookReceiver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `upwatch channel add|list|remove|test` as processes against a temporary database, with the
// secrets file (no keychain in tests) and a loopback webhook receiver.
class TestCliChannels final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addListRemoveWebhook();
    void addCommandWithArguments();
    void usageErrors_data();
    void usageErrors();
    void duplicateNameIsRefused();
    void unknownChannel();
    void testDeliversToWebhook();
    void testReportsFailure();
    void testRunsCommand();
    void webhookFromStandardInput();
    void helpNamesTheCommand();
    void runAlertsOnceAndReportsFailures();

private:
    UpwatchRun upwatch(QStringList arguments, const QByteArray &input = {});
    [[nodiscard]] QList<QJsonObject> listJson();
    [[nodiscard]] QByteArray databaseBytes() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WebhookReceiver> m_receiver;
    QString m_db;
};

void TestCliChannels::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(UPWATCH_BINARY)));
}

void TestCliChannels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"upwatch.sqlite"_s);
    m_receiver = std::make_unique<WebhookReceiver>();
    QVERIFY(m_receiver->start());
}

void TestCliChannels::cleanup()
{
    m_receiver.reset();
    m_dir.reset();
}

UpwatchRun TestCliChannels::upwatch(QStringList arguments, const QByteArray &input)
{
    // Before "--": what follows it are the program's arguments, not upwatch's options.
    const qsizetype end = arguments.indexOf(u"--"_s);
    const qsizetype at = end < 0 ? arguments.size() : end;
    arguments.insert(at, m_db);
    arguments.insert(at, u"--db"_s);
    return runUpwatch(arguments, 60000, input);
}

QList<QJsonObject> TestCliChannels::listJson()
{
    const UpwatchRun run = upwatch({u"channel"_s, u"list"_s, u"--json"_s});
    QList<QJsonObject> objects;
    if (run.exitCode != 0)
        return objects;
    for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts))
        objects.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return objects;
}

QByteArray TestCliChannels::databaseBytes() const
{
    QByteArray bytes;
    for (const QString &suffix : {u""_s, u"-wal"_s}) {
        QFile file(m_db + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

void TestCliChannels::addListRemoveWebhook()
{
    const UpwatchRun added =
        upwatch({u"channel"_s, u"add"_s, u"--name"_s, u"ops"_s, u"--webhook"_s,
                 u"https://hooks.slack.com/services/T1/B2/sup3rs3cret"_s, u"--preset"_s, u"slack"_s,
                 u"--events"_s, u"down,up"_s, u"--tag"_s, u"prod"_s, u"--monitor"_s, u"Shop"_s,
                 u"--timeout"_s, u"5"_s, u"--secrets-file"_s});
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.out.contains(u"added channel 1 'ops' (slack: https://hooks.slack.com/"
                                u"services/…)"_s),
             qPrintable(added.out));
    QVERIFY2(added.err.contains(u"note: there is no monitor named 'Shop' yet"_s),
             qPrintable(added.err));

    const UpwatchRun table = upwatch({u"channel"_s, u"list"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(u"webhook/slack"_s));
    QVERIFY(table.out.contains(u"monitors Shop; tags prod"_s));
    QVERIFY(!table.out.contains(u"sup3rs3cret"_s));

    const QList<QJsonObject> channels = listJson();
    QCOMPARE(channels.size(), 1);
    const QJsonObject &ops = channels.constFirst();
    QCOMPARE(ops.value(u"name").toString(), u"ops"_s);
    QCOMPARE(ops.value(u"kind").toString(), u"webhook"_s);
    QCOMPARE(ops.value(u"preset").toString(), u"slack"_s);
    QCOMPARE(ops.value(u"events").toArray(), (QJsonArray{u"down"_s, u"up"_s}));
    QCOMPARE(ops.value(u"tags").toArray(), QJsonArray{u"prod"_s});
    QCOMPARE(ops.value(u"monitors").toArray(), QJsonArray{u"Shop"_s});
    QCOMPARE(ops.value(u"timeout_ms").toInt(), 5000);
    QCOMPARE(ops.value(u"target").toString(), u"https://hooks.slack.com/services/…"_s);
    const QString key = ops.value(u"credential_key").toString();
    QVERIFY(key.startsWith(u"channel/"_s));
    // The URL is in the secrets file, never in the database.
    QVERIFY(!databaseBytes().contains("sup3rs3cret"));
    QFile secrets(m_db + u".secrets"_s);
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    const QByteArray secretText = secrets.readAll();
    QVERIFY(secretText.contains(key.toUtf8()));
    secrets.close();

    const UpwatchRun removed = upwatch({u"channel"_s, u"remove"_s, u"ops"_s});
    QCOMPARE(removed.exitCode, 0);
    QVERIFY(removed.out.contains(u"removed channel 1 'ops'"_s));
    QVERIFY(listJson().isEmpty());
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    QVERIFY(!secrets.readAll().contains(key.toUtf8()));
    const UpwatchRun empty = upwatch({u"channel"_s, u"list"_s});
    QVERIFY(empty.out.contains(u"No alert channels yet"_s));
}

void TestCliChannels::addCommandWithArguments()
{
    const UpwatchRun added = upwatch({u"channel"_s, u"add"_s, u"--name"_s, u"pager"_s,
                                      u"--command"_s, u"/usr/local/bin/page"_s, u"--events"_s,
                                      u"down"_s, u"--"_s, u"--urgent"_s, u"on call; rm -rf /"_s});
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.out.contains(u"added channel 1 'pager' (command: /usr/local/bin/page --urgent "
                                u"'on call; rm -rf /')"_s),
             qPrintable(added.out));
    const QList<QJsonObject> channels = listJson();
    QCOMPARE(channels.size(), 1);
    QCOMPARE(channels.constFirst().value(u"program").toString(), u"/usr/local/bin/page"_s);
    QCOMPARE(channels.constFirst().value(u"arguments").toArray(),
             (QJsonArray{u"--urgent"_s, u"on call; rm -rf /"_s}));
    QVERIFY(channels.constFirst().value(u"target").isNull());
    QVERIFY(!QFile::exists(m_db + u".secrets"_s));
}

void TestCliChannels::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");
    const QString hook = u"https://example.com/hook"_s;
    QTest::newRow("no name") << QStringList{u"add"_s, u"--webhook"_s, hook} << 2
                             << u"upwatch: channel add needs --name"_s;
    QTest::newRow("no kind") << QStringList{u"add"_s, u"--name"_s, u"x"_s} << 2
                             << u"upwatch: channel add needs one of --webhook URL"_s;
    QTest::newRow("two kinds") << QStringList{u"add"_s, u"--name"_s,    u"x"_s,   u"--webhook"_s,
                                              hook,     u"--command"_s, u"true"_s}
                               << 2 << u"upwatch: channel add needs one of"_s;
    QTest::newRow("bad scheme") << QStringList{u"add"_s, u"--name"_s, u"x"_s, u"--webhook"_s,
                                               u"ftp://example.com/sup3rs3cret"_s}
                                << 2
                                << u"upwatch: the webhook URL must start with http:// or "
                                   u"https://, not ftp://"_s;
    QTest::newRow("no scheme") << QStringList{u"add"_s, u"--name"_s, u"x"_s, u"--webhook"_s,
                                              u"example.com/hook"_s}
                               << 2 << u"upwatch: the webhook URL has no scheme"_s;
    QTest::newRow("unknown preset")
        << QStringList{u"add"_s, u"--name"_s,   u"x"_s,    u"--webhook"_s,
                       hook,     u"--preset"_s, u"teams"_s}
        << 2
        << u"upwatch: unknown preset 'teams' (use json, slack, discord, ntfy, gotify or "
           u"custom)"_s;
    QTest::newRow("unknown event")
        << QStringList{u"add"_s, u"--name"_s,   u"x"_s,           u"--webhook"_s,
                       hook,     u"--events"_s, u"down,snoozed"_s}
        << 2 << u"upwatch: unknown event 'snoozed' (use down, up, degraded or cert_expiry)"_s;
    QTest::newRow("custom without template")
        << QStringList{u"add"_s, u"--name"_s,   u"x"_s,     u"--webhook"_s,
                       hook,     u"--preset"_s, u"custom"_s}
        << 2 << u"upwatch: --preset custom needs --template"_s;
    QTest::newRow("bad header")
        << QStringList{u"add"_s,      u"--name"_s,         u"x"_s, u"--webhook"_s, hook,
                       u"--header"_s, u"no-colon-s3cr3t"_s}
        << 2 << u"upwatch: --header must be 'Name: value'"_s;
    QTest::newRow("preset for a command")
        << QStringList{u"add"_s,  u"--name"_s,   u"x"_s,    u"--command"_s,
                       u"true"_s, u"--preset"_s, u"slack"_s}
        << 2 << u"upwatch: --preset is for webhooks, not --command"_s;
    QTest::newRow("timeout") << QStringList{u"add"_s,  u"--name"_s,    u"x"_s, u"--command"_s,
                                            u"true"_s, u"--timeout"_s, u"0"_s}
                             << 2 << u"upwatch: --timeout"_s;
    QTest::newRow("unknown action")
        << QStringList{u"mute"_s} << 2 << u"upwatch: unknown channel action 'mute'"_s;
}

void TestCliChannels::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    const UpwatchRun run = upwatch(QStringList{u"channel"_s} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.startsWith(error), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1); // one line
    QVERIFY(!run.err.contains(u"s3cr3t"_s) || error.contains(u"s3cr3t"_s));
    QVERIFY(listJson().isEmpty()); // nothing stored
}

void TestCliChannels::duplicateNameIsRefused()
{
    QCOMPARE(upwatch({u"channel"_s, u"add"_s, u"--name"_s, u"ops"_s, u"--command"_s, u"true"_s})
                 .exitCode,
             0);
    const UpwatchRun again = upwatch({u"channel"_s, u"add"_s, u"--name"_s, u"ops"_s, u"--webhook"_s,
                                      u"https://example.com/hook"_s, u"--secrets-file"_s});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.err, u"upwatch: a channel named 'ops' already exists (id 1)\n"_s);
    QCOMPARE(listJson().size(), 1);
    // Refused before the secret was written.
    QFile secrets(m_db + u".secrets"_s);
    QVERIFY(!secrets.open(QIODevice::ReadOnly) || !secrets.readAll().contains("channel/"));
}

void TestCliChannels::unknownChannel()
{
    for (const QString &action : {u"remove"_s, u"test"_s}) {
        const UpwatchRun run = upwatch({u"channel"_s, action, u"nope"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err, u"upwatch: there is no channel with the id or name 'nope'\n"_s);
        const UpwatchRun none = upwatch({u"channel"_s, action});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(u"needs one channel id or name"_s));
    }
}

void TestCliChannels::testDeliversToWebhook()
{
    const QString hook = m_receiver->url(u"/hook/s3cr3t"_s).toString();
    QCOMPARE(upwatch({u"channel"_s, u"add"_s, u"--name"_s, u"hook"_s, u"--webhook"_s, hook,
                      u"--header"_s, u"Authorization: Bearer t0ken"_s, u"--disabled"_s,
                      u"--secrets-file"_s})
                 .exitCode,
             0);
    const UpwatchRun run = upwatch({u"channel"_s, u"test"_s, u"hook"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"channel hook: delivered (1 attempt)\n"_s);
    QCOMPARE(m_receiver->requests().size(), 1);
    const RecordedRequest &request = m_receiver->requests().constFirst();
    QCOMPARE(request.path, "/hook/s3cr3t");
    QCOMPARE(request.header("Authorization"), "Bearer t0ken");
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(u"test").toBool(), true);
    QCOMPARE(body.value(u"event").toString(), u"down"_s);
}

void TestCliChannels::testReportsFailure()
{
    m_receiver->setStatuses({404});
    QCOMPARE(upwatch({u"channel"_s, u"add"_s, u"--name"_s, u"hook"_s, u"--webhook"_s,
                      m_receiver->url(u"/hook/s3cr3t"_s).toString(), u"--secrets-file"_s})
                 .exitCode,
             0);
    const UpwatchRun run = upwatch({u"channel"_s, u"test"_s, u"1"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"upwatch: channel hook: the webhook answered HTTP 404 Scripted "
                      u"(1 attempt)\n"_s);
    QVERIFY(run.out.isEmpty());
}

void TestCliChannels::testRunsCommand()
{
    const QString script = m_dir->filePath(u"save.sh"_s);
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\nprintf '%s %s' \"$UPWATCH_EVENT\" \"$UPWATCH_TEST\" > \"$1\"\n"
               "cat >> \"$1\"\n");
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString out = m_dir->filePath(u"out.txt"_s);
    QCOMPARE(upwatch({u"channel"_s, u"add"_s, u"--name"_s, u"script"_s, u"--command"_s, script,
                      u"--"_s, out})
                 .exitCode,
             0);
    const UpwatchRun run = upwatch({u"channel"_s, u"test"_s, u"script"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"channel script: delivered (1 attempt)\n"_s);
    QFile saved(out);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray text = saved.readAll();
    QVERIFY2(text.startsWith("down 1{"), text.constData());
    QVERIFY(text.contains("\"test\":true"));
}

void TestCliChannels::webhookFromStandardInput()
{
    const QByteArray input =
        m_receiver->url(u"/message?token=s3cr3t"_s).toString().toUtf8() + "\nX-Gotify-Key: k3y\n";
    const UpwatchRun added =
        upwatch({u"channel"_s, u"add"_s, u"--name"_s, u"gotify"_s, u"--webhook-stdin"_s,
                 u"--preset"_s, u"gotify"_s, u"--secrets-file"_s},
                input);
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.out.contains(u"(gotify: http://127.0.0.1:%1/…)"_s.arg(m_receiver->serverPort())),
             qPrintable(added.out));
    QCOMPARE(upwatch({u"channel"_s, u"test"_s, u"gotify"_s}).exitCode, 0);
    QCOMPARE(m_receiver->requests().size(), 1);
    const RecordedRequest &request = m_receiver->requests().constFirst();
    QCOMPARE(request.path, "/message?token=s3cr3t");
    QCOMPARE(request.header("X-Gotify-Key"), "k3y");
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(u"title").toString(), u"[test] Upwatch test is down"_s);
    QVERIFY(!databaseBytes().contains("s3cr3t"));
    QVERIFY(!databaseBytes().contains("k3y"));
}

void TestCliChannels::helpNamesTheCommand()
{
    const UpwatchRun help = runUpwatch({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"channel add --name N --webhook URL|--command PROGRAM"_s));
    QVERIFY(help.out.contains(u"channel remove|test ID|NAME"_s));
    const UpwatchRun channelHelp = runUpwatch({u"channel"_s, u"add"_s, u"--help"_s});
    QCOMPARE(channelHelp.exitCode, 0);
    QVERIFY(channelHelp.out.contains(u"--webhook-stdin"_s));
    QVERIFY(channelHelp.out.contains(u"{{previous_state}}"_s));
}

void TestCliChannels::runAlertsOnceAndReportsFailures()
{
    // A monitor that is down from its first check, a channel that takes the message and one
    // whose receiver refuses it.
    const QString refused = u"http://127.0.0.1:%1/"_s.arg(TestServer::unusedPort());
    QCOMPARE(upwatch({u"monitor"_s, u"add"_s, u"--name"_s, u"api"_s, u"--url"_s, refused,
                      u"--interval"_s, u"1"_s})
                 .exitCode,
             0);
    QCOMPARE(upwatch({u"channel"_s, u"add"_s, u"--name"_s, u"good"_s, u"--webhook"_s,
                      m_receiver->url(u"/good"_s).toString(), u"--secrets-file"_s})
                 .exitCode,
             0);
    WebhookReceiver refusing;
    QVERIFY(refusing.start());
    refusing.setStatuses({404});
    QCOMPARE(upwatch({u"channel"_s, u"add"_s, u"--name"_s, u"bad"_s, u"--webhook"_s,
                      refusing.url(u"/bad"_s).toString(), u"--events"_s, u"down"_s})
                 .exitCode,
             0);
    RunningUpwatch run({u"run"_s, u"--db"_s, m_db});
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requests().size(), 1, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(run.err().contains(u"alert: channel bad:"_s), 30000);
    // More failed checks (one a second) and past the grouping window: still one message.
    QTest::qWait(4000);
    QVERIFY(run.terminate());
    QCOMPARE(run.exitCode(), 0);
    QCOMPARE(m_receiver->requests().size(), 1);
    QCOMPARE(refusing.requests().size(), 1);
    const QJsonObject body =
        QJsonDocument::fromJson(m_receiver->requests().constFirst().body).object();
    QCOMPARE(body.value(u"event").toString(), u"down"_s);
    QCOMPARE(body.value(u"monitor").toString(), u"api"_s);
    QVERIFY2(run.err().contains(u"alert: channel bad: the webhook answered HTTP 404 Scripted\n"_s),
             qPrintable(run.err()));
    QVERIFY2(run.out().contains(u"; 1 alert deliveries failed"_s), qPrintable(run.out()));
}

QTEST_GUILESS_MAIN(TestCliChannels)
#include "tst_cli_channels.moc"
