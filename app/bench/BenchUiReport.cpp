#include "app/bench/BenchUiReport.h"

#include "app/Console.h"
#include "app/JsonLine.h"

#include <QCoreApplication>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BenchUi)
};

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

namespace BenchUiReport {

void print(const BenchUiOptions &options, const BenchUiResults &results)
{
    const BenchStats::Spread keystrokes = BenchStats::spreadOf(results.keystrokesMs);
    const BenchStats::Spread resorts = BenchStats::spreadOf(results.resortsMs);
    const BenchStats::Spread work = BenchStats::spreadOf(results.keystrokesWorkMs);
    const BenchStats::Spread workCpu = BenchStats::spreadOf(results.keystrokesWorkCpuMs);
    const BenchStats::Spread resortsCpu = BenchStats::spreadOf(results.resortsCpuMs);
    if (options.json) {
        JsonLine line;
        line.add(QStringLiteral("monitors"), options.monitors)
            .add(QStringLiteral("rows"), results.rows)
            .add(QStringLiteral("rate"), options.rate)
            .add(QStringLiteral("seconds"), options.seconds)
            .add(QStringLiteral("fill_ms"), results.fillMs)
            .add(QStringLiteral("start_ms"), results.startMs)
            .add(QStringLiteral("loaded_ms"), results.loadedMs)
            .add(QStringLiteral("summaries_ms"), results.summariesMs)
            .add(QStringLiteral("filter_keystroke_ms"), keystrokes.max)
            .add(QStringLiteral("filter_keystroke_p50_ms"), keystrokes.p50)
            .add(QStringLiteral("filter_keystroke_work_ms"), work.max)
            .add(QStringLiteral("filter_keystroke_work_cpu_ms"), workCpu.max)
            .add(QStringLiteral("filter_first_keystroke_ms"), results.firstKeystrokeMs)
            .add(QStringLiteral("filter_rows"),
                 results.keystrokeRows.value(results.keystrokeRows.size() - 1))
            .add(QStringLiteral("clear_search_ms"), results.clearMs)
            .add(QStringLiteral("full_sort_ms"), results.fullSortMs)
            .add(QStringLiteral("full_sort_cpu_ms"), results.fullSortCpuMs)
            .add(QStringLiteral("resort_p50_ms"), resorts.p50)
            .add(QStringLiteral("resort_p99_ms"), resorts.p99)
            .add(QStringLiteral("resort_max_ms"), resorts.max)
            .add(QStringLiteral("resort_cpu_p50_ms"), resortsCpu.p50)
            .add(QStringLiteral("resort_cpu_p99_ms"), resortsCpu.p99)
            .add(QStringLiteral("resorts"), qint64(resorts.count))
            .add(QStringLiteral("lag_p50_ms"), results.lag.p50)
            .add(QStringLiteral("lag_p99_ms"), results.lag.p99)
            .add(QStringLiteral("lag_max_ms"), results.lag.max)
            .add(QStringLiteral("lag_samples"), qint64(results.lag.count))
            .add(QStringLiteral("results_applied"), results.resultsApplied)
            .add(QStringLiteral("feed_build_ms"), results.feedBuildMs)
            .add(QStringLiteral("cpu_seconds"), results.cpuSeconds)
            .add(QStringLiteral("rss_loaded_bytes"), results.loadedRss)
            .add(QStringLiteral("rss_bytes"), results.rss)
            .add(QStringLiteral("peak_rss_bytes"), results.peakRss);
        Console::printOut(line.toString() + u'\n');
        return;
    }
    const auto mib = [](qint64 bytes) {
        return QString::number(double(bytes) / 1048576.0, 'f', 0);
    };
    QStringList typed;
    for (qsizetype i = 0; i < results.keystrokeRows.size(); ++i)
        typed.append(
            Text::tr("%1 ms → %2 rows")
                .arg(ms(i == 0 ? results.firstKeystrokeMs : results.keystrokesMs[size_t(i - 1)]))
                .arg(results.keystrokeRows.value(i)));
    const QList<QStringList> rows = {
        {Text::tr("Measure"), Text::tr("Result"), Text::tr("Target")},
        {Text::tr("Start to interactive"), Text::tr("%1 ms").arg(ms(results.startMs)),
         Text::tr("≤ 1000 ms")},
        {Text::tr("  monitors loaded / history read"),
         Text::tr("%1 / %2 ms").arg(ms(results.loadedMs), ms(results.summariesMs)), QString()},
        {Text::tr("Filter keystroke (worst after the first)"),
         Text::tr("%1 ms").arg(ms(keystrokes.max)), Text::tr("≤ 30 ms")},
        {Text::tr("  of which re-filtering (worst)"),
         Text::tr("%1 ms (GUI thread CPU %2 ms)").arg(ms(work.max), ms(workCpu.max)), QString()},
        {Text::tr("  each character"), typed.join(QStringLiteral(", ")), QString()},
        {Text::tr("Clear the search"), Text::tr("%1 ms").arg(ms(results.clearMs)), QString()},
        {Text::tr("Full sort (header click)"),
         Text::tr("%1 ms (GUI thread CPU %2 ms)")
             .arg(ms(results.fullSortMs), ms(results.fullSortCpuMs)),
         QString()},
        {Text::tr("Re-sort p50 / p99"),
         Text::tr("%1 / %2 ms (%3; GUI thread CPU %4 / %5 ms)")
             .arg(ms(resorts.p50), ms(resorts.p99))
             .arg(resorts.count)
             .arg(ms(resortsCpu.p50), ms(resortsCpu.p99)),
         Text::tr("≤ 20 ms")},
        {Text::tr("GUI lag p50 / p99 / max"),
         Text::tr("%1 / %2 / %3 ms")
             .arg(ms(results.lag.p50), ms(results.lag.p99), ms(results.lag.max)),
         Text::tr("p99 ≤ 16 ms")},
        {Text::tr("Results applied"),
         Text::tr("%1 in %2 s (%3/s asked)")
             .arg(results.resultsApplied)
             .arg(options.seconds)
             .arg(options.rate),
         QString()},
        {Text::tr("RSS / peak"),
         Text::tr("%1 / %2 MiB").arg(mib(results.rss), mib(results.peakRss)), Text::tr("≤ 300 MB")},
        {Text::tr("  RSS when loaded, before the table"),
         Text::tr("%1 MiB").arg(mib(results.loadedRss)), QString()},
        {Text::tr("CPU"), Text::tr("%1 s").arg(QString::number(results.cpuSeconds, 'f', 1)),
         QString()},
    };
    Console::printOut(
        Text::tr("upwatch bench ui: %1 monitors in the window (offscreen), database filled in "
                 "%2 ms\n")
            .arg(options.monitors)
            .arg(ms(results.fillMs)) +
        Console::table(rows));
}

} // namespace BenchUiReport
