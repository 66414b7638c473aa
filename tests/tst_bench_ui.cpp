#include "tests/support/UpwatchProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// `upwatch bench ui` run as a user would, small: every figure is there and sane. Timings are
// not asserted (machines are noisy).
class TestBenchUi final : public QObject {
    Q_OBJECT

private slots:
    void jsonLineHasEveryFigure();
    void badOptionsAreUsageErrors();
};

void TestBenchUi::jsonLineHasEveryFigure()
{
    const UpwatchRun run = runUpwatch(
        {u"bench"_s, u"ui"_s, u"--monitors"_s, u"2000"_s, u"--seconds"_s, u"1"_s, u"--json"_s},
        180'000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(lines.constFirst().toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(lines.constFirst()));
    QCOMPARE(json.value(u"monitors"_s).toInt(), 2000);
    QCOMPARE(json.value(u"rows"_s).toInt(), 2000);
    QCOMPARE(json.value(u"rate"_s).toInt(), 6500);
    QCOMPARE(json.value(u"seconds"_s).toInt(), 1);
    QVERIFY(json.value(u"results_applied"_s).toInteger() > 0);
    // The feed keeps to its rate: not more than a second's worth (and a batch) in a second.
    QVERIFY(json.value(u"results_applied"_s).toInteger() <= 6500 + 6500 / 10);
    // The search typed "svc-42" narrows the rows, never to more than there are.
    QVERIFY(json.value(u"filter_rows"_s).toInt() >= 0);
    QVERIFY(json.value(u"filter_rows"_s).toInt() <= 2000);
    for (const QString &key : {u"fill_ms"_s,
                               u"start_ms"_s,
                               u"filter_keystroke_ms"_s,
                               u"filter_keystroke_p50_ms"_s,
                               u"filter_first_keystroke_ms"_s,
                               u"filter_keystroke_work_ms"_s,
                               u"filter_keystroke_work_cpu_ms"_s,
                               u"full_sort_cpu_ms"_s,
                               u"resort_cpu_p50_ms"_s,
                               u"resort_cpu_p99_ms"_s,
                               u"clear_search_ms"_s,
                               u"full_sort_ms"_s,
                               u"resort_p50_ms"_s,
                               u"resort_p99_ms"_s,
                               u"resort_max_ms"_s,
                               u"lag_p50_ms"_s,
                               u"lag_p99_ms"_s,
                               u"lag_max_ms"_s,
                               u"feed_build_ms"_s,
                               u"cpu_seconds"_s}) {
        QVERIFY2(json.value(key).isDouble(), qPrintable(key));
        QVERIFY2(json.value(key).toDouble() >= 0, qPrintable(key));
    }
    QVERIFY(json.value(u"lag_p50_ms"_s).toDouble() <= json.value(u"lag_p99_ms"_s).toDouble());
    QVERIFY(json.value(u"lag_p99_ms"_s).toDouble() <= json.value(u"lag_max_ms"_s).toDouble());
    QVERIFY(json.value(u"resort_p50_ms"_s).toDouble() <= json.value(u"resort_p99_ms"_s).toDouble());
    // A precise 10 ms timer for a second: some samples, however slow the machine.
    QVERIFY(json.value(u"lag_samples"_s).toInteger() > 0);
    QVERIFY(json.value(u"resorts"_s).toInteger() >= 0);
    QVERIFY(json.value(u"rss_bytes"_s).toInteger() > 0);
    QVERIFY(json.value(u"rss_loaded_bytes"_s).toInteger() > 0);
    QVERIFY(json.value(u"peak_rss_bytes"_s).toInteger() >= json.value(u"rss_bytes"_s).toInteger());
}

void TestBenchUi::badOptionsAreUsageErrors()
{
    const UpwatchRun zero = runUpwatch({u"bench"_s, u"ui"_s, u"--monitors"_s, u"0"_s});
    QCOMPARE(zero.exitCode, 2);
    QVERIFY2(zero.err.startsWith(u"upwatch: "_s), qPrintable(zero.err));
    const UpwatchRun extra = runUpwatch({u"bench"_s, u"ui"_s, u"now"_s});
    QCOMPARE(extra.exitCode, 2);
    QVERIFY2(extra.err.startsWith(u"upwatch: "_s), qPrintable(extra.err));
}

QTEST_GUILESS_MAIN(TestBenchUi)
#include "tst_bench_ui.moc"
