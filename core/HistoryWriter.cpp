#include "HistoryWriter.h"

#include "HistoryStore.h"
#include "StoreDatabase.h"

namespace {

// When the disk keeps failing, keep at most this many results waiting (the newest).
constexpr qsizetype kMaxBuffered = 1'000'000;

} // namespace

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
        emit failed(error);
        return;
    }
    m_store = std::make_unique<HistoryStore>(*m_database);
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
    m_buffer.results.append(batch.results);
    m_buffer.changes.append(batch.changes);
    if (m_buffer.results.size() > kMaxBuffered)
        m_buffer.results.remove(0, m_buffer.results.size() - kMaxBuffered);
    if (m_buffer.results.size() >= kFlushAtResults)
        flush();
}

void HistoryWriter::flush()
{
    if (!m_store || m_buffer.isEmpty())
        return;
    if (!m_store->append(m_buffer.results, m_buffer.changes)) {
        // Report a failure once, not every period while the disk stays full.
        if (m_store->lastError() != m_lastFailure) {
            m_lastFailure = m_store->lastError();
            emit failed(
                QStringLiteral("cannot write history to %1: %2").arg(m_path, m_lastFailure));
        }
        return;
    }
    m_lastFailure.clear();
    const ResultBatch written = std::exchange(m_buffer, {});
    emit flushed(int(written.results.size()), int(written.changes.size()));
}

void HistoryWriter::prune()
{
    if (!m_store)
        return;
    flush();
    const auto report = m_store->prune(m_retention, m_clock->nowUtc());
    if (!report) {
        emit failed(
            QStringLiteral("cannot prune history in %1: %2").arg(m_path, m_store->lastError()));
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
    emit closed();
}
