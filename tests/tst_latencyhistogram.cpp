#include "core/model/LatencyHistogram.h"
#include "core/store/Rollup.h"
#include "tests/support/ExactPercentile.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

// Middles are whole milliseconds: on top of the 2.5% a bucket's middle may be off, rounding adds
// up to half a millisecond (bucket 101 holds 105..110 ms; no whole number is within 2.5% of both).
bool closeEnough(qint64 estimate, qint64 exact)
{
    return std::abs(double(estimate - exact)) <= 0.025 * double(exact) + 0.5;
}

CheckResult check(Verdict verdict, qint64 responseMs)
{
    CheckResult result;
    result.monitorId = 1;
    result.startedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    result.verdict = verdict;
    result.reason = verdict == Verdict::Down ? Reason::Timeout : Reason::Ok;
    result.responseMs = responseMs;
    return result;
}

} // namespace

class TestLatencyHistogram final : public QObject {
    Q_OBJECT

private slots:
    void bucketsAreExactBelow100ms();
    void bucketsAreMonotonic();
    void middleIsCloseToEveryValue_data();
    void middleIsCloseToEveryValue();
    void middleLiesInItsBucket();
    void negativeTimesGoToBucketZero();
    void percentileOfKnownData_data();
    void percentileOfKnownData();
    void percentileOfRandomData();
    void percentileOfEmptyIsNull();
    void countAndAddWithCount();
    void mergeEqualsAddingAll();
    void blobRoundTrip();
    void blobFormat();
    void legacyBlobsAreRead();
    void damagedBlobIsEmpty_data();
    void damagedBlobIsEmpty();
    void rollupBlobImpliedByMinAndMax();

    void rollupAddCountsVerdicts();
    void rollupDownIsNotTimed();
    void rollupEmpty();
    void rollupMergeEqualsAddingAll();
    void rollupMergeWithEmpty();
    void rollupP95IsClampedToMinMax();
    void rollupP95NeverBelowTheExactPercentile_data();
    void rollupP95NeverBelowTheExactPercentile();
    void bucketTopIsTheBucketsLastMillisecond();
    void bucketStart_data();
    void bucketStart();
    void bucketLengths();
};

void TestLatencyHistogram::bucketsAreExactBelow100ms()
{
    for (qint64 ms = 0; ms < 100; ++ms) {
        QCOMPARE(LatencyHistogram::bucketOf(ms), int(ms));
        QCOMPARE(LatencyHistogram::bucketMiddle(int(ms)), ms);
    }
    QCOMPARE(LatencyHistogram::bucketOf(100), 100);
    // 5% buckets above: 100..104 share one, 105 starts the next.
    QCOMPARE(LatencyHistogram::bucketOf(104), 100);
    QCOMPARE(LatencyHistogram::bucketOf(105), 101);
}

void TestLatencyHistogram::bucketsAreMonotonic()
{
    int previous = LatencyHistogram::bucketOf(0);
    for (qint64 ms = 1; ms <= 10'000'000; ++ms) {
        const int bucket = LatencyHistogram::bucketOf(ms);
        if (bucket < previous)
            QFAIL(qPrintable(u"bucketOf(%1) = %2 < bucketOf(%3) = %4"_s.arg(ms).arg(bucket).arg(
                ms - 1, previous)));
        previous = bucket;
    }
    // 10^7 ms (almost three hours) needs few buckets: the blob stays small.
    QVERIFY(previous < 400);
    for (int bucket = 1; bucket <= previous; ++bucket)
        QVERIFY(LatencyHistogram::bucketMiddle(bucket) >
                LatencyHistogram::bucketMiddle(bucket - 1));
}

void TestLatencyHistogram::middleIsCloseToEveryValue_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::newRow("0..99") << qint64(0) << qint64(99);
    QTest::newRow("100..999") << qint64(100) << qint64(999);
    QTest::newRow("1000..9999") << qint64(1000) << qint64(9999);
    QTest::newRow("10^4..10^5") << qint64(10'000) << qint64(99'999);
    QTest::newRow("10^5..10^6") << qint64(100'000) << qint64(999'999);
    QTest::newRow("10^6..10^7") << qint64(1'000'000) << qint64(10'000'000);
}

void TestLatencyHistogram::middleIsCloseToEveryValue()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    double worst = 0;
    for (qint64 ms = from; ms <= to; ++ms) {
        const qint64 middle = LatencyHistogram::bucketMiddle(LatencyHistogram::bucketOf(ms));
        if (!closeEnough(middle, ms))
            QFAIL(qPrintable(u"%1 ms is counted as %2 ms"_s.arg(ms).arg(middle)));
        if (ms > 0)
            worst = std::max(worst, std::abs(double(middle - ms)) / double(ms));
    }
    if (to < 100)
        QCOMPARE(worst, 0.0);
    else
        QVERIFY2(worst < 0.03, qPrintable(QString::number(worst)));
}

void TestLatencyHistogram::middleLiesInItsBucket()
{
    for (int bucket = 0; bucket <= LatencyHistogram::bucketOf(10'000'000); ++bucket)
        QCOMPARE(LatencyHistogram::bucketOf(LatencyHistogram::bucketMiddle(bucket)), bucket);
}

void TestLatencyHistogram::negativeTimesGoToBucketZero()
{
    QCOMPARE(LatencyHistogram::bucketOf(-1), 0);
    QCOMPARE(LatencyHistogram::bucketOf(-100000), 0);
}

void TestLatencyHistogram::percentileOfKnownData_data()
{
    QTest::addColumn<double>("p");
    QTest::addColumn<qint64>("exact");
    // Values 1..1000 once each: the nearest rank of p is ceil(p * 10).
    QTest::newRow("p0 (smallest)") << 0.0 << qint64(1);
    QTest::newRow("p0.1") << 0.1 << qint64(1);
    QTest::newRow("p1") << 1.0 << qint64(10);
    QTest::newRow("p5") << 5.0 << qint64(50);
    QTest::newRow("p9.95") << 9.95 << qint64(100);
    QTest::newRow("p25") << 25.0 << qint64(250);
    QTest::newRow("p50") << 50.0 << qint64(500);
    QTest::newRow("p90") << 90.0 << qint64(900);
    QTest::newRow("p95") << 95.0 << qint64(950);
    QTest::newRow("p99") << 99.0 << qint64(990);
    QTest::newRow("p99.9") << 99.9 << qint64(999);
    QTest::newRow("p100") << 100.0 << qint64(1000);
    QTest::newRow("p above 100") << 150.0 << qint64(1000);
}

void TestLatencyHistogram::percentileOfKnownData()
{
    QFETCH(double, p);
    QFETCH(qint64, exact);
    LatencyHistogram histogram;
    // Added in a shuffled order: the order must not matter.
    for (qint64 i = 0; i < 1000; ++i)
        histogram.add((i * 617) % 1000 + 1);
    QCOMPARE(histogram.count(), quint64(1000));
    const auto estimate = histogram.percentile(p);
    QVERIFY(estimate);
    if (exact < 100)
        QCOMPARE(*estimate, exact);
    else
        QVERIFY2(closeEnough(*estimate, exact),
                 qPrintable(u"estimate %1, exact %2"_s.arg(*estimate).arg(exact)));
}

void TestLatencyHistogram::percentileOfRandomData()
{
    QRandomGenerator random(20260101);
    QList<qint64> values;
    LatencyHistogram histogram;
    for (int i = 0; i < 5000; ++i) {
        // Log-uniform over 1 ms .. 100 s, like real response times.
        const auto ms = qint64(std::exp(random.bounded(std::log(100'000.0))));
        values.append(ms);
        histogram.add(ms);
    }
    for (const double p : {1.0, 10.0, 33.3, 50.0, 75.0, 90.0, 95.0, 99.0, 99.9, 100.0}) {
        const qint64 exact = exactPercentile(values, p);
        const auto estimate = histogram.percentile(p);
        QVERIFY(estimate);
        QVERIFY2(closeEnough(*estimate, exact),
                 qPrintable(u"p%1: estimate %2, exact %3"_s.arg(p).arg(*estimate).arg(exact)));
    }
}

void TestLatencyHistogram::percentileOfEmptyIsNull()
{
    LatencyHistogram histogram;
    QVERIFY(histogram.isEmpty());
    QCOMPARE(histogram.count(), quint64(0));
    QVERIFY(!histogram.percentile(50));
    QVERIFY(!histogram.percentile(100));
    histogram.add(42, 0); // a count of zero adds nothing
    QVERIFY(histogram.isEmpty());
    QVERIFY(!histogram.percentile(50));
    QVERIFY(histogram.toBlob().isEmpty());
}

void TestLatencyHistogram::countAndAddWithCount()
{
    LatencyHistogram histogram;
    histogram.add(10, 3);
    histogram.add(20);
    histogram.add(30, 6);
    QCOMPARE(histogram.count(), quint64(10));
    QVERIFY(!histogram.isEmpty());
    QCOMPARE(histogram.percentile(30).value_or(-1), qint64(10));
    QCOMPARE(histogram.percentile(40).value_or(-1), qint64(20));
    QCOMPARE(histogram.percentile(41).value_or(-1), qint64(30));

    LatencyHistogram oneByOne;
    for (int i = 0; i < 3; ++i)
        oneByOne.add(10);
    oneByOne.add(20);
    for (int i = 0; i < 6; ++i)
        oneByOne.add(30);
    QCOMPARE(oneByOne, histogram);
}

void TestLatencyHistogram::mergeEqualsAddingAll()
{
    QRandomGenerator random(7);
    LatencyHistogram all;
    LatencyHistogram parts[3];
    for (int i = 0; i < 3000; ++i) {
        const qint64 ms = random.bounded(20'000);
        all.add(ms);
        parts[i % 3].add(ms);
    }
    LatencyHistogram merged;
    for (const LatencyHistogram &part : parts)
        merged.merge(part);
    QCOMPARE(merged.count(), all.count());
    QCOMPARE(merged, all);
    for (const double p : {50.0, 95.0, 99.0})
        QCOMPARE(merged.percentile(p), all.percentile(p));

    // Merging an empty one changes nothing; merging into an empty one copies.
    LatencyHistogram copy;
    copy.merge(all);
    copy.merge(LatencyHistogram());
    QCOMPARE(copy, all);
}

void TestLatencyHistogram::blobRoundTrip()
{
    LatencyHistogram histogram;
    for (const qint64 ms : {0, 1, 5, 99, 100, 150, 1000, 1000, 65'000, 10'000'000})
        histogram.add(ms);
    histogram.add(250, 4'000'000'000U); // counts are 32-bit
    const QByteArray blob = histogram.toBlob();
    // Only used buckets: far smaller than schema 4's six bytes each (10 distinct values, 1000
    // twice shares one).
    QVERIFY2(blob.size() < histogram.toLegacyBlob().size() / 2,
             qPrintable(QString::number(blob.size())));
    const LatencyHistogram back = LatencyHistogram::fromBlob(blob);
    QCOMPARE(back, histogram);
    QCOMPARE(back.count(), histogram.count());
    QCOMPARE(back.percentile(50), histogram.percentile(50));

    QVERIFY(LatencyHistogram::fromBlob(QByteArray()).isEmpty());
    QVERIFY(LatencyHistogram().toBlob().isEmpty());

    // An hour of checks around 50 ms: a byte a bucket.
    LatencyHistogram hour;
    QRandomGenerator jitter(3);
    for (int i = 0; i < 120; ++i)
        hour.add(35 + jitter.bounded(45));
    const auto buckets = hour.toLegacyBlob().size() / 6;
    QCOMPARE(hour.toBlob().size(), 3 + buckets - 1);
    QCOMPARE(LatencyHistogram::fromBlob(hour.toBlob()), hour);

    // Random histograms, a bucket or many, small counts and large.
    QRandomGenerator random(11);
    for (int round = 0; round < 200; ++round) {
        LatencyHistogram any;
        const int values = 1 + int(random.bounded(300));
        for (int i = 0; i < values; ++i)
            any.add(qint64(random.bounded(100'000'000)) >> random.bounded(27),
                    1 + random.bounded(round % 2 == 0 ? 3U : 100'000U));
        QCOMPARE(LatencyHistogram::fromBlob(any.toBlob()), any);
        QCOMPARE(LatencyHistogram::fromBlob(any.toLegacyBlob()), any);
    }
}

void TestLatencyHistogram::blobFormat()
{
    // The first bucket in two bytes (low, then 0x80 | high) and its count as a varint; each
    // further bucket in one byte when close and counted at most 31 times (bits 6-5: the step
    // - 1, bits 4-0: the count), else 0x80, the step and the count as varints.
    LatencyHistogram histogram;
    histogram.add(50, 3);
    histogram.add(52, 31);
    histogram.add(1000, 0x01020304);
    histogram.add(1100, 1);
    const int bucket = LatencyHistogram::bucketOf(1000);
    const int next = LatencyHistogram::bucketOf(1100);
    QCOMPARE(next - bucket, 2); // 1000 ms and 1100 ms are two 5% buckets apart
    QByteArray expected("\x32\x80\x03", 3);
    expected += char((1 << 5) | 31); // two buckets on, 31 times
    expected += char(0x80);
    QVERIFY(bucket - 52 < 128);
    expected += char(bucket - 52);                 // a varint under 128: one byte
    expected += QByteArray("\x84\x86\x88\x08", 4); // 0x01020304 in 7-bit groups, low first
    expected += char((1 << 5) | 1);
    QCOMPARE(histogram.toBlob(), expected);

    // A first bucket over 255 uses the high byte; a count over 31 the long form.
    LatencyHistogram slow;
    slow.add(10'000'000, 2);
    slow.add(10'450'000, 40);
    const int slowBucket = LatencyHistogram::bucketOf(10'000'000);
    QVERIFY(slowBucket > 255);
    QCOMPARE(LatencyHistogram::bucketOf(10'450'000), slowBucket + 1);
    const char bytes[] = {char(slowBucket & 0xFF),
                          char(0x80 | (slowBucket >> 8)),
                          char(2),
                          char(0x80),
                          char(1),
                          char(40)};
    QCOMPARE(slow.toBlob(), QByteArray(bytes, sizeof(bytes)));
}

void TestLatencyHistogram::legacyBlobsAreRead()
{
    // Schema 4's format: (bucket: u16, count: u32) little-endian pairs, buckets ascending.
    // Rollups written before schema 5 keep such blobs until their row is written again.
    const int bucket = LatencyHistogram::bucketOf(1000);
    QByteArray legacy("\x05\x00\x03\x00\x00\x00", 6);
    legacy += char(bucket & 0xFF);
    legacy += char(bucket >> 8);
    legacy += QByteArray("\x04\x03\x02\x01", 4);
    LatencyHistogram expected;
    expected.add(5, 3);
    expected.add(1000, 0x01020304);
    QCOMPARE(expected.toLegacyBlob(), legacy);
    const LatencyHistogram read = LatencyHistogram::fromBlob(legacy);
    QCOMPARE(read, expected);
    QCOMPARE(read.percentile(50), expected.percentile(50));
    // Six bytes whose second byte has its top bit set are read as the new format (a legacy
    // blob's would name a bucket over 32767, which no time has): here a damaged one.
    QByteArray impossible("\x05\x80\x03\x00\x00\x00", 6);
    QVERIFY(LatencyHistogram::fromBlob(impossible).isEmpty());
}

void TestLatencyHistogram::damagedBlobIsEmpty_data()
{
    LatencyHistogram histogram;
    histogram.add(5);
    histogram.add(500);
    const QByteArray good = histogram.toBlob();
    const QByteArray legacy = histogram.toLegacyBlob();
    QTest::addColumn<QByteArray>("blob");
    QTest::newRow("one byte short") << good.chopped(1);
    QTest::newRow("escape without step") << good + '\x80';
    QTest::newRow("escape without count") << good + QByteArray("\x80\x01", 2);
    QTest::newRow("unknown byte") << good + '\x81';
    QTest::newRow("zero count packed") << QByteArray("\x05\x80\x01\x00", 4);
    QTest::newRow("zero step") << QByteArray("\x05\x80\x01\x80\x00\x01", 6);
    QTest::newRow("zero count") << QByteArray("\x05\x80\x00", 3);
    QTest::newRow("count over 32 bits") << QByteArray("\x05\x80\x80\x80\x80\x80\x10", 7);
    QTest::newRow("bucket beyond any time") << QByteArray("\x05\xFF\x01", 3);
    QTest::newRow("legacy one byte short") << legacy.chopped(1);
    QTest::newRow("legacy one byte extra") << legacy + 'x';
    QTest::newRow("single byte") << QByteArray("x");
    QTest::newRow("five bytes") << QByteArray("abcde");
    QTest::newRow("seven bytes") << QByteArray("abcdefg");
}

void TestLatencyHistogram::damagedBlobIsEmpty()
{
    QFETCH(QByteArray, blob);
    const LatencyHistogram histogram = LatencyHistogram::fromBlob(blob);
    QVERIFY(histogram.isEmpty());
    QCOMPARE(histogram.count(), quint64(0));
    QVERIFY(!histogram.percentile(50));
}

void TestLatencyHistogram::rollupBlobImpliedByMinAndMax()
{
    // One or two timed checks: the minimum and maximum are the histogram, the blob is empty.
    for (const auto &times : {QList<qint64>{42}, QList<qint64>{42, 42}, QList<qint64>{7, 1500}}) {
        Rollup rollup;
        for (const qint64 ms : times)
            rollup.add(check(Verdict::Up, ms));
        rollup.add(check(Verdict::Down, 10'000)); // not timed
        QVERIFY(rollup.histogramBlob().isEmpty());
        Rollup read = rollup;
        read.histogram = {};
        read.setHistogramBlob(rollup.histogramBlob());
        QCOMPARE(read, rollup);
        QCOMPARE(read.p95Ms(), rollup.p95Ms());
    }
    // Three checks need the histogram; so does none (an empty histogram, an empty blob).
    Rollup three;
    for (const qint64 ms : {10, 20, 30})
        three.add(check(Verdict::Up, ms));
    QCOMPARE(three.histogramBlob(), three.histogram.toBlob());
    Rollup read = three;
    read.histogram = {};
    read.setHistogramBlob(three.histogramBlob());
    QCOMPARE(read, three);
    Rollup none;
    none.add(check(Verdict::Down, 10'000));
    QVERIFY(none.histogramBlob().isEmpty());
    Rollup readNone = none;
    readNone.setHistogramBlob({});
    QCOMPARE(readNone, none);
    // Older rows carry a legacy blob even for one check: it is read as it is.
    Rollup one;
    one.add(check(Verdict::Up, 250));
    Rollup readOne = one;
    readOne.histogram = {};
    readOne.setHistogramBlob(one.histogram.toLegacyBlob());
    QCOMPARE(readOne, one);
}

void TestLatencyHistogram::rollupAddCountsVerdicts()
{
    Rollup rollup;
    rollup.add(check(Verdict::Up, 100));
    rollup.add(check(Verdict::Up, 200));
    rollup.add(check(Verdict::Degraded, 600));
    rollup.add(check(Verdict::Down, 10'000));
    QCOMPARE(rollup.up, qint64(2));
    QCOMPARE(rollup.degraded, qint64(1));
    QCOMPARE(rollup.down, qint64(1));
    QCOMPARE(rollup.total(), qint64(4));
    QCOMPARE(rollup.timed, qint64(3));
    QCOMPARE(rollup.sumMs, qint64(900));
    QCOMPARE(rollup.minMs, qint64(100));
    QCOMPARE(rollup.maxMs, qint64(600));
    QCOMPARE(rollup.histogram.count(), quint64(3));
    QCOMPARE(rollup.uptimePercent().value_or(-1), 75.0);
    QCOMPARE(rollup.averageMs().value_or(-1), qint64(300));
    // Nearest rank 3 of 3: the 600 ms check, within a bucket (and at most the maximum).
    const auto p95 = rollup.p95Ms();
    QVERIFY(p95);
    QVERIFY2(closeEnough(*p95, 600) && *p95 <= 600, qPrintable(QString::number(*p95)));
}

void TestLatencyHistogram::rollupDownIsNotTimed()
{
    Rollup rollup;
    rollup.add(check(Verdict::Down, 5)); // a quick refusal says nothing about speed
    rollup.add(check(Verdict::Down, 30'000));
    QCOMPARE(rollup.down, qint64(2));
    QCOMPARE(rollup.timed, qint64(0));
    QCOMPARE(rollup.sumMs, qint64(0));
    QCOMPARE(rollup.minMs, qint64(-1));
    QCOMPARE(rollup.maxMs, qint64(-1));
    QVERIFY(rollup.histogram.isEmpty());
    QCOMPARE(rollup.uptimePercent().value_or(-1), 0.0);
    QVERIFY(!rollup.averageMs());
    QVERIFY(!rollup.p95Ms());

    // An up check that sent nothing (-1 ms) counts as up but is not timed either.
    rollup.add(check(Verdict::Up, -1));
    QCOMPARE(rollup.up, qint64(1));
    QCOMPARE(rollup.timed, qint64(0));
    QVERIFY(!rollup.averageMs());
    QCOMPARE(rollup.uptimePercent().value_or(-1), 100.0 / 3.0);
}

void TestLatencyHistogram::rollupEmpty()
{
    const Rollup rollup;
    QCOMPARE(rollup.total(), qint64(0));
    QVERIFY(!rollup.uptimePercent());
    QVERIFY(!rollup.averageMs());
    QVERIFY(!rollup.p95Ms());
}

void TestLatencyHistogram::rollupMergeEqualsAddingAll()
{
    QRandomGenerator random(99);
    Rollup all;
    Rollup parts[4];
    for (int i = 0; i < 400; ++i) {
        const int kind = random.bounded(10);
        const Verdict verdict = kind < 7   ? Verdict::Up
                                : kind < 9 ? Verdict::Down
                                           : Verdict::Degraded;
        const CheckResult result = check(verdict, random.bounded(1, 5000));
        all.add(result);
        parts[random.bounded(4)].add(result);
    }
    Rollup merged;
    for (const Rollup &part : parts)
        merged.merge(part);
    QCOMPARE(merged, all);
    QCOMPARE(merged.uptimePercent(), all.uptimePercent());
    QCOMPARE(merged.averageMs(), all.averageMs());
    QCOMPARE(merged.p95Ms(), all.p95Ms());
}

void TestLatencyHistogram::rollupMergeWithEmpty()
{
    Rollup timed;
    timed.add(check(Verdict::Up, 50));
    timed.add(check(Verdict::Up, 70));
    Rollup untimed;
    untimed.add(check(Verdict::Down, 3));

    // An untimed rollup (min/max -1) must not pull the minimum down to -1.
    Rollup a = timed;
    a.merge(untimed);
    QCOMPARE(a.minMs, qint64(50));
    QCOMPARE(a.maxMs, qint64(70));
    QCOMPARE(a.total(), qint64(3));
    QCOMPARE(a.averageMs().value_or(-1), qint64(60));

    Rollup b = untimed;
    b.merge(timed);
    QCOMPARE(b, a);

    Rollup c;
    c.merge(timed);
    QCOMPARE(c, timed);
}

void TestLatencyHistogram::rollupP95IsClampedToMinMax()
{
    // 105 ms lands in the 105..110 bucket whose middle is 108: never report more than was seen.
    Rollup single;
    single.add(check(Verdict::Up, 105));
    QCOMPARE(LatencyHistogram::bucketMiddle(LatencyHistogram::bucketOf(105)), qint64(108));
    QCOMPARE(single.p95Ms().value_or(-1), qint64(105));

    // ... nor less: 109 and 110 ms share that bucket, and its middle is below the minimum.
    Rollup high;
    high.add(check(Verdict::Up, 109));
    high.add(check(Verdict::Up, 110));
    QCOMPARE(LatencyHistogram::bucketOf(109), LatencyHistogram::bucketOf(110));
    // The nearest rank 2 of 2 is the 110 ms check, and the bucket's top is clamped to it.
    QCOMPARE(high.p95Ms().value_or(-1), qint64(110));
}

void TestLatencyHistogram::rollupP95NeverBelowTheExactPercentile_data()
{
    QTest::addColumn<QList<qint64>>("samples");
    QTest::addColumn<bool>("p95AboveAverage"); // the exact percentile is at least the average
    // The case users saw: times close together in one bucket (776..814 ms) whose middle, 796,
    // is below their average, 803.
    QList<qint64> close(20, 790);
    close.append(QList<qint64>(80, 806));
    QTest::newRow("one bucket, average 803") << close << true;
    QList<qint64> spread;
    for (qint64 ms = 200; ms < 1200; ms += 7)
        spread.append(ms);
    QTest::newRow("evenly spread") << spread << true;
    // Skewed by one outlier: the average is above the 95th percentile, and that is the truth.
    QList<qint64> outlier(99, 40);
    outlier.append(10'000);
    QTest::newRow("one slow outlier") << outlier << false;
    QList<qint64> tail(90, 150);
    tail.append(QList<qint64>(10, 3'000));
    QTest::newRow("slow tail") << tail << true;
}

void TestLatencyHistogram::rollupP95NeverBelowTheExactPercentile()
{
    QFETCH(QList<qint64>, samples);
    QFETCH(bool, p95AboveAverage);
    Rollup rollup;
    for (const qint64 ms : std::as_const(samples))
        rollup.add(check(Verdict::Up, ms));
    QList<qint64> sorted = samples;
    std::sort(sorted.begin(), sorted.end());
    const qint64 exact = sorted.at(qsizetype(std::ceil(0.95 * double(sorted.size()))) - 1);
    const qint64 p95 = rollup.p95Ms().value_or(-1);
    const qint64 average = rollup.averageMs().value_or(-1);
    QVERIFY2(p95 >= exact && double(p95) <= double(exact) * 1.05 + 1,
             qPrintable(u"p95 %1, exact %2"_s.arg(p95).arg(exact)));
    QCOMPARE(p95 >= average, p95AboveAverage);
}

void TestLatencyHistogram::bucketTopIsTheBucketsLastMillisecond()
{
    for (qint64 ms = 0; ms < 200'000; ms += ms < 2000 ? 1 : 97) {
        const int bucket = LatencyHistogram::bucketOf(ms);
        const qint64 top = LatencyHistogram::bucketTop(bucket);
        QVERIFY2(top >= ms, qPrintable(QString::number(ms)));
        QCOMPARE(LatencyHistogram::bucketOf(top), bucket);
        QVERIFY2(LatencyHistogram::bucketOf(top + 1) > bucket, qPrintable(QString::number(ms)));
    }
}

void TestLatencyHistogram::bucketStart_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<qint64>("start");
    const int minute = int(RollupLevel::Minute);
    const int hour = int(RollupLevel::Hour);
    const int day = int(RollupLevel::Day);
    const qint64 t =
        QDateTime(QDate(2026, 6, 15), QTime(12, 34, 56, 789), Qt::UTC).toMSecsSinceEpoch();
    const auto ms = [](int h, int m, int s) {
        return QDateTime(QDate(2026, 6, 15), QTime(h, m, s), Qt::UTC).toMSecsSinceEpoch();
    };
    QTest::newRow("minute") << minute << t << ms(12, 34, 0);
    QTest::newRow("hour") << hour << t << ms(12, 0, 0);
    QTest::newRow("day") << day << t << ms(0, 0, 0);
    QTest::newRow("minute on its start") << minute << ms(12, 34, 0) << ms(12, 34, 0);
    QTest::newRow("minute last ms") << minute << ms(12, 34, 0) + 59'999 << ms(12, 34, 0);
    QTest::newRow("epoch") << day << qint64(0) << qint64(0);
    QTest::newRow("minute -1 ms") << minute << qint64(-1) << qint64(-60'000);
    QTest::newRow("minute -60000") << minute << qint64(-60'000) << qint64(-60'000);
    QTest::newRow("minute -60001") << minute << qint64(-60'001) << qint64(-120'000);
    QTest::newRow("hour -1 ms") << hour << qint64(-1) << qint64(-3'600'000);
    QTest::newRow("hour -3600000") << hour << qint64(-3'600'000) << qint64(-3'600'000);
    QTest::newRow("day -1 ms") << day << qint64(-1) << qint64(-86'400'000);
    QTest::newRow("day 1969-12-31 13:00")
        << day << QDateTime(QDate(1969, 12, 31), QTime(13, 0), Qt::UTC).toMSecsSinceEpoch()
        << QDateTime(QDate(1969, 12, 31), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("day -86400001") << day << qint64(-86'400'001) << qint64(-2 * 86'400'000);
}

void TestLatencyHistogram::bucketStart()
{
    QFETCH(int, level);
    QFETCH(qint64, ms);
    QFETCH(qint64, start);
    QCOMPARE(rollupBucketStart(RollupLevel(level), ms), start);
}

void TestLatencyHistogram::bucketLengths()
{
    QCOMPARE(rollupBucketMs(RollupLevel::Minute), qint64(60'000));
    QCOMPARE(rollupBucketMs(RollupLevel::Hour), qint64(3'600'000));
    QCOMPARE(rollupBucketMs(RollupLevel::Day), qint64(86'400'000));
}

QTEST_GUILESS_MAIN(TestLatencyHistogram)
#include "tst_latencyhistogram.moc"
