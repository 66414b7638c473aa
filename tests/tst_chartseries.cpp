#include "core/store/ChartSeries.h"
#include "tests/support/Builders.h"
#include "ui/charts/ChartAxis.h"

#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace {

ChartPoint point(qint64 atMs, double avg, double min, double max, qint64 count, qint64 down = 0,
                 qint64 degraded = 0)
{
    return ChartPoint{atMs, avg, min, max, count, down, degraded};
}

// `size` points a second apart with varied numbers; every fifth has failed checks only.
QList<ChartPoint> series(int size)
{
    QList<ChartPoint> points;
    for (int i = 0; i < size; ++i) {
        if (i % 5 == 4) {
            points.append(point(i * 1000, 0, 0, 0, 0, 2));
            continue;
        }
        const double avg = 100 + (i * 37) % 50;
        points.append(point(i * 1000, avg, avg - i % 7, avg + (i * 13) % 90, 1 + i % 3, i % 2));
    }
    return points;
}

qint64 sum(const QList<ChartPoint> &points, qint64 ChartPoint::*field)
{
    return std::accumulate(points.cbegin(), points.cend(), qint64(0),
                           [field](qint64 total, const ChartPoint &p) { return total + p.*field; });
}

} // namespace

class TestChartSeries final : public QObject {
    Q_OBJECT

private slots:
    void identityWhenFewer_data();
    void identityWhenFewer();
    void mergesPairs();
    void keepsTotals_data();
    void keepsTotals();
    void failedOnlyBucketsDoNotSpoilTimes();
    void nothingFitsInZero();
    void byTimeKeepsSparsePoints();
    void byTimeMergesDenseStretches();
    void byTimeNeverExceeds_data();
    void byTimeNeverExceeds();
    void fromResultAndRollup();
    void phasesAddUpWhenMerged();
    void niceAxis_data();
    void niceAxis();
    void timeFormat_data();
    void timeFormat();
};

void TestChartSeries::identityWhenFewer_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("maxPoints");
    QTest::newRow("empty") << 0 << 10;
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("fewer") << 7 << 10;
    QTest::newRow("exactly") << 10 << 10;
}

void TestChartSeries::identityWhenFewer()
{
    QFETCH(int, size);
    QFETCH(int, maxPoints);
    const QList<ChartPoint> points = series(size);
    QCOMPARE(ChartSeries::downsample(points, maxPoints), points);
}

void TestChartSeries::mergesPairs()
{
    const QList<ChartPoint> points{
        point(0, 100, 90, 120, 1),     point(1000, 200, 150, 400, 3, 1),
        point(2000, 50, 40, 60, 2),    point(3000, 0, 0, 0, 0, 4), // failed checks only
        point(4000, 300, 300, 300, 1), point(5000, 10, 5, 20, 1),
    };
    const QList<ChartPoint> merged = ChartSeries::downsample(points, 3);
    QCOMPARE(merged.size(), 3);

    // Average weighted by count: (100 * 1 + 200 * 3) / 4.
    QCOMPARE(merged.at(0), point(0, 175, 90, 400, 4, 1));
    // A bucket without timed checks adds its failures and leaves the times alone.
    QCOMPARE(merged.at(1), point(2000, 50, 40, 60, 2, 4));
    QCOMPARE(merged.at(2), point(4000, 155, 5, 300, 2, 0));
}

void TestChartSeries::keepsTotals_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("maxPoints");
    QTest::newRow("one more") << 11 << 10;
    QTest::newRow("half") << 20 << 10;
    QTest::newRow("uneven") << 1000 << 7;
    QTest::newRow("to one") << 50 << 1;
    QTest::newRow("a year of hours to a chart") << 8760 << 640;
    QTest::newRow("a week of minutes") << 10080 << 1234;
}

void TestChartSeries::keepsTotals()
{
    QFETCH(int, size);
    QFETCH(int, maxPoints);
    const QList<ChartPoint> points = series(size);
    const QList<ChartPoint> merged = ChartSeries::downsample(points, maxPoints);

    QVERIFY(merged.size() <= maxPoints);
    QCOMPARE(merged.size(), qsizetype(maxPoints)); // as many as fit: there were more
    QCOMPARE(sum(merged, &ChartPoint::count), sum(points, &ChartPoint::count));
    QCOMPARE(sum(merged, &ChartPoint::down), sum(points, &ChartPoint::down));
    QCOMPARE(merged.first().atMs, points.first().atMs);
    QVERIFY(
        std::is_sorted(merged.cbegin(), merged.cend(),
                       [](const ChartPoint &a, const ChartPoint &b) { return a.atMs < b.atMs; }));

    const auto timed = [](const ChartPoint &p) { return p.count > 0; };
    const auto byMin = [](const ChartPoint &a, const ChartPoint &b) { return a.minMs < b.minMs; };
    const auto byMax = [](const ChartPoint &a, const ChartPoint &b) { return a.maxMs < b.maxMs; };
    QList<ChartPoint> timedPoints;
    std::copy_if(points.cbegin(), points.cend(), std::back_inserter(timedPoints), timed);
    QList<ChartPoint> timedMerged;
    std::copy_if(merged.cbegin(), merged.cend(), std::back_inserter(timedMerged), timed);
    QCOMPARE(std::min_element(timedMerged.cbegin(), timedMerged.cend(), byMin)->minMs,
             std::min_element(timedPoints.cbegin(), timedPoints.cend(), byMin)->minMs);
    QCOMPARE(std::max_element(timedMerged.cbegin(), timedMerged.cend(), byMax)->maxMs,
             std::max_element(timedPoints.cbegin(), timedPoints.cend(), byMax)->maxMs);

    // The weighted averages add up to the same total time.
    const auto totalMs = [](const QList<ChartPoint> &list) {
        return std::accumulate(
            list.cbegin(), list.cend(), 0.0,
            [](double total, const ChartPoint &p) { return total + p.avgMs * double(p.count); });
    };
    QVERIFY(qAbs(totalMs(merged) - totalMs(points)) < 1e-6 * totalMs(points));
    for (const ChartPoint &p : merged) {
        if (p.count > 0)
            QVERIFY(p.minMs <= p.avgMs && p.avgMs <= p.maxMs);
    }
}

void TestChartSeries::failedOnlyBucketsDoNotSpoilTimes()
{
    const QList<ChartPoint> points{point(0, 0, 0, 0, 0, 3), point(1000, 0, 0, 0, 0, 1),
                                   point(2000, 80, 70, 90, 2), point(3000, 0, 0, 0, 0, 1)};
    const QList<ChartPoint> merged = ChartSeries::downsample(points, 2);
    QCOMPARE(merged.at(0), point(0, 0, 0, 0, 0, 4));
    QCOMPARE(merged.at(1), point(2000, 80, 70, 90, 2, 1));
}

void TestChartSeries::nothingFitsInZero()
{
    QVERIFY(ChartSeries::downsample(series(5), 0).isEmpty());
    QVERIFY(ChartSeries::downsample(series(5), -3).isEmpty());
}

void TestChartSeries::byTimeKeepsSparsePoints()
{
    // 10 points over 100 s drawn 100 pixels wide: a pixel is a second, nothing to merge.
    const QList<ChartPoint> points = series(10);
    QCOMPARE(ChartSeries::downsampleByTime(points, 0, 100'000, 100), points);
    QCOMPARE(ChartSeries::downsampleByTime({}, 0, 100'000, 100), QList<ChartPoint>());
    QVERIFY(ChartSeries::downsampleByTime(points, 0, 100'000, 0).isEmpty());
}

void TestChartSeries::byTimeMergesDenseStretches()
{
    // 10 pixels for 100 s: a slot is 10 s. Three points in the first slot, one in the fifth,
    // two in the last; one before the span and one after it join the first and last slots.
    const QList<ChartPoint> points{
        point(-5000, 10, 10, 10, 1),      point(0, 100, 90, 120, 1),
        point(3000, 200, 150, 400, 3, 1), point(9999, 0, 0, 0, 0, 2),
        point(45'000, 50, 40, 60, 2),     point(91'000, 300, 300, 300, 1),
        point(99'000, 10, 5, 20, 1),      point(150'000, 20, 20, 20, 2),
    };
    const QList<ChartPoint> merged = ChartSeries::downsampleByTime(points, 0, 100'000, 10);
    QCOMPARE(merged.size(), 3);
    QCOMPARE(merged.at(0), point(-5000, 142, 10, 400, 5, 3)); // (10 + 100 + 600) / 5
    QCOMPARE(merged.at(1), point(45'000, 50, 40, 60, 2));
    QCOMPARE(merged.at(2), point(91'000, 87.5, 5, 300, 4)); // (300 + 10 + 40) / 4
}

void TestChartSeries::byTimeNeverExceeds_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("maxPoints");
    QTest::newRow("a day of minutes on 780 pixels") << 1440 << 780;
    QTest::newRow("a year of hours on 300 pixels") << 8760 << 300;
    QTest::newRow("one pixel") << 50 << 1;
    QTest::newRow("fewer than pixels") << 30 << 700;
}

void TestChartSeries::byTimeNeverExceeds()
{
    QFETCH(int, size);
    QFETCH(int, maxPoints);
    const QList<ChartPoint> points = series(size);
    const qint64 span = qint64(size) * 1000;
    const QList<ChartPoint> merged = ChartSeries::downsampleByTime(points, 0, span, maxPoints);
    QVERIFY(merged.size() <= maxPoints);
    QVERIFY(merged.size() >= std::min(size, maxPoints) / 2);
    QCOMPARE(sum(merged, &ChartPoint::count), sum(points, &ChartPoint::count));
    QCOMPARE(sum(merged, &ChartPoint::down), sum(points, &ChartPoint::down));
    // Every merged point lies in a slot of its own.
    for (qsizetype i = 1; i < merged.size(); ++i) {
        QVERIFY(merged.at(i).atMs * maxPoints / span != merged.at(i - 1).atMs * maxPoints / span);
    }
}

void TestChartSeries::fromResultAndRollup()
{
    const QDateTime at(QDate(2026, 3, 1), QTime(10, 0, 5), Qt::UTC);
    QCOMPARE(ChartSeries::fromResult(makeResult(1, at, Verdict::Up, 120)),
             point(at.toMSecsSinceEpoch(), 120, 120, 120, 1));
    // A degraded one is timed and counted as degraded.
    QCOMPARE(ChartSeries::fromResult(makeResult(1, at, Verdict::Degraded, 3000)),
             point(at.toMSecsSinceEpoch(), 3000, 3000, 3000, 1, 0, 1));
    // A failed check's time says nothing about the endpoint.
    QCOMPARE(ChartSeries::fromResult(makeResult(1, at, Verdict::Down, 10000)),
             point(at.toMSecsSinceEpoch(), 0, 0, 0, 0, 1));

    Rollup rollup;
    rollup.add(makeResult(1, at, Verdict::Up, 100));
    rollup.add(makeResult(1, at, Verdict::Up, 300));
    rollup.add(makeResult(1, at, Verdict::Down));
    QCOMPARE(ChartSeries::fromRollup(42, rollup), point(42, 200, 100, 300, 2, 1));
    rollup.add(makeResult(1, at, Verdict::Degraded, 600));
    QCOMPARE(ChartSeries::fromRollup(42, rollup), point(42, 1000.0 / 3, 100, 600, 3, 1, 1));
    // Merged points add their degraded checks up.
    QCOMPARE(ChartSeries::merge(point(1, 100, 100, 100, 1, 0, 1), point(2, 300, 300, 300, 1, 1, 1))
                 .degraded,
             qint64(2));
    QCOMPARE(ChartSeries::fromRollup(42, Rollup{}), point(42, 0, 0, 0, 0, 0));
}

void TestChartSeries::phasesAddUpWhenMerged()
{
    // A point carries the phases of its answered checks as sums and counts, through rollups,
    // merging and thinning out.
    const QDateTime at(QDate(2026, 3, 1), QTime(10, 0, 5), Qt::UTC);
    CheckResult plain = makeResult(1, at, Verdict::Up, 50);
    plain.phases = {std::nullopt, 4, std::nullopt, 30, 6};
    CheckResult tls = makeResult(1, at.addSecs(1), Verdict::Up, 70);
    tls.phases = {2, std::nullopt, 12, 50, 2};
    CheckResult failed = makeResult(1, at.addSecs(2), Verdict::Down);
    failed.phases = {1, 1, 1, 10000, std::nullopt};

    const ChartPoint first = ChartSeries::fromResult(plain);
    QCOMPARE(first.phaseAverageMs(Phase::Connect), 4.0);
    QCOMPARE(first.phaseAverageMs(Phase::Tls), std::nullopt);
    QCOMPARE(ChartSeries::fromResult(failed).phaseCount, (std::array<qint64, 5>{}));
    const ChartPoint merged = ChartSeries::merge(
        ChartSeries::merge(first, ChartSeries::fromResult(tls)), ChartSeries::fromResult(failed));
    QCOMPARE(merged.phaseSumMs, (std::array<qint64, 5>{2, 4, 12, 80, 8}));
    QCOMPARE(merged.phaseCount, (std::array<qint64, 5>{1, 1, 1, 2, 2}));
    QCOMPARE(merged.phaseAverageMs(Phase::Processing), 40.0);

    Rollup rollup;
    for (const CheckResult &result : {plain, tls, failed})
        rollup.add(result);
    const ChartPoint bucket = ChartSeries::fromRollup(42, rollup);
    QCOMPARE(bucket.phaseSumMs, merged.phaseSumMs);
    QCOMPARE(bucket.phaseCount, merged.phaseCount);
    const QList<ChartPoint> thinned =
        ChartSeries::downsample({ChartSeries::fromResult(plain), ChartSeries::fromResult(tls),
                                 ChartSeries::fromResult(failed)},
                                1);
    QCOMPARE(thinned.size(), 1);
    QCOMPARE(thinned.constFirst().phaseSumMs, merged.phaseSumMs);
}

void TestChartSeries::niceAxis_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("step");
    QTest::addColumn<int>("ticks");
    QTest::newRow("nothing") << 0.0 << 100.0 << 20.0 << 6;
    QTest::newRow("tiny") << 0.3 << 10.0 << 2.0 << 6;
    QTest::newRow("330") << 330.0 << 400.0 << 100.0 << 5;
    QTest::newRow("130") << 130.0 << 150.0 << 50.0 << 4;
    QTest::newRow("1100") << 1100.0 << 1500.0 << 500.0 << 4;
    QTest::newRow("exact") << 500.0 << 500.0 << 100.0 << 6;
    QTest::newRow("10 s") << 10'050.0 << 15'000.0 << 5000.0 << 4;
}

void TestChartSeries::niceAxis()
{
    QFETCH(double, value);
    QFETCH(double, max);
    QFETCH(double, step);
    QFETCH(int, ticks);
    const NiceAxis axis = ChartAxis::niceAxis(value);
    QCOMPARE(axis.max, max);
    QCOMPARE(axis.step, step);
    QCOMPARE(axis.tickCount, ticks);
    QVERIFY(axis.max >= value);
}

void TestChartSeries::timeFormat_data()
{
    QTest::addColumn<qint64>("spanMs");
    QTest::addColumn<QString>("format");
    constexpr qint64 hour = 3600 * 1000;
    // A young monitor's few minutes: seconds, or the ticks would repeat the same minute.
    QTest::newRow("2 min") << 2 * 60 * 1000LL << u"HH:mm:ss"_s;
    QTest::newRow("10 min") << 10 * 60 * 1000LL << u"HH:mm:ss"_s;
    QTest::newRow("11 min") << 11 * 60 * 1000LL << u"HH:mm"_s;
    QTest::newRow("1 h") << hour << u"HH:mm"_s;
    QTest::newRow("24 h") << 24 * hour << u"HH:mm"_s;
    QTest::newRow("7 d") << 7 * 24 * hour << u"dd MMM HH:mm"_s;
    QTest::newRow("30 d") << 30 * 24 * hour << u"dd MMM"_s;
    QTest::newRow("1 y") << 365 * 24 * hour << u"dd MMM"_s;
}

void TestChartSeries::timeFormat()
{
    QFETCH(qint64, spanMs);
    QFETCH(QString, format);
    QCOMPARE(ChartAxis::timeFormat(spanMs), format);
}

QTEST_APPLESS_MAIN(TestChartSeries)
#include "tst_chartseries.moc"
