#include "core/store/HistoryReader.h"
#include "core/store/HistoryStore.h"
#include "core/store/HistoryWriter.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/Builders.h"
#include "tests/support/FakeClock.h"
#include "tests/support/StoreHelpers.h"

#include <QFile>
#include <QTest>
#include <QThread>

#include <memory>
#include <tuple>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kWaitMs = 20'000;
const QDateTime kNow(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);

// A HistoryWriter in its own thread, as the application runs it, with what it reported.
class WriterThread final {
    Q_DISABLE_COPY_MOVE(WriterThread)

public:
    WriterThread(const QString &path, const Retention &retention,
                 std::shared_ptr<const Clock> clock, int flushMs)
        : m_writer(new HistoryWriter(path, retention, std::move(clock), flushMs))
    {
        m_writer->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
        QObject::connect(m_writer, &HistoryWriter::opened, &m_context, [this] { ++opened; });
        QObject::connect(m_writer, &HistoryWriter::failed, &m_context,
                         [this](const QString &error) { failures.append(error); });
        QObject::connect(m_writer, &HistoryWriter::flushed, &m_context,
                         [this](int results, int changes) {
                             flushes.append({results, changes});
                         });
        QObject::connect(m_writer, &HistoryWriter::pruned, &m_context,
                         [this](qint64 results, qint64 rollups, qint64 incidents) {
                             prunes.append({results, rollups, incidents});
                         });
        QObject::connect(m_writer, &HistoryWriter::accountingChanged, &m_context,
                         [this](const WriterAccounting &reported) { accounting = reported; });
        QObject::connect(m_writer, &HistoryWriter::resumed, &m_context,
                         [this](const QString &message) { resumptions.append(message); });
        QObject::connect(m_writer, &HistoryWriter::closed, &m_context,
                         [this](const WriterAccounting &final) {
                             ++closed;
                             accounting = final;
                         });
        m_thread.setObjectName(u"history-writer"_s);
        m_thread.start();
    }
    ~WriterThread()
    {
        m_thread.quit();
        m_thread.wait();
    }

    void open() { QMetaObject::invokeMethod(m_writer, &HistoryWriter::open, Qt::QueuedConnection); }
    void append(const ResultBatch &batch)
    {
        QMetaObject::invokeMethod(
            m_writer, [writer = m_writer, batch] { writer->append(batch); }, Qt::QueuedConnection);
    }
    void close()
    {
        QMetaObject::invokeMethod(m_writer, &HistoryWriter::close, Qt::QueuedConnection);
    }
    // Returns once the writer has handled everything sent to it before.
    void sync()
    {
        QMetaObject::invokeMethod(
            m_writer, [] {}, Qt::BlockingQueuedConnection);
    }

    [[nodiscard]] int flushedResults() const
    {
        int sum = 0;
        for (const auto &flush : flushes)
            sum += flush.first;
        return sum;
    }

    int opened = 0;
    int closed = 0;
    QStringList failures;
    QList<std::pair<int, int>> flushes;
    QList<std::tuple<qint64, qint64, qint64>> prunes;
    WriterAccounting accounting; // the latest report
    QStringList resumptions;

private:
    QThread m_thread;
    HistoryWriter *m_writer;
    QObject m_context;
};

} // namespace

class TestHistoryWriter final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void writesWithinTheFlushPeriod();
    void closeWritesWhatIsBuffered();
    void failingOpenNamesThePath();
    void changesBecomeIncidents();
    void openPrunesByRetention();
    void failedWritesAreKeptDroppedAndResumed();
    void closeCountsWhatCouldNotBeWritten();

private:
    [[nodiscard]] qint64 resultCount();
    [[nodiscard]] qint64 addMonitor(const QString &name);

    std::unique_ptr<TempDatabase> m_temp;
    QString m_path;
    StoreDatabase *m_db = nullptr; // the test's own connection, beside the writer's
    std::shared_ptr<FakeClock> m_clock;
};

void TestHistoryWriter::initTestCase()
{
    UPWATCH_SKIP_UNLESS_ENGINE_RUNS();
}

void TestHistoryWriter::init()
{
    m_temp = std::make_unique<TempDatabase>();
    QVERIFY2(m_temp->isOpen(), qPrintable(m_temp->error()));
    m_path = m_temp->path();
    m_db = &m_temp->db();
    m_clock = std::make_shared<FakeClock>(kNow);
}

void TestHistoryWriter::cleanup()
{
    m_db = nullptr;
    m_temp.reset();
}

qint64 TestHistoryWriter::resultCount()
{
    HistoryReader reader(*m_db);
    return reader.resultCount().value_or(-1);
}

qint64 TestHistoryWriter::addMonitor(const QString &name)
{
    return storeMonitor(*m_db, makeMonitor(name)).id;
}

void TestHistoryWriter::writesWithinTheFlushPeriod()
{
    const qint64 a = addMonitor(u"a"_s);
    const qint64 b = addMonitor(u"b"_s);
    QVERIFY(a > 0 && b > 0);
    WriterThread writer(m_path, Retention(), m_clock, 100);
    writer.open();
    QTRY_COMPARE_WITH_TIMEOUT(writer.opened, 1, kWaitMs);
    QVERIFY(writer.failures.isEmpty());

    ResultBatch first;
    for (int i = 0; i < 3; ++i)
        first.results.append(makeResult(a, kNow.addSecs(i), Verdict::Up, 100 + i));
    writer.append(first);
    // Written by the flush timer: nobody asked for a flush or a close.
    QTRY_COMPARE_WITH_TIMEOUT(resultCount(), qint64(3), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(writer.flushes.size(), 1, kWaitMs);
    QCOMPARE(writer.flushes[0], std::make_pair(3, 0));

    ResultBatch second;
    second.results.append(makeResult(b, kNow.addSecs(10), Verdict::Down));
    second.results.append(makeResult(a, kNow.addSecs(10), Verdict::Up));
    second.changes.append(
        makeChange(b, kNow.addSecs(10), MonitorState::Pending, MonitorState::Down));
    writer.append(second);
    QTRY_COMPARE_WITH_TIMEOUT(resultCount(), qint64(5), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(writer.flushedResults(), 5, kWaitMs);
    QCOMPARE(writer.flushes.last(), std::make_pair(2, 1));

    HistoryReader reader(*m_db);
    const auto latest = reader.latestResult(b);
    QVERIFY(latest);
    QCOMPARE(latest->verdict, Verdict::Down);
    QCOMPARE(latest->startedAt, kNow.addSecs(10));
    const auto window = reader.window(a, kNow.addSecs(-60), kNow.addSecs(60));
    QVERIFY(window);
    QCOMPARE(window->up, qint64(4));

    // Empty periods write nothing and report nothing.
    const qsizetype flushes = writer.flushes.size();
    QTest::qWait(400);
    QCOMPARE(writer.flushes.size(), flushes);
    QVERIFY(writer.failures.isEmpty());

    writer.close();
    QTRY_COMPARE_WITH_TIMEOUT(writer.closed, 1, kWaitMs);
}

void TestHistoryWriter::closeWritesWhatIsBuffered()
{
    const qint64 id = addMonitor(u"a"_s);
    WriterThread writer(m_path, Retention(), m_clock, 60'000);
    writer.open();
    QTRY_COMPARE_WITH_TIMEOUT(writer.opened, 1, kWaitMs);

    ResultBatch batch;
    for (int i = 0; i < 4; ++i)
        batch.results.append(makeResult(id, kNow.addSecs(i), Verdict::Down));
    batch.changes.append(makeChange(id, kNow, MonitorState::Pending, MonitorState::Down));
    writer.append(batch);
    writer.sync();
    // Buffered: the flush period is a minute away.
    QCOMPARE(resultCount(), qint64(0));
    QVERIFY(writer.flushes.isEmpty());

    writer.close();
    QTRY_COMPARE_WITH_TIMEOUT(writer.closed, 1, kWaitMs);
    QCOMPARE(writer.flushes.size(), 1);
    QCOMPARE(writer.flushes[0], std::make_pair(4, 1));
    QCOMPARE(resultCount(), qint64(4));
    HistoryReader reader(*m_db);
    const auto incidents = reader.incidents(id);
    QVERIFY(incidents);
    QCOMPARE(incidents->size(), 1);
    QVERIFY(writer.failures.isEmpty());
}

void TestHistoryWriter::failingOpenNamesThePath()
{
    const QString path = m_temp->folder() + u"/no-such-folder/upwatch.sqlite"_s;
    WriterThread writer(path, Retention(), m_clock, 100);
    writer.open();
    QTRY_COMPARE_WITH_TIMEOUT(writer.failures.size(), 1, kWaitMs);
    const QString error = writer.failures.first();
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
    QCOMPARE(writer.opened, 0);

    // Without a database it keeps what it gets and still closes cleanly.
    ResultBatch batch;
    batch.results.append(makeResult(1, kNow, Verdict::Up));
    writer.append(batch);
    writer.close();
    QTRY_COMPARE_WITH_TIMEOUT(writer.closed, 1, kWaitMs);
    QVERIFY(writer.flushes.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestHistoryWriter::changesBecomeIncidents()
{
    const qint64 id = addMonitor(u"a"_s);
    WriterThread writer(m_path, Retention(), m_clock, 100);
    writer.open();
    QTRY_COMPARE_WITH_TIMEOUT(writer.opened, 1, kWaitMs);

    const QDateTime wentDown = kNow.addSecs(60);
    const QDateTime cameBack = kNow.addSecs(180);
    ResultBatch down;
    down.results.append(makeResult(id, wentDown, Verdict::Down));
    down.changes.append(makeChange(id, wentDown, MonitorState::Up, MonitorState::Down));
    writer.append(down);

    HistoryReader reader(*m_db);
    QTRY_COMPARE_WITH_TIMEOUT(reader.incidents(id).value_or(QList<Incident>()).size(), 1, kWaitMs);
    Incident incident = reader.incidents(id)->first();
    QCOMPARE(incident.monitorId, id);
    QCOMPARE(incident.state, MonitorState::Down);
    QCOMPARE(incident.reason, Reason::Timeout);
    QCOMPARE(incident.error, u"Timed out after 10000 ms"_s);
    QCOMPARE(incident.startedAt, wentDown);
    QVERIFY(!incident.endedAt.isValid()); // still down
    QCOMPARE(reader.openStates().value_or(QHash<qint64, MonitorState>()).value(id),
             MonitorState::Down);

    ResultBatch up;
    up.results.append(makeResult(id, cameBack, Verdict::Up));
    up.changes.append(makeChange(id, cameBack, MonitorState::Down, MonitorState::Up));
    writer.append(up);
    QTRY_VERIFY_WITH_TIMEOUT(
        reader.incidents(id).value_or(QList<Incident>()).value(0).endedAt == cameBack, kWaitMs);
    const QList<Incident> incidents = *reader.incidents(id);
    QCOMPARE(incidents.size(), 1);
    QCOMPARE(incidents[0].startedAt, wentDown);
    const auto open = reader.openStates();
    QVERIFY(open);
    QVERIFY(!open->contains(id));

    writer.close();
    QTRY_COMPARE_WITH_TIMEOUT(writer.closed, 1, kWaitMs);
}

void TestHistoryWriter::openPrunesByRetention()
{
    const qint64 id = addMonitor(u"a"_s);
    {
        HistoryStore store(*m_db);
        QVERIFY2(store.append({makeResult(id, kNow.addSecs(-3 * 3600), Verdict::Up),
                               makeResult(id, kNow.addSecs(-2 * 3600), Verdict::Down),
                               makeResult(id, kNow.addSecs(-10 * 60), Verdict::Up),
                               makeResult(id, kNow.addSecs(-60), Verdict::Up)}),
                 qPrintable(store.lastError()));
    }
    QCOMPARE(resultCount(), qint64(4));

    Retention retention;
    retention.rawHours = 1;
    WriterThread writer(m_path, retention, m_clock, 100);
    writer.open();
    QTRY_COMPARE_WITH_TIMEOUT(writer.prunes.size(), 1, kWaitMs);
    QCOMPARE(std::get<0>(writer.prunes[0]), qint64(2));
    QCOMPARE(std::get<1>(writer.prunes[0]), qint64(0)); // rollups are kept for days
    QCOMPARE(resultCount(), qint64(2));

    HistoryReader reader(*m_db);
    QList<QDateTime> kept;
    QVERIFY(reader.forEachResult({}, [&kept](const CheckResult &result) {
        kept.append(result.startedAt);
        return true;
    }));
    QCOMPARE(kept, (QList<QDateTime>{kNow.addSecs(-10 * 60), kNow.addSecs(-60)}));
    // The rollups still know about the pruned checks.
    const auto window = reader.window(id, kNow.addSecs(-4 * 3600), kNow.addSecs(60));
    QVERIFY(window);
    QCOMPARE(window->total(), qint64(4));
    QCOMPARE(window->down, qint64(1));

    writer.close();
    QTRY_COMPARE_WITH_TIMEOUT(writer.closed, 1, kWaitMs);
    QVERIFY(writer.failures.isEmpty());
}

// Another connection holding the write lock makes every write of the writer fail (after SQLite's
// busy timeout) with "database is locked": a real failure, as any user, on any file system. The
// accounting does not depend on which error it is.
void TestHistoryWriter::failedWritesAreKeptDroppedAndResumed()
{
    UPWATCH_SQLITE_ONLY(); // holds SQLite's write lock to make the writer fail
    const qint64 a = addMonitor(u"a"_s);
    const qint64 b = addMonitor(u"b"_s);
    WriterThread writer(m_path, Retention(), m_clock, 100);
    writer.open();
    QTRY_COMPARE_WITH_TIMEOUT(writer.opened, 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(writer.prunes.size(), 1, kWaitMs); // done with the lock at open

    ResultBatch first;
    for (int i = 0; i < 3; ++i)
        first.results.append(makeResult(a, kNow.addSecs(i), Verdict::Up));
    writer.append(first);
    QTRY_COMPARE_WITH_TIMEOUT(writer.accounting.stored, qint64(3), kWaitMs);
    QCOMPARE(writer.accounting.pending, qint64(0));

    QVERIFY2(m_db->begin(), qPrintable(m_db->lastError())); // the write lock, held
    ResultBatch waiting;
    for (int i = 0; i < 5; ++i)
        waiting.results.append(makeResult(b, kNow.addSecs(100 + i), Verdict::Down));
    writer.append(waiting);
    QTRY_VERIFY_WITH_TIMEOUT(!writer.accounting.failure.isEmpty(), kWaitMs);
    QCOMPARE(writer.failures.size(), 1);
    QVERIFY2(writer.failures[0].contains(m_path) && writer.failures[0].contains(u"locked"_s),
             qPrintable(writer.failures[0]));
    QCOMPARE(writer.accounting.stored, qint64(3));
    QCOMPARE(writer.accounting.pending, qint64(5));
    QCOMPARE(writer.accounting.dropped, qint64(0));

    // Past the bound the oldest pending results (b's five) are dropped and counted.
    ResultBatch flood;
    flood.results.reserve(HistoryWriter::kMaxPendingResults);
    for (qsizetype i = 0; i < HistoryWriter::kMaxPendingResults; ++i)
        flood.results.append(makeResult(a, kNow.addSecs(1000).addMSecs(i * 10), Verdict::Up));
    writer.append(flood);
    QTRY_COMPARE_WITH_TIMEOUT(writer.accounting.dropped, qint64(5), kWaitMs);
    QCOMPARE(writer.accounting.pending, HistoryWriter::kMaxPendingResults);
    QCOMPARE(writer.accounting.stored, qint64(3));
    QTRY_COMPARE_WITH_TIMEOUT(writer.failures.size(), 2, kWaitMs);
    QVERIFY2(writer.failures[1].contains(u"dropping older ones"_s), qPrintable(writer.failures[1]));
    QVERIFY(writer.resumptions.isEmpty());
    QCOMPARE(resultCount(), qint64(3));

    m_db->rollback(); // the lock is gone: the next flush writes what waits, and says so
    QTRY_COMPARE_WITH_TIMEOUT(writer.resumptions.size(), 1, 3 * kWaitMs); // 200,000 rows
    QVERIFY2(writer.resumptions[0].contains(u"5 results were dropped meanwhile"_s),
             qPrintable(writer.resumptions[0]));
    const qint64 stored = 3 + HistoryWriter::kMaxPendingResults;
    QCOMPARE(writer.accounting.stored, stored);
    QCOMPARE(writer.accounting.pending, qint64(0));
    QCOMPARE(writer.accounting.dropped, qint64(5));
    QVERIFY(writer.accounting.failure.isEmpty());
    QCOMPARE(resultCount(), stored);
    HistoryReader reader(*m_db);
    QVERIFY(!reader.latestResult(b)); // the dropped ones
    QCOMPARE(reader.latestResult(a)->startedAt,
             kNow.addSecs(1000).addMSecs((HistoryWriter::kMaxPendingResults - 1) * 10));

    writer.close();
    QTRY_COMPARE_WITH_TIMEOUT(writer.closed, 1, kWaitMs);
    QCOMPARE(writer.accounting.stored, stored);
    QCOMPARE(writer.accounting.notStored(), qint64(5));
    QCOMPARE(writer.failures.size(), 2);
}

void TestHistoryWriter::closeCountsWhatCouldNotBeWritten()
{
    UPWATCH_SQLITE_ONLY(); // holds SQLite's write lock to make the writer fail
    const qint64 id = addMonitor(u"a"_s);
    WriterThread writer(m_path, Retention(), m_clock, 60'000);
    writer.open();
    QTRY_COMPARE_WITH_TIMEOUT(writer.prunes.size(), 1, kWaitMs);

    QVERIFY2(m_db->begin(), qPrintable(m_db->lastError()));
    ResultBatch batch;
    for (int i = 0; i < 4; ++i)
        batch.results.append(makeResult(id, kNow.addSecs(i), Verdict::Up));
    writer.append(batch);
    writer.close(); // its last attempt fails: the four are reported, not silently gone
    QTRY_COMPARE_WITH_TIMEOUT(writer.closed, 1, kWaitMs);
    QCOMPARE(writer.accounting.stored, qint64(0));
    QCOMPARE(writer.accounting.pending, qint64(4));
    QCOMPARE(writer.accounting.notStored(), qint64(4));
    QVERIFY(writer.accounting.failure.contains(u"locked"_s));
    m_db->rollback();
    QCOMPARE(resultCount(), qint64(0));
}

QTEST_GUILESS_MAIN(TestHistoryWriter)
#include "tst_historywriter.moc"
