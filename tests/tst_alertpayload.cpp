#include "core/alert/AlertPayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kAt(QDate(2026, 3, 1), QTime(12, 30, 5), Qt::UTC);

AlertEvent makeEvent(AlertEventKind kind, const QString &monitor, qint64 id = 1)
{
    AlertEvent e;
    e.kind = kind;
    e.monitorId = id;
    e.monitorName = monitor;
    e.url = u"https://%1.example.com/health"_s.arg(monitor);
    e.at = kAt;
    switch (kind) {
    case AlertEventKind::Down:
        e.state = MonitorState::Down;
        e.previousState = MonitorState::Up;
        e.reason = Reason::Timeout;
        e.error = u"no answer in 10 s"_s;
        break;
    case AlertEventKind::Up:
        e.state = MonitorState::Up;
        e.previousState = MonitorState::Down;
        e.incidentDurationMs = 125'000;
        break;
    case AlertEventKind::Degraded:
        e.state = MonitorState::Degraded;
        e.previousState = MonitorState::Up;
        e.reason = Reason::Slow;
        break;
    case AlertEventKind::CertExpiry:
        e.state = MonitorState::Up;
        e.previousState = MonitorState::Up;
        e.certExpires = kAt.addDays(3);
        break;
    }
    return e;
}

AlertMessage messageOf(const QList<AlertEvent> &events, int count = -1)
{
    AlertMessage message;
    message.channelId = 1;
    message.events = events;
    message.count = count < 0 ? int(events.size()) : count;
    return message;
}

AlertChannel channelWith(WebhookPreset preset, const QString &bodyTemplate = {})
{
    AlertChannel channel;
    channel.name = u"ops"_s;
    channel.preset = preset;
    channel.bodyTemplate = bodyTemplate;
    return channel;
}

WebhookSecret secret()
{
    WebhookSecret s;
    s.url = QUrl(u"https://hooks.example.com/T1/secret"_s);
    return s;
}

QByteArray header(const AlertPayload::WebhookRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject bodyObject(const AlertPayload::WebhookRequest &request)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", request.body.constData());
    return document.object();
}

QString env(const AlertPayload::CommandInput &input, const QString &name)
{
    for (const auto &[key, value] : input.environment) {
        if (key == name)
            return value;
    }
    return u"<unset>"_s;
}

} // namespace

class TestAlertPayload final : public QObject {
    Q_OBJECT

private slots:
    void jsonSingleEvent();
    void jsonSummary();
    void jsonCertificate();
    void texts_data();
    void texts();
    void summaryListsNamesThenCounts();
    void summaryOfSeveralKinds();
    void slack();
    void discord();
    void discordIsCut();
    void ntfy();
    void ntfyNonAsciiTitle();
    void gotify();
    void customJsonTemplateEscapes();
    void customTextTemplateIsRaw();
    void customTemplateSummary();
    void channelHeadersWin();
    void commandEnvironmentAndInput();
    void commandSummary();
    void testFlag();
};

void TestAlertPayload::jsonSingleEvent()
{
    const auto request =
        AlertPayload::webhook(channelWith(WebhookPreset::Json), secret(),
                              messageOf({makeEvent(AlertEventKind::Down, u"api"_s, 42)}));
    QCOMPARE(request.url, secret().url);
    QCOMPARE(header(request, "Content-Type"), "application/json");
    const QJsonObject body = bodyObject(request);
    QCOMPARE(body.value(u"event").toString(), u"down"_s);
    QCOMPARE(body.value(u"monitor").toString(), u"api"_s);
    QCOMPARE(body.value(u"monitor_id").toInteger(), 42);
    QCOMPARE(body.value(u"url").toString(), u"https://api.example.com/health"_s);
    QCOMPARE(body.value(u"state").toString(), u"down"_s);
    QCOMPARE(body.value(u"previous_state").toString(), u"up"_s);
    QCOMPARE(body.value(u"reason").toString(), u"timeout"_s);
    QCOMPARE(body.value(u"error").toString(), u"no answer in 10 s"_s);
    QCOMPARE(body.value(u"time").toString(), u"2026-03-01T12:30:05Z"_s);
    QVERIFY(body.value(u"incident_duration_seconds").isNull());
    QCOMPARE(body.value(u"test").toBool(true), false);

    const QJsonObject up = AlertPayload::json(messageOf({makeEvent(AlertEventKind::Up, u"api"_s)}));
    QCOMPARE(up.value(u"event").toString(), u"up"_s);
    QCOMPARE(up.value(u"incident_duration_seconds").toInt(), 125);
    QVERIFY(up.value(u"error").isNull());
}

void TestAlertPayload::jsonSummary()
{
    const QJsonObject body = AlertPayload::json(messageOf(
        {makeEvent(AlertEventKind::Down, u"a"_s, 1), makeEvent(AlertEventKind::Down, u"b"_s, 2)},
        3));
    QCOMPARE(body.value(u"event").toString(), u"summary"_s);
    QCOMPARE(body.value(u"count").toInt(), 3);
    QCOMPARE(body.value(u"test").toBool(true), false);
    const QJsonArray events = body.value(u"events").toArray();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(1).toObject().value(u"monitor").toString(), u"b"_s);
}

void TestAlertPayload::jsonCertificate()
{
    const QJsonObject body =
        AlertPayload::json(messageOf({makeEvent(AlertEventKind::CertExpiry, u"shop"_s)}));
    QCOMPARE(body.value(u"event").toString(), u"cert_expiry"_s);
    QCOMPARE(body.value(u"cert_expires").toString(), u"2026-03-04T12:30:05Z"_s);
}

void TestAlertPayload::texts_data()
{
    QTest::addColumn<AlertEvent>("event");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::newRow("down") << makeEvent(AlertEventKind::Down, u"api"_s) << u"api is down"_s
                          << u"api is down (timeout: no answer in 10 s)\n"
                             u"https://api.example.com/health"_s;
    QTest::newRow("up") << makeEvent(AlertEventKind::Up, u"api"_s) << u"api is back up"_s
                        << u"api is back up after 2 min 5 s\nhttps://api.example.com/health"_s;
    QTest::newRow("degraded") << makeEvent(AlertEventKind::Degraded, u"api"_s)
                              << u"api is degraded"_s
                              << u"api is degraded\nhttps://api.example.com/health"_s;
    QTest::newRow("certificate") << makeEvent(AlertEventKind::CertExpiry, u"api"_s)
                                 << u"Certificate of api expires soon"_s
                                 << u"the certificate of api expires in 3 days\n"
                                    u"https://api.example.com/health"_s;
}

void TestAlertPayload::texts()
{
    QFETCH(AlertEvent, event);
    QFETCH(QString, title);
    QFETCH(QString, text);
    QCOMPARE(AlertPayload::title(messageOf({event})), title);
    QCOMPARE(AlertPayload::text(messageOf({event})), text);
}

void TestAlertPayload::summaryListsNamesThenCounts()
{
    QList<AlertEvent> events;
    for (int i = 0; i < 12; ++i)
        events.append(makeEvent(AlertEventKind::Down, u"m%1"_s.arg(i), i));
    const AlertMessage message = messageOf(events, 15);
    QCOMPARE(AlertPayload::title(message), u"15 monitors are down"_s);
    QCOMPARE(AlertPayload::text(message),
             u"15 monitors are down: m0, m1, m2, m3, m4, m5, m6, m7, m8, m9 and 5 more"_s);
}

void TestAlertPayload::summaryOfSeveralKinds()
{
    const AlertMessage message =
        messageOf({makeEvent(AlertEventKind::Down, u"a"_s), makeEvent(AlertEventKind::Up, u"b"_s),
                   makeEvent(AlertEventKind::Down, u"c"_s)});
    QCOMPARE(AlertPayload::title(message), u"Upwatch: 3 alerts"_s);
    QCOMPARE(AlertPayload::text(message), u"2 monitors are down: a, c\n1 monitor is back up: b"_s);
}

void TestAlertPayload::slack()
{
    AlertEvent e = makeEvent(AlertEventKind::Down, u"<api> & co"_s);
    const auto request =
        AlertPayload::webhook(channelWith(WebhookPreset::Slack), secret(), messageOf({e}));
    QCOMPARE(header(request, "Content-Type"), "application/json");
    const QJsonObject body = bodyObject(request);
    QCOMPARE(body.keys(), QStringList{u"text"_s});
    QVERIFY(body.value(u"text").toString().startsWith(u"&lt;api&gt; &amp; co is down"));
}

void TestAlertPayload::discord()
{
    const auto request =
        AlertPayload::webhook(channelWith(WebhookPreset::Discord), secret(),
                              messageOf({makeEvent(AlertEventKind::Up, u"api"_s)}));
    const QJsonObject body = bodyObject(request);
    QCOMPARE(body.value(u"content").toString(),
             u"api is back up after 2 min 5 s\nhttps://api.example.com/health"_s);
    // A monitor named "@everyone" pings nobody.
    QCOMPARE(body.value(u"allowed_mentions").toObject().value(u"parse").toArray(), QJsonArray());
}

void TestAlertPayload::discordIsCut()
{
    AlertEvent e = makeEvent(AlertEventKind::Down, u"api"_s);
    e.error = QString(5000, u'x');
    const auto request =
        AlertPayload::webhook(channelWith(WebhookPreset::Discord), secret(), messageOf({e}));
    const QString content = bodyObject(request).value(u"content").toString();
    QCOMPARE(content.size(), AlertPayload::kDiscordMaxChars);
    QVERIFY(content.endsWith(u"…"));
}

void TestAlertPayload::ntfy()
{
    const AlertMessage message = messageOf(
        {makeEvent(AlertEventKind::Down, u"api"_s), makeEvent(AlertEventKind::Up, u"web"_s)});
    const auto request = AlertPayload::webhook(channelWith(WebhookPreset::Ntfy), secret(), message);
    QCOMPARE(header(request, "Content-Type"), "text/plain; charset=utf-8");
    QCOMPARE(header(request, "Title"), "Upwatch: 2 alerts");
    QCOMPARE(header(request, "Priority"), "4");
    QCOMPARE(header(request, "Tags"), "rotating_light,white_check_mark");
    QCOMPARE(request.body, QByteArray("1 monitor is down: api\n1 monitor is back up: web"));
    const auto up = AlertPayload::webhook(channelWith(WebhookPreset::Ntfy), secret(),
                                          messageOf({makeEvent(AlertEventKind::Up, u"web"_s)}));
    QCOMPARE(header(up, "Priority"), "3");
    QCOMPARE(header(up, "Title"), "web is back up");
}

void TestAlertPayload::ntfyNonAsciiTitle()
{
    const auto request =
        AlertPayload::webhook(channelWith(WebhookPreset::Ntfy), secret(),
                              messageOf({makeEvent(AlertEventKind::Down, u"Café\nline"_s)}));
    const QByteArray title = header(request, "Title");
    QVERIFY(title.startsWith("=?UTF-8?B?"));
    QVERIFY(!title.contains('\n'));
    QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(title.mid(10, title.size() - 12))),
             u"Café\nline is down"_s);
}

void TestAlertPayload::gotify()
{
    const auto request =
        AlertPayload::webhook(channelWith(WebhookPreset::Gotify), secret(),
                              messageOf({makeEvent(AlertEventKind::Down, u"api"_s)}));
    const QJsonObject body = bodyObject(request);
    QCOMPARE(body.value(u"title").toString(), u"api is down"_s);
    QCOMPARE(body.value(u"message").toString(),
             u"api is down (timeout: no answer in 10 s)\nhttps://api.example.com/health"_s);
    QCOMPARE(body.value(u"priority").toInt(), 8);
    const auto degraded =
        AlertPayload::webhook(channelWith(WebhookPreset::Gotify), secret(),
                              messageOf({makeEvent(AlertEventKind::Degraded, u"api"_s)}));
    QCOMPARE(bodyObject(degraded).value(u"priority").toInt(), 5);
}

void TestAlertPayload::customJsonTemplateEscapes()
{
    AlertEvent e = makeEvent(AlertEventKind::Down, u"say \"hi\""_s, 7);
    e.error = u"line1\nline2 \\ end"_s;
    const QString bodyTemplate =
        uR"({"who":"{{monitor}}","id":{{monitor_id}},"why":"{{ error }}","n":{{count}},)"
        uR"("d":"{{duration}}","kept":"{{nope}}"})"_s;
    const auto request = AlertPayload::webhook(channelWith(WebhookPreset::Custom, bodyTemplate),
                                               secret(), messageOf({e}));
    QCOMPARE(header(request, "Content-Type"), "application/json");
    const QJsonObject body = bodyObject(request);
    QCOMPARE(body.value(u"who").toString(), u"say \"hi\""_s);
    QCOMPARE(body.value(u"id").toInt(), 7);
    QCOMPARE(body.value(u"why").toString(), u"line1\nline2 \\ end"_s);
    QCOMPARE(body.value(u"n").toInt(), 1);
    QCOMPARE(body.value(u"d").toString(), QString());
    QCOMPARE(body.value(u"kept").toString(), u"{{nope}}"_s);
}

void TestAlertPayload::customTextTemplateIsRaw()
{
    const AlertMessage message = messageOf({makeEvent(AlertEventKind::Up, u"say \"hi\""_s, 3)});
    QCOMPARE(AlertPayload::renderTemplate(
                 u"{{event}}: {{monitor}} was {{previous_state}} for {{duration}} s ({{time}})"_s,
                 message),
             u"up: say \"hi\" was down for 125 s (2026-03-01T12:30:05Z)"_s);
    const auto request = AlertPayload::webhook(channelWith(WebhookPreset::Custom, u"{{summary}}"_s),
                                               secret(), message);
    QCOMPARE(header(request, "Content-Type"), "text/plain; charset=utf-8");
}

void TestAlertPayload::customTemplateSummary()
{
    const AlertMessage message = messageOf(
        {makeEvent(AlertEventKind::Down, u"a"_s), makeEvent(AlertEventKind::Down, u"b"_s)});
    QCOMPARE(
        AlertPayload::renderTemplate(u"{{event}} {{count}}: {{monitor}} [{{state}}]"_s, message),
        u"summary 2: a, b []"_s);
}

void TestAlertPayload::channelHeadersWin()
{
    WebhookSecret withHeaders = secret();
    withHeaders.headers = {{"content-type", "application/x-custom"}, {"Authorization", "Bearer t"}};
    const auto request =
        AlertPayload::webhook(channelWith(WebhookPreset::Json), withHeaders,
                              messageOf({makeEvent(AlertEventKind::Up, u"api"_s)}));
    QCOMPARE(header(request, "Content-Type"), "application/x-custom");
    QCOMPARE(header(request, "Authorization"), "Bearer t");
    int contentTypes = 0;
    for (const auto &h : request.headers)
        contentTypes += h.first.compare("content-type", Qt::CaseInsensitive) == 0 ? 1 : 0;
    QCOMPARE(contentTypes, 1);
}

void TestAlertPayload::commandEnvironmentAndInput()
{
    const AlertPayload::CommandInput input =
        AlertPayload::command(messageOf({makeEvent(AlertEventKind::Up, u"api"_s, 9)}));
    QCOMPARE(env(input, u"UPWATCH_EVENT"_s), u"up"_s);
    QCOMPARE(env(input, u"UPWATCH_MONITOR"_s), u"api"_s);
    QCOMPARE(env(input, u"UPWATCH_MONITOR_ID"_s), u"9"_s);
    QCOMPARE(env(input, u"UPWATCH_STATE"_s), u"up"_s);
    QCOMPARE(env(input, u"UPWATCH_PREVIOUS_STATE"_s), u"down"_s);
    QCOMPARE(env(input, u"UPWATCH_REASON"_s), u"ok"_s);
    QCOMPARE(env(input, u"UPWATCH_ERROR"_s), QString());
    QCOMPARE(env(input, u"UPWATCH_URL"_s), u"https://api.example.com/health"_s);
    QCOMPARE(env(input, u"UPWATCH_TIME"_s), u"2026-03-01T12:30:05Z"_s);
    QCOMPARE(env(input, u"UPWATCH_DURATION_SECONDS"_s), u"125"_s);
    QCOMPARE(env(input, u"UPWATCH_EVENT_COUNT"_s), u"1"_s);
    QCOMPARE(env(input, u"UPWATCH_TEST"_s), u"0"_s);
    const QJsonObject json = QJsonDocument::fromJson(input.input).object();
    QCOMPARE(json.value(u"event").toString(), u"up"_s);
    QCOMPARE(json.value(u"monitor_id").toInt(), 9);
    QVERIFY(input.input.endsWith('\n'));
}

void TestAlertPayload::commandSummary()
{
    const AlertPayload::CommandInput input = AlertPayload::command(messageOf(
        {makeEvent(AlertEventKind::Down, u"a"_s), makeEvent(AlertEventKind::Down, u"b"_s)}));
    QCOMPARE(env(input, u"UPWATCH_EVENT"_s), u"summary"_s);
    QCOMPARE(env(input, u"UPWATCH_MONITOR"_s), u"a, b"_s);
    QCOMPARE(env(input, u"UPWATCH_EVENT_COUNT"_s), u"2"_s);
    QCOMPARE(env(input, u"UPWATCH_SUMMARY"_s), u"2 monitors are down: a, b"_s);
    QCOMPARE(QJsonDocument::fromJson(input.input).object().value(u"count").toInt(), 2);
}

void TestAlertPayload::testFlag()
{
    const AlertMessage message = messageOf({AlertEvent::testEvent(kAt)});
    QVERIFY(message.isTest());
    QCOMPARE(AlertPayload::json(message).value(u"test").toBool(), true);
    QVERIFY(AlertPayload::title(message).startsWith(u"[test] "));
    QCOMPARE(env(AlertPayload::command(message), u"UPWATCH_TEST"_s), u"1"_s);
    const auto ntfy = AlertPayload::webhook(channelWith(WebhookPreset::Ntfy), secret(), message);
    QVERIFY(header(ntfy, "Tags").contains("test_tube"));
}

QTEST_GUILESS_MAIN(TestAlertPayload)
#include "tst_alertpayload.moc"
