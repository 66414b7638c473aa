#include "core/model/AlertChannel.h"
#include "ui/dialogs/ChannelInput.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

AlertChannel storedWebhook()
{
    AlertChannel channel;
    channel.id = 7;
    channel.name = u"Ops Slack"_s;
    channel.preset = WebhookPreset::Slack;
    channel.target = u"https://hooks.slack.com/services/\u2026"_s;
    channel.credentialKey = u"channel/1b4e28ba-2fa1-11d2-883f-0016d3cca427"_s;
    channel.timeoutMs = 2500;
    return channel;
}

ChannelInput::Form webhookForm(const QString &url)
{
    ChannelInput::Form form;
    form.name = u"  Team hook "_s;
    form.kind = AlertChannelKind::Webhook;
    form.events = {AlertEventKind::Up, AlertEventKind::Down};
    form.url = url;
    return form;
}

} // namespace

class TestChannelInput : public QObject {
    Q_OBJECT

private slots:
    void newWebhookBecomesChannelAndSecret();
    void storedSecretIsKeptUnlessOpened();
    void loadedSecretUnchangedIsNotWrittenAgain();
    void changedHeadersAreANewSecret();
    void webhookErrors_data();
    void webhookErrors();
    void commandChannel();
    void commandErrors();
    void eventsAndScope();
    void timeoutKeepsStoredMilliseconds();
    void formOfRoundTrips();
    void arguments_data();
    void arguments();
    void badArguments_data();
    void badArguments();
    void target_data();
    void target();
    void templates_data();
    void templates();
    void descriptions();
    void deliveries_data();
    void deliveries();
};

void TestChannelInput::newWebhookBecomesChannelAndSecret()
{
    ChannelInput::Form form =
        webhookForm(u"https://user:pw@hooks.example.com/a/b/c?token=s3cret"_s);
    form.headers = {{u"Authorization"_s, u"Bearer abc"_s}, {QString(), QString()}};
    const ChannelInput::Result result = ChannelInput::parse(form, AlertChannel(), std::nullopt, {});
    QVERIFY2(result.ok(),
             qPrintable(result.errors.url + result.errors.headers + result.errors.other));
    QCOMPARE(result.channel.id, qint64(0));
    QCOMPARE(result.channel.name, u"Team hook"_s);
    QCOMPARE(result.channel.events,
             (QList<AlertEventKind>{AlertEventKind::Down, AlertEventKind::Up}));
    QCOMPARE(result.channel.target, u"https://hooks.example.com/a/\u2026"_s);
    QVERIFY(!result.channel.target.contains(u"s3cret"_s));
    QVERIFY(result.channel.credentialKey.startsWith(u"channel/"_s));
    QCOMPARE(result.channel.credentialKey.size(), 8 + 36); // channel/<uuid>
    QVERIFY(result.secret.has_value());
    QCOMPARE(result.secret->url, QUrl(u"https://user:pw@hooks.example.com/a/b/c?token=s3cret"_s));
    QCOMPARE(result.secret->headers.size(), 1);
    QCOMPARE(result.secret->headers.first().first, "Authorization");
    QCOMPARE(result.secret->headers.first().second, "Bearer abc");
}

void TestChannelInput::storedSecretIsKeptUnlessOpened()
{
    const AlertChannel stored = storedWebhook();
    ChannelInput::Form form = ChannelInput::formOf(stored);
    QVERIFY(!form.secretShown);
    form.name = u"Ops Slack 2"_s;
    ChannelInput::Result result = ChannelInput::parse(form, stored, std::nullopt, {});
    QVERIFY(result.ok());
    QVERIFY(!result.secret.has_value());
    QCOMPARE(result.channel.credentialKey, stored.credentialKey);
    QCOMPARE(result.channel.target, stored.target);
    QCOMPARE(result.channel.name, u"Ops Slack 2"_s);

    // Opened and replaced: a new secret, under the same key, and a new target.
    form.secretShown = true;
    form.url = u"https://hooks.slack.com/services/T1/B2/XYZ"_s;
    result = ChannelInput::parse(form, stored, std::nullopt, {});
    QVERIFY(result.ok());
    QVERIFY(result.secret.has_value());
    QCOMPARE(result.secret->url, QUrl(u"https://hooks.slack.com/services/T1/B2/XYZ"_s));
    QCOMPARE(result.channel.credentialKey, stored.credentialKey);
    QCOMPARE(result.channel.target, u"https://hooks.slack.com/services/\u2026"_s);

    // Opened but left empty: the URL is needed then.
    form.url.clear();
    result = ChannelInput::parse(form, stored, std::nullopt, {});
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.url, u"The URL is empty."_s);
}

void TestChannelInput::loadedSecretUnchangedIsNotWrittenAgain()
{
    const AlertChannel stored = storedWebhook();
    const WebhookSecret secret{QUrl(u"https://hooks.slack.com/services/T1/B2/XYZ"_s),
                               {{"X-Key", "v"}}};
    ChannelInput::Form form = ChannelInput::formOf(stored);
    form.secretShown = true;
    form.url = secret.url.toString();
    form.headers = {{u"X-Key"_s, u"v"_s}};
    const ChannelInput::Result result = ChannelInput::parse(form, stored, secret, {});
    QVERIFY(result.ok());
    QVERIFY(!result.secret.has_value());
}

void TestChannelInput::changedHeadersAreANewSecret()
{
    const AlertChannel stored = storedWebhook();
    const WebhookSecret secret{QUrl(u"https://hooks.slack.com/services/T1/B2/XYZ"_s),
                               {{"X-Key", "v"}}};
    ChannelInput::Form form = ChannelInput::formOf(stored);
    form.secretShown = true;
    form.url = secret.url.toString();
    form.headers = {{u"X-Key"_s, u"w"_s}};
    const ChannelInput::Result result = ChannelInput::parse(form, stored, secret, {});
    QVERIFY(result.ok());
    QVERIFY(result.secret.has_value());
    QCOMPARE(result.secret->headers.first().second, "w");
}

void TestChannelInput::webhookErrors_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("headerName");
    QTest::addColumn<QString>("headerValue");
    QTest::addColumn<QString>("urlError");
    QTest::addColumn<QString>("headersError");

    QTest::newRow("no scheme") << u"hooks.example.com/x"_s << QString() << QString()
                               << u"URL 'hooks.example.com/x' has no scheme: start it with "
                                  "http:// or https://."_s
                               << QString();
    QTest::newRow("ftp") << u"ftp://example.com/x"_s << QString() << QString()
                         << u"Unsupported scheme 'ftp' in 'ftp://example.com/x': only http and "
                            "https URLs can be checked."_s
                         << QString();
    QTest::newRow("header without name") << u"https://example.com/x"_s << QString() << u"value"_s
                                         << QString() << u"Header 1 has no name."_s;
    QTest::newRow("bad header name")
        << u"https://example.com/x"_s << u"X Key"_s << u"v"_s << QString() << u"Header 1: "_s;
}

void TestChannelInput::webhookErrors()
{
    QFETCH(QString, url);
    QFETCH(QString, headerName);
    QFETCH(QString, headerValue);
    QFETCH(QString, urlError);
    QFETCH(QString, headersError);
    ChannelInput::Form form = webhookForm(url);
    form.headers = {{headerName, headerValue}};
    const ChannelInput::Result result = ChannelInput::parse(form, AlertChannel(), std::nullopt, {});
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.url, urlError);
    QVERIFY2(headersError.isEmpty() ? result.errors.headers.isEmpty()
                                    : result.errors.headers.startsWith(headersError),
             qPrintable(result.errors.headers));
    QVERIFY(!result.secret.has_value());
}

void TestChannelInput::commandChannel()
{
    ChannelInput::Form form;
    form.name = u"Pager"_s;
    form.kind = AlertChannelKind::Command;
    form.events = {AlertEventKind::Down};
    form.program = u" /usr/local/bin/page-me "_s;
    form.arguments = u"--urgent\n\n\"two words\"\n--msg=\"x y\"\n\"\""_s;
    const ChannelInput::Result result = ChannelInput::parse(form, AlertChannel(), std::nullopt, {});
    QVERIFY(result.ok());
    QVERIFY(!result.secret.has_value());
    QCOMPARE(result.channel.kind, AlertChannelKind::Command);
    QCOMPARE(result.channel.program, u"/usr/local/bin/page-me"_s);
    QCOMPARE(result.channel.arguments,
             (QStringList{u"--urgent"_s, u"two words"_s, u"--msg=\"x y\""_s, QString()}));
    QVERIFY(result.channel.credentialKey.isEmpty());
    QVERIFY(result.channel.target.isEmpty());

    // A webhook turned into a command keeps its credential key (removal cleans the secret up)
    // but no longer shows a URL target.
    ChannelInput::Form edited = ChannelInput::formOf(storedWebhook());
    edited.kind = AlertChannelKind::Command;
    edited.program = u"notify-send"_s;
    const ChannelInput::Result changed =
        ChannelInput::parse(edited, storedWebhook(), std::nullopt, {});
    QVERIFY(changed.ok());
    QCOMPARE(changed.channel.credentialKey, storedWebhook().credentialKey);
    QVERIFY(changed.channel.target.isEmpty());
    QVERIFY(!changed.secret.has_value());
}

void TestChannelInput::commandErrors()
{
    ChannelInput::Form form;
    form.name = u"Pager"_s;
    form.kind = AlertChannelKind::Command;
    form.events = {AlertEventKind::Down};
    form.program = u"   "_s;
    form.arguments = u"ok\n\"unclosed"_s;
    const ChannelInput::Result result = ChannelInput::parse(form, AlertChannel(), std::nullopt, {});
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.program, u"Enter the program to run, e.g. /usr/local/bin/page-me."_s);
    QCOMPARE(result.errors.arguments, u"Line 2: the closing quote is missing."_s);
}

void TestChannelInput::eventsAndScope()
{
    ChannelInput::Form form = webhookForm(u"https://example.com/hook"_s);
    form.events = {};
    form.allMonitors = false;
    form.monitorNames = {u" "_s};
    ChannelInput::Result result =
        ChannelInput::parse(form, AlertChannel(), std::nullopt, {u"Team hook"_s});
    QCOMPARE(result.errors.events, u"Choose at least one event to alert on."_s);
    QCOMPARE(result.errors.scope,
             u"Choose at least one monitor or tag, or alert for all monitors."_s);
    QCOMPARE(result.errors.name,
             u"Another channel is already called 'Team hook'. Choose a different name."_s);

    form.events = {AlertEventKind::CertExpiry, AlertEventKind::Down, AlertEventKind::Down};
    form.monitorNames = {u"Shop"_s, u" Shop"_s, u"API"_s};
    form.tags = {u"prod"_s};
    result = ChannelInput::parse(form, AlertChannel(), std::nullopt, {});
    QVERIFY(result.ok());
    QCOMPARE(result.channel.events,
             (QList<AlertEventKind>{AlertEventKind::Down, AlertEventKind::CertExpiry}));
    QCOMPARE(result.channel.monitorNames, (QStringList{u"Shop"_s, u"API"_s}));
    QCOMPARE(result.channel.tags, QStringList{u"prod"_s});

    // "All monitors" drops what was chosen before.
    form.allMonitors = true;
    result = ChannelInput::parse(form, AlertChannel(), std::nullopt, {});
    QVERIFY(result.channel.monitorNames.isEmpty());
    QVERIFY(result.channel.tags.isEmpty());
}

void TestChannelInput::timeoutKeepsStoredMilliseconds()
{
    const AlertChannel stored = storedWebhook(); // 2500 ms, shown as 3 s
    ChannelInput::Form form = ChannelInput::formOf(stored);
    QCOMPARE(form.timeoutSeconds, 3);
    QCOMPARE(ChannelInput::parse(form, stored, std::nullopt, {}).channel.timeoutMs, 2500);
    form.timeoutSeconds = 4;
    QCOMPARE(ChannelInput::parse(form, stored, std::nullopt, {}).channel.timeoutMs, 4000);
    form.timeoutSeconds = 100000;
    QCOMPARE(ChannelInput::parse(form, stored, std::nullopt, {}).channel.timeoutMs,
             AlertChannel::kMaxTimeoutMs);
}

void TestChannelInput::formOfRoundTrips()
{
    AlertChannel command;
    command.id = 3;
    command.name = u"Script"_s;
    command.kind = AlertChannelKind::Command;
    command.enabled = false;
    command.events = {AlertEventKind::Degraded};
    command.monitorNames = {u"Shop"_s};
    command.tags = {u"prod"_s, u"web"_s};
    command.program = u"/bin/sh"_s;
    command.arguments = {u"-c"_s, u"echo \"$UPWATCH_MONITOR\" >> /tmp/log"_s, u" padded "_s};
    const ChannelInput::Form form = ChannelInput::formOf(command);
    QVERIFY(form.secretShown);
    QVERIFY(!form.allMonitors);
    const ChannelInput::Result result = ChannelInput::parse(form, command, std::nullopt, {});
    QVERIFY(result.ok());
    QCOMPARE(result.channel, command);
}

void TestChannelInput::arguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("none") << QStringList();
    QTest::newRow("plain") << QStringList{u"-v"_s, u"--to=ops"_s, u"a b"_s};
    QTest::newRow("empty") << QStringList{QString(), u"x"_s};
    QTest::newRow("spaces kept") << QStringList{u"  lead"_s, u"trail  "_s};
    QTest::newRow("quotes") << QStringList{u"\"quoted\""_s, u"say \"hi\""_s};
    QTest::newRow("backslashes") << QStringList{u"C:\\dir"_s, u" \\n \\\" "_s};
    QTest::newRow("line breaks") << QStringList{u"one\ntwo"_s, u"cr\r"_s};
}

void TestChannelInput::arguments()
{
    QFETCH(QStringList, arguments);
    const QString text = ChannelInput::argumentsText(arguments);
    QString error;
    const auto parsed = ChannelInput::parseArguments(text, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QCOMPARE(*parsed, arguments);
}

void TestChannelInput::badArguments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("unclosed") << u"\"abc"_s << u"Line 1: the closing quote is missing."_s;
    QTest::newRow("trailing text")
        << u"a\n\"ab\"c"_s
        << u"Line 2: there is text after the closing quote; quote the whole argument, writing "
           "\\\" for a quote inside it."_s;
    QTest::newRow("too many") << QString(u"x\n"_s).repeated(ChannelInput::kMaxArguments + 1)
                              << u"There are more than 256 arguments."_s;
}

void TestChannelInput::badArguments()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(!ChannelInput::parseArguments(text, &actual).has_value());
    QCOMPARE(actual, error);
}

void TestChannelInput::target_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("target");
    QTest::newRow("slack") << u"https://hooks.slack.com/services/T0/B0/XXXX"_s
                           << u"https://hooks.slack.com/services/\u2026"_s;
    QTest::newRow("ntfy topic") << u"https://ntfy.sh/secret-topic"_s << u"https://ntfy.sh/\u2026"_s;
    QTest::newRow("gotify query") << u"http://gotify.lan:8080/?token=abc"_s
                                  << u"http://gotify.lan:8080/"_s;
    QTest::newRow("user info") << u"https://bob:pw@example.com"_s << u"https://example.com/"_s;
    QTest::newRow("ipv6") << u"http://[::1]:9000/hook/x"_s << u"http://[::1]:9000/hook/\u2026"_s;
}

void TestChannelInput::target()
{
    QFETCH(QString, url);
    QFETCH(QString, target);
    QCOMPARE(webhookTarget(QUrl(url)), target);
}

void TestChannelInput::templates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << u"  "_s
                           << u"Write the body to send, with placeholders such as {{monitor}}."_s;
    QTest::newRow("plain text") << u"{{monitor}} is {{state}} ({{reason}})"_s << QString();
    QTest::newRow("json") << u"{\"m\": \"{{monitor}}\", \"n\": {{count}}}"_s << QString();
    QTest::newRow("unknown") << u"{{monitor}} {{host}}"_s
                             << u"{{host}} is not a placeholder; use one of those listed under "
                                "the template."_s;
    QTest::newRow("bad json") << u"{\"m\": {{monitor}"_s
                              << u"The template starts like JSON but is not valid JSON once "
                                 "filled in: "_s;
}

void TestChannelInput::templates()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    const QString actual = ChannelInput::templateProblem(text);
    QVERIFY2(problem.isEmpty() ? actual.isEmpty() : actual.startsWith(problem), qPrintable(actual));

    // A custom preset is checked with its template; other presets ignore (and drop) it.
    ChannelInput::Form form = webhookForm(u"https://example.com/hook"_s);
    form.preset = WebhookPreset::Custom;
    form.bodyTemplate = text;
    ChannelInput::Result result = ChannelInput::parse(form, AlertChannel(), std::nullopt, {});
    QCOMPARE(result.errors.bodyTemplate, actual);
    form.preset = WebhookPreset::Ntfy;
    result = ChannelInput::parse(form, AlertChannel(), std::nullopt, {});
    QVERIFY(result.ok());
    QVERIFY(result.channel.bodyTemplate.isEmpty());
}

void TestChannelInput::descriptions()
{
    QCOMPARE(ChannelInput::describeEvents(AlertChannel().events), u"All events"_s);
    QCOMPARE(ChannelInput::describeEvents({AlertEventKind::Up, AlertEventKind::Down}),
             u"Down, Recovered"_s);
    AlertChannel channel;
    QCOMPARE(ChannelInput::describeScope(channel), u"All monitors"_s);
    channel.monitorNames = {u"shop"_s, u"API"_s};
    QCOMPARE(ChannelInput::describeScope(channel), u"shop, API"_s); // names as they are
    channel.monitorNames.append(u"DB"_s);
    channel.tags = {u"prod"_s};
    QCOMPARE(ChannelInput::describeScope(channel), u"3 monitors; tag prod"_s);
    channel.monitorNames.clear();
    channel.tags = {u"prod"_s, u"web"_s};
    QCOMPARE(ChannelInput::describeScope(channel), u"Tags prod, web"_s);
    QCOMPARE(ChannelInput::placeholders().size(), 12);
    for (const WebhookPreset preset :
         {WebhookPreset::Json, WebhookPreset::Slack, WebhookPreset::Discord, WebhookPreset::Ntfy,
          WebhookPreset::Gotify, WebhookPreset::Custom}) {
        QVERIFY(!ChannelInput::presetHint(preset).isEmpty());
        QVERIFY(ChannelInput::presetUrlExample(preset).startsWith(u"https://"_s));
    }
    QVERIFY(ChannelInput::presetHint(WebhookPreset::Slack) !=
            ChannelInput::presetHint(WebhookPreset::Ntfy));
}

void TestChannelInput::deliveries_data()
{
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("text");
    QTest::newRow("first try") << true << 1 << QString() << u"Delivered in 1 attempt"_s;
    QTest::newRow("retried") << true << 2 << QString() << u"Delivered in 2 attempts"_s;
    QTest::newRow("failed") << false << 3 << u"HTTP 500"_s
                            << u"Failed after 3 attempts: HTTP 500"_s;
    QTest::newRow("once") << false << 1 << u"HTTP 404"_s << u"Failed after 1 attempt: HTTP 404"_s;
    QTest::newRow("never tried") << false << 0 << u"no such channel"_s
                                 << u"Failed: no such channel"_s;
}

void TestChannelInput::deliveries()
{
    QFETCH(bool, ok);
    QFETCH(int, attempts);
    QFETCH(QString, error);
    QFETCH(QString, text);
    AlertDeliveryReport report;
    report.ok = ok;
    report.attempts = attempts;
    report.error = error;
    QCOMPARE(ChannelInput::describeDelivery(report), text);
}

QTEST_GUILESS_MAIN(TestChannelInput)
#include "tst_channelinput.moc"
