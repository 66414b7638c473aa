#include "core/io/HistoryCsv.h"

#include "core/io/Csv.h"

#include <QIODevice>
#include <QStringList>

namespace HistoryCsv {

QString header()
{
    QStringList cells{QStringLiteral("timestamp"),    QStringLiteral("monitor_id"),
                      QStringLiteral("monitor_name"), QStringLiteral("url"),
                      QStringLiteral("method"),       QStringLiteral("verdict"),
                      QStringLiteral("reason"),       QStringLiteral("http_status"),
                      QStringLiteral("response_ms"),  QStringLiteral("error")};
    // Columns added later come after these, in the order they were added.
    for (const Phase phase : kAllPhases)
        cells.append(phaseName(phase) + QStringLiteral("_ms"));
    cells.append(QStringLiteral("location"));
    return Csv::row(cells);
}

QString row(const CheckResult &result, const Monitor &monitor)
{
    QStringList cells{
        result.startedAt.toUTC().toString(Qt::ISODateWithMs),
        Csv::numberCell(result.monitorId),
        Csv::textCell(monitor.name),
        Csv::textCell(displayUrl(monitor.url)),
        QString::fromLatin1(httpMethodName(monitor.method)),
        verdictName(result.verdict),
        reasonName(result.reason),
        result.httpStatus > 0 ? Csv::numberCell(result.httpStatus) : QString(),
        result.responseMs >= 0 ? Csv::numberCell(result.responseMs) : QString(),
        Csv::textCell(result.error),
    };
    for (const Phase phase : kAllPhases) {
        const std::optional<int> ms = result.phases[phase];
        cells.append(ms ? Csv::numberCell(*ms) : QString());
    }
    cells.append(Csv::textCell(result.location));
    return Csv::row(cells);
}

std::optional<qint64> write(HistoryReader &reader, const QHash<qint64, Monitor> &monitors,
                            const ResultFilter &filter, QIODevice &out, QString *error,
                            const std::function<bool(qint64)> &progress)
{
    constexpr qint64 kProgressEvery = 5000;
    constexpr qsizetype kWriteBytes = 256 * 1024;
    QByteArray pending = header().toUtf8();
    qint64 written = 0;
    bool writeFailed = false;
    bool cancelled = false;
    const auto drain = [&out, &pending, &writeFailed] {
        if (out.write(pending) != pending.size())
            writeFailed = true;
        pending.clear();
        return !writeFailed;
    };
    const bool ok = reader.forEachResult(filter, [&](const CheckResult &result) {
        pending += row(result, monitors.value(result.monitorId)).toUtf8();
        ++written;
        if (pending.size() >= kWriteBytes && !drain())
            return false;
        if (progress && written % kProgressEvery == 0 && !progress(written)) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (!ok) {
        *error = QStringLiteral("cannot read history: %1").arg(reader.lastError());
        return std::nullopt;
    }
    if (cancelled) {
        *error = QStringLiteral("the export was cancelled");
        return std::nullopt;
    }
    if (writeFailed || !drain()) {
        *error = QStringLiteral("cannot write the file: %1").arg(out.errorString());
        return std::nullopt;
    }
    if (progress)
        progress(written);
    return written;
}

} // namespace HistoryCsv
