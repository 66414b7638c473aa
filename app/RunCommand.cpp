#include "app/RunCommand.h"

#include "app/CommandParser.h"
#include "app/Console.h"
#include "app/SignalWatcher.h"
#include "core/base/SystemClock.h"
#include "core/engine/Engine.h"
#include "core/service/MonitorChanges.h"
#include "core/store/HistoryReader.h"
#include "core/store/HistoryWriter.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"

#include <QDeadlineTimer>
#include <QThread>

#include <cstdlib>

RunCommand::RunCommand(QObject *parent)
    : QObject(parent)
    , m_syncTimer(this)
    , m_durationTimer(this)
    , m_closeTimer(this)
{
}

RunCommand::~RunCommand()
{
    if (!m_writerThread)
        return;
    m_writerThread->quit();
    if (!m_writerClosed && !m_writerThread->wait(QDeadlineTimer(1000))) {
        // The writer is stuck in a write the system does not return from (a hung disk); its
        // checks were reported lost. Waiting could take forever and ending the process while the
        // thread runs would crash it: leave now. SQLite rolls the unfinished transaction back
        // when the database is opened next.
        Console::printError(QStringLiteral("the history writer did not close the database in "
                                           "time; ending without waiting for it"));
        std::_Exit(Console::kExitFailure);
    }
    m_writerThread->wait();
    delete m_writerThread;
}

namespace {

// Upper bounds of the options (stated in --help): a value beyond them is a typo, not a plan.
constexpr int kMaxDuration = 365 * 24 * 60 * 60;
constexpr int kMaxWorkers = 64;
constexpr int kMaxInFlight = 100'000;
constexpr int kMaxPerHost = 1000;

} // namespace

std::optional<int> RunCommand::start(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("upwatch run [--duration S] [options]"),
        QStringLiteral("Run the monitoring engine without a window: check every monitor at its "
                       "interval, keep history, print state changes. Changes made with "
                       "'upwatch monitor ...' meanwhile are picked up within seconds. "
                       "Ctrl+C (SIGINT) or SIGTERM stops it after writing all results."));
    QCommandLineParser &parser = command.parser();
    parser.addOptions({
        {QStringLiteral("duration"),
         QStringLiteral("Stop after this many seconds (at most %1, a year).").arg(kMaxDuration),
         QStringLiteral("s")},
        {QStringLiteral("workers"),
         QStringLiteral("Worker threads that run checks (default: one per core; 1 to %1).")
             .arg(kMaxWorkers),
         QStringLiteral("n")},
        {QStringLiteral("max-in-flight"),
         QStringLiteral("Checks running at once, in all (default 1000; 1 to %1).")
             .arg(kMaxInFlight),
         QStringLiteral("n")},
        {QStringLiteral("max-per-host"),
         QStringLiteral("Checks running at once against one host:port (default 6; 1 to %1).")
             .arg(kMaxPerHost),
         QStringLiteral("n")},
    });
    if (const auto exit = command.parse(arguments, 2))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        Console::printError(QStringLiteral("unexpected argument '%1' (see 'upwatch run --help')")
                                .arg(parser.positionalArguments().constFirst()));
        return Console::kExitUsage;
    }
    EngineConfig config;
    const struct {
        const char16_t *name;
        int maximum;
        const char16_t *unit;
        int &target;
    } numbers[] = {{u"workers", kMaxWorkers, u"threads", config.workers},
                   {u"max-in-flight", kMaxInFlight, u"checks", config.maxInFlight},
                   {u"max-per-host", kMaxPerHost, u"checks", config.maxPerHost}};
    for (const auto &number : numbers) {
        const QString name = QString::fromUtf16(number.name);
        if (!parser.isSet(name))
            continue;
        const auto value =
            command.intValue(name, 1, number.maximum, QString::fromUtf16(number.unit));
        if (!value)
            return Console::kExitUsage;
        number.target = *value;
    }
    std::optional<int> duration;
    if (parser.isSet(QStringLiteral("duration"))) {
        duration = command.intValue(QStringLiteral("duration"), 1, kMaxDuration,
                                    QStringLiteral("seconds"));
        if (!duration)
            return Console::kExitUsage;
    }

    m_database = command.openDatabase();
    if (!m_database)
        return Console::kExitFailure;
    MonitorStore store(*m_database);
    HistoryReader reader(*m_database);
    const auto monitors = store.all();
    const auto states = reader.openStates();
    const auto revision = store.revision();
    if (!monitors || !states || !revision) {
        Console::printError(store.lastError());
        return Console::kExitFailure;
    }
    m_revision = *revision;
    for (const Monitor &monitor : *monitors)
        m_monitors.insert(monitor.id, monitor);

    auto clock = std::make_shared<SystemClock>();
    m_writerThread = new QThread;
    m_writerThread->setObjectName(QStringLiteral("upwatch-writer"));
    m_writer = new HistoryWriter(m_database->path(), Retention{}, clock);
    m_writer->moveToThread(m_writerThread);
    connect(m_writerThread, &QThread::started, m_writer, &HistoryWriter::open);
    connect(m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &HistoryWriter::opened, this, [this] { m_writerOpen = true; });
    connect(m_writer, &HistoryWriter::failed, this, &RunCommand::onWriterFailed);
    connect(m_writer, &HistoryWriter::closed, this, &RunCommand::onWriterClosed);
    connect(m_writer, &HistoryWriter::accountingChanged, this,
            [this](const WriterAccounting &accounting) { m_accounting = accounting; });
    connect(m_writer, &HistoryWriter::resumed, this, &Console::printError);
    m_writerThread->start();

    m_engine = new Engine(config, clock, this);
    connect(m_engine, &Engine::resultsReady, m_writer, &HistoryWriter::append);
    connect(m_engine, &Engine::resultsReady, this, &RunCommand::onResults);
    connect(m_engine, &Engine::stopped, this, &RunCommand::onEngineStopped);
    m_engine->setMonitors(*monitors, *states);
    m_engine->start();

    m_signals = new SignalWatcher(this);
    connect(m_signals, &SignalWatcher::terminationRequested, this, [this] { shutdown(0); });
    connect(&m_syncTimer, &QTimer::timeout, this, &RunCommand::syncMonitors);
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, this, &RunCommand::onWriterTimedOut);
    m_syncTimer.start(kSyncEveryMs);
    if (duration) {
        m_durationTimer.setSingleShot(true);
        m_durationTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may end 5 % early
        connect(&m_durationTimer, &QTimer::timeout, this, [this] { shutdown(0); });
        m_durationTimer.start(std::chrono::seconds(*duration));
    }
    int active = 0;
    for (const Monitor &monitor : *monitors)
        active += monitor.paused ? 0 : 1;
    Console::printOut(QStringLiteral("running %1 monitors (%2 paused) with %3 worker threads; "
                                     "history in %4")
                          .arg(active)
                          .arg(monitors->size() - active)
                          .arg(m_engine->workerCount())
                          .arg(m_database->path()));
    if (monitors->isEmpty())
        Console::printError(QStringLiteral("note: there are no monitors yet; add some with "
                                           "'upwatch monitor add' and they start here"));
    return std::nullopt;
}

void RunCommand::onResults(const ResultBatch &batch)
{
    m_results += batch.results.size();
    for (const CheckResult &result : batch.results)
        m_down += result.isUp() ? 0 : 1;
    for (const StateChange &change : batch.changes) {
        const Monitor monitor = m_monitors.value(change.monitorId);
        QString line = QStringLiteral("%1  %2  %3 -> %4")
                           .arg(change.at.toString(Qt::ISODateWithMs), monitor.name,
                                monitorStateName(change.from), monitorStateName(change.to));
        if (change.reason != Reason::Ok)
            line += QStringLiteral(" (%1%2)").arg(reasonName(change.reason),
                                                  change.error.isEmpty() ? QString()
                                                                         : u": " + change.error);
        Console::printOut(line);
    }
}

void RunCommand::syncMonitors()
{
    MonitorStore store(*m_database);
    const auto revision = store.revision();
    if (!revision || *revision == m_revision)
        return;
    const auto monitors = store.all();
    if (!monitors)
        return;
    m_revision = *revision;
    const MonitorChanges changes = MonitorChanges::between(m_monitors, *monitors);
    for (const Monitor &monitor : changes.added)
        m_engine->addMonitor(monitor);
    for (const Monitor &monitor : changes.changed)
        m_engine->updateMonitor(monitor);
    for (const qint64 id : changes.removed)
        m_engine->removeMonitor(id);
    m_monitors.clear();
    for (const Monitor &monitor : *monitors)
        m_monitors.insert(monitor.id, monitor);
}

void RunCommand::shutdown(int exitCode)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_exitCode = exitCode;
    m_syncTimer.stop();
    m_durationTimer.stop();
    m_engine->stop(); // onEngineStopped() follows
}

void RunCommand::onEngineStopped()
{
    // Queued after every batch the engine sent, so close() writes them all.
    QMetaObject::invokeMethod(m_writer, &HistoryWriter::close, Qt::QueuedConnection);
    m_closeTimer.start(HistoryWriter::kCloseWaitMs);
}

void RunCommand::onWriterClosed(const WriterAccounting &accounting)
{
    m_writerClosed = true;
    m_closeTimer.stop();
    report(accounting, accounting.failure.isEmpty()
                           ? QStringLiteral("dropped while history could not be written")
                           : accounting.failure);
}

void RunCommand::onWriterTimedOut()
{
    QString why = QStringLiteral("the history writer did not finish within %1 s")
                      .arg(HistoryWriter::kCloseWaitMs / 1000);
    if (!m_accounting.failure.isEmpty())
        why += u"; " + m_accounting.failure;
    report(m_accounting, why);
}

void RunCommand::report(const WriterAccounting &accounting, const QString &whyLost)
{
    if (m_reported)
        return; // closed() after the wait for it ran out
    m_reported = true;
    const auto stats = m_engine->takeSnapshot().schedule;
    const QString lateness = QStringLiteral("%1 late starts, largest lateness %2 ms")
                                 .arg(stats.late)
                                 .arg(stats.maxLatenessMs);
    // What is not known to be in the database is lost: counted from what the engine produced.
    const qint64 lost = m_results - accounting.stored;
    if (lost <= 0) {
        Console::printOut(QStringLiteral("stopped: %1 checks written (%2 down); %3")
                              .arg(accounting.stored)
                              .arg(m_down)
                              .arg(lateness));
        emit finished(m_exitCode);
        return;
    }
    Console::printError(QStringLiteral("%1 of %2 checks could not be stored in %3: %4")
                            .arg(lost)
                            .arg(m_results)
                            .arg(m_database->path(), whyLost));
    Console::printOut(QStringLiteral("stopped: %1 checks (%2 down), %3 written, %4 could not be "
                                     "stored (%5); %6")
                          .arg(m_results)
                          .arg(m_down)
                          .arg(accounting.stored)
                          .arg(lost)
                          .arg(whyLost, lateness));
    emit finished(Console::kExitFailure);
}

void RunCommand::onWriterFailed(const QString &error)
{
    Console::printError(error);
    if (!m_writerOpen)
        shutdown(Console::kExitFailure); // the database cannot be written: nothing to run for
}
