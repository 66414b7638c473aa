#include "tests/support/TestStoreLocation.h"

#include "core/store/DatabaseLocation.h"
#include "core/store/StoreDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {

const QString kAdminConnection = QStringLiteral("upwatch-test-admin");

// The state file test-cluster wrote: KEY=value lines, values as bash's printf %q left them.
QHash<QString, QString> clusterState(QString *error)
{
    const QString path = qEnvironmentVariable("UPWATCH_TEST_POSTGRES");
    if (path.isEmpty()) {
        *error = QStringLiteral("PostgreSQL tests need UPWATCH_TEST_POSTGRES (run them through "
                                "ctest, which starts tests/postgres/test-cluster)");
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the test cluster's state %1 cannot be read: %2")
                     .arg(path, file.errorString());
        return {};
    }
    QHash<QString, QString> state;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals <= 0)
            continue;
        QString value;
        const QString quoted = QString::fromUtf8(line.mid(equals + 1));
        for (qsizetype i = 0; i < quoted.size(); ++i) {
            if (quoted.at(i) == u'\\' && i + 1 < quoted.size())
                ++i;
            value += quoted.at(i);
        }
        state.insert(QString::fromUtf8(line.left(equals)), value);
    }
    return state;
}

// The cluster's URL, or empty with *why.
QString clusterUrl(QString *why)
{
    static QString error;
    static const QString url = [] {
        const auto state = clusterState(&error);
        if (!error.isEmpty())
            return QString();
        if (const QString reason = state.value(QStringLiteral("UPWATCH_PG_UNAVAILABLE"));
            !reason.isEmpty()) {
            error = QStringLiteral("PostgreSQL tests skipped: ") + reason;
            return QString();
        }
        const QString found = state.value(QStringLiteral("UPWATCH_PG_URL"));
        if (found.isEmpty())
            error = QStringLiteral("the test cluster's state names no URL");
        return found;
    }();
    *why = error;
    return url;
}

// The connection that makes and drops the tests' databases.
QSqlDatabase admin(QString *error)
{
    if (QSqlDatabase::contains(kAdminConnection))
        return QSqlDatabase::database(kAdminConnection);
    const QString url = clusterUrl(error);
    if (url.isEmpty())
        return {};
    const auto location = DatabaseLocation::parse(url, error);
    if (!location)
        return {};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kAdminConnection);
    db.setHostName(location->host);
    db.setPort(location->port);
    db.setDatabaseName(location->database);
    db.setUserName(location->user);
    if (!db.open())
        *error = QStringLiteral("the test cluster cannot be reached: ") + db.lastError().text();
    return db;
}

} // namespace

namespace TestEngine {

bool isPostgres()
{
    return qEnvironmentVariable("UPWATCH_TEST_ENGINE") == u"postgres";
}

QString unavailable()
{
    if (!isPostgres())
        return {};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("PostgreSQL tests skipped: Qt's PostgreSQL driver is not installed "
                              "(Debian package libqt6sql6-psql)");
    QString why;
    (void)clusterUrl(&why);
    return why;
}

} // namespace TestEngine

TestStoreLocation::TestStoreLocation()
{
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
        return;
    }
    if (!TestEngine::isPostgres()) {
        m_path = m_dir.filePath(QStringLiteral("upwatch.sqlite"));
        return;
    }
    QSqlDatabase db = admin(&m_error);
    if (!m_error.isEmpty())
        return;
    static int made = 0;
    m_postgresName =
        QStringLiteral("upwatch_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE DATABASE ") + m_postgresName)) {
        m_error = QStringLiteral("cannot create the test database: ") + query.lastError().text();
        m_postgresName.clear();
        return;
    }
    QString ignored;
    QString url = clusterUrl(&ignored);
    url.truncate(url.lastIndexOf(u'/') + 1);
    m_path = url + m_postgresName;
}

TestStoreLocation::~TestStoreLocation()
{
    if (m_postgresName.isEmpty())
        return;
    QString error;
    QSqlQuery query(admin(&error));
    if (!query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_postgresName)))
        qWarning("cannot drop the test database %s: %s", qPrintable(m_postgresName),
                 qPrintable(query.lastError().text()));
    // Its password role, if passwordRoleUrl() made one: it had rights in that database only.
    query.exec(QStringLiteral("DROP ROLE IF EXISTS pw_%1").arg(m_postgresName));
}

QString TestStoreLocation::passwordRoleUrl(const QString &password, QString *error) const
{
    auto db = StoreDatabase::open(m_path, error);
    if (!db)
        return {};
    const QString role = u"pw_" + m_postgresName;
    QSqlQuery query(db->db());
    // The group may exist already (made by another test, maybe at the same moment).
    query.exec(QStringLiteral("CREATE ROLE upwatch_passwords NOLOGIN"));
    QString quoted = password;
    quoted.replace(u'\'', QStringLiteral("''"));
    if (!db->exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE upwatch_passwords PASSWORD '%2'")
                      .arg(role, quoted)) ||
        !db->exec(QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(role)) ||
        !db->exec(QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(role))) {
        *error = db->lastError();
        return {};
    }
    QUrl url(m_path);
    url.setUserName(role);
    return url.toString();
}
