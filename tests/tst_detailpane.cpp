#include "core/store/HistoryStore.h"
#include "core/store/StoreDatabase.h"
#include "core/store/StoreThread.h"
#include "tests/support/Builders.h"
#include "tests/support/FakeClock.h"
#include "tests/support/StoreHelpers.h"
#include "ui/charts/PhaseChart.h"
#include "ui/charts/ResponseTimeChart.h"
#include "ui/window/DetailPane.h"
#include "ui/window/IncidentList.h"

#include <QAbstractButton>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 6, 15), QTime(12, 30, 15), Qt::UTC);
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QDateTime ago(qint64 ms)
{
    return kNow.addMSecs(-ms);
}

} // namespace

class TestDetailPane final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void placeholderWithoutMonitor();
    void uptimeIncidentsAndLastError();
    void chartForEveryRange();
    void chartNeverWiderThanItsPixels();
    void noHistory();
    void switchingMonitorsDropsStaleAnswers();
    void liveResultsShowAtOnce();
    void liveResultsWhileLoadingAreKept();
    void rangeButtons();
    void phaseBreakdown();
    void tablesLatestCheckShowsAtOnce();
    void degradedMonitorNamesItsProblem();
    void p95NeverBelowAnAverageItExceeds();
    void locationsWhereAgentsShareTheDatabase();

private:
    template<typename T>
    T *find(const QString &name)
    {
        T *child = m_pane->findChild<T *>(name);
        if (!child)
            qWarning("no child %s", qPrintable(name));
        return child;
    }
    [[nodiscard]] QString text(const QString &label) { return find<QLabel>(label)->text(); }
    [[nodiscard]] QLineSeries *lineSeries();
    [[nodiscard]] QScatterSeries *downSeries();
    // Shows `monitor` and waits for both answers (chart and uptime/incidents).
    bool showAndWait(const Monitor &monitor, MonitorState state);
    bool setRangeAndWait(DetailPane::Range range);

    std::unique_ptr<TempDatabase> m_db;
    std::shared_ptr<FakeClock> m_clock;
    std::unique_ptr<StoreThread> m_store;
    std::unique_ptr<DetailPane> m_pane;
    Monitor m_a; // a varied history over a year
    Monitor m_b; // ten good checks in the last hour
    Monitor m_c; // one check a minute for a day
    Monitor m_empty;
};

void TestDetailPane::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
    StoreDatabase &db = m_db->db();
    m_clock = std::make_shared<FakeClock>(kNow);

    m_a = storeMonitor(db, makeMonitor(u"Shop"_s, u"https://shop.example.com/health"_s));
    m_b = storeMonitor(db, makeMonitor(u"Blog"_s, u"https://blog.example.com/"_s));
    m_c = storeMonitor(db, makeMonitor(u"Dense"_s, u"https://dense.example.com/"_s));
    m_empty = storeMonitor(db, makeMonitor(u"New"_s, u"https://new.example.com/"_s));

    // A: 100 days ago 30 failed checks an hour apart (an outage that ended), 10 to 20 days ago
    // 20 checks half of them failed, 2 days ago 20 good ones, and in the last half hour 20 good
    // then 10 failed (an outage going on).
    QList<CheckResult> results;
    for (int i = 0; i < 30; ++i)
        results.append(makeResult(m_a.id, ago(100 * kDay - i * kHour), Verdict::Down));
    for (int i = 0; i < 20; ++i)
        results.append(makeResult(m_a.id, ago(10 * kDay + (19 - i) * 12 * kHour),
                                  i % 2 ? Verdict::Down : Verdict::Up, 300));
    for (int i = 0; i < 20; ++i)
        results.append(makeResult(m_a.id, ago(2 * kDay + (19 - i) * kHour), Verdict::Up, 200));
    for (int k = 30; k >= 1; --k)
        results.append(
            makeResult(m_a.id, ago(k * kMinute), k <= 10 ? Verdict::Down : Verdict::Up, 100 + k));
    storeHistory(
        db, results,
        {makeChange(m_a.id, ago(100 * kDay), MonitorState::Up, MonitorState::Down),
         makeChange(m_a.id, ago(100 * kDay - 30 * kHour), MonitorState::Down, MonitorState::Up),
         makeChange(m_a.id, ago(10 * kMinute), MonitorState::Up, MonitorState::Down)});

    results.clear();
    for (int k = 10; k >= 1; --k)
        results.append(makeResult(m_b.id, ago(k * kMinute + 30'000), Verdict::Up, 250));
    storeHistory(db, results);

    results.clear();
    for (int k = 1440; k >= 1; --k)
        results.append(makeResult(m_c.id, ago(k * kMinute - 1000), Verdict::Up, 50 + k % 100));
    storeHistory(db, results);

    m_store = std::make_unique<StoreThread>(m_db->path());
    m_pane = std::make_unique<DetailPane>(*m_store, m_clock);
    m_pane->resize(800, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestDetailPane::cleanup()
{
    m_pane.reset();
    m_store.reset();
    m_db.reset();
}

QLineSeries *TestDetailPane::lineSeries()
{
    for (QAbstractSeries *series : m_pane->chart()->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            return line;
    }
    return nullptr;
}

QScatterSeries *TestDetailPane::downSeries()
{
    for (QAbstractSeries *series : m_pane->chart()->chart()->series()) {
        if (series->objectName() == u"failedMarks"_s)
            return qobject_cast<QScatterSeries *>(series);
    }
    return nullptr;
}

bool TestDetailPane::showAndWait(const Monitor &monitor, MonitorState state)
{
    QSignalSpy loaded(m_pane.get(), &DetailPane::historyLoaded);
    m_pane->showMonitor(monitor, state, std::nullopt);
    for (int i = 0; i < 100 && loaded.count() < 2; ++i)
        loaded.wait(100);
    return loaded.count() == 2;
}

bool TestDetailPane::setRangeAndWait(DetailPane::Range range)
{
    QSignalSpy loaded(m_pane.get(), &DetailPane::historyLoaded);
    m_pane->setRange(range);
    return loaded.wait(10'000) && loaded.count() == 1;
}

void TestDetailPane::placeholderWithoutMonitor()
{
    auto *placeholder = find<QLabel>(u"placeholder"_s);
    QVERIFY(placeholder->isVisible());
    QVERIFY(!m_pane->monitorId());

    QVERIFY(showAndWait(m_b, MonitorState::Up));
    QVERIFY(!placeholder->isVisible());
    QCOMPARE(m_pane->monitorId(), m_b.id);
    QCOMPARE(text(u"nameLabel"_s), u"Blog"_s);
    QCOMPARE(text(u"urlLabel"_s), u"https://blog.example.com/"_s);
    QCOMPARE(text(u"stateLabel"_s), u"Up"_s);
    QVERIFY(text(u"detailsLabel"_s).startsWith(u"GET · every 1 min · timeout 10 s"_s));
    QVERIFY(!text(u"detailsLabel"_s).contains(u"locations"_s));
    // Checked from several locations: the quorum is part of how it is checked.
    Monitor quorum = m_b;
    quorum.locations = 3;
    quorum.quorum = 2;
    m_pane->showMonitor(quorum, MonitorState::Up, std::nullopt); // the same one, changed
    QCOMPARE(text(u"detailsLabel"_s),
             u"GET · every 1 min · timeout 10 s · down when 2 of 3 locations see it down"_s);

    m_pane->showMonitor(std::nullopt, MonitorState::Pending, std::nullopt);
    QVERIFY(placeholder->isVisible());
    QVERIFY(!m_pane->monitorId());
}

void TestDetailPane::uptimeIncidentsAndLastError()
{
    QVERIFY(showAndWait(m_a, MonitorState::Down));
    QCOMPARE(text(u"uptimeDay"_s), u"66.67 %"_s);   // 20 of 30
    QCOMPARE(text(u"uptimeWeek"_s), u"80 %"_s);     // 40 of 50
    QCOMPARE(text(u"uptimeMonth"_s), u"71.43 %"_s); // 50 of 70
    QCOMPARE(text(u"uptimeYear"_s), u"50 %"_s);     // 50 of 100
    QCOMPARE(text(u"stateLabel"_s), u"Down"_s);

    // Newest first; the open one is ongoing.
    auto *incidents = find<QTreeWidget>(u"incidentList"_s);
    QCOMPARE(incidents->topLevelItemCount(), 2);
    const QTreeWidgetItem *open = incidents->topLevelItem(0);
    QCOMPARE(open->text(0), u"Down"_s);
    QCOMPARE(open->text(1), u"timeout"_s);
    QCOMPARE(open->text(3), u"ongoing"_s);
    QCOMPARE(open->text(IncidentList::ErrorColumn), u"Timed out after 10000 ms"_s);
    // Without agents no incident names a location: no such column.
    QVERIFY(incidents->isColumnHidden(IncidentList::LocationColumn));
    const QTreeWidgetItem *old = incidents->topLevelItem(1);
    QCOMPARE(old->text(3), u"1 day 6 h"_s);
    QVERIFY(open->text(2) != old->text(2));

    // The newest failed check, a minute ago.
    const QString lastError = text(u"lastErrorLabel"_s);
    QVERIFY2(lastError.contains(u"timeout: Timed out after 10000 ms"_s), qPrintable(lastError));
    QVERIFY2(
        lastError.contains(QLocale().toString(ago(kMinute).toLocalTime(), QLocale::ShortFormat)),
        qPrintable(lastError));

    // Response times over the default 24 hours: the average of the 20 good checks.
    QCOMPARE(m_pane->range(), DetailPane::Range::Day);
    QCOMPARE(text(u"averageLabel"_s), u"121 ms"_s); // 111..130: 120.5
}

void TestDetailPane::chartForEveryRange()
{
    QVERIFY(showAndWait(m_a, MonitorState::Down));
    QLineSeries *line = lineSeries();
    QScatterSeries *down = downSeries();
    QVERIFY(line && down);

    struct Expected {
        DetailPane::Range range;
        qint64 timed;  // good checks drawn
        qint64 failed; // failed checks marked
    };
    // Hour and day: the last half hour's 20 good checks and 10 failed. Week adds the 20 good
    // ones two days ago, month the checks 10 to 20 days ago, the year the old outage.
    const QList<Expected> expected{
        {DetailPane::Range::Hour, 20, 10}, {DetailPane::Range::Day, 20, 10},
        {DetailPane::Range::Week, 40, 10}, {DetailPane::Range::Month, 50, 20},
        {DetailPane::Range::Year, 50, 50},
    };
    for (const Expected &e : expected) {
        if (e.range != m_pane->range())
            QVERIFY(setRangeAndWait(e.range));
        qint64 timed = 0;
        qint64 failed = 0;
        int timedPoints = 0;
        int failedPoints = 0;
        for (const ChartPoint &point : m_pane->chart()->shownPoints()) {
            timed += point.count;
            failed += point.down;
            timedPoints += point.count > 0 ? 1 : 0;
            failedPoints += point.down > 0 ? 1 : 0;
        }
        QCOMPARE(timed, e.timed);
        QCOMPARE(failed, e.failed);
        QCOMPARE(line->count(), timedPoints);
        QCOMPARE(down->count(), failedPoints);
        QVERIFY(line->count() > 0);
        QVERIFY(line->count() <= m_pane->chart()->width());
        QVERIFY(!m_pane->chart()->isEmpty());
        for (const QPointF &point : down->points())
            QCOMPARE(point.y(), 0.0);
    }

    // The hour shows raw checks: the good ones took 111..130 ms.
    QVERIFY(setRangeAndWait(DetailPane::Range::Hour));
    for (const QPointF &point : line->points())
        QVERIFY(point.y() >= 111 && point.y() <= 130);
    QCOMPARE(qint64(line->points().last().x()), ago(11 * kMinute).toMSecsSinceEpoch());
}

void TestDetailPane::chartNeverWiderThanItsPixels()
{
    QVERIFY(showAndWait(m_c, MonitorState::Up));
    ResponseTimeChart *chart = m_pane->chart();
    QLineSeries *line = lineSeries();
    // 1,440 minute buckets in 24 hours, far more than the pixels.
    QVERIFY(chart->width() < 1440);
    QVERIFY(line->count() <= chart->width());
    QVERIFY(line->count() >= chart->width() / 2);
    // Every check counted once.
    qint64 counted = 0;
    for (const ChartPoint &point : chart->shownPoints())
        counted += point.count;
    QCOMPARE(counted, qint64(1440));

    // Narrower: merged again from what was loaded.
    const int wide = chart->width();
    m_pane->resize(m_pane->width() - wide / 2, 700);
    QTRY_VERIFY(chart->width() <= wide / 2 + 1);
    QVERIFY(line->count() <= chart->width());

    for (const DetailPane::Range range :
         {DetailPane::Range::Week, DetailPane::Range::Month, DetailPane::Range::Hour}) {
        QVERIFY(setRangeAndWait(range));
        QVERIFY(line->count() > 0);
        QVERIFY(line->count() <= chart->width());
    }
}

void TestDetailPane::noHistory()
{
    QVERIFY(showAndWait(m_empty, MonitorState::Pending));
    for (const QString &name : {u"uptimeDay"_s, u"uptimeWeek"_s, u"uptimeMonth"_s, u"uptimeYear"_s,
                                u"averageLabel"_s, u"p95Label"_s})
        QCOMPARE(text(name), u"—"_s);
    QVERIFY(m_pane->chart()->isEmpty());
    QCOMPARE(lineSeries()->count(), 0);
    QCOMPARE(find<QTreeWidget>(u"incidentList"_s)->topLevelItemCount(), 0);
    QCOMPARE(text(u"lastErrorLabel"_s), u"None"_s);
    QCOMPARE(text(u"lastCheckLabel"_s), u"Not checked yet"_s);
    QCOMPARE(text(u"stateLabel"_s), u"Pending"_s);
}

void TestDetailPane::switchingMonitorsDropsStaleAnswers()
{
    // Every answer shown after the switch must be B's, although A's were asked for first.
    QStringList uptimeShown;
    QList<double> valuesShown;
    connect(m_pane.get(), &DetailPane::historyLoaded, this, [&] {
        uptimeShown.append(text(u"uptimeDay"_s));
        for (const QPointF &point : lineSeries()->points())
            valuesShown.append(point.y());
        uptimeShown.append(
            QString::number(find<QTreeWidget>(u"incidentList"_s)->topLevelItemCount()));
    });
    QSignalSpy loaded(m_pane.get(), &DetailPane::historyLoaded);
    m_pane->showMonitor(m_a, MonitorState::Down, std::nullopt);
    m_pane->setRange(DetailPane::Range::Hour);
    m_pane->showMonitor(m_b, MonitorState::Up, std::nullopt);
    QTRY_COMPARE(text(u"uptimeDay"_s), u"100 %"_s);
    QTRY_COMPARE(lineSeries()->count(), 10);
    // Let anything still queued arrive.
    QSignalSpy settled(m_pane.get(), &DetailPane::historyLoaded);
    m_pane->setRange(DetailPane::Range::Day);
    QVERIFY(settled.wait(10'000));

    QCOMPARE(m_pane->monitorId(), m_b.id);
    QCOMPARE(text(u"nameLabel"_s), u"Blog"_s);
    QCOMPARE(text(u"lastErrorLabel"_s), u"None"_s);
    QCOMPARE(find<QTreeWidget>(u"incidentList"_s)->topLevelItemCount(), 0);
    QVERIFY(!uptimeShown.contains(u"66.67 %"_s));
    QVERIFY(!uptimeShown.contains(u"2"_s)); // A's incidents
    QVERIFY(!valuesShown.isEmpty());
    for (const double value : valuesShown)
        QCOMPARE(value, 250.0);
    QCOMPARE(loaded.count(), 3); // B's chart, B's info, then the day range
}

void TestDetailPane::liveResultsShowAtOnce()
{
    QVERIFY(showAndWait(m_b, MonitorState::Up));
    QVERIFY(setRangeAndWait(DetailPane::Range::Hour)); // every check a point of its own
    QCOMPARE(text(u"uptimeDay"_s), u"100 %"_s);
    QCOMPARE(text(u"lastErrorLabel"_s), u"None"_s);
    QCOMPARE(lineSeries()->count(), 10);
    QCOMPARE(downSeries()->count(), 0);

    // Somebody else's results change nothing.
    m_clock->advance(kMinute);
    ResultBatch other;
    other.results.append(makeResult(m_a.id, m_clock->nowUtc(), Verdict::Down));
    m_pane->applyBatch(other);
    QCOMPARE(text(u"lastErrorLabel"_s), u"None"_s);
    QCOMPARE(downSeries()->count(), 0);

    // B fails: header, last error, uptime, the chart and the incidents at once, without
    // waiting for the store (the history is not even written yet).
    CheckResult failed = makeResult(m_b.id, m_clock->nowUtc(), Verdict::Down);
    failed.reason = Reason::Refused;
    failed.error = u"Connection refused"_s;
    ResultBatch batch;
    batch.results.append(failed);
    batch.changes.append(
        makeChange(m_b.id, failed.startedAt, MonitorState::Up, MonitorState::Down));
    QSignalSpy loaded(m_pane.get(), &DetailPane::historyLoaded);
    m_pane->applyBatch(batch);
    QCOMPARE(text(u"stateLabel"_s), u"Down"_s);
    QVERIFY(text(u"lastErrorLabel"_s).startsWith(u"refused: Connection refused"_s));
    QVERIFY(text(u"lastCheckLabel"_s).contains(u"refused"_s));
    QCOMPARE(text(u"uptimeDay"_s), u"90.91 %"_s); // 10 of 11
    QCOMPARE(text(u"uptimeYear"_s), u"90.91 %"_s);
    QCOMPARE(downSeries()->count(), 1);
    QCOMPARE(find<QTreeWidget>(u"incidentList"_s)->topLevelItemCount(), 1);
    QCOMPARE(find<QTreeWidget>(u"incidentList"_s)->topLevelItem(0)->text(3), u"ongoing"_s);
    QCOMPARE(loaded.count(), 0);

    // A good check a minute later: one more point on the line, at once.
    m_clock->advance(kMinute);
    ResultBatch good;
    good.results.append(makeResult(m_b.id, m_clock->nowUtc(), Verdict::Up, 250));
    m_pane->applyBatch(good);
    QCOMPARE(lineSeries()->count(), 11);
    QCOMPARE(text(u"uptimeDay"_s), u"91.67 %"_s); // 11 of 12

    // Once the writer has stored them, reading the history again shows the same: nothing is
    // counted twice.
    storeHistory(m_db->db(), {failed, good.results.first()},
                 {makeChange(m_b.id, failed.startedAt, MonitorState::Up, MonitorState::Down)});
    m_clock->advance(1000);
    m_pane->showMonitor(std::nullopt, MonitorState::Pending, std::nullopt);
    QVERIFY(showAndWait(m_b, MonitorState::Up));
    QCOMPARE(text(u"uptimeDay"_s), u"91.67 %"_s);
    QCOMPARE(lineSeries()->count(), 11);
    QCOMPARE(downSeries()->count(), 1);
    QCOMPARE(find<QTreeWidget>(u"incidentList"_s)->topLevelItemCount(), 1);
}

void TestDetailPane::liveResultsWhileLoadingAreKept()
{
    // A check and an outage that arrive before the first answers (and before the writer has
    // stored them) are not lost when the answers come.
    m_clock->advance(kMinute);
    CheckResult failed = makeResult(m_b.id, m_clock->nowUtc().addMSecs(-1000), Verdict::Down);
    ResultBatch batch;
    batch.results.append(failed);
    batch.changes.append(
        makeChange(m_b.id, failed.startedAt, MonitorState::Up, MonitorState::Down));
    QSignalSpy loaded(m_pane.get(), &DetailPane::historyLoaded);
    m_pane->showMonitor(m_b, MonitorState::Up, std::nullopt);
    m_pane->applyBatch(batch);
    QCOMPARE(loaded.count(), 0);
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(text(u"stateLabel"_s), u"Down"_s);
    QCOMPARE(text(u"uptimeDay"_s), u"90.91 %"_s);
    QCOMPARE(find<QTreeWidget>(u"incidentList"_s)->topLevelItemCount(), 1);
    QCOMPARE(downSeries()->count(), 1);
}

void TestDetailPane::rangeButtons()
{
    QSignalSpy changed(m_pane.get(), &DetailPane::rangeChanged);
    auto *week = find<QAbstractButton>(u"rangeWeek"_s);
    auto *day = find<QAbstractButton>(u"rangeDay"_s);
    QVERIFY(day->isChecked());
    QTest::mouseClick(week, Qt::LeftButton);
    QCOMPARE(m_pane->range(), DetailPane::Range::Week);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<DetailPane::Range>(), DetailPane::Range::Week);
    QVERIFY(week->isChecked());
    QVERIFY(!day->isChecked());

    m_pane->setRange(DetailPane::Range::Year);
    QVERIFY(find<QAbstractButton>(u"rangeYear"_s)->isChecked());
    QVERIFY(!week->isChecked());
    QCOMPARE(changed.count(), 2);
    m_pane->setRange(DetailPane::Range::Year); // no change, no signal
    QCOMPARE(changed.count(), 2);

    // The range applies to the next monitor shown.
    QVERIFY(showAndWait(m_a, MonitorState::Down));
    // The old outage is only in the year.
    qint64 failed = 0;
    for (const ChartPoint &point : m_pane->chart()->shownPoints())
        failed += point.down;
    QCOMPARE(failed, qint64(50));
    for (const QString &name : {u"rangeHour"_s, u"rangeMonth"_s})
        QVERIFY(find<QAbstractButton>(name));
}

void TestDetailPane::phaseBreakdown()
{
    // Five checks in the last hour with their phases, then a live one.
    QList<CheckResult> results;
    for (int k = 5; k >= 1; --k) {
        CheckResult result = makeResult(m_empty.id, ago(k * kMinute), Verdict::Up, 60);
        result.phases = {std::nullopt, 10, std::nullopt, 40, 10};
        results.append(result);
    }
    storeHistory(m_db->db(), results);
    PhaseChart *phases = find<PhaseChart>(u"phaseChart"_s);
    QVERIFY(phases);
    QSignalSpy loaded(m_pane.get(), &DetailPane::historyLoaded);
    m_pane->showMonitor(m_empty, MonitorState::Up, results.constLast());
    QVERIFY(phases->lastCheckText().contains(u"connect"_s));
    QVERIFY(phases->lastCheckText().contains(u"processing"_s));
    QVERIFY(!phases->lastCheckText().contains(u"tls"_s));
    QTRY_COMPARE(loaded.count(), 2);
    QVERIFY(setRangeAndWait(DetailPane::Range::Hour));
    const auto counts = [phases] {
        std::array<qint64, kAllPhases.size()> total{};
        for (const ChartPoint &point : phases->shownPoints()) {
            for (size_t i = 0; i < total.size(); ++i)
                total.at(i) += point.phaseCount.at(i);
        }
        return total;
    };
    QCOMPARE(counts(), (std::array<qint64, 5>{0, 5, 0, 5, 5}));

    // A live check over TLS on a new connection: the last-check line and the bars at once.
    m_clock->advance(kMinute);
    CheckResult live = makeResult(m_empty.id, m_clock->nowUtc(), Verdict::Up, 80);
    live.phases = {3, std::nullopt, 20, 50, 7};
    ResultBatch batch;
    batch.results.append(live);
    m_pane->applyBatch(batch);
    QVERIFY(phases->lastCheckText().contains(u"resolve"_s));
    QVERIFY(phases->lastCheckText().contains(u"tls"_s));
    QVERIFY(!phases->lastCheckText().contains(u"connect"_s));
    QCOMPARE(counts(), (std::array<qint64, 5>{1, 5, 1, 6, 6}));

    // Another monitor: nothing of this one's is left.
    m_pane->showMonitor(m_b, MonitorState::Up, std::nullopt);
    QCOMPARE(counts(), (std::array<qint64, 5>{}));
    QVERIFY(!phases->lastCheckText().contains(u"tls"_s));
}

void TestDetailPane::tablesLatestCheckShowsAtOnce()
{
    // The table already shows this check; the writer has not stored it yet. The pane must not
    // say "no checks" meanwhile: its numbers take the same check.
    CheckResult latest = makeResult(m_empty.id, ago(20'000), Verdict::Up, 321);
    QSignalSpy loaded(m_pane.get(), &DetailPane::historyLoaded);
    m_pane->showMonitor(m_empty, MonitorState::Up, latest);
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(text(u"averageLabel"_s), u"321 ms"_s);
    QCOMPARE(text(u"p95Label"_s), u"321 ms"_s);
    QCOMPARE(text(u"uptimeDay"_s), u"100 %"_s);
    QVERIFY(text(u"lastCheckLabel"_s).contains(u"321 ms"_s));
    QVERIFY(lineSeries() && lineSeries()->count() == 1);

    // A stored check is not counted twice: B's ten 250 ms checks, the newest given as latest.
    CheckResult newestOfB = makeResult(m_b.id, ago(kMinute + 30'000), Verdict::Up, 250);
    QSignalSpy loadedB(m_pane.get(), &DetailPane::historyLoaded);
    m_pane->showMonitor(m_b, MonitorState::Up, newestOfB);
    QTRY_COMPARE(loadedB.count(), 2);
    QVERIFY(setRangeAndWait(DetailPane::Range::Hour));
    QCOMPARE(lineSeries()->count(), 10);

    // New results of the shown monitor refresh its numbers at once.
    m_clock->advance(kMinute);
    ResultBatch batch;
    batch.results.append(makeResult(m_b.id, m_clock->nowUtc(), Verdict::Up, 1350));
    m_pane->applyBatch(batch);
    QCOMPARE(text(u"averageLabel"_s), u"350 ms"_s); // (10 * 250 + 1350) / 11
    QCOMPARE(lineSeries()->count(), 11);
}

void TestDetailPane::degradedMonitorNamesItsProblem()
{
    // Degraded by slow checks, with an open incident: the last problem is the slow response,
    // not "None".
    StoreDatabase &db = m_db->db();
    const Monitor slow = storeMonitor(db, makeMonitor(u"Search"_s));
    QList<CheckResult> results;
    for (int k = 5; k >= 1; --k) {
        CheckResult result = makeResult(slow.id, ago(k * kMinute), Verdict::Degraded, 2400);
        result.reason = Reason::Slow;
        result.error = u"Response took 2400 ms (degraded above 1000 ms)"_s;
        results.append(result);
    }
    StateChange degraded =
        makeChange(slow.id, ago(5 * kMinute), MonitorState::Up, MonitorState::Degraded);
    degraded.reason = Reason::Slow;
    storeHistory(db, results, {degraded});
    QVERIFY(showAndWait(slow, MonitorState::Degraded));
    const QString problem = text(u"lastErrorLabel"_s);
    QVERIFY2(problem.startsWith(u"slow: Response took 2400 ms"_s), qPrintable(problem));

    // A live degraded check shows the same way at once.
    QVERIFY(showAndWait(m_b, MonitorState::Up));
    QCOMPARE(text(u"lastErrorLabel"_s), u"None"_s);
    m_clock->advance(kMinute);
    CheckResult live = makeResult(m_b.id, m_clock->nowUtc(), Verdict::Degraded, 1900);
    live.reason = Reason::Slow;
    ResultBatch batch;
    batch.results.append(live);
    m_pane->applyBatch(batch);
    QVERIFY2(text(u"lastErrorLabel"_s).startsWith(u"slow"_s),
             qPrintable(text(u"lastErrorLabel"_s)));
}

void TestDetailPane::p95NeverBelowAnAverageItExceeds()
{
    // Times close together (790 and 806 ms) share one histogram bucket whose middle (796 ms) is
    // below their average (803 ms): the pane once showed a 95th percentile of 800 against 803.
    StoreDatabase &db = m_db->db();
    const Monitor close = storeMonitor(db, makeMonitor(u"Close"_s));
    QList<CheckResult> results;
    for (int k = 100; k >= 1; --k)
        results.append(makeResult(close.id, ago(k * kMinute), Verdict::Up, k % 5 == 0 ? 790 : 806));
    storeHistory(db, results);
    for (const DetailPane::Range range : {DetailPane::Range::Hour, DetailPane::Range::Day}) {
        m_pane->setRange(range);
        QVERIFY(showAndWait(close, MonitorState::Up));
        const auto number = [this](const QString &label) {
            return QLocale().toInt(text(label).remove(u" ms"_s));
        };
        QVERIFY2(number(u"p95Label"_s) >= number(u"averageLabel"_s),
                 qPrintable(text(u"p95Label"_s) + u" vs "_s + text(u"averageLabel"_s)));
        QCOMPARE(text(u"p95Label"_s), u"806 ms"_s);
        m_pane->showMonitor(std::nullopt, MonitorState::Pending, std::nullopt);
    }
}

void TestDetailPane::locationsWhereAgentsShareTheDatabase()
{
    // An agent at "eu-west" checked the new monitor and saw it go down.
    HistoryStore history(m_db->db());
    history.setLocation(u"eu-west"_s);
    CheckResult latest = makeResult(m_empty.id, ago(kMinute), Verdict::Down);
    latest.location = u"eu-west"_s;
    QVERIFY(history.append(
        {latest}, {makeChange(m_empty.id, ago(kMinute), MonitorState::Up, MonitorState::Down)}));
    QSignalSpy loaded(m_pane.get(), &DetailPane::historyLoaded);
    m_pane->showMonitor(m_empty, MonitorState::Down, latest);
    QTRY_COMPARE(loaded.count(), 2);
    QVERIFY2(text(u"lastCheckLabel"_s).endsWith(u" · from eu-west"_s),
             qPrintable(text(u"lastCheckLabel"_s)));
    auto *incidents = find<QTreeWidget>(u"incidentList"_s);
    QTRY_COMPARE(incidents->topLevelItemCount(), 1);
    QVERIFY(!incidents->isColumnHidden(IncidentList::LocationColumn));
    QCOMPARE(incidents->headerItem()->text(IncidentList::LocationColumn), u"Location"_s);
    QCOMPARE(incidents->topLevelItem(0)->text(IncidentList::LocationColumn), u"eu-west"_s);
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
