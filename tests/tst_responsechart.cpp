#include "core/format/DisplayFormat.h"
#include "core/store/HistoryQueries.h"
#include "core/store/HistoryReader.h"
#include "core/store/HistoryStore.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/Builders.h"
#include "ui/charts/ChartAxis.h"
#include "ui/charts/ResponseTimeChart.h"
#include "ui/window/StatusStyle.h"

#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QtCharts/QChart>
#include <QtCharts/QScatterSeries>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
const QDateTime kNow(QDate(2026, 6, 15), QTime(12, 20, 30), Qt::UTC);

ChartPoint check(qint64 atMs, double ms, Verdict verdict = Verdict::Up)
{
    return ChartSeries::fromResult(
        makeResult(1, QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC), verdict, qint64(ms)));
}

QScatterSeries *marks(ResponseTimeChart &chart, const QString &name)
{
    for (QAbstractSeries *series : chart.chart()->series()) {
        if (series->objectName() == name)
            return qobject_cast<QScatterSeries *>(series);
    }
    qFatal("no series %s", qPrintable(name));
}

} // namespace

Q_DECLARE_METATYPE(HistoryRange)

class TestResponseChart final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void axisStart_data();
    void axisStart();
    void youngMonitorFillsTheWidth_data();
    void youngMonitorFillsTheWidth();
    void olderMonitorKeepsTheWholeRange();
    void fewPointsGetMarks();
    void statesInTheirColours();
    void toolTips();
    void hoveringAMarkShowsIt();

private:
    qint64 addMonitor(const QString &name);
    void write(const QList<CheckResult> &results);
    [[nodiscard]] std::optional<ChartData> chartData(qint64 id, HistoryRange range, int width);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreDatabase> m_db;
};

void TestResponseChart::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_db = StoreDatabase::open(m_dir->filePath(u"upwatch.sqlite"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
}

void TestResponseChart::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestResponseChart::addMonitor(const QString &name)
{
    MonitorStore monitors(*m_db);
    Monitor monitor = makeMonitor(name);
    if (!monitors.add(monitor))
        qWarning("add failed: %s", qPrintable(monitors.lastError()));
    return monitor.id;
}

void TestResponseChart::write(const QList<CheckResult> &results)
{
    HistoryStore history(*m_db);
    if (!history.append(results))
        qWarning("append failed: %s", qPrintable(history.lastError()));
}

std::optional<ChartData> TestResponseChart::chartData(qint64 id, HistoryRange range, int width)
{
    HistoryReader reader(*m_db);
    return HistoryQueries(reader).chart(id, range, kNow, width);
}

void TestResponseChart::axisStart_data()
{
    QTest::addColumn<qint64>("firstAgo");
    QTest::addColumn<qint64>("rangeMs");
    QTest::addColumn<qint64>("startAgo");
    // A twentieth of the time since the first check before it.
    QTest::newRow("5 min in 24 h") << 5 * kMinute << kDay << 5 * kMinute + 15 * kSecond;
    QTest::newRow("5 min in 1 h") << 5 * kMinute << kHour << 5 * kMinute + 15 * kSecond;
    QTest::newRow("40 min in 1 h") << 40 * kMinute << kHour << 42 * kMinute;
    // At least ten seconds before it, at least two minutes in all.
    QTest::newRow("1 check, 3 min ago") << 3 * kMinute << kHour << 3 * kMinute + 10 * kSecond;
    QTest::newRow("1 check, 5 s ago") << 5 * kSecond << kHour << 2 * kMinute;
    // Never before the range.
    QTest::newRow("58 min in 1 h") << 58 * kMinute << kHour << kHour;
    QTest::newRow("older than the range") << 2 * kHour << kHour << kHour;
}

void TestResponseChart::axisStart()
{
    QFETCH(qint64, firstAgo);
    QFETCH(qint64, rangeMs);
    QFETCH(qint64, startAgo);
    const qint64 to = kNow.toMSecsSinceEpoch();
    QCOMPARE(ChartAxis::axisStart(to - rangeMs, to, to - firstAgo), to - startAgo);
}

void TestResponseChart::youngMonitorFillsTheWidth_data()
{
    QTest::addColumn<HistoryRange>("range");
    QTest::newRow("1 h") << HistoryRange::Hour;
    QTest::newRow("24 h") << HistoryRange::Day;
}

// A monitor added five minutes ago: its checks span the chart, not its last pixels.
void TestResponseChart::youngMonitorFillsTheWidth()
{
    QFETCH(HistoryRange, range);
    const qint64 id = addMonitor(u"new"_s);
    QList<CheckResult> results;
    for (int i = 5; i >= 1; --i)
        results.append(makeResult(id, kNow.addMSecs(-i * kMinute), Verdict::Up, 100 + i));
    write(results);

    ResponseTimeChart chart;
    chart.resize(800, 300);
    const auto data = chartData(id, range, chart.maxPoints());
    QVERIFY(data);
    QVERIFY(!data->historyBefore);
    chart.setPoints(data->points, data->from, data->to, data->raw, !data->historyBefore);

    const qint64 firstMs = data->points.constFirst().atMs;
    const qint64 fromMs = chart.axisFrom().toMSecsSinceEpoch();
    const qint64 toMs = chart.axisTo().toMSecsSinceEpoch();
    QCOMPARE(toMs, kNow.toMSecsSinceEpoch());
    QCOMPARE(fromMs, ChartAxis::axisStart(data->from.toMSecsSinceEpoch(), toMs, firstMs));
    // The first check near the left edge, a little in from it.
    QVERIFY(fromMs < firstMs);
    QVERIFY(fromMs > data->from.toMSecsSinceEpoch());
    QVERIFY(double(firstMs - fromMs) / double(toMs - fromMs) < 0.1);
    QVERIFY(toMs - fromMs < 7 * kMinute);
    // And the chart says since when.
    QCOMPARE(chart.sinceNote(),
             u"Since "_s + DisplayFormat::time(QDateTime::fromMSecsSinceEpoch(firstMs),
                                               kNow.toLocalTime().date()));
    QCOMPARE(chart.shownPoints().size(), 5);
    // The axis labels show seconds on so short a span.
    QCOMPARE(ChartAxis::timeFormat(toMs - fromMs), u"HH:mm:ss"_s);
}

void TestResponseChart::olderMonitorKeepsTheWholeRange()
{
    const qint64 id = addMonitor(u"old"_s);
    write({makeResult(id, kNow.addMSecs(-2 * kDay), Verdict::Up, 90),
           makeResult(id, kNow.addMSecs(-2 * kMinute), Verdict::Up, 100),
           makeResult(id, kNow.addMSecs(-kMinute), Verdict::Up, 110)});

    for (const HistoryRange range : {HistoryRange::Hour, HistoryRange::Day}) {
        ResponseTimeChart chart;
        chart.resize(800, 300);
        const auto data = chartData(id, range, chart.maxPoints());
        QVERIFY(data);
        QVERIFY(data->historyBefore);
        chart.setPoints(data->points, data->from, data->to, data->raw, !data->historyBefore);
        QCOMPARE(chart.axisFrom().toMSecsSinceEpoch(), data->from.toMSecsSinceEpoch());
        QCOMPARE(chart.axisTo(), kNow);
        QVERIFY(chart.sinceNote().isEmpty());
    }
}

void TestResponseChart::fewPointsGetMarks()
{
    ResponseTimeChart chart;
    chart.resize(800, 300);
    const QDateTime from = kNow.addMSecs(-kHour);
    QScatterSeries *checks = marks(chart, u"checkMarks"_s);

    // One check: one mark, so it is seen.
    chart.setPoints({check(kNow.toMSecsSinceEpoch() - kMinute, 120)}, from, kNow, true, true);
    QVERIFY(chart.marksVisible());
    QCOMPARE(checks->count(), 1);
    QCOMPARE(checks->points().constFirst().y(), 120.0);

    // Many: the line alone.
    QList<ChartPoint> many;
    for (int i = 0; i < 300; ++i)
        many.append(check(from.toMSecsSinceEpoch() + i * 10 * kSecond, 100 + i % 7));
    chart.setPoints(many, from, kNow, true, false);
    QCOMPARE(chart.shownPoints().size(), 300);
    QVERIFY(!chart.marksVisible());
    QCOMPARE(checks->count(), 0);
}

void TestResponseChart::statesInTheirColours()
{
    ResponseTimeChart chart;
    chart.resize(800, 300);
    const qint64 now = kNow.toMSecsSinceEpoch();
    chart.setPoints({check(now - 4 * kMinute, 100),
                     check(now - 3 * kMinute, 900, Verdict::Degraded),
                     check(now - 2 * kMinute, 0, Verdict::Down), check(now - kMinute, 110)},
                    kNow.addMSecs(-kHour), kNow, true, true);

    QScatterSeries *up = marks(chart, u"checkMarks"_s);
    QScatterSeries *degraded = marks(chart, u"degradedMarks"_s);
    QScatterSeries *failed = marks(chart, u"failedMarks"_s);
    QCOMPARE(up->count(), 2);
    QCOMPARE(degraded->count(), 1);
    QCOMPARE(degraded->points().constFirst(), QPointF(qreal(now - 3 * kMinute), 900));
    QCOMPARE(failed->count(), 1);
    QCOMPARE(failed->points().constFirst().x(), qreal(now - 2 * kMinute));
    QCOMPARE(degraded->color(), StatusStyle::color(MonitorState::Degraded));
    QCOMPARE(failed->color(), StatusStyle::color(MonitorState::Down));
    QVERIFY(up->color() != degraded->color());
}

void TestResponseChart::toolTips()
{
    const qint64 at = kNow.toMSecsSinceEpoch();
    const QString time = DisplayFormat::dateTime(kNow);
    QCOMPARE(ResponseTimeChart::toolTipText(check(at, 120)),
             time + u'\n' + StatusStyle::label(MonitorState::Up) + u", 120 ms"_s);
    QCOMPARE(ResponseTimeChart::toolTipText(check(at, 1500, Verdict::Degraded)),
             time + u'\n' + StatusStyle::label(MonitorState::Degraded) + u", "_s +
                 DisplayFormat::milliseconds(1500));
    QCOMPARE(ResponseTimeChart::toolTipText(check(at, 0, Verdict::Down)),
             time + u'\n' + StatusStyle::label(MonitorState::Down));

    // A bucket: the numbers, then how many checks were in each state.
    ChartPoint bucket = check(at, 100);
    bucket = ChartSeries::merge(bucket, check(at + kSecond, 300, Verdict::Degraded));
    bucket = ChartSeries::merge(bucket, check(at + 2 * kSecond, 0, Verdict::Down));
    const QString text = ResponseTimeChart::toolTipText(bucket);
    QVERIFY2(text.startsWith(time + u'\n'), qPrintable(text));
    QVERIFY2(text.contains(u"Average 200 ms (min 100 ms, max 300 ms), 2 checks"_s),
             qPrintable(text));
    QVERIFY2(text.endsWith(u"1 up, 1 degraded, 1 failed"_s), qPrintable(text));
}

void TestResponseChart::hoveringAMarkShowsIt()
{
    ResponseTimeChart chart;
    chart.resize(800, 300);
    const qint64 now = kNow.toMSecsSinceEpoch();
    const ChartPoint slow = check(now - 3 * kMinute, 900, Verdict::Degraded);
    chart.setPoints({check(now - 4 * kMinute, 100), slow, check(now - kMinute, 110)},
                    kNow.addMSecs(-kHour), kNow, true, true);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    QScatterSeries *degraded = marks(chart, u"degradedMarks"_s);
    const QPointF scene = chart.chart()->mapToPosition(degraded->at(0), degraded);
    const QPoint at = chart.mapFromScene(scene);
    QTest::mouseMove(chart.viewport(), at - QPoint(30, 30));
    QTest::mouseMove(chart.viewport(), at);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), ResponseTimeChart::toolTipText(slow));
}

QTEST_MAIN(TestResponseChart)
#include "tst_responsechart.moc"
