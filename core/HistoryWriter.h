#pragma once

#include "Clock.h"
#include "ResultBatch.h"
#include "Retention.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class HistoryStore;
class StoreDatabase;

// The one writer of history, living in its own thread with its own connection. Batches from the
// engine are buffered and written in one transaction at least every flush period (so a crash
// loses at most that much), when the buffer grows large, and on close(). Old history is pruned
// periodically. Created without a parent, moved to its thread; open() and everything else run
// there through queued calls.
class HistoryWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWriter)

public:
    static constexpr int kDefaultFlushMs = 500;
    static constexpr int kFlushAtResults = 20'000;
    static constexpr int kPruneEveryMs = 10 * 60 * 1000;

    HistoryWriter(QString path, const Retention &retention, std::shared_ptr<const Clock> clock,
                  int flushMs = kDefaultFlushMs);
    ~HistoryWriter() override;

    // Slots for queued calls.
    void open();
    void append(const ResultBatch &batch);
    void flush();
    void prune();
    void setRetention(const Retention &retention);
    // Writes what is buffered, closes the database and reports closed().
    void close();

signals:
    void opened();
    // Opening or writing failed; the buffered results are kept and retried at the next flush.
    void failed(const QString &error);
    void flushed(int results, int changes);
    void pruned(qint64 results, qint64 rollups, qint64 incidents);
    void closed();

private:
    QString m_path;
    Retention m_retention;
    std::shared_ptr<const Clock> m_clock;
    int m_flushMs;
    std::unique_ptr<StoreDatabase> m_database;
    std::unique_ptr<HistoryStore> m_store;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_pruneTimer = nullptr;
    ResultBatch m_buffer;
    QString m_lastFailure;
};
