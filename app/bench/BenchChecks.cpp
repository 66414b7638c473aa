#include "app/bench/BenchChecks.h"

#include "app/CommandParser.h"
#include "app/Console.h"
#include "app/JsonLine.h"
#include "app/bench/ChecksBenchmark.h"
#include "app/bench/NginxTarget.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cmath>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BenchChecks)
};

double rounded(double value, int decimals = 1)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// null values when nothing was measured (no monitor checked twice has no gap).
JsonLine spreadJson(const BenchStats::Spread &spread)
{
    const auto value = [&spread](double v) {
        return spread.count > 0 ? QJsonValue(rounded(v, 2)) : QJsonValue(QJsonValue::Null);
    };
    return JsonLine()
        .add(QStringLiteral("p50"), value(spread.p50))
        .add(QStringLiteral("p99"), value(spread.p99))
        .add(QStringLiteral("max"), value(spread.max))
        .add(QStringLiteral("count"), qint64(spread.count));
}

JsonLine bareJson(const ChecksBenchmark::BareNumbers &bare)
{
    return JsonLine()
        .add(QStringLiteral("checks_per_s"), rounded(bare.checksPerSecond))
        .add(QStringLiteral("checks"), bare.checks)
        .add(QStringLiteral("failed"), bare.failed)
        .add(QStringLiteral("response_ms"), spreadJson(bare.responseMs))
        .add(QStringLiteral("in_flight"), bare.inFlight)
        .add(QStringLiteral("cpu_s"), rounded(bare.cpuSeconds, 2))
        .add(QStringLiteral("cpu_us_per_check"),
             bare.checks > 0 ? rounded(bare.cpuSeconds * 1e6 / double(bare.checks)) : 0.0)
        .add(QStringLiteral("nginx_cpu_s"), rounded(bare.nginxCpuSeconds, 2));
}

JsonLine serviceJson(const ChecksBenchmark::ServiceNumbers &service)
{
    QJsonArray workers;
    for (const BenchStats::Spread &lag : service.workerLagMs) {
        QJsonObject object;
        object.insert(QStringLiteral("p50"), rounded(lag.p50, 2));
        object.insert(QStringLiteral("p99"), rounded(lag.p99, 2));
        object.insert(QStringLiteral("max"), rounded(lag.max, 2));
        workers.append(object);
    }
    return JsonLine()
        .add(QStringLiteral("needed_per_s"), rounded(service.neededPerSecond))
        .add(QStringLiteral("checks_per_s"), rounded(service.checksPerSecond))
        .add(QStringLiteral("stored_per_s"), rounded(service.storedPerSecond))
        .add(QStringLiteral("checks"), service.checks)
        .add(QStringLiteral("failed"), service.failed)
        .add(QStringLiteral("started"), service.started)
        .add(QStringLiteral("late"), service.late)
        .add(QStringLiteral("skipped"), service.skipped)
        .add(QStringLiteral("lateness_ms"), JsonLine()
                                                .add(QStringLiteral("p50"), service.latenessP50Ms)
                                                .add(QStringLiteral("p99"), service.latenessP99Ms)
                                                .add(QStringLiteral("max"), service.latenessMaxMs))
        .add(QStringLiteral("gap_ms"), spreadJson(service.gapMs))
        .add(QStringLiteral("response_ms"), spreadJson(service.responseMs))
        .add(QStringLiteral("owner_lag_ms"), spreadJson(service.ownerLagMs))
        .add(QStringLiteral("worker_lag_ms"), workers)
        .add(QStringLiteral("in_flight_avg"), rounded(service.inFlightAverage))
        .add(QStringLiteral("in_flight_max"), service.inFlightMax)
        .add(QStringLiteral("waiting_max"), service.waitingMax)
        .add(QStringLiteral("saturated"), service.saturated)
        .add(QStringLiteral("cpu_s"), rounded(service.cpuSeconds, 2))
        .add(QStringLiteral("cpu_us_per_check"),
             service.checks > 0 ? rounded(service.cpuSeconds * 1e6 / double(service.checks)) : 0.0)
        .add(QStringLiteral("nginx_cpu_s"), rounded(service.nginxCpuSeconds, 2))
        .add(QStringLiteral("rss_bytes"), service.rssBytes)
        .add(QStringLiteral("produced_total"), service.producedTotal)
        .add(QStringLiteral("stored_total"), service.storedTotal);
}

QString jsonOf(const ChecksBenchmark::Result &result)
{
    const ChecksBenchmark::Options &options = result.options;
    JsonLine line;
    line.add(QStringLiteral("benchmark"), QStringLiteral("checks"))
        .add(QStringLiteral("monitors"), options.monitors)
        .add(QStringLiteral("interval_s"), options.intervalSeconds)
        .add(QStringLiteral("hosts"), options.hosts)
        .add(QStringLiteral("workers"), result.workers)
        .add(QStringLiteral("fresh_connections"), options.freshConnections)
        .add(QStringLiteral("warmup_s"), options.warmupSeconds)
        .add(QStringLiteral("duration_s"), options.durationSeconds);
    if (result.bare)
        line.add(QStringLiteral("bare"), bareJson(*result.bare));
    if (result.service)
        line.add(QStringLiteral("service"), serviceJson(*result.service));
    if (result.bare && result.service && result.bare->checksPerSecond > 0)
        line.add(QStringLiteral("stored_vs_bare"),
                 rounded(result.service->storedPerSecond / result.bare->checksPerSecond, 3));
    line.add(QStringLiteral("peak_rss_bytes"), result.peakRssBytes);
    return line.toString();
}

QString spreadText(const BenchStats::Spread &spread)
{
    if (spread.count == 0)
        return Text::tr("none measured");
    const QLocale locale;
    return Text::tr("p50 %1 · p99 %2 · max %3 ms")
        .arg(locale.toString(spread.p50, 'f', 1), locale.toString(spread.p99, 'f', 1),
             locale.toString(spread.max, 'f', 1));
}

QString textOf(const ChecksBenchmark::Result &result)
{
    const QLocale locale;
    const ChecksBenchmark::Options &options = result.options;
    const auto number = [&locale](double value) { return locale.toString(qRound64(value)); };
    QString text =
        Text::tr("%1 monitors every %2 s over %3 loopback hosts, %4 workers, %5; measured for "
                 "%6 s after %7 s of warm-up\n")
            .arg(number(options.monitors))
            .arg(options.intervalSeconds)
            .arg(options.hosts)
            .arg(result.workers)
            .arg(options.freshConnections ? Text::tr("a new connection per check")
                                          : Text::tr("keep-alive"))
            .arg(options.durationSeconds)
            .arg(options.warmupSeconds);
    QList<QStringList> rows{{QString(), Text::tr("value")}};
    if (const auto &bare = result.bare) {
        rows.append({Text::tr("bare loop: checks/s"), number(bare->checksPerSecond)});
        rows.append({Text::tr("bare loop: failed"), number(double(bare->failed))});
        rows.append({Text::tr("bare loop: response"), spreadText(bare->responseMs)});
        rows.append({Text::tr("bare loop: CPU per check"),
                     Text::tr("%1 µs (nginx %2 s)")
                         .arg(number(bare->checks > 0 ? bare->cpuSeconds * 1e6 / bare->checks : 0))
                         .arg(locale.toString(bare->nginxCpuSeconds, 'f', 1))});
    }
    if (const auto &service = result.service) {
        rows.append({Text::tr("service: needed checks/s"), number(service->neededPerSecond)});
        rows.append({Text::tr("service: checks/s"), number(service->checksPerSecond)});
        rows.append({Text::tr("service: stored/s"), number(service->storedPerSecond)});
        rows.append({Text::tr("service: failed"), number(double(service->failed))});
        rows.append({Text::tr("service: late / skipped"),
                     Text::tr("%1 of %2 started late, %3 slots skipped")
                         .arg(number(double(service->late)), number(double(service->started)),
                              number(double(service->skipped)))});
        rows.append({Text::tr("service: lateness"),
                     Text::tr("p50 %1 · p99 %2 · max %3 ms")
                         .arg(number(service->latenessP50Ms), number(service->latenessP99Ms),
                              number(service->latenessMaxMs))});
        rows.append({Text::tr("service: gap between checks"), spreadText(service->gapMs)});
        rows.append({Text::tr("service: response"), spreadText(service->responseMs)});
        rows.append({Text::tr("service: owner thread lag"), spreadText(service->ownerLagMs)});
        for (qsizetype i = 0; i < service->workerLagMs.size(); ++i)
            rows.append({Text::tr("service: worker %1 lag (per second)").arg(i),
                         spreadText(service->workerLagMs.at(i))});
        rows.append({Text::tr("service: in flight"),
                     Text::tr("average %1, most %2; most waiting %3")
                         .arg(number(service->inFlightAverage), number(service->inFlightMax),
                              number(service->waitingMax))});
        rows.append({Text::tr("service: saturated"),
                     service->saturated ? Text::tr("yes") : Text::tr("no")});
        rows.append(
            {Text::tr("service: CPU per check"),
             Text::tr("%1 µs (nginx %2 s)")
                 .arg(number(service->checks > 0 ? service->cpuSeconds * 1e6 / service->checks : 0))
                 .arg(locale.toString(service->nginxCpuSeconds, 'f', 1))});
        rows.append(
            {Text::tr("service: stored in all"), Text::tr("%1 of %2")
                                                     .arg(number(double(service->storedTotal)),
                                                          number(double(service->producedTotal)))});
    }
    if (result.bare && result.service && result.bare->checksPerSecond > 0 &&
        result.service->neededPerSecond < result.bare->checksPerSecond)
        rows.append({Text::tr("stored / bare"),
                     Text::tr("not comparable: the monitors need fewer checks/s than the bare "
                              "loop does (add monitors or shorten the interval)")});
    else if (result.bare && result.service && result.bare->checksPerSecond > 0)
        rows.append(
            {Text::tr("stored / bare"),
             locale.toString(100.0 * result.service->storedPerSecond / result.bare->checksPerSecond,
                             'f', 1) +
                 u" %"});
    rows.append({Text::tr("peak RSS"), Text::tr("%1 MB").arg(locale.toString(
                                           double(result.peakRssBytes) / 1e6, 'f', 0))});
    return text + Console::table(rows);
}

} // namespace

namespace BenchChecks {

int run(QCoreApplication &app, const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("upwatch bench checks [--monitors N] [--interval S] [--duration S] "
                       "[--hosts H] [--workers N] [--fresh-connections] [--bare|--compare] "
                       "[--json]"),
        Text::tr("Runs the monitoring service (engine, state tracking, history writer to a "
                 "temporary database) against a loopback nginx (Debian's nginx-light, started "
                 "and stopped here, answering \"OK\" on 127.0.0.1 … 127.0.0.H), and reports "
                 "checks/s completed and stored, late and skipped checks, lateness, the gap "
                 "between two checks of one monitor, response times, event-loop lag of the "
                 "owner thread and of each worker, requests in flight, CPU time and memory. "
                 "--bare runs a minimal QNAM loop instead (the ceiling: nothing scheduled or "
                 "stored); --compare runs both, the bare loop first, and prints their ratio."));
    QCommandLineParser &parser = command.parser();
    parser.addOptions({
        {QStringLiteral("monitors"), Text::tr("Monitors to check (default 1000)."),
         QStringLiteral("n"), QStringLiteral("1000")},
        {QStringLiteral("interval"), Text::tr("Each monitor's interval in seconds (default 1)."),
         QStringLiteral("s"), QStringLiteral("1")},
        {QStringLiteral("duration"), Text::tr("Seconds measured, after the warm-up (default 20)."),
         QStringLiteral("s"), QStringLiteral("20")},
        {QStringLiteral("warmup"), Text::tr("Seconds of warm-up first (default 3)."),
         QStringLiteral("s"), QStringLiteral("3")},
        {QStringLiteral("hosts"),
         Text::tr("Loopback addresses the monitors are spread over (default 100)."),
         QStringLiteral("h"), QStringLiteral("100")},
        {QStringLiteral("workers"), Text::tr("Worker threads (default: one per core)."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("fresh-connections"),
         Text::tr("nginx closes every connection after its answer, so each check connects "
                  "anew.")},
        {QStringLiteral("bare"), Text::tr("Run only the bare QNAM loop.")},
        {QStringLiteral("compare"), Text::tr("Run the bare loop, then the service.")},
        {QStringLiteral("json"), Text::tr("Print one JSON line.")},
    });
    if (const auto exit = command.parse(arguments, 3))
        return *exit;
    if (!command.noPositionalArguments(QStringLiteral("bench checks")))
        return Console::kExitUsage;
    ChecksBenchmark::Options options;
    const auto monitors = command.intValue(QStringLiteral("monitors"), 1, 1'000'000, {});
    const auto interval = command.intValue(QStringLiteral("interval"), 1, 86'400, {});
    const auto duration = command.intValue(QStringLiteral("duration"), 1, 3600, {});
    const auto warmup = command.intValue(QStringLiteral("warmup"), 0, 600, {});
    const auto hosts = command.intValue(QStringLiteral("hosts"), 1, NginxTarget::kMaxHosts, {});
    const auto workers = command.intValue(QStringLiteral("workers"), 0, 64, {});
    if (!monitors || !interval || !duration || !warmup || !hosts || !workers)
        return Console::kExitUsage;
    if (parser.isSet(QStringLiteral("bare")) && parser.isSet(QStringLiteral("compare"))) {
        Console::printError(Text::tr("--bare and --compare cannot be combined"));
        return Console::kExitUsage;
    }
    options.monitors = *monitors;
    options.intervalSeconds = *interval;
    options.durationSeconds = *duration;
    options.warmupSeconds = *warmup;
    options.hosts = *hosts;
    options.workers = *workers;
    options.freshConnections = parser.isSet(QStringLiteral("fresh-connections"));
    options.mode = parser.isSet(QStringLiteral("bare"))      ? ChecksBenchmark::Mode::Bare
                   : parser.isSet(QStringLiteral("compare")) ? ChecksBenchmark::Mode::Both
                                                             : ChecksBenchmark::Mode::Service;
    const bool json = parser.isSet(QStringLiteral("json"));

    ChecksBenchmark benchmark(options);
    // Progress is not a problem: plain lines on stderr, so stdout stays the numbers alone.
    QObject::connect(&benchmark, &ChecksBenchmark::progress, &app, [](const QString &line) {
        QTextStream(stderr) << "bench checks: " << line << '\n';
    });
    QObject::connect(&benchmark, &ChecksBenchmark::failed, &app,
                     [](const QString &why) { Console::printError(why); });
    QObject::connect(&benchmark, &ChecksBenchmark::finished, &app, [&benchmark, json](int code) {
        if (code == 0) {
            const auto &result = benchmark.result();
            Console::printOut(json ? jsonOf(result) : textOf(result));
        }
        QCoreApplication::exit(code);
    });
    // Started from the event loop, so a failure at once still ends it.
    QMetaObject::invokeMethod(&benchmark, &ChecksBenchmark::start, Qt::QueuedConnection);
    return app.exec();
}

} // namespace BenchChecks
