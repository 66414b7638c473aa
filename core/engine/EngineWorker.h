#pragma once

#include "core/base/Clock.h"
#include "core/model/CheckResult.h"
#include "core/model/Monitor.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class LoopLagProbe;
class Prober;

// What a worker tells the engine: finished checks since its last report, and how late its own
// event loop ran (-1 when not measured in this report).
struct WorkerReport {
    int worker = 0;
    QList<CheckResult> results;
    qint64 maxLagMs = -1;
};

Q_DECLARE_METATYPE(WorkerReport)

// One check the engine hands a worker: the monitor and, for one that authenticates, its secret.
struct CheckOrder {
    Monitor monitor;
    QByteArray secret;
};

// One engine thread: runs the checks the engine hands it with its own Prober (and so its own
// network managers, created in this thread) and sends results back in batches. Created without
// a parent, moved to its thread, started there with start(), deleted with deleteLater.
class EngineWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineWorker)

public:
    static constexpr int kLagReportMs = 1000;

    // `workers`: how many there are, to share the process's name lookup threads among them.
    EngineWorker(int index, int workers, std::shared_ptr<const Clock> clock);
    ~EngineWorker() override;

    // Slots, called through queued invocations from the engine's thread.
    void start();
    void runChecks(const QList<CheckOrder> &orders);
    // Sends what is batched, cancels running checks and reports stopped().
    void stop();

signals:
    void report(const WorkerReport &report);
    void stopped(int worker);

private:
    void onFinished(const CheckResult &result);
    void sendBatch();
    void sendLag();

    int m_index;
    int m_workers;
    std::shared_ptr<const Clock> m_clock;
    Prober *m_prober = nullptr;
    LoopLagProbe *m_lag = nullptr;
    QTimer *m_batchTimer = nullptr;
    QTimer *m_lagTimer = nullptr;
    QList<CheckResult> m_batch;
};
