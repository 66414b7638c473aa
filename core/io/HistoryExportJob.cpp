#include "core/io/HistoryExportJob.h"

#include "core/io/ExportFile.h"
#include "core/io/HistoryCsv.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "core/store/StoreThread.h"

#include <QFileDevice>
#include <QPointer>

namespace {

HistoryExportJob::Outcome failed(const QString &why)
{
    return {-1, false, why};
}

const HistoryExportJob::Outcome kCancelled{-1, true, {}};

} // namespace

HistoryExportJob::HistoryExportJob(ResultFilter filter, QString path)
    : m_filter(std::move(filter))
    , m_path(std::move(path))
{
}

HistoryExportJob::Outcome HistoryExportJob::run(StoreDatabase &database) const
{
    return withSource(database, [this](HistoryReader &reader, const Source &source) {
        // A new file is created 0600; a device such as /dev/full reports its write error.
        ExportFile out(m_path);
        if (!out.open())
            return failed(out.errorString());
        Outcome outcome = writeCsv(reader, source, out.device());
        // Not committed, the temporary file is removed and the path left untouched.
        if (cancelled())
            return kCancelled;
        if (!outcome.succeeded()) {
            if (out.writeFailed())
                outcome.error = out.errorString(); // the same problem, with the file's name
            return outcome;
        }
        if (!out.commit())
            return failed(out.errorString());
        return outcome;
    });
}

HistoryExportJob::Outcome HistoryExportJob::run(StoreDatabase &database, QFileDevice &out,
                                                const QString &name) const
{
    return withSource(database, [&](HistoryReader &reader, const Source &source) {
        const Outcome outcome = writeCsv(reader, source, out);
        if (outcome.succeeded() && !out.flush())
            return failed(QStringLiteral("cannot write to %1: %2").arg(name, out.errorString()));
        return outcome;
    });
}

HistoryExportJob::Outcome HistoryExportJob::withSource(
    StoreDatabase &database,
    const std::function<Outcome(HistoryReader &, const Source &)> &write) const
{
    if (cancelled())
        return kCancelled;
    HistoryReader reader(database);
    QString error;
    const auto source = readSource(database, reader, &error);
    if (!source)
        return failed(error);
    return write(reader, *source);
}

void HistoryExportJob::start(StoreThread &store, QObject *context, ResultFilter filter,
                             QString path, std::shared_ptr<const std::atomic_bool> cancel,
                             Progress progress, std::function<void(const Outcome &)> done)
{
    HistoryExportJob job(std::move(filter), std::move(path));
    job.setCancelFlag(cancel);
    StoreThread *thread = &store;
    if (progress) {
        const QPointer<QObject> guard(context);
        // Called in the store thread; delivered to the one that owns it.
        job.setProgress(
            [thread, guard, progress = std::move(progress)](qint64 written, qint64 total) {
                thread->deliver([guard, progress, written, total] {
                    if (guard)
                        progress(written, total);
                });
            });
    }
    store.run<Outcome>(
        context,
        [thread, job = std::move(job)](StoreDatabase *database) -> Outcome {
            if (job.cancelled())
                return kCancelled;
            if (!database)
                return failed(thread->openError());
            return job.run(*database);
        },
        std::move(done));
}

std::optional<HistoryExportJob::Source>
HistoryExportJob::readSource(StoreDatabase &database, HistoryReader &reader, QString *error) const
{
    MonitorStore monitorStore(database);
    const auto monitors = monitorStore.all();
    if (!monitors) {
        *error = monitorStore.lastError();
        return std::nullopt;
    }
    Source source;
    for (const Monitor &monitor : *monitors)
        source.monitors.insert(monitor.id, monitor);
    const bool unfiltered =
        m_filter.monitorIds.isEmpty() && !m_filter.since.isValid() && !m_filter.until.isValid();
    if (m_progress && unfiltered) {
        const auto count = reader.resultCount();
        if (!count) {
            *error = reader.lastError();
            return std::nullopt;
        }
        source.total = *count;
    }
    return source;
}

HistoryExportJob::Outcome HistoryExportJob::writeCsv(HistoryReader &reader, const Source &source,
                                                     QFileDevice &out) const
{
    if (m_progress)
        m_progress(0, source.total);
    QString error;
    const qint64 total = source.total;
    const auto written = HistoryCsv::write(reader, source.monitors, m_filter, out, &error,
                                           [this, total](qint64 count) {
                                               if (cancelled())
                                                   return false;
                                               if (m_progress)
                                                   m_progress(count, total);
                                               return true;
                                           });
    if (cancelled())
        return kCancelled;
    if (!written)
        return failed(error);
    return {*written, false, {}};
}
