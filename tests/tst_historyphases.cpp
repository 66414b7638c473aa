#include "core/io/HistoryCsv.h"
#include "core/store/HistoryReader.h"
#include "core/store/HistoryStore.h"
#include "tests/support/Builders.h"
#include "tests/support/StoreHelpers.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 6, 15), QTime(12, 30, 15), Qt::UTC);

TimingPhases phasesOf(std::optional<int> resolve, std::optional<int> connect,
                      std::optional<int> tls, std::optional<int> processing,
                      std::optional<int> transfer)
{
    return {resolve, connect, tls, processing, transfer};
}

} // namespace

// Timing phases in the history: per raw result, as sums and counts in the rollups of every
// level, and as the last columns of the CSV export.
class TestHistoryPhases final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void names();
    void resultsKeepTheirPhases_data();
    void resultsKeepTheirPhases();
    void rollupsAverageEachPhase();
    void csvAppendsThePhases_data();
    void csvAppendsThePhases();

private:
    std::unique_ptr<TempDatabase> m_db;
    qint64 m_id = 0;
};

void TestHistoryPhases::initTestCase()
{
    UPWATCH_SKIP_UNLESS_ENGINE_RUNS();
}

void TestHistoryPhases::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
    m_id = storeMonitor(m_db->db(), makeMonitor(u"api"_s)).id;
    QVERIFY(m_id > 0);
}

void TestHistoryPhases::cleanup()
{
    m_db.reset();
}

void TestHistoryPhases::names()
{
    QStringList names;
    for (const Phase phase : kAllPhases) {
        names.append(phaseName(phase));
        QCOMPARE(phaseFromName(names.constLast()), phase);
    }
    QCOMPARE(names,
             (QStringList{u"resolve"_s, u"connect"_s, u"tls"_s, u"processing"_s, u"transfer"_s}));
    QCOMPARE(phaseFromName(u"dns"), std::nullopt);
    TimingPhases phases;
    QVERIFY(phases.isEmpty());
    phases.add(Phase::Tls, 4);
    phases.add(Phase::Tls, 5);
    QCOMPARE(phases.tls, 9);
    QVERIFY(!phases.isEmpty());
}

void TestHistoryPhases::resultsKeepTheirPhases_data()
{
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<TimingPhases>("phases");
    QTest::newRow("none") << Verdict::Down << TimingPhases();
    QTest::newRow("plain HTTP") << Verdict::Up << phasesOf({}, 3, {}, 40, 7);
    QTest::newRow("every phase") << Verdict::Up << phasesOf(1, 2, 3, 4, 5);
    QTest::newRow("reused connection") << Verdict::Degraded << phasesOf({}, {}, {}, 900, 0);
    QTest::newRow("refused") << Verdict::Down << phasesOf(12, 0, {}, {}, {});
}

void TestHistoryPhases::resultsKeepTheirPhases()
{
    QFETCH(Verdict, verdict);
    QFETCH(TimingPhases, phases);
    CheckResult result = makeResult(m_id, kNow, verdict);
    result.phases = phases;
    storeHistory(m_db->db(), {result});
    HistoryReader reader(m_db->db());
    const auto latest = reader.latestResult(m_id);
    QVERIFY(latest);
    QCOMPARE(latest->phases, phases);
    QCOMPARE(*latest, result);
    QList<CheckResult> all;
    QVERIFY(reader.forEachResult({}, [&all](const CheckResult &read) {
        all.append(read);
        return true;
    }));
    QCOMPARE(all, QList<CheckResult>{result});
}

void TestHistoryPhases::rollupsAverageEachPhase()
{
    // Two minutes, two batches; the down check's phases are left out like its response time.
    const QDateTime minute = QDateTime::fromMSecsSinceEpoch(
        rollupBucketStart(RollupLevel::Minute, kNow.toMSecsSinceEpoch()), Qt::UTC);
    CheckResult a = makeResult(m_id, minute.addSecs(1), Verdict::Up, 40);
    a.phases = phasesOf(2, 10, {}, 20, 5);
    CheckResult b = makeResult(m_id, minute.addSecs(30), Verdict::Degraded, 90);
    b.phases = phasesOf({}, 30, 6, 40, {});
    CheckResult down = makeResult(m_id, minute.addSecs(40), Verdict::Down, 10000);
    down.phases = phasesOf(1000, 1000, 1000, 1000, 1000);
    CheckResult c = makeResult(m_id, minute.addSecs(70), Verdict::Up, 30);
    c.phases = phasesOf({}, {}, {}, 30, 7);
    storeHistory(m_db->db(), {a, b});
    storeHistory(m_db->db(), {down, c});

    HistoryReader reader(m_db->db());
    const auto check = [](const Rollup &rollup, const std::array<qint64, 5> &sums,
                          const std::array<qint64, 5> &counts) {
        QCOMPARE(rollup.phaseSumMs, sums);
        QCOMPARE(rollup.phaseCount, counts);
    };
    const auto minutes = reader.series(m_id, RollupLevel::Minute, minute, minute.addSecs(3 * 60));
    QVERIFY(minutes);
    QCOMPARE(minutes->size(), 2);
    check(minutes->at(0).second, {2, 40, 6, 60, 5}, {1, 2, 1, 2, 1});
    check(minutes->at(1).second, {0, 0, 0, 30, 7}, {0, 0, 0, 1, 1});
    for (const RollupLevel level : {RollupLevel::Hour, RollupLevel::Day}) {
        const auto buckets = reader.series(m_id, level, minute.addDays(-1), minute.addDays(1));
        QVERIFY(buckets);
        QCOMPARE(buckets->size(), 1);
        check(buckets->at(0).second, {2, 40, 6, 90, 12}, {1, 2, 1, 3, 2});
    }
    const auto window = reader.window(m_id, minute.addDays(-2), minute.addDays(2));
    QVERIFY(window);
    check(*window, {2, 40, 6, 90, 12}, {1, 2, 1, 3, 2});
    QCOMPARE(window->phaseAverageMs(Phase::Resolve), 2);
    QCOMPARE(window->phaseAverageMs(Phase::Connect), 20);
    QCOMPARE(window->phaseAverageMs(Phase::Tls), 6);
    QCOMPARE(window->phaseAverageMs(Phase::Processing), 30);
    QCOMPARE(window->phaseAverageMs(Phase::Transfer), 6);
    QCOMPARE(Rollup().phaseAverageMs(Phase::Connect), std::nullopt);
}

void TestHistoryPhases::csvAppendsThePhases_data()
{
    QTest::addColumn<TimingPhases>("phases");
    QTest::addColumn<QString>("ending"); // after the (empty) error cell
    QTest::newRow("none") << TimingPhases() << u",,,,,,\r\n"_s;
    QTest::newRow("some") << phasesOf({}, 3, {}, 40, 0) << u",,3,,40,0,\r\n"_s;
    QTest::newRow("all") << phasesOf(1, 2, 3, 4, 5) << u",1,2,3,4,5,\r\n"_s;
}

void TestHistoryPhases::csvAppendsThePhases()
{
    QFETCH(TimingPhases, phases);
    QFETCH(QString, ending);
    QCOMPARE(
        HistoryCsv::header(),
        u"timestamp,monitor_id,monitor_name,url,method,verdict,reason,http_status,"
        "response_ms,error,resolve_ms,connect_ms,tls_ms,processing_ms,transfer_ms,location\r\n"_s);
    CheckResult result = makeResult(7, kNow, Verdict::Up, 12);
    result.phases = phases;
    const QString row = HistoryCsv::row(result, makeMonitor(u"api"_s, u"https://example.com/"_s));
    QCOMPARE(row,
             u"2026-06-15T12:30:15.000Z,7,api,https://example.com/,GET,up,ok,200,12,"_s + ending);
}

QTEST_GUILESS_MAIN(TestHistoryPhases)
#include "tst_historyphases.moc"
