#include "core/io/HistoryCsv.h"
#include "core/io/HistoryExportJob.h"
#include "core/store/HistoryStore.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "core/store/StoreThread.h"
#include "tests/support/Builders.h"
#include "tests/support/StoreHelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kStart(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
}

} // namespace

// The CSV export job of the export dialog and `upwatch history export`, against a temporary
// database: alpha has results at 0, 60 and 120 s after kStart, beta at 30 and 90 s.
class TestHistoryExport final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void selectsResults_data();
    void selectsResults();
    void newFileIsPrivate();
    void progressKnowsTheTotal();
    void cancelLeavesTargetUntouched();
    void failsWithFileAndCause_data();
    void failsWithFileAndCause();
    void openDeviceFailureIsNamed();
    void startAnswersInOwnThread();
    void startReportsOpenError();
    void startCancelledWhileQueued();

private:
    std::unique_ptr<TestStoreLocation> m_dir;
    std::unique_ptr<StoreDatabase> m_db;
    QHash<QString, qint64> m_ids;
};

void TestHistoryExport::initTestCase()
{
    UPWATCH_SKIP_UNLESS_ENGINE_RUNS();
}

void TestHistoryExport::init()
{
    m_dir = std::make_unique<TestStoreLocation>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_db = StoreDatabase::open(m_dir->path(), &error);
    QVERIFY2(m_db, qPrintable(error));
    MonitorStore monitors(*m_db);
    QList<CheckResult> results;
    for (const QString &name : {u"alpha"_s, u"beta"_s}) {
        Monitor monitor = makeMonitor(name, u"https://%1.example/"_s.arg(name));
        QVERIFY2(monitors.add(monitor), qPrintable(monitors.lastError()));
        m_ids.insert(name, monitor.id);
    }
    for (const int at : {0, 60, 120})
        results.append(makeResult(m_ids.value(u"alpha"_s), kStart.addSecs(at), Verdict::Up));
    for (const int at : {30, 90})
        results.append(makeResult(m_ids.value(u"beta"_s), kStart.addSecs(at), Verdict::Down));
    QVERIFY(HistoryStore(*m_db).append(results));
}

void TestHistoryExport::cleanup()
{
    m_db.reset();
    m_dir.reset();
    m_ids.clear();
}

void TestHistoryExport::selectsResults_data()
{
    QTest::addColumn<QStringList>("monitors"); // none: all
    QTest::addColumn<int>("since");            // seconds after kStart; -1: no bound
    QTest::addColumn<int>("until");
    QTest::addColumn<QStringList>("expected"); // monitor name and seconds after kStart, in order

    const QStringList all{u"alpha 0"_s, u"alpha 60"_s, u"alpha 120"_s, u"beta 30"_s, u"beta 90"_s};
    QTest::newRow("everything") << QStringList() << -1 << -1 << all;
    QTest::newRow("one monitor") << QStringList{u"beta"_s} << -1 << -1
                                 << QStringList{u"beta 30"_s, u"beta 90"_s};
    QTest::newRow("both monitors named") << QStringList{u"alpha"_s, u"beta"_s} << -1 << -1 << all;
    QTest::newRow("since is included")
        << QStringList() << 60 << -1 << QStringList{u"alpha 60"_s, u"alpha 120"_s, u"beta 90"_s};
    QTest::newRow("until is excluded")
        << QStringList() << -1 << 60 << QStringList{u"alpha 0"_s, u"beta 30"_s};
    QTest::newRow("monitor and time")
        << QStringList{u"alpha"_s} << 30 << 121 << QStringList{u"alpha 60"_s, u"alpha 120"_s};
    QTest::newRow("nothing in the range: header only")
        << QStringList() << 1000 << 2000 << QStringList();
}

void TestHistoryExport::selectsResults()
{
    QFETCH(QStringList, monitors);
    QFETCH(int, since);
    QFETCH(int, until);
    QFETCH(QStringList, expected);

    ResultFilter filter;
    for (const QString &name : monitors)
        filter.monitorIds.append(m_ids.value(name));
    if (since >= 0)
        filter.since = kStart.addSecs(since);
    if (until >= 0)
        filter.until = kStart.addSecs(until);
    const QString path = m_dir->filePath(u"export.csv"_s);
    const HistoryExportJob::Outcome outcome = HistoryExportJob(filter, path).run(*m_db);
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
    QVERIFY(!outcome.cancelled);
    QCOMPARE(outcome.written, qint64(expected.size()));

    const QStringList lines = readLines(path);
    QCOMPARE(lines.size(), expected.size() + 1);
    QCOMPARE(lines.constFirst() + u"\r\n"_s, HistoryCsv::header());
    QStringList seen;
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(u',');
        const QDateTime at = QDateTime::fromString(cells.value(0), Qt::ISODateWithMs);
        QVERIFY2(at.isValid(), qPrintable(line));
        QCOMPARE(cells.value(1).toLongLong(), m_ids.value(cells.value(2)));
        seen.append(u"%1 %2"_s.arg(cells.value(2)).arg(kStart.secsTo(at)));
    }
    QCOMPARE(seen, expected);
}

void TestHistoryExport::newFileIsPrivate()
{
    const QString path = m_dir->filePath(u"private.csv"_s);
    const auto outcome = HistoryExportJob({}, path).run(*m_db);
    QVERIFY2(outcome.succeeded(), qPrintable(outcome.error));
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    for (const auto other : {QFileDevice::ReadGroup, QFileDevice::WriteGroup,
                             QFileDevice::ReadOther, QFileDevice::WriteOther})
        QVERIFY(!permissions.testFlag(other));
}

void TestHistoryExport::progressKnowsTheTotal()
{
    QList<std::pair<qint64, qint64>> reports;
    HistoryExportJob everything({}, m_dir->filePath(u"all.csv"_s));
    everything.setProgress([&reports](qint64 written, qint64 total) {
        reports.append({written, total});
    });
    QVERIFY(everything.run(*m_db).succeeded());
    QVERIFY(reports.size() >= 2);
    QCOMPARE(reports.constFirst(), std::make_pair(qint64(0), qint64(5)));
    QCOMPARE(reports.constLast(), std::make_pair(qint64(5), qint64(5)));

    // A filtered export's size is not known up front.
    reports.clear();
    HistoryExportJob filtered({{m_ids.value(u"beta"_s)}, {}, {}}, m_dir->filePath(u"b.csv"_s));
    filtered.setProgress([&reports](qint64 written, qint64 total) {
        reports.append({written, total});
    });
    QVERIFY(filtered.run(*m_db).succeeded());
    QCOMPARE(reports.constFirst(), std::make_pair(qint64(0), qint64(-1)));
    QCOMPARE(reports.constLast(), std::make_pair(qint64(2), qint64(-1)));
}

void TestHistoryExport::cancelLeavesTargetUntouched()
{
    const QString path = m_dir->filePath(u"old.csv"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an earlier export\r\n");
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    HistoryExportJob job({}, path);
    job.setCancelFlag(cancel);
    // Cancelled while it runs (from another thread in the dialog; here from its progress).
    job.setProgress([cancel](qint64, qint64) { cancel->store(true); });
    const auto outcome = job.run(*m_db);
    QVERIFY(outcome.cancelled);
    QVERIFY(!outcome.succeeded());
    QCOMPARE(readLines(path), QStringList{u"an earlier export"_s});
    QCOMPARE(QDir(m_dir->folder()).entryList({u"old.csv*"_s}, QDir::Files | QDir::Hidden),
             QStringList{u"old.csv"_s}); // no temporary file left over

    // Cancelled before it starts: not even a new file appears.
    const QString fresh = m_dir->filePath(u"fresh.csv"_s);
    HistoryExportJob early({}, fresh);
    early.setCancelFlag(cancel);
    QVERIFY(early.run(*m_db).cancelled);
    QVERIFY(!QFileInfo::exists(fresh));
}

void TestHistoryExport::failsWithFileAndCause_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("cause");

    QTest::newRow("full disk") << u"/dev/full"_s << u"No space left on device"_s;
    QTest::newRow("missing folder")
        << u"/nonexistent-upwatch-folder/history.csv"_s << u"No such file or directory"_s;
}

void TestHistoryExport::failsWithFileAndCause()
{
    QFETCH(QString, path);
    QFETCH(QString, cause);
    if (path == u"/dev/full" && !QFileInfo::exists(path))
        QSKIP("this system has no /dev/full");
    const auto outcome = HistoryExportJob({}, path).run(*m_db);
    QVERIFY(!outcome.succeeded());
    QVERIFY(!outcome.cancelled);
    QCOMPARE(outcome.written, qint64(-1));
    QVERIFY2(outcome.error.startsWith(u"cannot write %1: "_s.arg(path)), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(cause, Qt::CaseInsensitive), qPrintable(outcome.error));
    if (path != u"/dev/full")
        QVERIFY(!QFileInfo::exists(path));
}

void TestHistoryExport::openDeviceFailureIsNamed()
{
    if (!QFileInfo::exists(u"/dev/full"_s))
        QSKIP("this system has no /dev/full");
    QFile full(u"/dev/full"_s);
    QVERIFY(full.open(QIODevice::WriteOnly));
    const auto outcome = HistoryExportJob({}, {}).run(*m_db, full, u"stdout"_s);
    QVERIFY(!outcome.succeeded());
    QVERIFY2(outcome.error.startsWith(u"cannot write"_s), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(u"No space left on device"_s), qPrintable(outcome.error));
}

void TestHistoryExport::startAnswersInOwnThread()
{
    StoreThread store(m_dir->path());
    const QString path = m_dir->filePath(u"async.csv"_s);
    QList<std::pair<qint64, qint64>> reports;
    QList<QThread *> progressThreads;
    std::optional<HistoryExportJob::Outcome> outcome;
    HistoryExportJob::start(
        store, this, {}, path, nullptr,
        [&](qint64 written, qint64 total) {
            reports.append({written, total});
            progressThreads.append(QThread::currentThread());
        },
        [&outcome](const HistoryExportJob::Outcome &answer) { outcome = answer; });
    QVERIFY(!outcome); // it answers later, in this thread's event loop
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60'000);
    QVERIFY2(outcome->succeeded(), qPrintable(outcome->error));
    QCOMPARE(outcome->written, qint64(5));
    QCOMPARE(readLines(path).size(), 6); // the header and five results
    QVERIFY(!reports.isEmpty());
    QCOMPARE(reports.constFirst(), std::make_pair(qint64(0), qint64(5)));
    QCOMPARE(reports.constLast(), std::make_pair(qint64(5), qint64(5)));
    for (QThread *thread : std::as_const(progressThreads))
        QCOMPARE(thread, QThread::currentThread());
}

void TestHistoryExport::startReportsOpenError()
{
    StoreThread store(m_dir->filePath(u"missing/upwatch.sqlite"_s));
    const QString path = m_dir->filePath(u"never.csv"_s);
    std::optional<HistoryExportJob::Outcome> outcome;
    HistoryExportJob::start(
        store, this, {}, path, nullptr, {},
        [&outcome](const HistoryExportJob::Outcome &answer) { outcome = answer; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60'000);
    QVERIFY(!outcome->succeeded());
    QVERIFY(!outcome->cancelled);
    QVERIFY2(outcome->error.startsWith(u"cannot open database "_s), qPrintable(outcome->error));
    QVERIFY(!QFileInfo::exists(path));
}

void TestHistoryExport::startCancelledWhileQueued()
{
    StoreThread store(m_dir->path());
    const QString path = m_dir->filePath(u"cancelled.csv"_s);
    // A job ahead of the export holds the store thread until the flag is set.
    QSemaphore release;
    store.run<int>(
        this,
        [&release](StoreDatabase *) {
            release.acquire();
            return 0;
        },
        [](int) {});
    auto cancel = std::make_shared<std::atomic_bool>(false);
    bool reported = false;
    std::optional<HistoryExportJob::Outcome> outcome;
    HistoryExportJob::start(
        store, this, {}, path, cancel, [&reported](qint64, qint64) { reported = true; },
        [&outcome](const HistoryExportJob::Outcome &answer) { outcome = answer; });
    cancel->store(true);
    release.release();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 60'000);
    QVERIFY(outcome->cancelled);
    QVERIFY(!outcome->succeeded());
    QVERIFY(outcome->error.isEmpty());
    QVERIFY(!reported);
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestHistoryExport)
#include "tst_historyexport.moc"
