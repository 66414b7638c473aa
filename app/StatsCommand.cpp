#include "app/StatsCommand.h"

#include "app/CommandParser.h"
#include "app/Console.h"
#include "app/JsonLine.h"
#include "core/base/SystemClock.h"
#include "core/format/DisplayFormat.h"
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

} // namespace

namespace StatsCommand {

int run(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("upwatch stats [--monitor ID|NAME] [--json]"),
        Text::tr("Uptime over the last 24 hours, 7 days, 30 days and year, and response "
                 "times over the last 24 hours (average, 95th percentile, min, max; "
                 "answered checks only)."));
    QCommandLineParser &parser = command.parser();
    parser.addOptions({
        {QStringLiteral("monitor"), Text::tr("Only this monitor; repeat for more."),
         QStringLiteral("id|name")},
        {QStringLiteral("json"), Text::tr("One JSON object per monitor and line.")},
    });
    if (const auto exit = command.parse(arguments, 2))
        return *exit;
    if (!command.noPositionalArguments(QStringLiteral("stats")))
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
    const auto open = reader.openStates();
    if (!open) {
        Console::printError(reader.lastError());
        return Console::kExitFailure;
    }
    const QDateTime now = SystemClock().nowUtc();
    const bool json = parser.isSet(QStringLiteral("json"));
    QStringList lines;
    QList<QStringList> table;
    QStringList header = {Text::tr("ID"), Text::tr("NAME"), Text::tr("STATE")};
    for (const char16_t *key : kWindowKeys)
        header.append(Text::tr("UP %1").arg(QString::fromUtf16(key).toUpper()));
    header << Text::tr("CHECKS 24H") << Text::tr("AVG MS") << Text::tr("P95 MS")
           << Text::tr("MIN MS") << Text::tr("MAX MS");
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
            lines.append(line.toString());
            continue;
        }
        QStringList row = {QString::number(monitor.id), monitor.name, monitorStateName(state)};
        for (const Rollup &window : windows)
            row.append(percent(window.uptimePercent()));
        row << QString::number(day.total()) << millis(day.averageMs()) << millis(day.p95Ms())
            << millis(day.minMs >= 0 ? std::optional<qint64>(day.minMs) : std::nullopt)
            << millis(day.maxMs >= 0 ? std::optional<qint64>(day.maxMs) : std::nullopt);
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
