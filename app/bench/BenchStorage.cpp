#include "app/bench/BenchStorage.h"

#include "app/CommandParser.h"
#include "app/Console.h"
#include "app/JsonLine.h"
#include "app/bench/BenchStats.h"
#include "app/bench/BenchStorageHistory.h"
#include "core/store/DatabaseLocation.h"
#include "core/store/HistoryQueries.h"
#include "core/store/HistoryReader.h"
#include "core/store/HistoryStore.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "core/store/StoreSpace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonValue>
#include <QTemporaryDir>
#include <QUrl>

#include <array>
#include <cmath>
#include <cstdio>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(BenchStorage)
};

constexpr qint64 kDayMs = 24 * 3600 * 1000;
// The simulated clock's "now": the end of the history, a UTC midnight.
constexpr qint64 kNowMs = 1'780'272'000'000; // 2026-06-01T00:00:00Z
// Runs larger than this many rows would not end in reasonable time.
constexpr qint64 kMaxRows = 150'000'000;
// The chart's width in points, about what the detail pane draws.
constexpr int kChartPoints = 1000;
constexpr std::array<const char16_t *, HistoryQueries::kUptimeSpans.size()> kWindowKeys{
    u"24h", u"7d", u"30d", u"1y"};

void progress(const QString &phase, double done)
{
    const QByteArray line =
        Text::tr("bench storage: %1 %2%\n").arg(phase).arg(qRound(done * 100)).toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

double rounded(double value, int decimals = 3)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonValue timeOrNull(qint64 ms)
{
    return ms == 0 ? QJsonValue()
                   : QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate));
}

JsonLine part(const StoreSpace::Part &part, bool withTime = true)
{
    JsonLine object;
    object.add(QStringLiteral("bytes"), part.bytes).add(QStringLiteral("rows"), part.rows);
    if (withTime)
        object.add(QStringLiteral("oldest"), timeOrNull(part.oldestMs));
    return object;
}

JsonLine spread(const BenchStats::Spread &values)
{
    return JsonLine()
        .add(QStringLiteral("p50"), rounded(values.p50))
        .add(QStringLiteral("max"), rounded(values.max));
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1);
}

struct Timings {
    std::array<BenchStats::Spread, HistoryQueries::kUptimeSpans.size()> windows;
    BenchStats::Spread chartYear;
    qsizetype sampled = 0;
};

// Each uptime window as the detail pane reads it (its rollups and its time in maintenance),
// and the year's chart, for `sample` monitors spread over the ids.
std::optional<Timings> timeQueries(StoreDatabase &database, const QList<qint64> &ids, int sample,
                                   QString *error)
{
    HistoryReader reader(database);
    HistoryQueries queries(reader);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(kNowMs, Qt::UTC);
    std::array<std::vector<double>, HistoryQueries::kUptimeSpans.size()> windowMs;
    std::vector<double> chartMs;
    const qsizetype count = std::min<qsizetype>(sample, ids.size());
    for (qsizetype n = 0; n < count; ++n) {
        const qint64 id = ids.at(n * ids.size() / count);
        for (size_t w = 0; w < windowMs.size(); ++w) {
            const QDateTime from = now.addMSecs(-HistoryQueries::kUptimeSpans.at(w));
            QElapsedTimer timer;
            timer.start();
            const auto window = reader.window(id, from, now);
            const auto maintenance = reader.timeInState(id, MonitorState::Maintenance, from, now);
            windowMs.at(w).push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!window || !maintenance) {
                *error = reader.lastError();
                return std::nullopt;
            }
        }
        QElapsedTimer timer;
        timer.start();
        const auto chart = queries.chart(id, HistoryRange::Year, now, kChartPoints);
        chartMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!chart) {
            *error = queries.lastError();
            return std::nullopt;
        }
    }
    Timings timings;
    for (size_t w = 0; w < windowMs.size(); ++w)
        timings.windows.at(w) = BenchStats::spreadOf(windowMs.at(w));
    timings.chartYear = BenchStats::spreadOf(chartMs);
    timings.sampled = count;
    return timings;
}

} // namespace

namespace BenchStorage {

int run(QCoreApplication &, const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("upwatch bench storage [--monitors N] [--interval S] [--days D] [--db PATH] "
                       "[--location NAME] [--json]"),
        Text::tr(
            "Builds the database that N monitors checked every S seconds leave after D days under "
            "the default retention, then measures it: its size per level, the write rate through "
            "the store's append path, the time of each uptime window and of a one-year chart.\n"
            "\n"
            "The clock is simulated. Results older than the raw retention are not written one by "
            "one: their checks are simulated and summed by the store's own rollup code into the "
            "minute, hour and day rollups the store would have left (minute rollups only within "
            "their retention), written an hour at a time with every monitor side by side; their "
            "incidents go through the store's append path. The raw window (the last 48 hours) "
            "goes through the store's append path itself, in the batches the history writer makes "
            "when results "
            "come faster than it flushes (20,000 results); the write rate is measured there. Then "
            "retention is "
            "applied as the service does.\n"
            "\n"
            "Without --db the database is a temporary file, removed at the end; with --db it is "
            "kept (the file must not exist or be empty; a PostgreSQL database must hold no "
            "monitors)."));
    QCommandLineParser &parser = command.parser();
    parser.addOption({QStringLiteral("monitors"), Text::tr("Monitors (default 1000)."),
                      QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("interval"),
                      Text::tr("Seconds between two checks of a monitor (default 30)."),
                      QStringLiteral("s"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("days"), Text::tr("Days of history (default 365)."),
                      QStringLiteral("d"), QStringLiteral("365")});
    parser.addOption({QStringLiteral("sample"),
                      Text::tr("Monitors whose queries are timed (default 50)."),
                      QStringLiteral("n"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("minute-days"),
                      Text::tr("Days of minute rollups to keep (default: the store's default), to "
                               "weigh that retention."),
                      QStringLiteral("d")});
    parser.addOption({QStringLiteral("location"),
                      Text::tr("Write as an agent at this location does: every batch also "
                               "writes its monitors' live states, and results and incidents "
                               "record the location."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("json"), Text::tr("Print one JSON line.")});
    if (const auto exit = command.parse(arguments, 3))
        return *exit;
    if (!command.noPositionalArguments(QStringLiteral("bench storage")))
        return Console::kExitUsage;
    const auto monitorCount = command.intValue(QStringLiteral("monitors"), 1, 100'000, {});
    const auto intervalS =
        command.intValue(QStringLiteral("interval"), 10, 86'400, Text::tr("seconds"));
    const auto days = command.intValue(QStringLiteral("days"), 1, 3650, Text::tr("days"));
    const auto sample = command.intValue(QStringLiteral("sample"), 1, 10'000, {});
    if (!monitorCount || !intervalS || !days || !sample)
        return Console::kExitUsage;
    const bool json = parser.isSet(QStringLiteral("json"));
    Retention retention;
    if (parser.isSet(QStringLiteral("minute-days"))) {
        const auto minuteDays =
            command.intValue(QStringLiteral("minute-days"), 2, 3650, Text::tr("days"));
        if (!minuteDays)
            return Console::kExitUsage;
        retention.minuteDays = *minuteDays;
    }
    const QString location = parser.value(QStringLiteral("location")).trimmed();
    if (parser.isSet(QStringLiteral("location")) && location.isEmpty()) {
        Console::printError(Text::tr("--location needs a name"));
        return Console::kExitUsage;
    }
    const qint64 estimate =
        BenchStorageHistory::estimatedRows(*monitorCount, *intervalS, *days, retention);
    if (estimate > kMaxRows) {
        Console::printError(Text::tr("that history would take about %1 rows, more than the %2 "
                                     "this benchmark writes in reasonable time")
                                .arg(estimate)
                                .arg(kMaxRows));
        return Console::kExitUsage;
    }

    QTemporaryDir temporary;
    QString path;
    if (parser.isSet(QStringLiteral("db"))) {
        path = command.databasePath();
        if (!DatabaseLocation::isPostgresUrl(path) && QFileInfo(path).size() > 0) {
            Console::printError(
                Text::tr("%1 exists and is not empty: bench storage writes a new database "
                         "(give a new file, or leave out --db for a temporary one)")
                    .arg(path));
            return Console::kExitFailure;
        }
    }
    else {
        if (!temporary.isValid()) {
            Console::printError(
                Text::tr("cannot create a temporary folder: %1").arg(temporary.errorString()));
            return Console::kExitFailure;
        }
        path = temporary.filePath(QStringLiteral("bench-storage.sqlite"));
    }

    QElapsedTimer total;
    total.start();
    QString error;
    const auto database = StoreDatabase::open(path, &error);
    if (!database) {
        Console::printError(error);
        return Console::kExitFailure;
    }
    MonitorStore monitors(*database);
    if (database->isPostgres()) {
        const auto existing = monitors.all();
        if (!existing || !existing->isEmpty()) {
            Console::printError(
                existing ? Text::tr("%1 holds monitors already: bench storage writes a new "
                                    "database (give an empty one)")
                               .arg(path)
                         : monitors.lastError());
            return Console::kExitFailure;
        }
    }
    QList<qint64> ids;
    for (int i = 1; i <= *monitorCount; ++i) {
        Monitor monitor;
        monitor.name = QStringLiteral("monitor %1").arg(i);
        monitor.url = QUrl(QStringLiteral("https://service-%1.example.com/health").arg(i));
        monitor.intervalSeconds = *intervalS;
        if (!monitors.add(monitor)) {
            Console::printError(monitors.lastError());
            return Console::kExitFailure;
        }
        ids.append(monitor.id);
    }

    HistoryStore history(*database);
    history.setLocation(location);
    BenchStorageHistory simulation(history, ids, *intervalS, *days, kNowMs, retention);
    BenchStorageHistory::Totals totals;
    if (!simulation.write(progress, &totals, &error)) {
        Console::printError(error);
        return Console::kExitFailure;
    }
    QElapsedTimer pruneTimer;
    pruneTimer.start();
    const auto pruned = history.prune(retention, QDateTime::fromMSecsSinceEpoch(kNowMs, Qt::UTC));
    const double pruneSeconds = seconds(pruneTimer);
    if (!pruned) {
        Console::printError(history.lastError());
        return Console::kExitFailure;
    }
    progress(Text::tr("timing queries"), 0);
    const auto timings = timeQueries(*database, ids, *sample, &error);
    if (!timings) {
        Console::printError(error);
        return Console::kExitFailure;
    }
    progress(Text::tr("measuring the file"), 0);
    const auto space = StoreSpace::measure(*database, &error);
    if (!space) {
        Console::printError(error);
        return Console::kExitFailure;
    }
    const qint64 dbBytes = database->isPostgres()
                               ? space->fileBytes
                               : QFileInfo(path).size() + QFileInfo(path + u"-wal").size();
    const double rate =
        totals.appendSeconds > 0 ? double(totals.rawResults) / totals.appendSeconds : 0.0;

    if (json) {
        JsonLine uptime;
        for (size_t w = 0; w < kWindowKeys.size(); ++w)
            uptime.add(QString::fromUtf16(kWindowKeys.at(w)), spread(timings->windows.at(w)));
        JsonLine line;
        line.add(QStringLiteral("monitors"), *monitorCount)
            .add(QStringLiteral("interval_s"), *intervalS)
            .add(QStringLiteral("days"), *days)
            .add(QStringLiteral("location"),
                 location.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(location))
            .add(QStringLiteral("now"), timeOrNull(kNowMs))
            .add(QStringLiteral("retention"),
                 JsonLine()
                     .add(QStringLiteral("raw_hours"), retention.rawHours)
                     .add(QStringLiteral("minute_days"), retention.minuteDays)
                     .add(QStringLiteral("hour_days"), retention.hourDays)
                     .add(QStringLiteral("day_days"), retention.dayDays))
            .add(QStringLiteral("db_bytes"), dbBytes)
            .add(QStringLiteral("free_bytes"), space->freeBytes)
            .add(QStringLiteral("raw_results"), part(space->rawResults))
            .add(QStringLiteral("minute_rollups"), part(space->minuteRollups))
            .add(QStringLiteral("hour_rollups"), part(space->hourRollups))
            .add(QStringLiteral("day_rollups"), part(space->dayRollups))
            .add(QStringLiteral("incidents"), part(space->incidents))
            .add(QStringLiteral("index_bytes"), space->indexBytes)
            .add(QStringLiteral("other_bytes"), space->otherBytes)
            .add(QStringLiteral("write"),
                 JsonLine()
                     .add(QStringLiteral("results"), totals.rawResults)
                     .add(QStringLiteral("batches"), totals.batches)
                     .add(QStringLiteral("seconds"), rounded(totals.appendSeconds))
                     .add(QStringLiteral("results_per_s"), qRound64(rate)))
            .add(QStringLiteral("past"),
                 JsonLine()
                     .add(QStringLiteral("rollups"), totals.pastRollups)
                     .add(QStringLiteral("state_changes"), totals.stateChanges)
                     .add(QStringLiteral("seconds"), rounded(totals.pastSeconds)))
            .add(QStringLiteral("prune_seconds"), rounded(pruneSeconds))
            .add(QStringLiteral("sampled_monitors"), timings->sampled)
            .add(QStringLiteral("uptime_ms"), uptime)
            .add(QStringLiteral("chart_1y_ms"), spread(timings->chartYear))
            .add(QStringLiteral("seconds"), rounded(seconds(total)));
        Console::printOut(line.toString());
        return Console::kExitOk;
    }
    QList<QStringList> rows{{Text::tr("part"), Text::tr("MB"), Text::tr("rows")}};
    const auto row = [&rows](const QString &name, const StoreSpace::Part &p) {
        rows.append({name, megabytes(p.bytes), QString::number(p.rows)});
    };
    row(Text::tr("raw results"), space->rawResults);
    row(Text::tr("minute rollups"), space->minuteRollups);
    row(Text::tr("hour rollups"), space->hourRollups);
    row(Text::tr("day rollups"), space->dayRollups);
    row(Text::tr("incidents"), space->incidents);
    rows.append({Text::tr("indexes"), megabytes(space->indexBytes), {}});
    rows.append({Text::tr("other"), megabytes(space->otherBytes + space->freeBytes), {}});
    rows.append({Text::tr("database"), megabytes(dbBytes), {}});
    QList<QStringList> times{{Text::tr("query"), Text::tr("p50 ms"), Text::tr("max ms")}};
    for (size_t w = 0; w < kWindowKeys.size(); ++w)
        times.append({Text::tr("uptime %1").arg(QString::fromUtf16(kWindowKeys.at(w))),
                      QString::number(timings->windows.at(w).p50, 'f', 2),
                      QString::number(timings->windows.at(w).max, 'f', 2)});
    times.append({Text::tr("chart 1y"), QString::number(timings->chartYear.p50, 'f', 2),
                  QString::number(timings->chartYear.max, 'f', 2)});
    Console::printOut(Text::tr("%1 monitors every %2 s, %3 days\n")
                          .arg(*monitorCount)
                          .arg(*intervalS)
                          .arg(*days) +
                      Console::table(rows) + u'\n' +
                      Text::tr("write: %1 results through append() in %2 s: %3 results/s\n")
                          .arg(totals.rawResults)
                          .arg(totals.appendSeconds, 0, 'f', 1)
                          .arg(qRound64(rate)) +
                      Text::tr("queries over %1 monitors:\n").arg(timings->sampled) +
                      Console::table(times) +
                      Text::tr("\ntotal %1 s\n").arg(seconds(total), 0, 'f', 1));
    return Console::kExitOk;
}

} // namespace BenchStorage
