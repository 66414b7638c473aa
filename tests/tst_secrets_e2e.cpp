#include "tests/support/AuthFixtures.h"
#include "tests/support/TestServer.h"
#include "tests/support/UpwatchProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace AuthFixtures;

// A monitor's secret through the whole product, with the OS keychain (a throwaway gnome-keyring;
// this test runs under keychain/with-keyring.sh) and with the opt-in secrets file: stored by
// `monitor add`, used by `upwatch run` against a Basic-auth loopback endpoint, and found in no
// file Upwatch writes (the database, its write-ahead log, CSV and JSON exports). An old
// database's URL password moves out the same way.
class TestSecretsEndToEnd final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void basicMonitorRuns_data();
    void basicMonitorRuns();
    void urlPasswordOfAnOldDatabaseMoves_data();
    void urlPasswordOfAnOldDatabaseMoves();

private:
    static void addStores();
    // Every file in `folder` but the secrets file, with the secret in any form it travels in.
    static QStringList filesMentioning(const QString &folder, const QByteArray &secret,
                                       const QString &except);

    TestServer m_server;
};

void TestSecretsEndToEnd::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(UPWATCH_BINARY)));
    QVERIFY2(qEnvironmentVariableIsSet("UPWATCH_TEST_KEYRING"),
             "run through tests/keychain/with-keyring.sh");
    QVERIFY(m_server.start());
    m_server.setRoute("/basic", TestRoute::ok("basic ok").requiringBasic("user", kPassword));
}

void TestSecretsEndToEnd::addStores()
{
    QTest::addColumn<bool>("secretsFile");
    QTest::newRow("keychain") << false;
    QTest::newRow("secrets file") << true;
}

QStringList TestSecretsEndToEnd::filesMentioning(const QString &folder, const QByteArray &secret,
                                                 const QString &except)
{
    QStringList found;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        if (name == except)
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &form :
             {secret, secret.toBase64(), QUrl::toPercentEncoding(QString::fromUtf8(secret))}) {
            if (bytes.contains(form))
                found.append(name);
        }
    }
    return found;
}

void TestSecretsEndToEnd::basicMonitorRuns_data()
{
    addStores();
}

void TestSecretsEndToEnd::basicMonitorRuns()
{
    QFETCH(bool, secretsFile);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"upwatch.sqlite"_s);
    const QString secrets = u"upwatch.sqlite.secrets"_s;

    QStringList add{u"monitor"_s, u"add"_s,  u"--db"_s,       db,
                    u"--name"_s,  u"api"_s,  u"--url"_s,      m_server.url(u"/basic"_s).toString(),
                    u"--user"_s,  u"user"_s, u"--interval"_s, u"1"_s};
    if (secretsFile)
        add.append(u"--secrets-file"_s);
    qputenv("UPWATCH_PASSWORD", kPassword);
    const UpwatchRun added = runUpwatch(add);
    qunsetenv("UPWATCH_PASSWORD");
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY2(added.out.contains(secretsFile ? u"its password is in the secrets file"_s
                                            : u"its password is in the OS keychain"_s),
             qPrintable(added.out));
    QCOMPARE(QFileInfo::exists(dir.filePath(secrets)), secretsFile);
    if (secretsFile)
        QCOMPARE(QFileInfo(dir.filePath(secrets)).permissions() & 0x0077, 0);

    const UpwatchRun run = runUpwatch({u"run"_s, u"--db"_s, db, u"--duration"_s, u"3"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"  api  pending -> up\n"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"(0 down)"_s), qPrintable(run.out));
    QVERIFY(m_server.requests().size() >= 1);
    QCOMPARE(m_server.requests().constLast().header("Authorization"),
             "Basic " + QByteArray(QByteArray("user:") + kPassword).toBase64());

    const QString csv = dir.filePath(u"history.csv"_s);
    const UpwatchRun history =
        runUpwatch({u"history"_s, u"export"_s, u"--db"_s, db, u"--out"_s, csv});
    QVERIFY2(history.exitCode == 0, qPrintable(history.err));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QVERIFY(csvFile.readAll().contains(",up,ok,200,"));
    const UpwatchRun exported =
        runUpwatch({u"export"_s, u"--db"_s, db, dir.filePath(u"monitors.json"_s)});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const UpwatchRun listed = runUpwatch({u"monitor"_s, u"list"_s, u"--db"_s, db, u"--json"_s});
    QCOMPARE(listed.exitCode, 0);

    for (const UpwatchRun &output : {added, run, history, exported, listed})
        QVERIFY2(!mentionsSecret(output.out + output.err, kPassword), qPrintable(output.out));
    const QStringList leaks = filesMentioning(dir.path(), kPassword, secrets);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", ")));

    // Removing the monitor removes its secret.
    const UpwatchRun removed = runUpwatch({u"monitor"_s, u"remove"_s, u"api"_s, u"--db"_s, db});
    QVERIFY2(removed.exitCode == 0 && removed.err.isEmpty(), qPrintable(removed.err));
    if (secretsFile) {
        QFile file(dir.filePath(secrets));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kPassword.toBase64()));
    }
}

void TestSecretsEndToEnd::urlPasswordOfAnOldDatabaseMoves_data()
{
    addStores();
}

void TestSecretsEndToEnd::urlPasswordOfAnOldDatabaseMoves()
{
    QFETCH(bool, secretsFile);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Written by Upwatch before secrets had a store: the URL of "Private API" holds the
    // password "s3cr@t-pw" (percent-encoded in the file).
    const QString db = dir.filePath(u"old.db"_s);
    QVERIFY(QFile::copy(QStringLiteral(UPWATCH_TEST_DATA "/schema-v1.db"), db));
    QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray password = "s3cr@t-pw";
    QVERIFY(!filesMentioning(dir.path(), password, {}).isEmpty());
    if (secretsFile) {
        QFile file(db + u".secrets"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        file.write(R"({"version": 1, "secrets": {}})");
    }

    const UpwatchRun run = runUpwatch({u"run"_s, u"--db"_s, db, u"--duration"_s, u"2"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(!mentionsSecret(run.out + run.err, password), qPrintable(run.err));
    const QStringList leaks = filesMentioning(dir.path(), password, u"old.db.secrets"_s);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", ")));

    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery query(sql);
        QVERIFY(query.exec(u"SELECT url, auth, credential_key FROM monitors WHERE id = 1"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"https://127.0.0.1:1/health"_s);
        QCOMPARE(query.value(1).toString(), uR"({"kind":"basic","user":"apiuser"})"_s);
        QVERIFY(query.value(2).toString().startsWith(u"basic/"_s));
        query = QSqlQuery();
        sql.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
}

QTEST_GUILESS_MAIN(TestSecretsEndToEnd)
#include "tst_secrets_e2e.moc"
