#include "core/store/HistoryWriter.h"

#include "core/store/HistoryStore.h"
#include "core/store/StoreDatabase.h"

HistoryWriter::HistoryWriter(QString path, const Retention &retention,
                             std::shared_ptr<const Clock> clock, int flushMs)
    : m_path(std::move(path))
    , m_retention(retention)
    , m_clock(std::move(clock))
    , m_flushMs(flushMs)
{
}

HistoryWriter::~HistoryWriter() = default;

void HistoryWriter::open()
{
    QString error;
    m_database = StoreDatabase::open(m_path, &error);
    if (!m_database) {
        m_accounting.failure = error;
        emit failed(error);
        reportAccounting();
        return;
    }
    m_store = std::make_unique<HistoryStore>(*m_database);
    m_store->setLocation(m_location);
    m_flushTimer = new QTimer(this);
    m_flushTimer->setInterval(m_flushMs);
    connect(m_flushTimer, &QTimer::timeout, this, &HistoryWriter::flush);
    m_flushTimer->start();
    m_pruneTimer = new QTimer(this);
    m_pruneTimer->setInterval(kPruneEveryMs);
    connect(m_pruneTimer, &QTimer::timeout, this, &HistoryWriter::prune);
    m_pruneTimer->start();
    emit opened();
    prune();
}

void HistoryWriter::append(const ResultBatch &batch)
{
    if (m_closed) {
        // A batch that arrives after close() cannot be written any more: it is counted as lost.
        m_accounting.dropped += batch.results.size();
        reportAccounting();
        return;
    }
    m_buffer.results.append(batch.results);
    m_buffer.changes.append(batch.changes);
    const qsizetype excess = m_buffer.results.size() - kMaxPendingResults;
    if (excess > 0) {
        if (m_accounting.dropped == m_droppedBeforeFailure) {
            emit failed(QStringLiteral("history cannot be written to %1: keeping the newest %2 "
                                       "results in memory and dropping older ones")
                            .arg(m_path)
                            .arg(kMaxPendingResults));
        }
        m_buffer.results.remove(0, excess); // a Qt 6 list drops its front without moving
        m_accounting.dropped += excess;
    }
    m_accounting.pending = m_buffer.results.size();
    // While writing fails, only the flush timer retries: not every batch that arrives.
    if (m_accounting.failure.isEmpty() && m_buffer.results.size() >= kFlushAtResults)
        flush();
    else if (excess > 0)
        reportAccounting();
}

void HistoryWriter::flush()
{
    if (!m_store || m_buffer.isEmpty())
        return;
    if (!m_store->append(m_buffer.results, m_buffer.changes)) {
        fail(m_store->lastError());
        reportAccounting();
        return;
    }
    const ResultBatch written = std::exchange(m_buffer, {});
    m_accounting.stored += written.results.size();
    m_accounting.pending = 0;
    emit flushed(int(written.results.size()), int(written.changes.size()));
    const bool wasFailing = !m_accounting.failure.isEmpty();
    m_accounting.failure.clear();
    reportAccounting(); // first the counts, then the news that writing works again
    if (wasFailing)
        announceResumed();
}

void HistoryWriter::announceResumed()
{
    const qint64 seconds = (m_clock->steadyMs() - m_failingSinceMs) / 1000;
    const qint64 dropped = m_accounting.dropped - m_droppedBeforeFailure;
    m_droppedBeforeFailure = m_accounting.dropped;
    const QString lost = dropped == 0 ? QStringLiteral("no results were lost")
                         : dropped == 1
                             ? QStringLiteral("1 result was dropped meanwhile")
                             : QStringLiteral("%1 results were dropped meanwhile").arg(dropped);
    emit resumed(QStringLiteral("writing history to %1 again after %2 s; %3")
                     .arg(m_path)
                     .arg(seconds)
                     .arg(lost));
}

QString HistoryWriter::withPath(const QString &error) const
{
    // The store's messages name the database already ("database X: the disk is full").
    return error.contains(m_path) ? error : QStringLiteral("database %1: %2").arg(m_path, error);
}

void HistoryWriter::fail(const QString &why)
{
    const QString error = why.isEmpty() ? QStringLiteral("unknown error") : why;
    if (m_accounting.failure.isEmpty())
        m_failingSinceMs = m_clock->steadyMs();
    // Report a failure once, not every period while the disk stays full.
    if (error == m_accounting.failure)
        return;
    m_accounting.failure = error;
    emit failed(QStringLiteral("cannot write history: %1").arg(withPath(error)));
}

void HistoryWriter::reportAccounting()
{
    if (m_accounting == m_reported)
        return;
    m_reported = m_accounting;
    emit accountingChanged(m_accounting);
}

void HistoryWriter::prune()
{
    if (!m_store)
        return;
    flush();
    const auto report = m_store->prune(m_retention, m_clock->nowUtc());
    if (!report) {
        emit failed(QStringLiteral("cannot prune history: %1").arg(withPath(m_store->lastError())));
        return;
    }
    emit pruned(report->results, report->rollups, report->incidents);
}

void HistoryWriter::setRetention(const Retention &retention)
{
    m_retention = retention;
}

void HistoryWriter::close()
{
    flush();
    if (m_flushTimer)
        m_flushTimer->stop();
    if (m_pruneTimer)
        m_pruneTimer->stop();
    m_store.reset();
    m_database.reset();
    // What is still pending could not be written, and goes with the writer.
    m_buffer = {};
    m_closed = true;
    emit closed(m_accounting);
}
