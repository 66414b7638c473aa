// `upwatch` without --db opens the database last chosen with File > Open database… (the
// settings' "database/last"), as a user starts it: the executable, with its settings and data
// folders in a temporary home. `--db` still wins, and the commands keep their default database.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeout = 20'000;

// True once SQLite has written to the database at `path` (it starts as an empty file).
bool written(const QString &path)
{
    return QFileInfo(path).size() > 0 || QFileInfo::exists(path + u"-wal"_s);
}

} // namespace

class TestGuiCommand final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void windowOpensTheLastDatabase();
    void dbOptionWins();
    void lastDatabaseGoneOpensTheDefault();
    void commandsKeepTheDefault();

private:
    // Starts the window (offscreen) with the temporary home; it runs until cleanup().
    void startWindow(const QStringList &arguments);
    [[nodiscard]] QProcessEnvironment environment() const;
    void remember(const QString &database);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QProcess> m_window;
    QString m_last;        // the database remembered, an empty file
    QString m_defaultPath; // where the default database is
};

void TestGuiCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_defaultPath = m_home->filePath(u"data/Upwatch/upwatch/upwatch.sqlite"_s);
    m_last = m_home->filePath(u"chosen.sqlite"_s);
    QVERIFY(QDir(m_home->path()).mkdir(u"runtime"_s));
    QVERIFY(QFile::setPermissions(m_home->filePath(u"runtime"_s),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QFile empty(m_last);
    QVERIFY(empty.open(QIODevice::WriteOnly)); // as Upwatch creates a new database: empty
}

void TestGuiCommand::cleanup()
{
    if (m_window) {
        m_window->kill();
        m_window->waitForFinished(kTimeout);
    }
    m_window.reset();
    m_home.reset();
}

QProcessEnvironment TestGuiCommand::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, m_home->filePath(u"runtime"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return env;
}

void TestGuiCommand::remember(const QString &database)
{
    // Where QSettings() keeps the app's settings under XDG_CONFIG_HOME.
    QSettings settings(m_home->filePath(u"config/Upwatch/upwatch.conf"_s), QSettings::NativeFormat);
    settings.setValue(u"database/last"_s, database);
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
}

void TestGuiCommand::startWindow(const QStringList &arguments)
{
    m_window = std::make_unique<QProcess>();
    m_window->setProcessEnvironment(environment());
    m_window->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_window->start(QStringLiteral(UPWATCH_BINARY), arguments);
    QVERIFY2(m_window->waitForStarted(kTimeout), qPrintable(m_window->errorString()));
}

void TestGuiCommand::windowOpensTheLastDatabase()
{
    remember(m_last);
    startWindow({});
    QTRY_VERIFY_WITH_TIMEOUT(written(m_last), kTimeout);
    QCOMPARE(m_window->state(), QProcess::Running);
    QVERIFY(!QFileInfo::exists(m_defaultPath));
}

void TestGuiCommand::dbOptionWins()
{
    remember(m_last);
    const QString given = m_home->filePath(u"given.sqlite"_s);
    startWindow({u"--db"_s, given});
    QTRY_VERIFY_WITH_TIMEOUT(written(given), kTimeout);
    QVERIFY(!written(m_last));
    QVERIFY(!QFileInfo::exists(m_defaultPath));
}

void TestGuiCommand::lastDatabaseGoneOpensTheDefault()
{
    QVERIFY(QFile::remove(m_last));
    remember(m_last);
    startWindow({u"--minimized"_s});
    QTRY_VERIFY_WITH_TIMEOUT(written(m_defaultPath), kTimeout);
    QVERIFY(!QFileInfo::exists(m_last)); // not made again where it was
}

void TestGuiCommand::commandsKeepTheDefault()
{
    remember(m_last);
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(UPWATCH_BINARY), {u"monitor"_s, u"add"_s, u"--name"_s, u"Shop"_s,
                                                   u"--url"_s, u"http://127.0.0.1:1/"_s});
    QVERIFY(process.waitForFinished(kTimeout));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY(written(m_defaultPath));
    QVERIFY(!written(m_last));
}

QTEST_GUILESS_MAIN(TestGuiCommand)
#include "tst_guicommand.moc"
