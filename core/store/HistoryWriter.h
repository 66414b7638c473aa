#pragma once

#include "core/base/Clock.h"
#include "core/model/ResultBatch.h"
#include "core/store/Retention.h"
#include "core/store/WriterAccounting.h"

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
//
// It accounts for every result it receives (WriterAccounting): stored, pending or dropped. When
// a write fails the results stay pending and the flush timer retries; at most
// kMaxPendingResults wait, and beyond that the OLDEST are dropped and counted, so memory stays
// bounded and the history that returns is the most recent. State changes are never dropped
// (one per transition, few). When a write succeeds again, resumed() says so.
class HistoryWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWriter)

public:
    static constexpr int kDefaultFlushMs = 500;
    static constexpr int kFlushAtResults = 20'000;
    // About 40 MB of results: a 20-minute outage at 10,000 monitors checked every minute.
    static constexpr qsizetype kMaxPendingResults = 200'000;
    static constexpr int kPruneEveryMs = 10 * 60 * 1000;
    // How long an owner waits for closed() at shutdown before it reports what is not written.
    static constexpr int kCloseWaitMs = 10'000;

    HistoryWriter(QString path, const Retention &retention, std::shared_ptr<const Clock> clock,
                  int flushMs = kDefaultFlushMs);
    ~HistoryWriter() override;

    // The location every result and incident it writes is recorded with (an agent's); empty:
    // none. Set before open().
    void setLocation(const QString &location) { m_location = location; }

    // Slots for queued calls.
    void open();
    void append(const ResultBatch &batch);
    void flush();
    void prune();
    void setRetention(const Retention &retention);
    // Makes a last attempt to write what is pending, closes the database and reports closed():
    // its `pending` results could not be written and are gone with the writer.
    void close();

signals:
    void opened();
    // Opening or writing failed (each distinct failure once), or results start to be dropped.
    void failed(const QString &error);
    // Writing works again after failures: one sentence saying for how long and what was lost.
    void resumed(const QString &message);
    void flushed(int results, int changes);
    // After every write attempt or drop that changed the counts.
    void accountingChanged(const WriterAccounting &accounting);
    void pruned(qint64 results, qint64 rollups, qint64 incidents);
    void closed(const WriterAccounting &accounting);

private:
    [[nodiscard]] QString withPath(const QString &error) const;
    void fail(const QString &why);
    void announceResumed();
    void reportAccounting();

    QString m_path;
    Retention m_retention;
    std::shared_ptr<const Clock> m_clock;
    int m_flushMs;
    std::unique_ptr<StoreDatabase> m_database;
    std::unique_ptr<HistoryStore> m_store;
    QString m_location;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_pruneTimer = nullptr;
    ResultBatch m_buffer;
    WriterAccounting m_accounting;
    WriterAccounting m_reported;
    qint64 m_failingSinceMs = 0; // steady clock, while m_accounting.failure is set
    qint64 m_droppedBeforeFailure = 0;
    bool m_closed = false; // close() ran: later batches are counted as dropped
};
