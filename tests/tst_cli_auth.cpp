#include "tests/support/AuthFixtures.h"
#include "tests/support/TestServer.h"
#include "tests/support/TlsFixtures.h"
#include "tests/support/UpwatchProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace AuthFixtures;

namespace {

// Sets environment variables for the upwatch processes started while it lives.
class ScopedEnvironment final {
    Q_DISABLE_COPY_MOVE(ScopedEnvironment)

public:
    explicit ScopedEnvironment(const QList<std::pair<QByteArray, QByteArray>> &variables)
        : m_variables(variables)
    {
        for (const auto &[name, value] : m_variables)
            qputenv(name.constData(), value);
    }
    ~ScopedEnvironment()
    {
        for (const auto &[name, value] : m_variables)
            qunsetenv(name.constData());
    }

private:
    QList<std::pair<QByteArray, QByteArray>> m_variables;
};

using Variables = QList<std::pair<QByteArray, QByteArray>>;

} // namespace

Q_DECLARE_METATYPE(Variables)

// `upwatch check` with every kind of authentication: the options, the secret from the
// environment or standard input, never from an argument, and never in what it prints.
class TestCliAuth final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { m_server.clearRecords(); }
    void eachKind_data();
    void eachKind();
    void usageErrors_data();
    void usageErrors();
    void importTakesSecretsFromStdin();
    void runChecksEveryKind();

private:
    TestServer m_server;
    TestServer m_mutual;
};

void TestCliAuth::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(UPWATCH_BINARY)));
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_server.start());
    QVERIFY(startMutualTls(m_mutual));
    serveProtectedRoutes(m_server);
}

void TestCliAuth::eachKind_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("mutual");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<Variables>("environment");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reason");

    const QStringList user{u"--user"_s, u"user"_s};
    QTest::newRow("basic, environment")
        << u"/basic"_s << false << user << Variables{{"UPWATCH_PASSWORD", kPassword}}
        << QByteArray() << kPassword << 0 << u"ok"_s;
    QTest::newRow("basic, standard input")
        << u"/basic"_s << false << (user + QStringList{u"--password-stdin"_s}) << Variables{}
        << kPassword + "\n"
        << kPassword << 0 << u"ok"_s;
    QTest::newRow("basic, wrong password")
        << u"/basic"_s << false << user << Variables{{"UPWATCH_PASSWORD", "wrong one"}}
        << QByteArray() << QByteArray("wrong one") << 1 << u"status"_s;
    QTest::newRow("bearer, environment")
        << u"/bearer"_s << false << QStringList{u"--bearer"_s}
        << Variables{{"UPWATCH_TOKEN", kToken}} << QByteArray() << kToken << 0 << u"ok"_s;
    QTest::newRow("bearer, standard input")
        << u"/bearer"_s << false << QStringList{u"--token-stdin"_s} << Variables{}
        << kToken + "\r\n"
        << kToken << 0 << u"ok"_s;
    const QStringList header{u"--secret-header"_s, u"X-API-Key"_s};
    QTest::newRow("secret header, environment")
        << u"/api-key"_s << false << header << Variables{{"UPWATCH_SECRET_HEADER", kApiKey}}
        << QByteArray() << kApiKey << 0 << u"ok"_s;
    QTest::newRow("secret header, standard input")
        << u"/api-key"_s << false << (header + QStringList{u"--secret-stdin"_s}) << Variables{}
        << kApiKey << kApiKey << 0 << u"ok"_s;
    QTest::newRow("oauth2") << u"/oauth/resource"_s << false
                            << QStringList{u"--oauth2-token-url"_s,
                                           m_server.url(u"/oauth/token"_s).toString(),
                                           u"--oauth2-client-id"_s, QString::fromUtf8(kClientId)}
                            << Variables{{"UPWATCH_CLIENT_SECRET", kClientSecret}} << QByteArray()
                            << kClientSecret << 0 << u"ok"_s;
    QTest::newRow("oauth2, wrong secret")
        << u"/oauth/resource"_s << false
        << QStringList{u"--oauth2-token-url"_s, m_server.url(u"/oauth/token"_s).toString(),
                       u"--oauth2-client-id"_s, QString::fromUtf8(kClientId)}
        << Variables{{"UPWATCH_CLIENT_SECRET", "not it"}} << QByteArray() << QByteArray("not it")
        << 1 << u"status"_s;
    QTest::newRow("client certificate with a passphrase")
        << u"/ok"_s << true
        << QStringList{u"--client-cert"_s, dataFile(u"client-ec.pem"_s), u"--client-key"_s,
                       dataFile(u"client-ec.key"_s), u"--ignore-tls-errors"_s}
        << Variables{{"UPWATCH_KEY_PASSPHRASE", kPassphrase}} << QByteArray() << kPassphrase << 0
        << u"ok"_s;
    QTest::newRow("client certificate, wrong passphrase")
        << u"/ok"_s << true
        << QStringList{u"--client-cert"_s, dataFile(u"client-ec.pem"_s), u"--client-key"_s,
                       dataFile(u"client-ec.key"_s), u"--ignore-tls-errors"_s}
        << Variables{{"UPWATCH_KEY_PASSPHRASE", "wrong passphrase"}} << QByteArray()
        << QByteArray("wrong passphrase") << 1 << u"tls"_s;
}

void TestCliAuth::eachKind()
{
    QFETCH(QString, path);
    QFETCH(bool, mutual);
    QFETCH(QStringList, options);
    QFETCH(Variables, environment);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, secret);
    QFETCH(int, exitCode);
    QFETCH(QString, reason);

    const ScopedEnvironment scoped(environment);
    const QUrl url = (mutual ? m_mutual : m_server).url(path);
    const UpwatchRun run =
        runUpwatch(QStringList{u"check"_s, url.toString()} + options, 30000, input);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(u"reason").toString(), reason);
    QVERIFY2(!mentionsSecret(run.out + run.err, secret), qPrintable(run.out + run.err));
}

void TestCliAuth::usageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<Variables>("environment");
    QTest::addColumn<QString>("message");

    QTest::newRow("no password")
        << QStringList{u"--user"_s, u"user"_s} << Variables{}
        << u"upwatch: HTTP Basic authentication needs the password: set UPWATCH_PASSWORD or use "
           "--password-stdin\n"_s;
    QTest::newRow("no token") << QStringList{u"--bearer"_s} << Variables{}
                              << u"upwatch: bearer token authentication needs the token: set "
                                 "UPWATCH_TOKEN or use --token-stdin\n"_s;
    QTest::newRow("two kinds")
        << QStringList{u"--user"_s, u"user"_s, u"--bearer"_s}
        << Variables{{"UPWATCH_PASSWORD", "pw"}, {"UPWATCH_TOKEN", "t"}}
        << u"upwatch: choose one kind of authentication, not --user and --bearer\n"_s;
    QTest::newRow("stdin without a kind")
        << QStringList{u"--secret-stdin"_s} << Variables{}
        << u"upwatch: --secret-stdin needs an authentication option (--user, --bearer, "
           "--secret-header, --client-cert or --oauth2-token-url)\n"_s;
    QTest::newRow("password-stdin with a token")
        << QStringList{u"--bearer"_s, u"--password-stdin"_s} << Variables{}
        << u"upwatch: --password-stdin goes with --user\n"_s;
    QTest::newRow("certificate without key")
        << QStringList{u"--client-cert"_s, dataFile(u"client.pem"_s)} << Variables{}
        << u"upwatch: --client-cert and --client-key go together\n"_s;
    QTest::newRow("missing certificate file")
        << QStringList{u"--client-cert"_s, u"/nonexistent/client.pem"_s, u"--client-key"_s,
                       dataFile(u"client.key"_s)}
        << Variables{}
        << u"upwatch: the client certificate file /nonexistent/client.pem does not exist\n"_s;
    QTest::newRow("header the stack sets")
        << QStringList{u"--secret-header"_s, u"Content-Length"_s}
        << Variables{{"UPWATCH_SECRET_HEADER", "1"}} << u"Content-Length"_s;
    QTest::newRow("oauth2 without client id")
        << QStringList{u"--oauth2-token-url"_s, u"https://id.example.com/token"_s} << Variables{}
        << u"upwatch: OAuth2 needs both --oauth2-token-url and --oauth2-client-id\n"_s;
    QTest::newRow("oauth2 token URL not http")
        << QStringList{u"--oauth2-token-url"_s, u"ftp://id.example.com/token"_s,
                       u"--oauth2-client-id"_s, u"me"_s}
        << Variables{{"UPWATCH_CLIENT_SECRET", "s"}} << u"the token URL cannot be used"_s;
    QTest::newRow("user with a colon")
        << QStringList{u"--user"_s, u"a:b"_s} << Variables{{"UPWATCH_PASSWORD", "pw"}}
        << u"upwatch: the user name cannot contain ':'\n"_s;
}

void TestCliAuth::usageErrors()
{
    QFETCH(QStringList, options);
    QFETCH(Variables, environment);
    QFETCH(QString, message);
    const ScopedEnvironment scoped(environment);
    const UpwatchRun run =
        runUpwatch(QStringList{u"check"_s, m_server.url(u"/basic"_s).toString()} + options, 30000);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(message.endsWith(u'\n') ? run.err == message : run.err.contains(message),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(m_server.requests().size(), 0);
}

void TestCliAuth::importTakesSecretsFromStdin()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"upwatch.sqlite"_s);
    const QString file = dir.filePath(u"monitors.json"_s);
    QFile json(file);
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(QJsonDocument(QJsonObject{
                                 {u"format"_s, u"upwatch-monitors"_s},
                                 {u"version"_s, 1},
                                 {u"monitors"_s,
                                  QJsonArray{
                                      QJsonObject{{u"name"_s, u"api"_s},
                                                  {u"url"_s, m_server.url(u"/basic"_s).toString()},
                                                  {u"interval_s"_s, 1},
                                                  {u"auth"_s, basic().toJson()}},
                                      QJsonObject{{u"name"_s, u"tok"_s},
                                                  {u"url"_s, m_server.url(u"/bearer"_s).toString()},
                                                  {u"auth"_s, bearer().toJson()},
                                                  {u"paused"_s, true}},
                                  }},
                             })
                   .toJson());
    json.close();

    const QByteArray secrets =
        QJsonDocument(QJsonObject{{u"api"_s, QString::fromUtf8(kPassword)}}).toJson();
    const UpwatchRun imported =
        runUpwatch({u"import"_s, file, u"--db"_s, db, u"--secrets-stdin"_s, u"--secrets-file"_s},
                   30000, secrets);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(u"api: its password is in the secrets file"_s),
             qPrintable(imported.out));
    QVERIFY2(imported.err.contains(u"note: tok needs its token: import again with "
                                   "--secrets-stdin, or edit the monitor in the window"_s),
             qPrintable(imported.err));

    const UpwatchRun run = runUpwatch({u"run"_s, u"--db"_s, db, u"--duration"_s, u"2"_s});
    QVERIFY2(run.out.contains(u"  api  pending -> up\n"_s), qPrintable(run.out + run.err));

    const QString out = dir.filePath(u"again.json"_s);
    const UpwatchRun exported = runUpwatch({u"export"_s, out, u"--db"_s, db});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.err.contains(u"note: api: the password (HTTP Basic) was left out: enter it "
                                   "again after import"_s),
             qPrintable(exported.err));
    QFile again(out);
    QVERIFY(again.open(QIODevice::ReadOnly));
    const QByteArray written = again.readAll();
    QVERIFY(written.contains(R"("kind": "basic")"));
    QVERIFY(!mentionsSecret(QString::fromUtf8(written), kPassword));
    for (const UpwatchRun &output : {imported, run, exported})
        QVERIFY(!mentionsSecret(output.out + output.err, kPassword));

    // A password left in a file's URL moves out like one typed into the window.
    QFile withPassword(dir.filePath(u"old.json"_s));
    QVERIFY(withPassword.open(QIODevice::WriteOnly));
    QUrl old = m_server.url(u"/basic"_s);
    old.setUserName(u"user"_s);
    old.setPassword(QString::fromUtf8(kPassword));
    withPassword.write(
        QJsonDocument(QJsonObject{
                          {u"format"_s, u"upwatch-monitors"_s},
                          {u"version"_s, 1},
                          {u"monitors"_s,
                           QJsonArray{QJsonObject{{u"name"_s, u"old"_s},
                                                  {u"url"_s, old.toString(QUrl::FullyEncoded)}}}},
                      })
            .toJson());
    withPassword.close();
    const UpwatchRun moved = runUpwatch({u"import"_s, withPassword.fileName(), u"--db"_s, db});
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
    QVERIFY2(moved.out.contains(u"old: its password is in the secrets file"_s),
             qPrintable(moved.out));
    QVERIFY(QFile::remove(withPassword.fileName()));
    const QStringList leaks = [&dir] {
        QStringList found;
        const QDir folder(dir.path());
        for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden)) {
            QFile candidate(folder.filePath(name));
            if (!name.endsWith(u".secrets"_s) && candidate.open(QIODevice::ReadOnly) &&
                candidate.readAll().contains(QUrl::toPercentEncoding(QString::fromUtf8(kPassword))))
                found.append(name);
        }
        return found;
    }();
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", ")));

    // Not an object: a usage error that does not echo what it read.
    const UpwatchRun bad = runUpwatch({u"import"_s, file, u"--db"_s, db, u"--secrets-stdin"_s},
                                      30000, "[\"hunter2\"]");
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.startsWith(u"upwatch: --secrets-stdin needs a JSON object"_s));
    QVERIFY(!bad.err.contains(u"hunter2"_s));
}

void TestCliAuth::runChecksEveryKind()
{
    // Every kind added with its secret in the secrets file, then `upwatch run`: all up, and no
    // secret in any file but the secrets file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"upwatch.sqlite"_s);
    const struct {
        const char16_t *name;
        QUrl url;
        QStringList options;
        QByteArray variable;
        QByteArray secret;
    } monitors[] = {
        {u"basic",
         m_server.url(u"/basic"_s),
         {u"--user"_s, u"user"_s},
         "UPWATCH_PASSWORD",
         kPassword},
        {u"bearer", m_server.url(u"/bearer"_s), {u"--bearer"_s}, "UPWATCH_TOKEN", kToken},
        {u"header",
         m_server.url(u"/api-key"_s),
         {u"--secret-header"_s, u"X-API-Key"_s},
         "UPWATCH_SECRET_HEADER",
         kApiKey},
        {u"oauth2",
         m_server.url(u"/oauth/resource"_s),
         {u"--oauth2-token-url"_s, m_server.url(u"/oauth/token"_s).toString(),
          u"--oauth2-client-id"_s, QString::fromUtf8(kClientId)},
         "UPWATCH_CLIENT_SECRET",
         kClientSecret},
        {u"mtls",
         m_mutual.url(u"/ok"_s),
         {u"--client-cert"_s, dataFile(u"client-ec.pem"_s), u"--client-key"_s,
          dataFile(u"client-ec.key"_s), u"--ignore-tls-errors"_s},
         "UPWATCH_KEY_PASSPHRASE",
         kPassphrase},
    };
    for (const auto &monitor : monitors) {
        const ScopedEnvironment scoped({{monitor.variable, monitor.secret}});
        const UpwatchRun added = runUpwatch(
            QStringList{u"monitor"_s, u"add"_s, u"--db"_s, db, u"--name"_s,
                        QString::fromUtf16(monitor.name), u"--url"_s, monitor.url.toString(),
                        u"--interval"_s, u"1"_s, u"--secrets-file"_s} +
            monitor.options);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }
    const UpwatchRun run = runUpwatch({u"run"_s, u"--db"_s, db, u"--duration"_s, u"3"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    for (const auto &monitor : monitors)
        QVERIFY2(run.out.contains(u"  %1  pending -> up\n"_s.arg(QString::fromUtf16(monitor.name))),
                 qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"(0 down)"_s), qPrintable(run.out));
    QCOMPARE(runUpwatch({u"history"_s, u"export"_s, u"--db"_s, db, u"--out"_s,
                         dir.filePath(u"history.csv"_s)})
                 .exitCode,
             0);
    QCOMPARE(runUpwatch({u"export"_s, dir.filePath(u"monitors.json"_s), u"--db"_s, db}).exitCode,
             0);
    const QDir folder(dir.path());
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden)) {
        if (name.endsWith(u".secrets"_s))
            continue;
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const auto &monitor : monitors) {
            for (const QByteArray &form :
                 {monitor.secret, monitor.secret.toBase64(),
                  QUrl::toPercentEncoding(QString::fromUtf8(monitor.secret))})
                QVERIFY2(!bytes.contains(form), qPrintable(name + u" holds the secret of "_s +
                                                           QString::fromUtf16(monitor.name)));
        }
    }
}

QTEST_GUILESS_MAIN(TestCliAuth)
#include "tst_cli_auth.moc"
