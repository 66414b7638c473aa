#pragma once

#include "app/bench/BenchStats.h"
#include "core/engine/Scheduler.h"
#include "core/model/ResultBatch.h"
#include "core/store/WriterAccounting.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class BareLoop;
class LagRecorder;
class MonitoringService;
class NginxTarget;
struct HealthSample;
struct ServiceReport;

// `upwatch bench checks`: the monitoring service (engine, state, history writer) against a
// loopback nginx, and/or the bare QNAM loop (BareLoop) against the same nginx, each measured over
// the same window after a warm-up. start() returns at once; finished() carries the exit code
// once the numbers are in result().
class ChecksBenchmark final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksBenchmark)

public:
    enum class Mode { Service, Bare, Both };
    struct Options {
        Mode mode = Mode::Service;
        int monitors = 1000;
        int intervalSeconds = 1;
        int durationSeconds = 20;
        int warmupSeconds = 3;
        int hosts = 100;
        int workers = 0; // 0: one per core, as the engine does
        bool freshConnections = false;
    };

    // What the bare loop did in the window.
    struct BareNumbers {
        double checksPerSecond = 0;
        qint64 checks = 0;
        qint64 failed = 0;
        BenchStats::Spread responseMs;
        double cpuSeconds = 0;
        double nginxCpuSeconds = 0;
        int inFlight = 0;
    };
    // What the service did in the window (and, for stored and lost, by its end).
    struct ServiceNumbers {
        double checksPerSecond = 0; // results handed over by the engine
        double storedPerSecond = 0; // results the history writer stored
        qint64 checks = 0;
        qint64 failed = 0; // results that were not UP
        qint64 late = 0;
        qint64 skipped = 0;
        qint64 started = 0;
        double latenessP50Ms = 0;
        double latenessP99Ms = 0;
        double latenessMaxMs = 0;
        BenchStats::Spread gapMs; // between two checks of one monitor
        BenchStats::Spread responseMs;
        BenchStats::Spread ownerLagMs;
        QList<BenchStats::Spread> workerLagMs; // per worker, of its per-second worst
        double inFlightAverage = 0;
        int inFlightMax = 0;
        int waitingMax = 0;
        bool saturated = false; // the health monitor said so at the end of the window
        double neededPerSecond = 0;
        double cpuSeconds = 0;
        double nginxCpuSeconds = 0;
        qint64 rssBytes = 0;
        qint64 producedTotal = 0;
        qint64 storedTotal = 0;
    };
    struct Result {
        Options options;
        int workers = 0;
        std::optional<BareNumbers> bare;
        std::optional<ServiceNumbers> service;
        qint64 peakRssBytes = 0;
    };

    explicit ChecksBenchmark(const Options &options, QObject *parent = nullptr);
    ~ChecksBenchmark() override;

    void start();
    [[nodiscard]] const Result &result() const { return m_result; }

signals:
    // Progress for stderr: "bare loop: measuring 20 s".
    void progress(const QString &line);
    // 0 with numbers in result(); otherwise the failure was reported through failed().
    void finished(int exitCode);
    void failed(const QString &why);

private:
    void onTargetReady();
    void runBare();
    void finishBare();
    void runService();
    void onServiceLoaded();
    void startServiceWindow();
    void endServiceWindow();
    void onResults(const ResultBatch &batch);
    void onHealth(const HealthSample &sample);
    void onServiceStopped(const ServiceReport &report);
    void fail(const QString &why);
    void done();
    [[nodiscard]] QList<QList<QUrl>> urlsByHost() const;

    Options m_options;
    Result m_result;
    NginxTarget *m_target;
    std::unique_ptr<BareLoop> m_bare;
    QTemporaryDir m_dir;
    MonitoringService *m_service = nullptr;
    LagRecorder *m_lag;
    QTimer m_phaseTimer;

    // The service's window.
    bool m_inWindow = false;
    qint64 m_windowStartMs = 0; // wall clock, ms since the epoch
    qint64 m_windowStartNs = 0; // m_steady
    qint64 m_windowResults = 0;
    double m_cpuAtStart = 0;
    double m_nginxCpuAtStart = 0;
    qint64 m_storedAtStart = 0;
    qint64 m_failedAtStart = 0;
    qint64 m_stored = 0;
    qint64 m_produced = 0;
    Scheduler::Stats m_scheduleAtStart;
    std::unordered_map<qint64, qint64> m_lastStartMs; // per monitor
    std::vector<double> m_gapsMs;
    std::vector<double> m_responseMs;
    QList<std::vector<double>> m_workerLagsMs;
    qint64 m_inFlightSum = 0;
    int m_healthSamples = 0;
    QElapsedTimer m_steady;
};
