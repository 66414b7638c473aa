#include "app/bench/ChecksBenchmark.h"

#include "app/bench/BareLoop.h"
#include "app/bench/LagRecorder.h"
#include "app/bench/NginxTarget.h"
#include "core/base/SystemClock.h"
#include "core/engine/HealthMonitor.h"
#include "core/model/ImportedMonitor.h"
#include "core/service/MonitoringService.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

#include <algorithm>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChecksBenchmark)
};

qint64 percentileOf(const LatencyHistogram &histogram, double percent)
{
    return histogram.percentile(percent).value_or(0);
}

// The counts of `to` less those of `from`; percentiles cannot be subtracted, so the lateness
// histogram is the one of `to`.
Scheduler::Stats minus(const Scheduler::Stats &to, const Scheduler::Stats &from)
{
    Scheduler::Stats delta = to;
    delta.started -= from.started;
    delta.late -= from.late;
    delta.skipped -= from.skipped;
    delta.totalLatenessMs -= from.totalLatenessMs;
    return delta;
}

} // namespace

ChecksBenchmark::ChecksBenchmark(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_target(new NginxTarget(options.hosts, options.freshConnections, this))
    , m_lag(new LagRecorder(LagRecorder::kDefaultPeriodMs, this))
    , m_phaseTimer(this)
{
    m_result.options = options;
    m_result.workers =
        options.workers > 0 ? options.workers : std::max(1, QThread::idealThreadCount());
    m_phaseTimer.setSingleShot(true);
    connect(m_target, &NginxTarget::ready, this, &ChecksBenchmark::onTargetReady);
    connect(m_target, &NginxTarget::failed, this, &ChecksBenchmark::fail);
    m_steady.start();
}

ChecksBenchmark::~ChecksBenchmark() = default;

void ChecksBenchmark::start()
{
    emit progress(Text::tr("starting nginx on %1 loopback addresses").arg(m_options.hosts));
    m_target->start();
}

QList<QList<QUrl>> ChecksBenchmark::urlsByHost() const
{
    QList<QList<QUrl>> urls(m_target->hosts());
    for (int i = 0; i < m_options.monitors; ++i)
        urls[i % m_target->hosts()].append(m_target->url(i, QStringLiteral("/m%1").arg(i)));
    return urls;
}

void ChecksBenchmark::onTargetReady()
{
    if (m_options.mode == Mode::Service)
        runService();
    else
        runBare();
}

void ChecksBenchmark::runBare()
{
    BareLoop::Options options;
    options.urlsByHost = urlsByHost();
    options.workers = m_result.workers;
    m_bare = std::make_unique<BareLoop>(options);
    emit progress(Text::tr("bare loop: warming up for %1 s").arg(m_options.warmupSeconds));
    m_bare->start();
    m_phaseTimer.disconnect(this);
    connect(&m_phaseTimer, &QTimer::timeout, this, [this] {
        emit progress(Text::tr("bare loop: measuring for %1 s").arg(m_options.durationSeconds));
        m_windowStartNs = m_steady.nsecsElapsed();
        m_windowResults = m_bare->completed() + m_bare->failed();
        m_cpuAtStart = BenchStats::cpuSeconds();
        m_nginxCpuAtStart = m_target->cpuSeconds();
        m_failedAtStart = m_bare->failed();
        m_phaseTimer.disconnect(this);
        connect(&m_phaseTimer, &QTimer::timeout, this, &ChecksBenchmark::finishBare);
        m_phaseTimer.start(m_options.durationSeconds * 1000);
    });
    m_phaseTimer.start(m_options.warmupSeconds * 1000);
}

void ChecksBenchmark::finishBare()
{
    const double seconds = double(m_steady.nsecsElapsed() - m_windowStartNs) / 1e9;
    BareNumbers bare;
    bare.inFlight = m_bare->inFlight();
    bare.checks = m_bare->completed() + m_bare->failed() - m_windowResults;
    bare.failed = m_bare->failed() - m_failedAtStart;
    bare.checksPerSecond = double(bare.checks) / seconds;
    bare.cpuSeconds = BenchStats::cpuSeconds() - m_cpuAtStart;
    bare.nginxCpuSeconds = m_target->cpuSeconds() - m_nginxCpuAtStart;
    m_bare->stop();
    bare.responseMs = BenchStats::spreadOf(m_bare->responseTimes());
    m_bare.reset();
    m_result.bare = bare;
    if (m_options.mode == Mode::Both)
        runService();
    else
        done();
}

void ChecksBenchmark::runService()
{
    if (!m_dir.isValid()) {
        fail(Text::tr("cannot create a temporary folder: %1").arg(m_dir.errorString()));
        return;
    }
    const QString path = m_dir.filePath(QStringLiteral("bench.sqlite"));
    m_result.service.emplace();
    emit progress(Text::tr("service: adding %1 monitors").arg(m_options.monitors));
    {
        QString error;
        const auto database = StoreDatabase::open(path, &error);
        if (!database) {
            fail(error);
            return;
        }
        QList<ImportedMonitor> monitors;
        monitors.reserve(m_options.monitors);
        for (int i = 0; i < m_options.monitors; ++i) {
            ImportedMonitor imported;
            Monitor &monitor = imported.monitor;
            monitor.name = QStringLiteral("bench-%1").arg(i, 6, 10, QLatin1Char('0'));
            monitor.url = m_target->url(i, QStringLiteral("/m%1").arg(i));
            monitor.intervalSeconds = m_options.intervalSeconds;
            monitor.keyword = QStringLiteral("OK");
            monitors.append(imported);
        }
        MonitorStore store(*database);
        MonitorStore::ImportReport report;
        if (!store.import(monitors, &report)) {
            fail(Text::tr("cannot add the monitors: %1").arg(store.lastError()));
            return;
        }
    }
    EngineConfig config;
    config.workers = m_result.workers;
    m_service =
        new MonitoringService(path, std::make_shared<SystemClock>(), config, Retention{}, this);
    connect(m_service, &MonitoringService::loadFailed, this, &ChecksBenchmark::fail);
    connect(m_service, &MonitoringService::loaded, this, &ChecksBenchmark::onServiceLoaded);
    connect(m_service, &MonitoringService::resultsReady, this, &ChecksBenchmark::onResults);
    connect(m_service, &MonitoringService::healthSampled, this, &ChecksBenchmark::onHealth);
    connect(m_service, &MonitoringService::historyAccountingChanged, this,
            [this](const WriterAccounting &accounting) { m_stored = accounting.stored; });
    connect(m_service, &MonitoringService::stopped, this, &ChecksBenchmark::onServiceStopped);
    m_service->start();
}

void ChecksBenchmark::onServiceLoaded()
{
    emit progress(Text::tr("service: warming up for %1 s").arg(m_options.warmupSeconds));
    m_phaseTimer.disconnect(this);
    connect(&m_phaseTimer, &QTimer::timeout, this, &ChecksBenchmark::startServiceWindow);
    m_phaseTimer.start(m_options.warmupSeconds * 1000);
}

void ChecksBenchmark::startServiceWindow()
{
    emit progress(Text::tr("service: measuring for %1 s").arg(m_options.durationSeconds));
    m_inWindow = true;
    m_windowStartMs = QDateTime::currentMSecsSinceEpoch();
    m_windowStartNs = m_steady.nsecsElapsed();
    m_windowResults = 0;
    m_cpuAtStart = BenchStats::cpuSeconds();
    m_nginxCpuAtStart = m_target->cpuSeconds();
    m_storedAtStart = m_stored;
    m_scheduleAtStart = m_service->engine().scheduleStats();
    m_lag->start();
    m_phaseTimer.disconnect(this);
    connect(&m_phaseTimer, &QTimer::timeout, this, &ChecksBenchmark::endServiceWindow);
    m_phaseTimer.start(m_options.durationSeconds * 1000);
}

void ChecksBenchmark::onResults(const ResultBatch &batch)
{
    m_produced += batch.results.size();
    if (!m_inWindow)
        return;
    ServiceNumbers &service = *m_result.service;
    for (const CheckResult &result : batch.results) {
        ++m_windowResults;
        if (result.verdict != Verdict::Up)
            ++service.failed;
        else if (result.responseMs >= 0)
            m_responseMs.push_back(double(result.responseMs));
        const qint64 at = result.startedAt.toMSecsSinceEpoch();
        qint64 &last = m_lastStartMs[result.monitorId];
        if (last > 0 && at >= m_windowStartMs)
            m_gapsMs.push_back(double(at - last));
        last = at;
    }
}

void ChecksBenchmark::onHealth(const HealthSample &sample)
{
    if (!m_inWindow)
        return;
    ServiceNumbers &service = *m_result.service;
    ++m_healthSamples;
    m_inFlightSum += sample.inFlight;
    service.inFlightMax = std::max(service.inFlightMax, sample.inFlight);
    service.waitingMax = std::max(service.waitingMax, sample.waiting);
    service.saturated = sample.saturated;
    service.neededPerSecond = sample.neededPerSecond;
    if (m_workerLagsMs.size() < sample.workerLagsMs.size())
        m_workerLagsMs.resize(sample.workerLagsMs.size());
    for (qsizetype i = 0; i < sample.workerLagsMs.size(); ++i)
        m_workerLagsMs[i].push_back(double(sample.workerLagsMs.at(i)));
}

void ChecksBenchmark::endServiceWindow()
{
    m_inWindow = false;
    m_lag->stop();
    const double seconds = double(m_steady.nsecsElapsed() - m_windowStartNs) / 1e9;
    ServiceNumbers &service = *m_result.service;
    service.checks = m_windowResults;
    service.checksPerSecond = double(m_windowResults) / seconds;
    service.storedPerSecond = double(m_stored - m_storedAtStart) / seconds;
    const Scheduler::Stats schedule = minus(m_service->engine().scheduleStats(), m_scheduleAtStart);
    service.started = schedule.started;
    service.late = schedule.late;
    service.skipped = schedule.skipped;
    service.latenessP50Ms = double(percentileOf(schedule.lateness, 50));
    service.latenessP99Ms = double(percentileOf(schedule.lateness, 99));
    service.latenessMaxMs = double(m_service->engine().scheduleStats().maxLatenessMs);
    service.gapMs = BenchStats::spreadOf(std::exchange(m_gapsMs, {}));
    service.responseMs = BenchStats::spreadOf(std::exchange(m_responseMs, {}));
    service.ownerLagMs = BenchStats::spreadOf(m_lag->take());
    for (std::vector<double> &lags : m_workerLagsMs)
        service.workerLagMs.append(BenchStats::spreadOf(std::exchange(lags, {})));
    service.inFlightAverage = m_healthSamples > 0 ? double(m_inFlightSum) / m_healthSamples : 0;
    service.cpuSeconds = BenchStats::cpuSeconds() - m_cpuAtStart;
    service.nginxCpuSeconds = m_target->cpuSeconds() - m_nginxCpuAtStart;
    service.rssBytes = BenchStats::rssBytes();
    emit progress(Text::tr("service: stopping and writing what is left"));
    m_service->shutdown();
}

void ChecksBenchmark::onServiceStopped(const ServiceReport &report)
{
    ServiceNumbers &service = *m_result.service;
    service.producedTotal = report.results;
    service.storedTotal = report.history.stored;
    done();
}

void ChecksBenchmark::fail(const QString &why)
{
    m_phaseTimer.stop();
    m_target->stop();
    emit failed(why);
    emit finished(1);
}

void ChecksBenchmark::done()
{
    m_target->stop();
    // The kernel's high-water mark is updated lazily (per-thread RSS counters are folded in
    // now and then), so it can read lower than a sample taken earlier; the peak is at least
    // every sample this run took.
    m_result.peakRssBytes = BenchStats::peakRssBytes();
    if (m_result.service)
        m_result.peakRssBytes = std::max(m_result.peakRssBytes, m_result.service->rssBytes);
    emit finished(0);
}
