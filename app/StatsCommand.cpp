#include "app/StatsCommand.h"

#include "app/CommandParser.h"
#include "app/Console.h"
#include "app/JsonLine.h"
#include "app/PeriodOptions.h"
#include "core/base/SystemClock.h"
#include "core/format/DisplayFormat.h"
#include "core/report/UptimeReport.h"
#include "core/store/HistoryQueries.h"
#include "core/store/HistoryReader.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>

#include <array>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)
};

// The windows of HistoryQueries::kUptimeSpans, as JSON keys and table headers say them.
constexpr std::array<const char16_t *, HistoryQueries::kUptimeSpans.size()> kWindowKeys{
    u"24h", u"7d", u"30d", u"1y"};

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(std::round(*value * 1000.0) / 1000.0) : QJsonValue();
}

QJsonValue orNull(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// The table is for terminals and scripts: the number as the window shows it
// (DisplayFormat), in the C locale, and "-" for no value.
QString percent(const std::optional<double> &value)
{
    return value ? DisplayFormat::percentNumber(*value, QLocale::c()) + u'%' : QStringLiteral("-");
}

QString millis(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

QJsonValue timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

// Minutes in maintenance over each window of kUptimeSpans up to `now`, from the incidents of the
// year before it (as a window counts: from its start to the minute, HistoryReader::windowSpans).
std::array<qint64, HistoryQueries::kUptimeSpans.size()>
maintenanceMinutes(const QList<Incident> &incidents, const QDateTime &now)
{
    std::array<qint64, HistoryQueries::kUptimeSpans.size()> minutes{};
    for (std::size_t i = 0; i < minutes.size(); ++i) {
        const QDateTime from = now.addMSecs(-HistoryQueries::kUptimeSpans.at(i));
        minutes.at(i) = UptimeReport::minutes(UptimeReport::timeIn(
            incidents, [](MonitorState state) { return state == MonitorState::Maintenance; }, from,
            now, now));
    }
    return minutes;
}

// `stats` for a period: the figures of the uptime report (UptimeReport, the same code), one
// JSON object or table row per monitor.
int printPeriod(HistoryReader &reader, const QList<Monitor> &monitors, const ReportPeriod &period,
                const QDateTime &now, bool json)
{
    const auto report = UptimeReport::compute(reader, monitors, period, now);
    if (!report) {
        Console::printError(reader.lastError());
        return Console::kExitFailure;
    }
    QStringList lines;
    QList<QStringList> table{{Text::tr("ID"), Text::tr("NAME"), Text::tr("CHECKS"),
                              Text::tr("UPTIME"), Text::tr("DOWN MIN"), Text::tr("MAINT MIN"),
                              Text::tr("DEGRADED MIN"), Text::tr("INCIDENTS"), Text::tr("P50 MS"),
                              Text::tr("P95 MS")}};
    for (const MonitorReport &monitor : report->monitors) {
        const Rollup &checks = monitor.checks;
        if (json) {
            JsonLine line;
            line.add(QStringLiteral("id"), monitor.monitorId)
                .add(QStringLiteral("name"), monitor.name)
                .add(QStringLiteral("url"), monitor.url)
                .add(QStringLiteral("from"), timeOrNull(period.from))
                .add(QStringLiteral("to"), timeOrNull(period.to))
                .add(QStringLiteral("checks"), monitor.checkCount())
                .add(QStringLiteral("down_checks"), checks.down)
                .add(QStringLiteral("maintenance_checks"), checks.maintenance)
                .add(QStringLiteral("uptime"), orNull(checks.uptimePercent()))
                .add(QStringLiteral("uptime_with_maintenance"),
                     orNull(checks.uptimePercentWithMaintenance()))
                .add(QStringLiteral("downtime_minutes"), UptimeReport::minutes(monitor.downtimeMs))
                .add(QStringLiteral("maintenance_minutes"),
                     UptimeReport::minutes(monitor.maintenanceMs))
                .add(QStringLiteral("degraded_minutes"), UptimeReport::minutes(monitor.degradedMs))
                .add(QStringLiteral("incidents"), qint64(monitor.incidents.size()))
                .add(QStringLiteral("avg_ms"), orNull(checks.averageMs()))
                .add(QStringLiteral("p50_ms"), orNull(checks.p50Ms()))
                .add(QStringLiteral("p95_ms"), orNull(checks.p95Ms()));
            lines.append(line.toString());
            continue;
        }
        table.append({QString::number(monitor.monitorId), monitor.name,
                      QString::number(monitor.checkCount()), percent(checks.uptimePercent()),
                      QString::number(UptimeReport::minutes(monitor.downtimeMs)),
                      QString::number(UptimeReport::minutes(monitor.maintenanceMs)),
                      QString::number(UptimeReport::minutes(monitor.degradedMs)),
                      QString::number(monitor.incidents.size()), millis(checks.p50Ms()),
                      millis(checks.p95Ms())});
    }
    if (json) {
        if (!lines.isEmpty())
            Console::printOut(lines.join(u'\n'));
    }
    else if (monitors.isEmpty()) {
        Console::printOut(Text::tr("No monitors yet."));
    }
    else {
        Console::printOut(Console::table(table));
    }
    return Console::kExitOk;
}

} // namespace

namespace StatsCommand {

int run(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("upwatch stats [--monitor ID|NAME] [--json] [--month YYYY-MM | --last-month "
                       "| --from ISO --to ISO]"),
        Text::tr("Uptime over the last 24 hours, 7 days, 30 days and year, response "
                 "times over the last 24 hours (average, 95th percentile, min, max; "
                 "answered checks only) and the time spent in maintenance.\n"
                 "With a period: the figures of the uptime report for it (checks, uptime, "
                 "minutes down, in maintenance and degraded, incidents, response times)."));
    QCommandLineParser &parser = command.parser();
    parser.addOptions({
        {QStringLiteral("monitor"), Text::tr("Only this monitor; repeat for more."),
         QStringLiteral("id|name")},
        {QStringLiteral("json"), Text::tr("One JSON object per monitor and line.")},
    });
    PeriodOptions::add(parser);
    if (const auto exit = command.parse(arguments, 2))
        return *exit;
    if (!command.noPositionalArguments(QStringLiteral("stats")))
        return Console::kExitUsage;
    const SystemClock clock;
    const PeriodOptions::Choice period = PeriodOptions::read(parser, clock);
    if (!period.ok)
        return Console::kExitUsage;
    const auto database = command.openDatabase();
    if (!database)
        return Console::kExitFailure;
    MonitorStore store(*database);
    QList<Monitor> monitors;
    if (parser.isSet(QStringLiteral("monitor"))) {
        for (const QString &which : parser.values(QStringLiteral("monitor"))) {
            const auto monitor = store.find(which);
            if (!monitor) {
                Console::printError(store.lastError());
                return Console::kExitFailure;
            }
            monitors.append(*monitor);
        }
    }
    else {
        const auto all = store.all();
        if (!all) {
            Console::printError(store.lastError());
            return Console::kExitFailure;
        }
        monitors = *all;
    }
    HistoryReader reader(*database);
    const QDateTime now = clock.nowUtc();
    const bool json = parser.isSet(QStringLiteral("json"));
    if (period.period)
        return printPeriod(reader, monitors, *period.period, now, json);
    const auto open = reader.openStates();
    if (!open) {
        Console::printError(reader.lastError());
        return Console::kExitFailure;
    }
    QStringList lines;
    QList<QStringList> table;
    QStringList header = {Text::tr("ID"), Text::tr("NAME"), Text::tr("STATE")};
    for (const char16_t *key : kWindowKeys)
        header.append(Text::tr("UP %1").arg(QString::fromUtf16(key).toUpper()));
    header << Text::tr("CHECKS 24H") << Text::tr("AVG MS") << Text::tr("P95 MS")
           << Text::tr("MIN MS") << Text::tr("MAX MS");
    for (const char16_t *key : kWindowKeys)
        header.append(Text::tr("MAINT MIN %1").arg(QString::fromUtf16(key).toUpper()));
    table.append(header);
    HistoryQueries queries(reader);
    for (const Monitor &monitor : std::as_const(monitors)) {
        const auto uptime = queries.uptimeWindows(monitor.id, now);
        if (!uptime) {
            Console::printError(queries.lastError());
            return Console::kExitFailure;
        }
        const auto &windows = uptime->windows;
        const Rollup &day = uptime->day();
        const auto last = reader.latestResult(monitor.id);
        const auto incidents = reader.incidentsBetween(
            {monitor.id}, now.addMSecs(-HistoryQueries::kUptimeSpans.back()), now);
        if (!incidents) {
            Console::printError(reader.lastError());
            return Console::kExitFailure;
        }
        const auto maintenance = maintenanceMinutes(*incidents, now);
        const MonitorState state = storedState(
            monitor.paused,
            open->contains(monitor.id) ? std::optional(open->value(monitor.id)) : std::nullopt,
            last.has_value());
        if (json) {
            JsonLine line;
            line.add(QStringLiteral("id"), monitor.id)
                .add(QStringLiteral("name"), monitor.name)
                .add(QStringLiteral("url"), displayUrl(monitor.url))
                .add(QStringLiteral("state"), monitorStateName(state));
            for (std::size_t i = 0; i < windows.size(); ++i)
                line.add(u"uptime_" + QString::fromUtf16(kWindowKeys.at(i)),
                         orNull(windows.at(i).uptimePercent()));
            line.add(QStringLiteral("checks_24h"), day.total())
                .add(QStringLiteral("down_24h"), day.down)
                .add(QStringLiteral("avg_ms_24h"), orNull(day.averageMs()))
                .add(QStringLiteral("p95_ms_24h"), orNull(day.p95Ms()))
                .add(QStringLiteral("min_ms_24h"),
                     orNull(day.minMs >= 0 ? std::optional<qint64>(day.minMs) : std::nullopt))
                .add(QStringLiteral("max_ms_24h"),
                     orNull(day.maxMs >= 0 ? std::optional<qint64>(day.maxMs) : std::nullopt))
                .add(QStringLiteral("last_check"),
                     last ? QJsonValue(last->startedAt.toString(Qt::ISODateWithMs)) : QJsonValue());
            for (std::size_t i = 0; i < maintenance.size(); ++i)
                line.add(u"maintenance_minutes_" + QString::fromUtf16(kWindowKeys.at(i)),
                         maintenance.at(i));
            lines.append(line.toString());
            continue;
        }
        QStringList row = {QString::number(monitor.id), monitor.name, monitorStateName(state)};
        for (const Rollup &window : windows)
            row.append(percent(window.uptimePercent()));
        row << QString::number(day.total()) << millis(day.averageMs()) << millis(day.p95Ms())
            << millis(day.minMs >= 0 ? std::optional<qint64>(day.minMs) : std::nullopt)
            << millis(day.maxMs >= 0 ? std::optional<qint64>(day.maxMs) : std::nullopt);
        for (const qint64 minutes : maintenance)
            row.append(QString::number(minutes));
        table.append(row);
    }
    if (json) {
        if (!lines.isEmpty())
            Console::printOut(lines.join(u'\n'));
    }
    else if (monitors.isEmpty()) {
        Console::printOut(Text::tr("No monitors yet."));
    }
    else {
        Console::printOut(Console::table(table));
    }
    return Console::kExitOk;
}

} // namespace StatsCommand
