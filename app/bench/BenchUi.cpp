#include "app/bench/BenchUi.h"

#include "app/CommandParser.h"
#include "app/Console.h"
#include "app/bench/BenchStats.h"
#include "app/bench/BenchUiFeed.h"
#include "app/bench/BenchUiReport.h"
#include "app/bench/LagRecorder.h"
#include "core/base/SystemClock.h"
#include "core/model/MonitorValidator.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "ui/desktop/DesktopSession.h"
#include "ui/table/MonitorFilterModel.h"
#include "ui/table/MonitorTableModel.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <functional>

#include <memory>
#include <time.h>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BenchUi)
};

constexpr int kFillChunk = 10'000;
constexpr int kWaitMs = 120'000;
// What the search box gets typed, one character at a time: each narrows what the previous
// one found, as a user's search does.
constexpr char16_t kTyped[] = u"svc-42";

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// `count` monitors in the database at `path`, in one transaction per chunk (not counted as
// start-up). They point at a closed loopback port and check once in 30 days: the window's
// engine schedules them all but hardly ever runs one; the results come from BenchUiFeed.
bool fill(const QString &path, int count, QString *error)
{
    auto database = StoreDatabase::open(path, error);
    if (!database)
        return false;
    MonitorStore store(*database);
    const QStringList tags = {QStringLiteral("prod"), QStringLiteral("staging"),
                              QStringLiteral("lab")};
    for (int first = 0; first < count; first += kFillChunk) {
        QList<ImportedMonitor> chunk;
        for (int i = first; i < std::min(count, first + kFillChunk); ++i) {
            ImportedMonitor imported;
            Monitor &monitor = imported.monitor;
            monitor.name = QStringLiteral("api-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
            monitor.url = QUrl(QStringLiteral("http://127.0.0.1:9/svc-%1/health").arg(i % 5000));
            monitor.intervalSeconds = MonitorValidator::kMaxIntervalSeconds;
            monitor.tags = {tags.at(i % tags.size())};
            chunk.append(imported);
        }
        MonitorStore::ImportReport report;
        if (!store.import(chunk, &report)) {
            *error = store.lastError();
            return false;
        }
    }
    return true;
}

// Runs the event loop until `done` or the deadline.
bool waitFor(const std::function<bool()> &done, int timeoutMs = kWaitMs)
{
    // Sleeps in the event loop between events: processEvents() with a time limit drops
    // WaitForMoreEvents and would spin, taking a core from the threads being measured. The
    // ticking timer wakes it to look at the deadline when nothing else happens.
    const QDeadlineTimer deadline(timeoutMs);
    QTimer tick;
    tick.start(50);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// Runs the event loop for `ms`.
void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// What is posted (repaints, the header's delayed layout) is done.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

void sendKey(QWidget &widget, Qt::Key key, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(&widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(&widget, &release);
}

void clickHeader(QHeaderView &header, int section)
{
    const QPoint at(header.sectionViewportPosition(section) + header.sectionSize(section) / 2,
                    header.height() / 2);
    const QPointF global = header.viewport()->mapToGlobal(QPointF(at));
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(at), global, Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(header.viewport(), &press);
    QMouseEvent release(QEvent::MouseButtonRelease, QPointF(at), global, Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(header.viewport(), &release);
}

// Wall time, and the calling thread's own CPU time: on a busy machine the first includes the
// time other processes had the core, the second only this thread's work.
class Stopwatch {
public:
    void start()
    {
        m_wall.start();
        m_cpuNs = threadCpuNs();
    }
    [[nodiscard]] bool isValid() const { return m_wall.isValid(); }
    [[nodiscard]] double wallMs() const { return msSince(m_wall); }
    [[nodiscard]] double cpuMs() const { return double(threadCpuNs() - m_cpuNs) / 1e6; }

private:
    static qint64 threadCpuNs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
    }

    QElapsedTimer m_wall;
    qint64 m_cpuNs = 0;
};

// Starts `timer` when the watched object's timer event comes in, before its handlers run.
class TimerEventClock final : public QObject {
public:
    explicit TimerEventClock(Stopwatch &timer, QObject *parent = nullptr)
        : QObject(parent)
        , m_timer(timer)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Timer)
            m_timer.start();
        return QObject::eventFilter(watched, event);
    }

private:
    Stopwatch &m_timer;
};

// The window on a database of `options.monitors` monitors, measured step by step.
int measure(const BenchUiOptions &options, const QString &path, const QString &settingsPath,
            BenchUiResults &results)
{
    QElapsedTimer started;
    started.start();
    QSettings settings(settingsPath, QSettings::IniFormat);
    const AppSettings appSettings;
    DesktopSession session(path, appSettings, std::make_shared<SystemClock>());
    bool summaries = false;
    // Connected before the window's: the time the monitors arrive, before the table takes them.
    QObject::connect(&session, &DesktopSession::loaded, &session, [&] {
        results.loadedMs = msSince(started);
        results.loadedRss = BenchStats::rssBytes();
    });
    QObject::connect(&session, &DesktopSession::summariesLoaded, &session, [&] {
        summaries = true;
        results.summariesMs = msSince(started);
    });
    MainWindow window(session, settings, appSettings);
    window.setCloseHidesWindow(false);
    bool failed = false;
    QObject::connect(&session, &DesktopSession::loadFailed, &window,
                     [&failed](const QString &error) {
                         Console::printError(error);
                         failed = true;
                     });
    window.resize(1280, 800);
    window.show();
    session.start();
    MonitorTableModel &model = window.model();
    MonitorFilterModel &filter = window.filterModel();
    if (!waitFor([&] { return failed || (summaries && filter.rowCount() == options.monitors); })) {
        Console::printError(Text::tr("the window did not load %1 monitors in %2 s")
                                .arg(options.monitors)
                                .arg(kWaitMs / 1000));
        return Console::kExitFailure;
    }
    if (failed)
        return Console::kExitFailure;
    // Idle: a zero timer runs once everything queued so far (repaints included) is done.
    bool idle = false;
    QTimer::singleShot(0, &window, [&idle] { idle = true; });
    waitFor([&idle] { return idle; });
    results.startMs = msSince(started);

    // Typing into the real search box: each character re-filters every row before the box
    // shows it.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTableView &table = window.table();
    if (!search) {
        Console::printError(Text::tr("the window has no search box"));
        return Console::kExitFailure;
    }
    for (const char16_t character : std::u16string_view(kTyped)) {
        const QString text(QChar{character});
        Stopwatch keystroke;
        keystroke.start();
        sendKey(*search, Qt::Key(QChar(character).toUpper().unicode()), text);
        const double workMs = keystroke.wallMs();
        const double workCpuMs = keystroke.cpuMs();
        settle();
        if (results.keystrokeRows.isEmpty())
            results.firstKeystrokeMs = keystroke.wallMs();
        else {
            results.keystrokesMs.push_back(keystroke.wallMs());
            results.keystrokesWorkMs.push_back(workMs);
            results.keystrokesWorkCpuMs.push_back(workCpuMs);
        }
        results.keystrokeRows.append(filter.rowCount());
    }
    QElapsedTimer clearing;
    clearing.start();
    search->clear();
    settle();
    results.clearMs = msSince(clearing);

    // Sorting by response time with a click on its header.
    Stopwatch sorting;
    sorting.start();
    clickHeader(*table.horizontalHeader(), MonitorTableModel::ResponseColumn);
    settle();
    results.fullSortMs = sorting.wallMs();
    results.fullSortCpuMs = sorting.cpuMs();
    results.sortOrder = filter.sortOrder();

    // Results for every monitor at the rate asked for, through the session's resultsReady as
    // the monitoring service sends them.
    QList<qint64> ids;
    ids.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.idAt(row));
    BenchUiFeed feed(ids, options.rate);
    QObject::connect(&feed, &BenchUiFeed::batchReady, &session, &DesktopSession::resultsReady);
    // The periodic re-sort: from its timer's event to the end of the filter model's refresh
    // (the merge, the layout change and the view's handling of it; the repaint follows).
    bool feeding = false;
    Stopwatch resort;
    auto *refreshTimer = filter.findChild<QTimer *>(QStringLiteral("refreshTimer"));
    if (!refreshTimer) {
        Console::printError(Text::tr("the filter model has no refresh timer"));
        return Console::kExitFailure;
    }
    TimerEventClock timerClock(resort);
    refreshTimer->installEventFilter(&timerClock);
    QObject::connect(refreshTimer, &QTimer::timeout, &window, [&] {
        if (feeding && resort.isValid()) {
            results.resortsMs.push_back(resort.wallMs());
            results.resortsCpuMs.push_back(resort.cpuMs());
        }
    });
    LagRecorder lag(10); // every 10 ms, each tick's lag kept
    feeding = true;
    feed.start();
    lag.start();
    runFor(options.seconds * 1000);
    lag.stop();
    feed.stop();
    feeding = false;
    results.lag = BenchStats::spreadOf(lag.take());
    results.resultsApplied = feed.resultsSent();
    results.feedBuildMs = feed.buildMs();
    results.rows = filter.rowCount();
    results.rss = BenchStats::rssBytes();
    // The kernel updates the peak lazily: never below what is resident now.
    results.peakRss = std::max(BenchStats::peakRssBytes(), results.rss);
    results.cpuSeconds = BenchStats::cpuSeconds();
    // Said before the shutdown: with many monitors the history writer may still be busy (its
    // retention pass), and a writer that does not stop in time ends the process.
    BenchUiReport::print(options, results);

    bool down = false;
    QObject::connect(&session, &DesktopSession::shutDown, &window, [&down] { down = true; });
    session.shutdown();
    waitFor([&down] { return down; });
    return Console::kExitOk;
}

} // namespace

namespace BenchUi {

int run(QCoreApplication &, const QStringList &arguments)
{
    // Qt's remarks on the offscreen platform ("XDG_RUNTIME_DIR not set", "This plugin does not
    // support propagateSizeHints()") are not the benchmark's: stderr carries only its errors.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg)
            qFatal("%s", qPrintable(message));
    });
    CommandParser command(
        QStringLiteral("upwatch bench ui [--monitors N] [--rate N] [--seconds S] [--json]"),
        Text::tr("The window with many monitors, offscreen: start to interactive, a filter "
                 "keystroke, a full sort, the periodic re-sort, memory, and the GUI thread's "
                 "lag while results for every monitor arrive at the engine's rate. The "
                 "monitors go into a temporary database first (not timed)."));
    QCommandLineParser &parser = command.parser();
    parser.addOptions({
        {QStringLiteral("monitors"), Text::tr("Monitors in the window (default 100000)."),
         QStringLiteral("n")},
        {QStringLiteral("rate"), Text::tr("Results per second (default 6500)."),
         QStringLiteral("n")},
        {QStringLiteral("seconds"), Text::tr("How long results arrive (default 10)."),
         QStringLiteral("s")},
        {QStringLiteral("json"), Text::tr("One JSON line instead of the table.")},
    });
    // The fill runs in a process of its own, so what it allocates is not the window's memory.
    QCommandLineOption fillOnly(QStringLiteral("fill-only"),
                                Text::tr("Only fill this database with the monitors."),
                                QStringLiteral("path"));
    fillOnly.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(fillOnly);
    if (const auto exit = command.parse(arguments, 3))
        return *exit;
    if (!command.noPositionalArguments(QStringLiteral("bench ui")))
        return Console::kExitUsage;
    BenchUiOptions options;
    options.json = parser.isSet(QStringLiteral("json"));
    const auto number = [&](const QString &name, int &target, int minimum, int maximum,
                            const QString &unit) {
        if (!parser.isSet(name))
            return true;
        const auto value = command.intValue(name, minimum, maximum, unit);
        if (value)
            target = *value;
        return value.has_value();
    };
    if (!number(QStringLiteral("monitors"), options.monitors, 1, 1'000'000, Text::tr("monitors")) ||
        !number(QStringLiteral("rate"), options.rate, 1, 1'000'000, Text::tr("results/s")) ||
        !number(QStringLiteral("seconds"), options.seconds, 1, 3600, Text::tr("s")))
        return Console::kExitUsage;
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        Console::printError(Text::tr("bench ui needs the window's application object"));
        return Console::kExitFailure;
    }

    if (parser.isSet(fillOnly)) {
        QString error;
        if (!fill(parser.value(fillOnly), options.monitors, &error)) {
            Console::printError(Text::tr("cannot fill the database: %1").arg(error));
            return Console::kExitFailure;
        }
        return Console::kExitOk;
    }

    const QTemporaryDir directory;
    if (!directory.isValid()) {
        Console::printError(
            Text::tr("cannot create a temporary folder: %1").arg(directory.errorString()));
        return Console::kExitFailure;
    }
    const QString path = directory.filePath(QStringLiteral("bench.db"));
    BenchUiResults results;
    QElapsedTimer filling;
    filling.start();
    QProcess filler;
    filler.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    filler.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("bench"), QStringLiteral("ui"), QStringLiteral("--fill-only"),
                  path, QStringLiteral("--monitors"), QString::number(options.monitors)});
    if (!filler.waitForFinished(kWaitMs * 5) || filler.exitStatus() != QProcess::NormalExit ||
        filler.exitCode() != 0) {
        Console::printError(Text::tr("cannot fill the database: %1")
                                .arg(filler.error() == QProcess::UnknownError
                                         ? Text::tr("the filling process failed")
                                         : filler.errorString()));
        return Console::kExitFailure;
    }
    results.fillMs = msSince(filling);
    return measure(options, path, directory.filePath(QStringLiteral("bench.ini")), results);
}

} // namespace BenchUi
