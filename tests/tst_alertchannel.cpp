#include "core/model/AlertChannel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAlertChannel final : public QObject {
    Q_OBJECT

private slots:
    void namesRoundTrip();
    void unknownNamesAreRefused();
    void titles();
    void coversEveryMonitorWithoutSelection();
    void coversNamedOrTagged();
    void wants();
    void problems_data();
    void problems();
    void secretRoundTrip();
    void secretProblems_data();
    void secretProblems();
    void secretErrorsNeverQuoteTheSecret();
    void secretFromBadJson_data();
    void secretFromBadJson();
    void target_data();
    void target();
    void describeCommand();
    void jsonHasEveryFieldButTheSecret();
};

void TestAlertChannel::namesRoundTrip()
{
    const QStringList events{u"down"_s, u"up"_s, u"degraded"_s, u"cert_expiry"_s};
    for (int i = 0; i <= int(kLastAlertEventKind); ++i) {
        const auto kind = AlertEventKind(i);
        QCOMPARE(alertEventKindName(kind), events.at(i));
        QCOMPARE(alertEventKindFromName(events.at(i)), kind);
    }
    QCOMPARE(alertChannelKindName(AlertChannelKind::Webhook), u"webhook"_s);
    QCOMPARE(alertChannelKindName(AlertChannelKind::Command), u"command"_s);
    QCOMPARE(alertChannelKindFromName(u"command"), AlertChannelKind::Command);
    const QStringList presets{u"json"_s, u"slack"_s,  u"discord"_s,
                              u"ntfy"_s, u"gotify"_s, u"custom"_s};
    for (int i = 0; i < presets.size(); ++i) {
        QCOMPARE(webhookPresetName(WebhookPreset(i)), presets.at(i));
        QCOMPARE(webhookPresetFromName(presets.at(i)), WebhookPreset(i));
    }
}

void TestAlertChannel::unknownNamesAreRefused()
{
    QVERIFY(!alertEventKindFromName(u"Down"));
    QVERIFY(!alertEventKindFromName(u"unreachable"));
    QVERIFY(!alertEventKindFromName(u""));
    QVERIFY(!alertChannelKindFromName(u"email"));
    QVERIFY(!webhookPresetFromName(u"teams"));
}

void TestAlertChannel::titles()
{
    QCOMPARE(alertEventKindTitle(AlertEventKind::Up), u"Recovered"_s);
    QCOMPARE(alertEventKindTitle(AlertEventKind::CertExpiry), u"Certificate expiry"_s);
    QCOMPARE(webhookPresetTitle(WebhookPreset::Json), u"Upwatch JSON"_s);
    QCOMPARE(webhookPresetTitle(WebhookPreset::Custom), u"Custom template"_s);
}

void TestAlertChannel::coversEveryMonitorWithoutSelection()
{
    const AlertChannel channel;
    QVERIFY(channel.covers(u"api"_s, {}));
    QVERIFY(channel.covers(u"web"_s, {u"prod"_s}));
}

void TestAlertChannel::coversNamedOrTagged()
{
    AlertChannel channel;
    channel.monitorNames = {u"api"_s};
    QVERIFY(channel.covers(u"api"_s, {}));
    QVERIFY(!channel.covers(u"web"_s, {u"prod"_s}));
    channel.tags = {u"prod"_s};
    QVERIFY(channel.covers(u"web"_s, {u"staging"_s, u"prod"_s}));
    QVERIFY(!channel.covers(u"web"_s, {u"staging"_s}));
    channel.monitorNames.clear();
    QVERIFY(!channel.covers(u"api"_s, {}));
    QVERIFY(channel.covers(u"db"_s, {u"prod"_s}));
}

void TestAlertChannel::wants()
{
    AlertChannel channel;
    QVERIFY(channel.wants(AlertEventKind::CertExpiry));
    channel.events = {AlertEventKind::Down};
    QVERIFY(channel.wants(AlertEventKind::Down));
    QVERIFY(!channel.wants(AlertEventKind::Up));
}

void TestAlertChannel::problems_data()
{
    QTest::addColumn<AlertChannel>("channel");
    QTest::addColumn<QString>("problem"); // a part of it; empty: none

    AlertChannel good;
    good.name = u"ops"_s;
    QTest::newRow("good webhook") << good << QString();

    AlertChannel command = good;
    command.kind = AlertChannelKind::Command;
    command.program = u"/usr/bin/notify"_s;
    QTest::newRow("good command") << command << QString();

    AlertChannel noName = good;
    noName.name = u"  "_s;
    QTest::newRow("no name") << noName << u"name is empty"_s;

    AlertChannel noEvents = good;
    noEvents.events.clear();
    QTest::newRow("no events") << noEvents << u"no events"_s;

    AlertChannel zeroTimeout = good;
    zeroTimeout.timeoutMs = 0;
    QTest::newRow("zero timeout") << zeroTimeout << u"timeout"_s;

    AlertChannel longTimeout = good;
    longTimeout.timeoutMs = AlertChannel::kMaxTimeoutMs + 1;
    QTest::newRow("long timeout") << longTimeout << u"timeout"_s;

    AlertChannel noProgram = command;
    noProgram.program = u" "_s;
    QTest::newRow("no program") << noProgram << u"program"_s;

    AlertChannel custom = good;
    custom.preset = WebhookPreset::Custom;
    QTest::newRow("custom without template") << custom << u"template"_s;
    custom.bodyTemplate = u"{{monitor}} is {{state}}"_s;
    QTest::newRow("custom with template") << custom << QString();

    AlertChannel emptyTag = good;
    emptyTag.tags = {u""_s};
    QTest::newRow("empty tag") << emptyTag << u"tag is empty"_s;
}

void TestAlertChannel::problems()
{
    QFETCH(AlertChannel, channel);
    QFETCH(QString, problem);
    const QString found = channel.problem();
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestAlertChannel::secretRoundTrip()
{
    WebhookSecret secret;
    secret.url = QUrl(u"https://hooks.example.com/services/T1/B2/s3cr3t?token=x"_s);
    secret.headers = {{"Authorization", "Bearer abc"}, {"X-Priority", "5"}};
    QString error;
    const auto back = WebhookSecret::fromJson(secret.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, secret);
}

void TestAlertChannel::secretProblems_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<QString>("problem");

    QTest::newRow("good") << u"https://example.com/hook"_s << QByteArray() << QByteArray()
                          << QString();
    QTest::newRow("empty") << QString() << QByteArray() << QByteArray() << u"empty"_s;
    QTest::newRow("ftp") << u"ftp://example.com/x"_s << QByteArray() << QByteArray()
                         << u"http:// or https://"_s;
    QTest::newRow("no scheme") << u"example.com/x"_s << QByteArray() << QByteArray()
                               << u"no scheme"_s;
    QTest::newRow("no host") << u"http:///x"_s << QByteArray() << QByteArray() << u"no host"_s;
    QTest::newRow("bad header name")
        << u"https://example.com/"_s << QByteArray("X Bad") << QByteArray("1") << u"cannot have"_s;
    QTest::newRow("line break") << u"https://example.com/"_s << QByteArray("X-Token")
                                << QByteArray("a\r\nEvil: 1") << u"line break"_s;
    QTest::newRow("managed") << u"https://example.com/"_s << QByteArray("Content-Length")
                             << QByteArray("3") << u"HTTP client"_s;
}

void TestAlertChannel::secretProblems()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    QFETCH(QString, problem);
    WebhookSecret secret;
    secret.url = QUrl(url);
    if (!headerName.isEmpty())
        secret.headers.append({headerName, headerValue});
    const QString found = secret.problem();
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

void TestAlertChannel::secretErrorsNeverQuoteTheSecret()
{
    WebhookSecret secret;
    secret.url = QUrl(u"gopher://hooks.example.com/T1/sup3rs3cret"_s);
    QVERIFY(!secret.problem().isEmpty());
    QVERIFY(!secret.problem().contains(u"sup3rs3cret"));
    secret.url = QUrl(u"https://hooks.example.com/T1/sup3rs3cret"_s);
    secret.headers = {{"X-Token", "sup3rs3cret\n"}};
    QVERIFY(!secret.problem().isEmpty());
    QVERIFY(!secret.problem().contains(u"sup3rs3cret"));
    QString error;
    QVERIFY(!WebhookSecret::fromJson("{\"url\":\"ftp://sup3rs3cret/\"}", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(u"sup3rs3cret"));
}

void TestAlertChannel::secretFromBadJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("https://example.com");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no url") << QByteArray("{\"headers\":[]}");
    QTest::newRow("headers not a list") << QByteArray("{\"url\":\"https://a.b/\",\"headers\":3}");
    QTest::newRow("header without value")
        << QByteArray("{\"url\":\"https://a.b/\",\"headers\":[{\"name\":\"X\"}]}");
}

void TestAlertChannel::secretFromBadJson()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!WebhookSecret::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
}

void TestAlertChannel::target_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("target");
    QTest::newRow("slack") << u"https://hooks.slack.com/services/T000/B000/XXXX"_s
                           << u"https://hooks.slack.com/services/…"_s;
    QTest::newRow("ntfy topic") << u"https://ntfy.sh/my-secret-topic"_s << u"https://ntfy.sh/…"_s;
    QTest::newRow("query and user")
        << u"http://user:pw@127.0.0.1:8080/message?token=abc"_s << u"http://127.0.0.1:8080/…"_s;
    QTest::newRow("root") << u"https://example.com"_s << u"https://example.com/"_s;
    QTest::newRow("ipv6") << u"http://[::1]:9000/a/b"_s << u"http://[::1]:9000/a/…"_s;
}

void TestAlertChannel::target()
{
    QFETCH(QString, url);
    QFETCH(QString, target);
    QCOMPARE(webhookTarget(QUrl(url)), target);
}

void TestAlertChannel::describeCommand()
{
    AlertChannel channel;
    channel.kind = AlertChannelKind::Command;
    channel.program = u"/usr/local/bin/page"_s;
    channel.arguments = {u"--to"_s, u"on call"_s, u"it's"_s};
    QCOMPARE(channel.describeTarget(), u"/usr/local/bin/page --to 'on call' 'it'\\''s'"_s);
    channel.kind = AlertChannelKind::Webhook;
    channel.target = u"https://ntfy.sh/…"_s;
    QCOMPARE(channel.describeTarget(), u"https://ntfy.sh/…"_s);
}

void TestAlertChannel::jsonHasEveryFieldButTheSecret()
{
    AlertChannel channel;
    channel.id = 7;
    channel.name = u"ops"_s;
    channel.events = {AlertEventKind::Down, AlertEventKind::Up};
    channel.tags = {u"prod"_s};
    channel.preset = WebhookPreset::Slack;
    channel.target = u"https://hooks.slack.com/services/…"_s;
    channel.credentialKey = u"channel/abc"_s;
    const QJsonObject json = channel.toJson();
    QCOMPARE(json.value(u"id").toInteger(), 7);
    QCOMPARE(json.value(u"name").toString(), u"ops"_s);
    QCOMPARE(json.value(u"kind").toString(), u"webhook"_s);
    QCOMPARE(json.value(u"enabled").toBool(), true);
    QCOMPARE(json.value(u"events").toArray(), (QJsonArray{u"down"_s, u"up"_s}));
    QCOMPARE(json.value(u"tags").toArray(), QJsonArray{u"prod"_s});
    QCOMPARE(json.value(u"monitors").toArray(), QJsonArray());
    QCOMPARE(json.value(u"timeout_ms").toInt(), AlertChannel::kDefaultTimeoutMs);
    QCOMPARE(json.value(u"preset").toString(), u"slack"_s);
    QCOMPARE(json.value(u"target").toString(), channel.target);
    QCOMPARE(json.value(u"credential_key").toString(), u"channel/abc"_s);
    QVERIFY(json.value(u"program").isNull());
    QVERIFY(!QJsonDocument(json).toJson().contains("hooks.slack.com/services/T"));

    channel.kind = AlertChannelKind::Command;
    channel.program = u"notify-send"_s;
    channel.arguments = {u"Upwatch"_s};
    const QJsonObject command = channel.toJson();
    QCOMPARE(command.value(u"program").toString(), u"notify-send"_s);
    QCOMPARE(command.value(u"arguments").toArray(), QJsonArray{u"Upwatch"_s});
    QVERIFY(command.value(u"target").isNull());
}

QTEST_GUILESS_MAIN(TestAlertChannel)
#include "tst_alertchannel.moc"
