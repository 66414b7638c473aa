#pragma once

#include "core/model/Monitor.h"
#include "core/model/ResultBatch.h"
#include "core/secret/SecretStore.h"
#include "core/service/MonitoringService.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

class Alerting;
class RunMetrics;
class SignalWatcher;

// `upwatch run [--duration S] [--metrics-port P]`: the MonitoringService without a window. Checks
// every monitor at its interval, writes history, prints each state change as a line, and follows
// changes made to the monitors meanwhile (by `upwatch monitor ...` in another shell). Alert
// channels (`upwatch channel ...`) are told about outages; each failed delivery is a line
// "alert: channel X: ..." on stderr, and the last line counts them. SIGINT/SIGTERM or the end of
// --duration stop it: running checks are cancelled, everything finished is written, exit 0. The
// last line counts what was stored; checks that could not be stored (the disk was full, the
// writer did not finish within HistoryWriter::kCloseWaitMs) are reported and make the exit code
// 1. With --metrics-port it serves /metrics and /health (RunMetrics) before monitoring starts.
class RunCommand final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunCommand)

public:
    explicit RunCommand(QObject *parent = nullptr);
    ~RunCommand() override;

    // Returns an exit code when the command is over before it started (help, bad usage, no
    // database); otherwise finished() reports the exit code later.
    [[nodiscard]] std::optional<int> start(const QStringList &arguments);

signals:
    void finished(int exitCode);

private:
    void onLoaded(const QList<Monitor> &monitors);
    void onResults(const ResultBatch &batch);
    void onStoreFailed(const QString &error);
    void shutdown(int exitCode);
    void report(const ServiceReport &report);

    MonitoringService *m_service = nullptr;
    Alerting *m_alerting = nullptr; // alert channels; stopped before the service
    qint64 m_alertFailures = 0;
    bool m_shuttingDown = false;
    std::unique_ptr<SecretStore> m_secrets; // the service only keeps a guarded pointer to it
    SignalWatcher *m_signals = nullptr;
    RunMetrics *m_metrics = nullptr; // with --metrics-port
    QTimer m_durationTimer;
    std::optional<int> m_duration;
    qint64 m_down = 0;
    int m_exitCode = 0;
};
