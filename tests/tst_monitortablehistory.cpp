// The table's history columns: the recent-checks bar and the 24-hour uptime, from live results,
// the summaries read at startup and the periodic uptime refresh, counting every check once.
#include "core/format/DisplayFormat.h"
#include "tests/support/Builders.h"
#include "ui/table/MonitorTableModel.h"
#include "ui/table/UnreadChecks.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);

QString uptimeTip(const MonitorTableModel &model, int row)
{
    return model.index(row, MonitorTableModel::UptimeColumn).data(Qt::ToolTipRole).toString();
}

QList<int> historyOf(const MonitorTableModel &model, int row)
{
    return model.index(row, MonitorTableModel::HistoryColumn)
        .data(MonitorTableModel::HistoryRole)
        .value<QList<int>>();
}

} // namespace

class TestMonitorTableHistory final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void historyBarKeepsLastChecks();
    void summariesMergeWithLiveResults();
    void summaryCountsLiveResultsOnce();
    void uptimeRefreshCountsLiveResultsOnce_data();
    void uptimeRefreshCountsLiveResultsOnce();
    void unreadChecksAreBounded();
    void maintenanceChecksStayOutOfTheDay();
    void quorumVerdictsMakeTheDay();

private:
    std::unique_ptr<MonitorTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
};

void TestMonitorTableHistory::init()
{
    m_model = std::make_unique<MonitorTableModel>();
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Monitor> monitors;
    for (int id = 1; id <= 5; ++id)
        monitors << MonitorBuilder(u"m%1"_s.arg(id)).id(id).build();
    m_model->setMonitors(monitors, {});
}

void TestMonitorTableHistory::cleanup()
{
    m_modelTester.reset();
    m_model.reset();
}

void TestMonitorTableHistory::historyBarKeepsLastChecks()
{
    for (int i = 0; i < MonitorTableModel::kHistoryLength + 5; ++i) {
        ResultBatch batch;
        batch.results = {makeResult(1, kNow.addSecs(i), i % 2 ? Verdict::Down : Verdict::Up)};
        m_model->applyBatch(batch);
    }
    m_model->flushChanges();
    const auto history = m_model->index(0, MonitorTableModel::HistoryColumn)
                             .data(MonitorTableModel::HistoryRole)
                             .value<QList<int>>();
    QCOMPARE(history.size(), MonitorTableModel::kHistoryLength);
    // The newest check is last: i = 34 is even, so up.
    QCOMPARE(history.last(), int(Verdict::Up));
    QCOMPARE(history.at(history.size() - 2), int(Verdict::Down));
}

void TestMonitorTableHistory::summariesMergeWithLiveResults()
{
    ResultBatch batch;
    batch.results = {makeResult(2, kNow, Verdict::Up, 50)};
    m_model->applyBatch(batch);
    m_model->flushChanges();
    MonitorSummary stored;
    stored.latest = makeResult(2, kNow.addSecs(-60), Verdict::Down);
    stored.recent = {Verdict::Down, Verdict::Down};
    stored.day = {8, 10};
    stored.newest = stored.latest->startedAt;
    MonitorSummary other;
    other.latest = makeResult(5, kNow.addSecs(-60), Verdict::Up, 321);
    other.recent = {Verdict::Up};
    other.day = {1, 1};
    other.newest = other.latest->startedAt;
    m_model->setSummaries({{2, stored}, {5, other}, {99, other}});
    // The live result is newer than the stored one and stays; the counts add up.
    QCOMPARE(m_model->latestResult(2)->startedAt, kNow);
    QCOMPARE(m_model->index(1, MonitorTableModel::HistoryColumn)
                 .data(MonitorTableModel::HistoryRole)
                 .value<QList<int>>(),
             (QList<int>{int(Verdict::Down), int(Verdict::Down), int(Verdict::Up)}));
    QCOMPARE(m_model->index(1, MonitorTableModel::UptimeColumn).data().toString(),
             QLocale().toString(9 * 100.0 / 11, 'f', 2) + u" %"_s);
    QCOMPARE(m_model->index(4, MonitorTableModel::ResponseColumn).data().toString(), u"321 ms"_s);
    m_model->setUptime({{5, {{3, 4}, kNow.addSecs(-60)}}});
    QCOMPARE(m_model->index(4, MonitorTableModel::UptimeColumn).data().toString(), u"75 %"_s);
    // Reads as the detail pane and `stats` read it: a bad day is not rounded up to a perfect one.
    m_model->setUptime({{5, {{24'999, 25'000}, kNow.addSecs(-60)}}});
    QCOMPARE(m_model->index(4, MonitorTableModel::UptimeColumn).data().toString(),
             DisplayFormat::percent(99.996));
    QCOMPARE(m_model->index(4, MonitorTableModel::UptimeColumn).data().toString(),
             QLocale().toString(99.99, 'f', 2) + u" %"_s);
    // Absent from the refresh: no checks read; the live one the read did not see still counts.
    QCOMPARE(m_model->index(1, MonitorTableModel::UptimeColumn).data().toString(), u"100 %"_s);
    QCOMPARE(m_model->index(0, MonitorTableModel::UptimeColumn).data().toString(), QString());
}

void TestMonitorTableHistory::summaryCountsLiveResultsOnce()
{
    // Two live results reach the table before the summaries do; the read that made them had
    // already seen the first (written before the read) but not the second.
    ResultBatch batch;
    batch.results = {makeResult(2, kNow.addSecs(-30), Verdict::Down),
                     makeResult(2, kNow, Verdict::Up, 70)};
    m_model->applyBatch(batch);
    m_model->flushChanges();
    MonitorSummary stored;
    stored.latest = makeResult(2, kNow.addSecs(-30), Verdict::Down);
    stored.recent = {Verdict::Up, Verdict::Down};
    stored.day = {8, 10}; // the down check at -30 s is one of the 10
    stored.newest = kNow.addSecs(-30);
    m_model->setSummaries({{2, stored}});
    QCOMPARE(uptimeTip(*m_model, 1), u"9 of 11 checks up in the last 24 hours"_s);
    QCOMPARE(historyOf(*m_model, 1),
             (QList<int>{int(Verdict::Up), int(Verdict::Down), int(Verdict::Up)}));
    QCOMPARE(m_model->latestResult(2)->startedAt, kNow);
    // Results after the summary add up as before.
    batch.results = {makeResult(2, kNow.addSecs(30), Verdict::Down)};
    m_model->applyBatch(batch);
    m_model->flushChanges();
    QCOMPARE(uptimeTip(*m_model, 1), u"9 of 12 checks up in the last 24 hours"_s);
    QCOMPARE(historyOf(*m_model, 1).size(), 4);
}

void TestMonitorTableHistory::uptimeRefreshCountsLiveResultsOnce_data()
{
    QTest::addColumn<QDateTime>("newest"); // the newest check the refresh's read saw
    QTest::addColumn<QString>("tip");
    // Live checks at +0 s (up), +30 s (down) and +60 s (up); the read counted 10 of 12 up.
    QTest::newRow("saw none of them")
        << kNow.addSecs(-30) << u"12 of 15 checks up in the last 24 hours"_s;
    QTest::newRow("saw the first two")
        << kNow.addSecs(30) << u"11 of 13 checks up in the last 24 hours"_s;
    QTest::newRow("saw all") << kNow.addSecs(60) << u"10 of 12 checks up in the last 24 hours"_s;
    QTest::newRow("no checks read") << QDateTime() << u"12 of 15 checks up in the last 24 hours"_s;
}

void TestMonitorTableHistory::uptimeRefreshCountsLiveResultsOnce()
{
    QFETCH(QDateTime, newest);
    QFETCH(QString, tip);
    MonitorSummary stored;
    stored.day = {5, 6};
    stored.newest = kNow.addSecs(-60);
    m_model->setSummaries({{2, stored}});
    ResultBatch batch;
    batch.results = {makeResult(2, kNow, Verdict::Up),
                     makeResult(2, kNow.addSecs(30), Verdict::Down),
                     makeResult(2, kNow.addSecs(60), Verdict::Up)};
    m_model->applyBatch(batch);
    m_model->flushChanges();
    QCOMPARE(uptimeTip(*m_model, 1), u"7 of 9 checks up in the last 24 hours"_s);
    m_model->setUptime({{2, {{10, 12}, newest}}});
    QCOMPARE(uptimeTip(*m_model, 1), tip);
    // The next refresh saw everything: nothing is counted twice, however often it refreshes.
    const QDateTime later = kNow.addSecs(90);
    batch.results = {makeResult(2, later, Verdict::Down)};
    m_model->applyBatch(batch);
    m_model->setUptime({{2, {{20, 30}, later}}});
    QCOMPARE(uptimeTip(*m_model, 1), u"20 of 30 checks up in the last 24 hours"_s);
    m_model->setUptime({{2, {{20, 30}, later}}});
    QCOMPARE(uptimeTip(*m_model, 1), u"20 of 30 checks up in the last 24 hours"_s);
    // A check newer than the read is kept through it.
    batch.results = {makeResult(2, later.addSecs(30), Verdict::Up)};
    m_model->applyBatch(batch);
    m_model->setUptime({{2, {{20, 30}, later}}});
    QCOMPARE(uptimeTip(*m_model, 1), u"21 of 31 checks up in the last 24 hours"_s);
}

void TestMonitorTableHistory::maintenanceChecksStayOutOfTheDay()
{
    UnreadChecks unread;
    unread.add(makeResult(1, kNow, Verdict::Up));
    CheckResult planned = makeResult(1, kNow.addSecs(1), Verdict::Down);
    planned.maintenance = true;
    unread.add(planned);
    unread.add(makeResult(1, kNow.addSecs(2), Verdict::Down));
    QCOMPARE(unread.dropSeen(QDateTime()), (UptimeCounts{1, 2}));
}

void TestMonitorTableHistory::quorumVerdictsMakeTheDay()
{
    // A monitor checked from several locations: its owner's checks count as the quorum judged
    // them, the other locations' votes not at all; the bar still shows every check.
    CheckResult outvoted = makeResult(2, kNow, Verdict::Down);
    outvoted.vote = Vote::Own;
    outvoted.judged = Verdict::Up;
    CheckResult vote = makeResult(2, kNow.addSecs(1), Verdict::Down);
    vote.vote = Vote::Helper;
    CheckResult outage = makeResult(2, kNow.addSecs(2), Verdict::Up);
    outage.vote = Vote::Own;
    outage.judged = Verdict::Down;
    UnreadChecks unread;
    for (const CheckResult &result : {outvoted, vote, outage})
        unread.add(result);
    QCOMPARE(unread.dropSeen(QDateTime()), (UptimeCounts{1, 2}));
    QList<int> verdicts;
    unread.appendVerdicts(verdicts);
    QCOMPARE(verdicts, (QList<int>{int(Verdict::Down), int(Verdict::Down), int(Verdict::Up)}));

    ResultBatch batch;
    batch.results = {outvoted, vote, outage};
    m_model->applyBatch(batch);
    m_model->flushChanges();
    QCOMPARE(m_model->index(1, MonitorTableModel::UptimeColumn).data().toString(), u"50 %"_s);
}

void TestMonitorTableHistory::unreadChecksAreBounded()
{
    // While no read answers, a row keeps at most kMaxChecks live checks; the oldest beyond that
    // are taken as seen by the next read.
    UnreadChecks unread;
    const auto extra = qint64(UnreadChecks::kMaxChecks) + 10;
    for (qint64 i = 0; i < extra; ++i)
        unread.add(makeResult(1, kNow.addSecs(i), i < 10 ? Verdict::Down : Verdict::Up));
    QCOMPARE(unread.size(), UnreadChecks::kMaxChecks);
    const UptimeCounts all = unread.dropSeen(QDateTime());
    QCOMPARE(all,
             (UptimeCounts{qint64(UnreadChecks::kMaxChecks), qint64(UnreadChecks::kMaxChecks)}));
    QCOMPARE(unread.dropSeen(kNow.addSecs(extra - 2)), (UptimeCounts{1, 1}));
    QList<int> verdicts;
    unread.appendVerdicts(verdicts);
    QCOMPARE(verdicts, QList<int>{int(Verdict::Up)});
}

QTEST_MAIN(TestMonitorTableHistory)
#include "tst_monitortablehistory.moc"
