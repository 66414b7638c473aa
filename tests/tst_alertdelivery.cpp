#include "core/alert/AlertDelivery.h"
#include "core/base/SystemClock.h"
#include "tests/support/TestServer.h"
#include "tests/support/WebhookReceiver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 30'000;

AlertMessage downMessage(const QString &monitor = u"api"_s)
{
    AlertEvent event;
    event.kind = AlertEventKind::Down;
    event.monitorId = 4;
    event.monitorName = monitor;
    event.url = u"https://api.example.com/"_s;
    event.state = MonitorState::Down;
    event.previousState = MonitorState::Up;
    event.reason = Reason::Refused;
    event.error = u"connection refused"_s;
    event.at = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    AlertMessage message;
    message.channelId = 1;
    message.events = {event};
    message.count = 1;
    return message;
}

AlertChannel webhookChannel(WebhookPreset preset, int timeoutMs = 5000)
{
    AlertChannel channel;
    channel.id = 1;
    channel.name = u"hook"_s;
    channel.preset = preset;
    channel.timeoutMs = timeoutMs;
    if (preset == WebhookPreset::Custom)
        channel.bodyTemplate = u"{\"alert\":\"{{monitor}} {{event}}\"}"_s;
    return channel;
}

WebhookSecret secretFor(const QUrl &url)
{
    WebhookSecret secret;
    secret.url = url;
    return secret;
}

AlertChannel commandChannel(const QString &program, const QStringList &arguments,
                            int timeoutMs = 5000)
{
    AlertChannel channel;
    channel.id = 2;
    channel.name = u"script"_s;
    channel.kind = AlertChannelKind::Command;
    channel.program = program;
    channel.arguments = arguments;
    channel.timeoutMs = timeoutMs;
    return channel;
}

AlertDeliveryReport reportAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(1).value<AlertDeliveryReport>();
}

} // namespace

class TestAlertDelivery final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void presetReachesReceiver_data();
    void presetReachesReceiver();
    void secretHeadersAreSent();
    void serverErrorIsRetried();
    void clientErrorIsNotRetried();
    void tooManyRequestsIsRetriedUntilAttemptsRunOut();
    void redirectIsNotFollowed();
    void hangingReceiverMeetsTheDeadline();
    void refusedConnection();
    void commandGetsEnvironmentAndInput();
    void commandArgumentsAreNotAShell();
    void failingCommandIsRetried();
    void hangingCommandIsKilled();
    void missingProgram();
    void stopGivesUpWaitingRetries();
    void notRunningReportsAtOnce();

private:
    [[nodiscard]] QString writeScript(const QString &name, const QByteArray &body);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AlertDelivery> m_delivery;
    std::unique_ptr<WebhookReceiver> m_receiver;
};

void TestAlertDelivery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_receiver = std::make_unique<WebhookReceiver>();
    QVERIFY(m_receiver->start());
    m_delivery = std::make_unique<AlertDelivery>(std::make_shared<SystemClock>());
    m_delivery->setRetryPolicy(RetryPolicy{3, {20, 40}});
    m_delivery->start();
}

void TestAlertDelivery::cleanup()
{
    m_delivery.reset();
    m_receiver.reset();
    m_dir.reset();
}

QString TestAlertDelivery::writeScript(const QString &name, const QByteArray &body)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body);
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

void TestAlertDelivery::presetReachesReceiver_data()
{
    QTest::addColumn<WebhookPreset>("preset");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("field"); // a JSON field of the body; empty: plain text
    QTest::addColumn<QString>("expected");
    QTest::newRow("json") << WebhookPreset::Json << QByteArray("application/json") << u"event"_s
                          << u"down"_s;
    QTest::newRow("slack") << WebhookPreset::Slack << QByteArray("application/json") << u"text"_s
                           << u"api is down (refused: connection refused)\n"
                              u"https://api.example.com/"_s;
    QTest::newRow("discord") << WebhookPreset::Discord << QByteArray("application/json")
                             << u"content"_s
                             << u"api is down (refused: connection refused)\n"
                                u"https://api.example.com/"_s;
    QTest::newRow("ntfy") << WebhookPreset::Ntfy << QByteArray("text/plain; charset=utf-8")
                          << QString()
                          << u"api is down (refused: connection refused)\n"
                             u"https://api.example.com/"_s;
    QTest::newRow("gotify") << WebhookPreset::Gotify << QByteArray("application/json") << u"title"_s
                            << u"api is down"_s;
    QTest::newRow("custom") << WebhookPreset::Custom << QByteArray("application/json") << u"alert"_s
                            << u"api down"_s;
}

void TestAlertDelivery::presetReachesReceiver()
{
    QFETCH(WebhookPreset, preset);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QSignalSpy delivered(m_delivery.get(), &AlertDelivery::delivered);
    const quint64 ticket = m_delivery->deliver(
        webhookChannel(preset), secretFor(m_receiver->url(u"/hooks/T1/secret-path?token=s3cr3t"_s)),
        downMessage());
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, kWaitMs);
    QCOMPARE(delivered.at(0).at(0).value<quint64>(), ticket);
    const AlertDeliveryReport report = reportAt(delivered, 0);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.attempts, 1);
    QCOMPARE(report.events, 1);
    QCOMPARE(report.channelName, u"hook"_s);
    QVERIFY(report.at.isValid());
    QCOMPARE(m_receiver->requests().size(), 1);
    const RecordedRequest &request = m_receiver->requests().constFirst();
    QCOMPARE(request.method, "POST");
    QCOMPARE(request.path, "/hooks/T1/secret-path?token=s3cr3t");
    QCOMPARE(request.header("Content-Type"), contentType);
    if (field.isEmpty()) {
        QCOMPARE(QString::fromUtf8(request.body), expected);
        QCOMPARE(request.header("Title"), "api is down");
        QCOMPARE(request.header("Priority"), "4");
    }
    else {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(field).toString(), expected);
    }
}

void TestAlertDelivery::secretHeadersAreSent()
{
    QSignalSpy delivered(m_delivery.get(), &AlertDelivery::delivered);
    WebhookSecret secret = secretFor(m_receiver->url(u"/message"_s));
    secret.headers = {{"X-Gotify-Key", "app-token"}, {"Authorization", "Bearer abc"}};
    m_delivery->deliver(webhookChannel(WebhookPreset::Gotify), secret, downMessage());
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, kWaitMs);
    QVERIFY(reportAt(delivered, 0).ok);
    const RecordedRequest &request = m_receiver->requests().constFirst();
    QCOMPARE(request.header("X-Gotify-Key"), "app-token");
    QCOMPARE(request.header("Authorization"), "Bearer abc");
}

void TestAlertDelivery::serverErrorIsRetried()
{
    m_receiver->setStatuses({500, 200});
    QSignalSpy delivered(m_delivery.get(), &AlertDelivery::delivered);
    m_delivery->deliver(webhookChannel(WebhookPreset::Json), secretFor(m_receiver->url(u"/hook"_s)),
                        downMessage());
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, kWaitMs);
    const AlertDeliveryReport report = reportAt(delivered, 0);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.attempts, 2);
    QCOMPARE(m_receiver->requests().size(), 2);
    QCOMPARE(m_receiver->requests().at(0).body, m_receiver->requests().at(1).body);
}

void TestAlertDelivery::clientErrorIsNotRetried()
{
    m_receiver->setStatuses({404});
    QSignalSpy delivered(m_delivery.get(), &AlertDelivery::delivered);
    m_delivery->deliver(webhookChannel(WebhookPreset::Slack),
                        secretFor(m_receiver->url(u"/services/T1/sup3rs3cret?token=x"_s)),
                        downMessage());
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, kWaitMs);
    const AlertDeliveryReport report = reportAt(delivered, 0);
    QVERIFY(!report.ok);
    QCOMPARE(report.attempts, 1);
    QVERIFY2(report.error.contains(u"HTTP 404"), qPrintable(report.error));
    QVERIFY(!report.error.contains(u"sup3rs3cret"));
    QVERIFY(!report.error.contains(u"token"));
    QCOMPARE(m_receiver->requests().size(), 1);
}

void TestAlertDelivery::tooManyRequestsIsRetriedUntilAttemptsRunOut()
{
    m_receiver->setStatuses({429});
    QSignalSpy delivered(m_delivery.get(), &AlertDelivery::delivered);
    m_delivery->deliver(webhookChannel(WebhookPreset::Json), secretFor(m_receiver->url(u"/hook"_s)),
                        downMessage());
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, kWaitMs);
    const AlertDeliveryReport report = reportAt(delivered, 0);
    QVERIFY(!report.ok);
    QCOMPARE(report.attempts, 3);
    QVERIFY2(report.error.contains(u"HTTP 429"), qPrintable(report.error));
    QCOMPARE(m_receiver->requests().size(), 3);
}

void TestAlertDelivery::redirectIsNotFollowed()
{
    m_receiver->setStatuses({302});
    QSignalSpy delivered(m_delivery.get(), &AlertDelivery::delivered);
    m_delivery->deliver(webhookChannel(WebhookPreset::Json), secretFor(m_receiver->url(u"/hook"_s)),
                        downMessage());
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, kWaitMs);
    const AlertDeliveryReport report = reportAt(delivered, 0);
    QVERIFY(!report.ok);
    QCOMPARE(report.attempts, 1);
    QVERIFY2(report.error.contains(u"redirect"), qPrintable(report.error));
}

void TestAlertDelivery::hangingReceiverMeetsTheDeadline()
{
    m_receiver->hang();
    QSignalSpy delivered(m_delivery.get(), &AlertDelivery::delivered);
    m_delivery->deliver(webhookChannel(WebhookPreset::Json, 300),
                        secretFor(m_receiver->url(u"/hook/s3cr3t"_s)), downMessage());
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, kWaitMs);
    const AlertDeliveryReport report = reportAt(delivered, 0);
    QVERIFY(!report.ok);
    QCOMPARE(report.attempts, 3);
    QCOMPARE(report.error, u"no answer within 300 ms"_s);
    QCOMPARE(m_receiver->requests().size(), 3);
}

void TestAlertDelivery::refusedConnection()
{
    const quint16 port = TestServer::unusedPort();
    QVERIFY(port != 0);
    QSignalSpy delivered(m_delivery.get(), &AlertDelivery::delivered);
    m_delivery->deliver(webhookChannel(WebhookPreset::Json),
                        secretFor(QUrl(u"http://127.0.0.1:%1/hook/s3cr3t?key=k3y"_s.arg(port))),
                        downMessage());
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, kWaitMs);
    const AlertDeliveryReport report = reportAt(delivered, 0);
    QVERIFY(!report.ok);
    QCOMPARE(report.attempts, 3);
    QCOMPARE(report.error, u"the connection was refused"_s);
}

void TestAlertDelivery::commandGetsEnvironmentAndInput()
{
    const QString envFile = m_dir->filePath(u"env.txt"_s);
    const QString inputFile = m_dir->filePath(u"input.json"_s);
    const QString script = writeScript(u"save.sh"_s, "env | grep '^UPWATCH_' | sort > \"$1\"\n"
                                                     "cat > \"$2\"\n");
    QVERIFY(!script.isEmpty());
    // Upwatch's own secrets in its environment are not passed on to the program.
    qputenv("UPWATCH_PASSWORD", "hunter2");
    const auto unset = qScopeGuard([] { qunsetenv("UPWATCH_PASSWORD"); });
    QSignalSpy delivered(m_delivery.get(), &AlertDelivery::delivered);
    m_delivery->deliver(commandChannel(script, {envFile, inputFile}), std::nullopt, downMessage());
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, kWaitMs);
    const AlertDeliveryReport report = reportAt(delivered, 0);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.attempts, 1);
    QFile env(envFile);
    QVERIFY(env.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(env.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &expected :
         {u"UPWATCH_EVENT=down"_s, u"UPWATCH_MONITOR=api"_s, u"UPWATCH_MONITOR_ID=4"_s,
          u"UPWATCH_STATE=down"_s, u"UPWATCH_PREVIOUS_STATE=up"_s, u"UPWATCH_REASON=refused"_s,
          u"UPWATCH_ERROR=connection refused"_s, u"UPWATCH_URL=https://api.example.com/"_s,
          u"UPWATCH_TIME=2026-03-01T08:00:00Z"_s, u"UPWATCH_DURATION_SECONDS="_s,
          u"UPWATCH_EVENT_COUNT=1"_s, u"UPWATCH_TEST=0"_s})
        QVERIFY2(lines.contains(expected), qPrintable(expected + u" in "_s + lines.join(u'|')));
    QFile input(inputFile);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(input.readAll()).object();
    QCOMPARE(json.value(u"event").toString(), u"down"_s);
    QCOMPARE(json.value(u"monitor").toString(), u"api"_s);
}

void TestAlertDelivery::commandArgumentsAreNotAShell()
{
    const QString outFile = m_dir->filePath(u"arg.txt"_s);
    const QString marker = m_dir->filePath(u"injected"_s);
    const QString script = writeScript(u"arg.sh"_s, "printf '%s' \"$2\" > \"$1\"\n");
    QSignalSpy delivered(m_delivery.get(), &AlertDelivery::delivered);
    const QString tricky = u"a b; touch %1 $(touch %1)"_s.arg(marker);
    m_delivery->deliver(commandChannel(script, {outFile, tricky}), std::nullopt, downMessage());
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, kWaitMs);
    QVERIFY(reportAt(delivered, 0).ok);
    QFile out(outFile);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(out.readAll()), tricky);
    QVERIFY(!QFile::exists(marker));
}

void TestAlertDelivery::failingCommandIsRetried()
{
    const QString counter = m_dir->filePath(u"runs"_s);
    const QString script =
        writeScript(u"fail.sh"_s, "echo run >> \"$1\"\necho 'pager: no route to on-call' >&2\n"
                                  "exit 3\n");
    QSignalSpy delivered(m_delivery.get(), &AlertDelivery::delivered);
    m_delivery->deliver(commandChannel(script, {counter}), std::nullopt, downMessage());
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, kWaitMs);
    const AlertDeliveryReport report = reportAt(delivered, 0);
    QVERIFY(!report.ok);
    QCOMPARE(report.attempts, 3);
    QVERIFY2(report.error.contains(u"exited with code 3: pager: no route to on-call"),
             qPrintable(report.error));
    QFile runs(counter);
    QVERIFY(runs.open(QIODevice::ReadOnly));
    QCOMPARE(runs.readAll().count("run"), 3);
}

void TestAlertDelivery::hangingCommandIsKilled()
{
    m_delivery.reset();
    m_delivery = std::make_unique<AlertDelivery>(std::make_shared<SystemClock>());
    m_delivery->setRetryPolicy(RetryPolicy{1, {}});
    m_delivery->start();
    const QString pidFile = m_dir->filePath(u"pid"_s);
    const QString script = writeScript(u"hang.sh"_s, "echo $$ > \"$1\"\nexec sleep 60\n");
    QSignalSpy delivered(m_delivery.get(), &AlertDelivery::delivered);
    m_delivery->deliver(commandChannel(script, {pidFile}, 500), std::nullopt, downMessage());
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, kWaitMs);
    const AlertDeliveryReport report = reportAt(delivered, 0);
    QVERIFY(!report.ok);
    QCOMPARE(report.attempts, 1);
    QVERIFY2(report.error.contains(u"did not end within 500 ms and was killed"),
             qPrintable(report.error));
    // The program is gone, not left running.
    QFile pid(pidFile);
    QVERIFY(pid.open(QIODevice::ReadOnly));
    const QByteArray procPath = "/proc/" + pid.readAll().trimmed();
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(QString::fromLatin1(procPath)), kWaitMs);
}

void TestAlertDelivery::missingProgram()
{
    QSignalSpy delivered(m_delivery.get(), &AlertDelivery::delivered);
    m_delivery->deliver(commandChannel(m_dir->filePath(u"no-such-program"_s), {}), std::nullopt,
                        downMessage());
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, kWaitMs);
    const AlertDeliveryReport report = reportAt(delivered, 0);
    QVERIFY(!report.ok);
    QCOMPARE(report.attempts, 1);
    QVERIFY2(report.error.startsWith(u"cannot run "), qPrintable(report.error));
}

void TestAlertDelivery::stopGivesUpWaitingRetries()
{
    m_delivery.reset();
    m_delivery = std::make_unique<AlertDelivery>(std::make_shared<SystemClock>());
    m_delivery->setRetryPolicy(RetryPolicy{3, {60'000}});
    m_delivery->start();
    m_receiver->setStatuses({503});
    QSignalSpy delivered(m_delivery.get(), &AlertDelivery::delivered);
    m_delivery->deliver(webhookChannel(WebhookPreset::Json), secretFor(m_receiver->url(u"/hook"_s)),
                        downMessage());
    QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requests().size(), 1, kWaitMs);
    bool stopped = false;
    m_delivery->stop(10'000, this, [&stopped] { stopped = true; });
    QTRY_VERIFY_WITH_TIMEOUT(stopped, kWaitMs);
    QCOMPARE(delivered.count(), 1);
    const AlertDeliveryReport report = reportAt(delivered, 0);
    QVERIFY(!report.ok);
    QCOMPARE(report.attempts, 1);
    QVERIFY2(report.error.contains(u"HTTP 503") && report.error.contains(u"not retried"),
             qPrintable(report.error));
    QCOMPARE(m_receiver->requests().size(), 1);
}

void TestAlertDelivery::notRunningReportsAtOnce()
{
    AlertDelivery idle(std::make_shared<SystemClock>());
    QSignalSpy delivered(&idle, &AlertDelivery::delivered);
    idle.deliver(webhookChannel(WebhookPreset::Json), secretFor(m_receiver->url(u"/hook"_s)),
                 downMessage());
    QCOMPARE(delivered.count(), 0); // never from inside the call
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, kWaitMs);
    QVERIFY(!reportAt(delivered, 0).ok);
    QCOMPARE(m_receiver->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestAlertDelivery)
#include "tst_alertdelivery.moc"
