#include "core/store/DatabaseLocation.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDatabaseLocation final : public QObject {
    Q_OBJECT

private slots:
    void files_data();
    void files();
    void postgresUrls();
    void socketFolderAndParameters();
    void refused_data();
    void refused();
    void connectOptionsAreQuoted();
    void passwordKey_data();
    void passwordKey();
};

void TestDatabaseLocation::files_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("absolute") << u"/home/me/.local/share/upwatch/upwatch.sqlite"_s;
    QTest::newRow("relative") << u"upwatch.sqlite"_s;
    QTest::newRow("named like a scheme") << u"postgresql.sqlite"_s;
    QTest::newRow("file URL is a path") << u"file:///tmp/x.sqlite"_s;
}

void TestDatabaseLocation::files()
{
    QFETCH(QString, text);
    QString error;
    const auto location = DatabaseLocation::parse(text, &error);
    QVERIFY2(location, qPrintable(error));
    QVERIFY(!location->isPostgres());
    QCOMPARE(location->path, text);
    QVERIFY(!DatabaseLocation::isPostgresUrl(text));
}

void TestDatabaseLocation::postgresUrls()
{
    QString error;
    const auto full = DatabaseLocation::parse(
        u"postgresql://upwatch@db.example.com:6543/monitoring?sslmode=verify-full"_s, &error);
    QVERIFY2(full, qPrintable(error));
    QVERIFY(full->isPostgres());
    QCOMPARE(full->host, u"db.example.com"_s);
    QCOMPARE(full->port, 6543);
    QCOMPARE(full->user, u"upwatch"_s);
    QCOMPARE(full->database, u"monitoring"_s);
    QCOMPARE(full->options.size(), 1);
    QCOMPARE(full->options.constFirst().first, u"sslmode"_s);
    QCOMPARE(full->options.constFirst().second, u"verify-full"_s);
    QCOMPARE(full->path,
             u"postgresql://upwatch@db.example.com:6543/monitoring?sslmode=verify-full"_s);

    // postgres:// too; whatever is left out is libpq's default.
    const auto bare = DatabaseLocation::parse(u"  postgres://10.0.0.5/  "_s, &error);
    QVERIFY2(bare, qPrintable(error));
    QVERIFY(bare->isPostgres());
    QCOMPARE(bare->host, u"10.0.0.5"_s);
    QCOMPARE(bare->port, -1);
    QVERIFY(bare->user.isEmpty());
    QVERIFY(bare->database.isEmpty());

    const auto ipv6 = DatabaseLocation::parse(u"postgresql://[::1]:5433/u%20w"_s, &error);
    QVERIFY2(ipv6, qPrintable(error));
    QCOMPARE(ipv6->host, u"::1"_s);
    QCOMPARE(ipv6->port, 5433);
    QCOMPARE(ipv6->database, u"u w"_s);
    QVERIFY(DatabaseLocation::isPostgresUrl(u"POSTGRESQL://x/y"_s));
}

void TestDatabaseLocation::socketFolderAndParameters()
{
    QString error;
    const auto location = DatabaseLocation::parse(
        u"postgresql:///upwatch?host=/var/run/postgresql&user=agent&port=5434&"
        u"connect_timeout=5&application_name=upwatch%20agent"_s,
        &error);
    QVERIFY2(location, qPrintable(error));
    QCOMPARE(location->host, u"/var/run/postgresql"_s);
    QCOMPARE(location->user, u"agent"_s);
    QCOMPARE(location->port, 5434);
    QCOMPARE(location->database, u"upwatch"_s);
    // The URL's timeout wins; the keepalives it does not set come with their defaults.
    QCOMPARE(location->connectOptions(),
             u"connect_timeout='5';application_name='upwatch agent';keepalives_idle='30';"
             u"keepalives_interval='10';keepalives_count='3'"_s);
}

void TestDatabaseLocation::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("because");
    QTest::newRow("password in the URL")
        << u"postgresql://upwatch:secret@db/monitoring"_s << u"PGPASSWORD"_s;
    QTest::newRow("empty password") << u"postgresql://upwatch:@db/monitoring"_s << u"password"_s;
    QTest::newRow("password parameter")
        << u"postgresql://db/monitoring?password=secret"_s << u"~/.pgpass"_s;
    QTest::newRow("unknown parameter") << u"postgresql://db/m?colour=blue"_s << u"'colour'"_s;
    QTest::newRow("bad sslmode") << u"postgresql://db/m?sslmode=always"_s << u"verify-full"_s;
    QTest::newRow("port out of range") << u"postgresql://db:70000/m"_s << u"port"_s;
    QTest::newRow("port parameter not a number") << u"postgresql://db/m?port=x"_s << u"port"_s;
    QTest::newRow("path with a slash") << u"postgresql://db/a/b"_s << u"'/'"_s;
    QTest::newRow("semicolon in a value")
        << u"postgresql://db/m?application_name=a;b"_s << u"';'"_s;
}

void TestDatabaseLocation::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, because);
    QString error;
    QVERIFY(!DatabaseLocation::parse(text, &error));
    QVERIFY2(error.startsWith(u"cannot use the database URL "_s), qPrintable(error));
    QVERIFY2(error.contains(because), qPrintable(error));
    // The message never repeats a password it was given.
    QVERIFY2(!error.contains(u"secret"_s), qPrintable(error));
}

void TestDatabaseLocation::connectOptionsAreQuoted()
{
    QString error;
    const auto location = DatabaseLocation::parse(
        u"postgresql://db/m?sslrootcert=/etc/ssl/it's%20here.pem&sslmode=require"_s, &error);
    QVERIFY2(location, qPrintable(error));
    QCOMPARE(location->connectOptions(),
             uR"(sslrootcert='/etc/ssl/it\'s here.pem';sslmode='require';connect_timeout='10';)"
             uR"(keepalives_idle='30';keepalives_interval='10';keepalives_count='3')"_s);
}

void TestDatabaseLocation::passwordKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("all given") << u"postgresql://upwatch@db.example.com:5433/monitoring"_s
                               << u"postgresql://upwatch@db.example.com:5433/monitoring"_s;
    // The options do not change whose password it is; libpq's defaults fill the gaps.
    QTest::newRow("options and default port")
        << u"postgres://upwatch@db.example.com/monitoring?sslmode=require&connect_timeout=5"_s
        << u"postgresql://upwatch@db.example.com:5432/monitoring"_s;
    QTest::newRow("no user, no host")
        << u"postgresql:///monitoring"_s << u"postgresql://localhost:5432/monitoring"_s;
    QTest::newRow("parameters instead of parts")
        << u"postgresql:///m?host=/var/run/postgresql&user=agent&port=5434&dbname=upwatch"_s
        << u"postgresql://agent@/var/run/postgresql:5434/upwatch"_s;
    QTest::newRow("IPv6 address") << u"postgresql://u@[::1]:5432/m"_s
                                  << u"postgresql://u@[::1]:5432/m"_s;
    QTest::newRow("an @ in the role")
        << u"postgresql://me%40corp@db/m"_s << u"postgresql://me%40corp@db:5432/m"_s;
    QTest::newRow("a file has none") << u"/tmp/upwatch.sqlite"_s << QString();
}

void TestDatabaseLocation::passwordKey()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QString error;
    const auto location = DatabaseLocation::parse(text, &error);
    QVERIFY2(location, qPrintable(error));
    QCOMPARE(location->passwordKey(), key);
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
