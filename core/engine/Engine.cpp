#include "core/engine/Engine.h"

#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>

Engine::Engine(const EngineConfig &config, std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(std::move(clock))
    , m_timer(this)
{
    m_config.workers =
        m_config.workers > 0 ? m_config.workers : std::max(1, QThread::idealThreadCount());
    m_config.maxInFlight = std::max(1, m_config.maxInFlight);
    m_config.maxPerHost = std::max(1, m_config.maxPerHost);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Engine::onTimer);
}

Engine::~Engine()
{
    // All of them quit at once, then one deadline for all: stuck workers cost one wait, not one
    // each.
    for (const auto &thread : m_threads)
        thread->quit();
    const QDeadlineTimer deadline(OwnedThread::kDefaultWaitMs);
    for (const auto &thread : m_threads) {
        if (!thread->stop(std::max<qint64>(deadline.remainingTime(), 0)))
            qWarning("upwatch: %s did not end in time; leaving it", // a check stuck in a call
                     qUtf8Printable(thread->thread()->objectName()));
    }
}

void Engine::start()
{
    if (!m_threads.empty())
        return;
    for (int i = 0; i < m_config.workers; ++i) {
        auto thread = std::make_unique<OwnedThread>(QStringLiteral("upwatch-worker-%1").arg(i));
        auto *worker = thread->adopt(new EngineWorker(i, m_config.workers, m_clock));
        connect(thread->thread(), &QThread::started, worker, &EngineWorker::start);
        connect(worker, &EngineWorker::report, this, &Engine::onReport);
        connect(worker, &EngineWorker::stopped, this, &Engine::onWorkerStopped);
        thread->start();
        m_threads.push_back(std::move(thread));
        m_workers.append(worker);
        m_workerLags.append({0, m_clock->steadyMs()});
    }
    m_workersRunning = int(m_workers.size());
    m_active = true;
    armTimer();
}

void Engine::stop()
{
    if (!m_active)
        return;
    m_active = false;
    m_stopping = true;
    m_timer.stop();
    for (EngineWorker *worker : std::as_const(m_workers))
        QMetaObject::invokeMethod(worker, &EngineWorker::stop, Qt::QueuedConnection);
}

void Engine::onWorkerStopped()
{
    if (--m_workersRunning > 0)
        return;
    m_stopping = false;
    m_running.clear();
    m_inFlight = 0;
    emit stopped();
}

QString Engine::hostKeyOf(const Monitor &monitor)
{
    const QUrl &url = monitor.url;
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    return url.scheme() + u"://" + url.host().toLower() + u':' + QString::number(port);
}

void Engine::track(const Monitor &monitor, MonitorState initial, qint64 firstDelayMs, bool voter)
{
    Tracked tracked;
    tracked.voter = voter;
    tracked.monitor = monitor;
    tracked.hostKey = hostKeyOf(monitor);
    tracked.worker = int(qHash(tracked.hostKey) % quint64(m_config.workers));
    tracked.generation = m_nextGeneration++;
    tracked.secretState =
        monitor.credentialKey.isEmpty() ? SecretState::NotNeeded : SecretState::Waiting;
    m_monitors.insert(monitor.id, tracked);
    const qint64 interval = qint64(monitor.intervalSeconds) * 1000;
    if (voter) { // no state here: the engine that owns it has that
        m_scheduler.add(monitor.id, interval, m_clock->steadyMs(), firstDelayMs);
        if (monitor.paused)
            m_scheduler.pause(monitor.id);
        return;
    }
    // Whether a maintenance window is open is decided now (setMaintenance), not by how the
    // last run left it.
    if (initial == MonitorState::Maintenance)
        initial = MonitorState::Pending;
    m_states.setMonitor(monitor.id, {monitor.retries, monitor.recovery, monitor.parentId}, initial);
    if (monitor.paused) // holds the state it was left in, for the resume
        (void)m_states.setPaused(monitor.id, true, m_clock->nowUtc());
    if (m_maintenance.contains(monitor.id))
        emitChange(m_states.setMaintenance(monitor.id, true, m_clock->nowUtc()));
    m_scheduler.add(monitor.id, interval, m_clock->steadyMs(), firstDelayMs);
    if (monitor.paused)
        m_scheduler.pause(monitor.id);
}

void Engine::setMonitors(const QList<Monitor> &monitors, const QHash<qint64, MonitorState> &states,
                         const QHash<qint64, qint64> &firstDueInMs)
{
    const qsizetype count = m_monitors.size() + monitors.size();
    m_monitors.reserve(count);
    m_states.reserve(count);
    m_scheduler.reserve(count);
    for (const Monitor &monitor : monitors) {
        if (isVoter(monitor.id)) // its owner now
            removeMonitor(monitor.id);
        const qint64 interval = qint64(monitor.intervalSeconds) * 1000;
        const auto due = firstDueInMs.constFind(monitor.id);
        track(monitor, states.value(monitor.id, MonitorState::Pending),
              due != firstDueInMs.cend() ? std::clamp(*due, qint64(0), interval)
                                         : Scheduler::spreadOffsetMs(monitor.id, interval));
    }
    armTimer();
}

void Engine::addMonitor(const Monitor &monitor)
{
    if (isVoter(monitor.id)) // its owner now: checked with a state of its own
        removeMonitor(monitor.id);
    if (m_monitors.contains(monitor.id)) {
        updateMonitor(monitor);
        return;
    }
    track(monitor, MonitorState::Pending, 0);
    armTimer();
}

void Engine::addVoter(const Monitor &monitor, qint64 firstDueInMs)
{
    if (m_monitors.contains(monitor.id))
        return;
    track(monitor, MonitorState::Pending,
          std::clamp(firstDueInMs, qint64(0), qint64(monitor.intervalSeconds) * 1000), true);
    armTimer();
}

bool Engine::isVoter(qint64 id) const
{
    const auto it = m_monitors.constFind(id);
    return it != m_monitors.cend() && it->voter;
}

void Engine::setVotes(const QHash<qint64, QList<LocationVote>> &votes)
{
    m_votes = votes;
}

void Engine::addVotes(const QHash<qint64, QList<LocationVote>> &votes)
{
    for (auto it = votes.cbegin(); it != votes.cend(); ++it)
        m_votes.insert(it.key(), it.value());
}

QList<LocationVote> Engine::votes(qint64 id) const
{
    return m_votes.value(id);
}

void Engine::updateMonitor(const Monitor &monitor)
{
    const auto it = m_monitors.find(monitor.id);
    if (it == m_monitors.end()) {
        addMonitor(monitor);
        return;
    }
    const Monitor old = it->monitor;
    it->monitor = monitor;
    if (old.credentialKey != monitor.credentialKey) {
        // Another secret: the old one must not be sent with the new settings.
        it->secretState =
            monitor.credentialKey.isEmpty() ? SecretState::NotNeeded : SecretState::Waiting;
        it->secret.clear();
        it->secretFailure.clear();
        if (it->secretState == SecretState::NotNeeded && std::exchange(it->heldForSecret, false))
            m_scheduler.runSoon(monitor.id, m_clock->steadyMs());
    }
    it->hostKey = hostKeyOf(monitor);
    it->worker = int(qHash(it->hostKey) % quint64(m_config.workers));
    if (!it->voter)
        m_states.setMonitor(monitor.id, {monitor.retries, monitor.recovery, monitor.parentId});
    if (old.intervalSeconds != monitor.intervalSeconds)
        m_scheduler.setInterval(monitor.id, qint64(monitor.intervalSeconds) * 1000,
                                m_clock->steadyMs());
    if (old.paused != monitor.paused)
        setPaused(monitor.id, monitor.paused);
    else if (old.url != monitor.url || old.method != monitor.method)
        checkNow(monitor.id); // a different endpoint: its old state says little
    if (old.url != monitor.url || old.method != monitor.method)
        m_votes.remove(monitor.id); // made on the old one
    armTimer();
}

void Engine::removeMonitor(qint64 id)
{
    if (m_monitors.remove(id) == 0)
        return;
    m_scheduler.remove(id);
    m_states.remove(id);
    m_votes.remove(id);
    // A check in flight still returns; onReport() frees its slot and drops the result.
    armTimer();
}

void Engine::setPaused(qint64 id, bool paused)
{
    const auto it = m_monitors.find(id);
    if (it == m_monitors.end())
        return;
    it->monitor.paused = paused;
    if (paused)
        m_scheduler.pause(id);
    else
        m_scheduler.resume(id, m_clock->steadyMs());
    if (!it->voter)
        emitChange(m_states.setPaused(id, paused, m_clock->nowUtc()));
    armTimer();
}

void Engine::setMaintenance(const QSet<qint64> &ids)
{
    m_maintenance = ids;
    const QDateTime now = m_clock->nowUtc();
    ResultBatch batch;
    for (auto it = m_monitors.cbegin(); it != m_monitors.cend(); ++it) {
        if (it->voter)
            continue;
        if (const auto change = m_states.setMaintenance(it.key(), ids.contains(it.key()), now))
            batch.changes.append(*change);
    }
    if (!batch.isEmpty())
        emit resultsReady(batch);
}

void Engine::checkNow(qint64 id)
{
    m_scheduler.runSoon(id, m_clock->steadyMs());
    armTimer();
}

QList<Monitor> Engine::monitors() const
{
    QList<Monitor> list;
    list.reserve(m_monitors.size());
    for (const Tracked &tracked : m_monitors)
        list.append(tracked.monitor);
    std::sort(list.begin(), list.end(),
              [](const Monitor &a, const Monitor &b) { return a.id < b.id; });
    return list;
}

EngineSnapshot Engine::takeSnapshot()
{
    EngineSnapshot snapshot;
    snapshot.monitors = int(m_monitors.size());
    snapshot.inFlight = m_inFlight;
    snapshot.waiting = m_waiting;
    snapshot.completed = m_completed;
    snapshot.neededPerSecond = m_scheduler.neededPerSecond();
    snapshot.schedule = m_scheduler.stats();
    snapshot.workerMaxLagMs = std::exchange(m_workerMaxLagMs, 0);
    snapshot.workerLagMs = workerLags();
    snapshot.stuck = stuckChecks();
    return snapshot;
}

QList<qint64> Engine::workerLags() const
{
    QList<qint64> lags;
    lags.reserve(m_workerLags.size());
    const qint64 now = m_clock->steadyMs();
    for (const WorkerLag &lag : m_workerLags) {
        // Once stopped, workers no longer report: their silence is not lag.
        const qint64 overdue =
            m_active ? now - lag.reportedAtMs - EngineWorker::kLagReportMs - kReportSlackMs : 0;
        lags.append(std::max({lag.lastMs, overdue, qint64(0)}));
    }
    return lags;
}

int Engine::stuckChecks() const
{
    const qint64 now = m_clock->steadyMs();
    return int(std::count_if(m_running.cbegin(), m_running.cend(),
                             [now](const Running &running) { return now > running.stuckAfterMs; }));
}

void Engine::emitChange(const std::optional<StateChange> &change)
{
    if (!change)
        return;
    ResultBatch batch;
    batch.changes.append(*change);
    emit resultsReady(batch);
}

void Engine::onTimer()
{
    enqueueDue();
    dispatch();
    armTimer();
}

void Engine::armTimer()
{
    if (!m_active)
        return;
    const auto next = m_scheduler.nextDueMs();
    if (!next) {
        m_timer.stop();
        return;
    }
    const qint64 delay = std::clamp<qint64>(*next - m_clock->steadyMs(), 0, 24 * 3600 * 1000);
    m_timer.start(std::chrono::milliseconds(delay));
}

void Engine::enqueueDue()
{
    for (const qint64 id : m_scheduler.takeDue(m_clock->steadyMs())) {
        const auto it = m_monitors.constFind(id);
        if (it == m_monitors.cend())
            continue;
        HostQueue &host = m_hosts[it->hostKey];
        host.waiting.push_back(id);
        ++m_waiting;
        markReady(it->hostKey, host);
    }
}

void Engine::markReady(const QString &hostKey, HostQueue &host)
{
    if (!host.ready && !host.waiting.empty() && host.running < m_config.maxPerHost) {
        host.ready = true;
        m_readyHosts.push_back(hostKey);
    }
}

void Engine::dispatch()
{
    if (!m_active)
        return;
    QList<QList<CheckOrder>> perWorker(m_workers.size());
    ResultBatch unsent; // checks that fail without a request (their secret cannot be read)
    const qint64 now = m_clock->steadyMs();
    while (m_inFlight < m_config.maxInFlight && !m_readyHosts.empty()) {
        const QString hostKey = m_readyHosts.front();
        m_readyHosts.pop_front();
        HostQueue &host = m_hosts[hostKey];
        host.ready = false;
        if (host.waiting.empty() || host.running >= m_config.maxPerHost)
            continue;
        const qint64 id = host.waiting.front();
        host.waiting.pop_front();
        --m_waiting;
        const auto it = m_monitors.find(id);
        if (it == m_monitors.end() || !m_scheduler.isWaiting(id)) {
            // Removed (or removed and added again) while waiting.
        }
        else if (m_running.contains(id)) {
            // Removed and added again while the old check is still out: one check per id at a
            // time. It runs when the old result is back (see onReport).
            m_scheduler.finished(id, now);
        }
        else if (m_scheduler.isPaused(id)) {
            m_scheduler.finished(id, now); // back to idle; resuming schedules it
        }
        else if (it->hostKey != hostKey) {
            // Its URL changed while it waited: it waits for its new host instead.
            HostQueue &moved = m_hosts[it->hostKey];
            moved.waiting.push_back(id);
            ++m_waiting;
            markReady(it->hostKey, moved);
        }
        else if (it->secretState == SecretState::Waiting) {
            m_scheduler.finished(id, now);
            it->heldForSecret = true; // setSecret() runs it
        }
        else if (it->secretState == SecretState::Failed) {
            m_scheduler.started(id, now);
            applyResult(*it, secretFailureResult(*it), unsent);
        }
        else {
            m_scheduler.started(id, now);
            ++host.running;
            ++m_inFlight;
            m_running.insert(id, {hostKey, it->generation,
                                  m_clock->steadyMs() + it->monitor.timeoutMs + kStuckGraceMs});
            perWorker[it->worker].append({it->monitor, it->secret});
        }
        markReady(hostKey, host);
    }
    if (!unsent.isEmpty())
        emit resultsReady(unsent);
    for (qsizetype i = 0; i < perWorker.size(); ++i) {
        if (perWorker[i].isEmpty())
            continue;
        EngineWorker *worker = m_workers[i];
        QMetaObject::invokeMethod(
            worker, [worker, orders = perWorker[i]] { worker->runChecks(orders); },
            Qt::QueuedConnection);
    }
}

void Engine::applyResult(const Tracked &tracked, const CheckResult &result, ResultBatch &batch)
{
    ++m_completed;
    m_scheduler.finished(result.monitorId, m_clock->steadyMs());
    batch.results.append(result);
    CheckResult &stored = batch.results.last();
    if (tracked.voter) {
        stored.vote = Vote::Helper;
        stored.maintenance = m_maintenance.contains(result.monitorId);
        return;
    }
    stored.maintenance = m_states.isInMaintenance(result.monitorId);
    if (tracked.monitor.locations > 1)
        stored.vote = Vote::Own;
    std::optional<StateChange> change;
    const auto votes = m_votes.constFind(result.monitorId);
    if (votes == m_votes.cend()) {
        change = m_states.apply(result);
    }
    else {
        CheckResult mine = result;
        mine.location = m_location;
        const CheckResult judged = Quorum::judge(tracked.monitor, mine, *votes);
        stored.judged = judged.verdict;
        change = m_states.apply(judged);
    }
    if (change)
        batch.changes.append(*change);
}

void Engine::onReport(const WorkerReport &report)
{
    if (!m_active && !m_stopping)
        return;
    m_workerMaxLagMs = std::max(m_workerMaxLagMs, report.maxLagMs);
    if (report.maxLagMs >= 0 && report.worker >= 0 && report.worker < m_workerLags.size())
        m_workerLags[report.worker] = {report.maxLagMs, m_clock->steadyMs()};
    if (report.results.isEmpty())
        return;
    ResultBatch batch;
    batch.results.reserve(report.results.size());
    const qint64 now = m_clock->steadyMs();
    for (const CheckResult &result : report.results) {
        const auto running = m_running.find(result.monitorId);
        if (running == m_running.end())
            continue;
        HostQueue &host = m_hosts[running->hostKey];
        --host.running;
        --m_inFlight;
        markReady(running->hostKey, host);
        const quint64 generation = running->generation;
        m_running.erase(running);
        const auto tracked = m_monitors.constFind(result.monitorId);
        if (tracked == m_monitors.cend())
            continue; // removed while its check ran
        if (tracked->generation != generation) {
            // The check of a monitor removed since; the one added under its id runs now.
            m_scheduler.runSoon(result.monitorId, now);
            continue;
        }
        applyResult(*tracked, result, batch);
    }
    if (!batch.isEmpty())
        emit resultsReady(batch);
    if (m_active) {
        enqueueDue();
        dispatch();
        armTimer();
    }
}
