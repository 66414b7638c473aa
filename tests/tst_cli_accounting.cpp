#include "tests/support/RunningUpwatch.h"
#include "tests/support/TestServer.h"
#include "tests/support/UpwatchProcess.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kConnection = u"test-lock"_s;

} // namespace

// `upwatch run` counts the checks it stored, not the ones it ran. Writes are made to fail for
// real: this test holds the database's write lock on a connection of its own, so the writer's
// transactions fail with "database is locked" (as they would with "database or disk is full");
// that works as any user (root included) and on any file system.
class TestCliAccounting final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void runReportsChecksItCouldNotStore();
    void runSaysWhenWritingResumes();

private:
    void startRun(int seconds);
    void lock();
    void unlock();
    [[nodiscard]] qint64 rows();
    [[nodiscard]] QString lastLine();

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    std::unique_ptr<RunningUpwatch> m_run;
};

void TestCliAccounting::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(UPWATCH_BINARY)));
    QVERIFY(m_server.start());
    m_server.setRoute("/ok", TestRoute::ok("healthy"));
}

void TestCliAccounting::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"upwatch.sqlite"_s);
    const UpwatchRun added =
        runUpwatch({u"monitor"_s, u"add"_s, u"--name"_s, u"ok"_s, u"--url"_s,
                    m_server.url(u"/ok"_s).toString(), u"--interval"_s, u"1"_s, u"--db"_s, m_db});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, kConnection);
    db.setDatabaseName(m_db);
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
}

void TestCliAccounting::cleanup()
{
    m_run.reset();
    QSqlDatabase::database(kConnection).close();
    QSqlDatabase::removeDatabase(kConnection);
    m_dir.reset();
}

void TestCliAccounting::startRun(int seconds)
{
    m_run = std::make_unique<RunningUpwatch>(
        QStringList{u"run"_s, u"--duration"_s, QString::number(seconds), u"--db"_s, m_db});
}

void TestCliAccounting::lock()
{
    QSqlQuery query(QSqlDatabase::database(kConnection));
    // Waits (busy timeout) for a write of the run in progress, then keeps everyone else out.
    QVERIFY2(query.exec(u"BEGIN IMMEDIATE"_s), qPrintable(query.lastError().text()));
}

void TestCliAccounting::unlock()
{
    QSqlQuery query(QSqlDatabase::database(kConnection));
    QVERIFY2(query.exec(u"ROLLBACK"_s), qPrintable(query.lastError().text()));
}

qint64 TestCliAccounting::rows()
{
    QSqlQuery query(QSqlDatabase::database(kConnection));
    if (!query.exec(u"SELECT count(*) FROM results"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString TestCliAccounting::lastLine()
{
    return m_run->out().trimmed().split(u'\n').constLast();
}

void TestCliAccounting::runReportsChecksItCouldNotStore()
{
    startRun(8);
    QTRY_VERIFY_WITH_TIMEOUT(rows() >= 2, 30'000);
    lock(); // until the run is over: nothing more can be stored
    QTRY_VERIFY_WITH_TIMEOUT(!m_run->isRunning(), 60'000);
    QCOMPARE(m_run->exitCode(), 1); // -2 if it crashed

    const QRegularExpressionMatch line =
        QRegularExpression(u"^stopped: (\\d+) checks \\((\\d+) down\\), (\\d+) written, (\\d+) "
                           "could not be stored \\((.+)\\); \\d+ late starts"_s)
            .match(lastLine());
    QVERIFY2(line.hasMatch(), qPrintable(m_run->out()));
    const qint64 checks = line.captured(1).toLongLong();
    const qint64 written = line.captured(3).toLongLong();
    const qint64 lost = line.captured(4).toLongLong();
    QVERIFY(written >= 2);
    QVERIFY(lost >= 1);
    QCOMPARE(written + lost, checks);
    QVERIFY2(line.captured(5).contains(u"locked"_s), qPrintable(line.captured(5)));
    QVERIFY2(m_run->err().contains(u"could not be stored in %1"_s.arg(m_db)),
             qPrintable(m_run->err()));
    unlock();
    QCOMPARE(rows(), written); // the last line is the truth
}

void TestCliAccounting::runSaysWhenWritingResumes()
{
    startRun(10);
    QTRY_VERIFY_WITH_TIMEOUT(rows() >= 2, 30'000);
    lock();
    QTRY_VERIFY_WITH_TIMEOUT(m_run->err().contains(u"cannot write history: database "_s), 30'000);
    unlock();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_run->err().contains(u"writing history to %1 again after"_s.arg(m_db)), 30'000);
    QVERIFY2(m_run->err().contains(u"no results were lost"_s), qPrintable(m_run->err()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_run->isRunning(), 60'000);
    QCOMPARE(m_run->exitCode(), 0);
    const QRegularExpressionMatch line =
        QRegularExpression(u"^stopped: (\\d+) checks written \\(0 down\\)"_s).match(lastLine());
    QVERIFY2(line.hasMatch(), qPrintable(m_run->out()));
    QCOMPARE(rows(), line.captured(1).toLongLong());
}

QTEST_GUILESS_MAIN(TestCliAccounting)
#include "tst_cli_accounting.moc"
