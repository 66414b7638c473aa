#pragma once

#include "core/engine/ResultBatch.h"
#include "core/model/Monitor.h"
#include "core/store/WriterAccounting.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

class Engine;
class HistoryWriter;
class QThread;
class SignalWatcher;
class StoreDatabase;

// `upwatch run [--duration S]`: the engine without a window. Checks every monitor at its
// interval, writes history, prints each state change as a line, and follows changes made to
// the monitors meanwhile (by `upwatch monitor ...` in another shell). SIGINT/SIGTERM or the end
// of --duration stop it: running checks are cancelled, everything finished is written, exit 0.
// The last line counts what was stored; checks that could not be stored (the disk was full, the
// writer did not finish within HistoryWriter::kCloseWaitMs) are reported and make the exit code 1.
class RunCommand final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunCommand)

public:
    static constexpr int kSyncEveryMs = 2000;

    explicit RunCommand(QObject *parent = nullptr);
    ~RunCommand() override;

    // Returns an exit code when the command is over before it started (help, bad usage, no
    // database); otherwise finished() reports the exit code later.
    [[nodiscard]] std::optional<int> start(const QStringList &arguments);

signals:
    void finished(int exitCode);

private:
    void onResults(const ResultBatch &batch);
    void syncMonitors();
    void shutdown(int exitCode);
    void onEngineStopped();
    void onWriterClosed(const WriterAccounting &accounting);
    void onWriterFailed(const QString &error);
    void onWriterTimedOut();
    void report(const WriterAccounting &accounting, const QString &whyLost);

    std::unique_ptr<StoreDatabase> m_database; // this thread's connection: monitors only
    Engine *m_engine = nullptr;
    QThread *m_writerThread = nullptr;
    HistoryWriter *m_writer = nullptr;
    SignalWatcher *m_signals = nullptr;
    QTimer m_syncTimer;
    QTimer m_durationTimer;
    QTimer m_closeTimer;
    WriterAccounting m_accounting; // the writer's latest report
    qint64 m_revision = -1;
    QHash<qint64, Monitor> m_monitors;
    qint64 m_results = 0;
    qint64 m_down = 0;
    int m_exitCode = 0;
    bool m_stopping = false;
    bool m_writerOpen = false;
    bool m_writerClosed = false;
    bool m_reported = false;
};
