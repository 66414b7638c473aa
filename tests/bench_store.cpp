// bench_store: how fast HistoryStore writes history and how much disk it takes.
//
// Adds 1000 monitors, then appends results in batches as the history writer would: as if every
// monitor were checked once a minute (timestamps advancing minute by minute), mostly up, with
// short outages ("Connection refused") and a few slow checks, and the state changes they cause.
// Prints the sustained rate (wall time spent in HistoryStore::append only), the database size
// after a WAL checkpoint, and the rows written. Not a ctest test: run it by hand, in Release.
//
//   bench_store [DB] [--results N] [--batch N] [--monitors N] [--max-seconds S]

#include "core/store/HistoryStore.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <random>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kMinuteMs = 60'000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &why)
{
    QTextStream(stderr) << "bench_store: " << why << '\n';
    return 1;
}

qint64 scalar(StoreDatabase &database, const QString &sql)
{
    QSqlQuery query(database.db());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1) + u" MB"_s;
}

// What one simulated endpoint is like, and whether it is in an outage right now.
struct Endpoint {
    qint64 id = 0;
    int typicalMs = 0;    // its usual response time
    int outageLeft = 0;   // checks still to fail in the current outage
    bool wasDown = false; // the last check failed
};

// Results and state changes like the engine's, for one monitor checked once a minute.
class Workload {
public:
    Workload(const QList<qint64> &ids, qint64 startMs)
        : m_startMs(startMs)
    {
        std::uniform_int_distribution<int> typical(5, 300);
        for (const qint64 id : ids)
            m_endpoints.push_back({id, typical(m_random), 0, false});
    }

    // The next `count` results, monitor by monitor, minute after minute.
    void next(qsizetype count, QList<CheckResult> *results, QList<StateChange> *changes)
    {
        results->clear();
        changes->clear();
        results->reserve(count);
        std::uniform_real_distribution<double> chance(0.0, 1.0);
        std::uniform_int_distribution<int> outageChecks(1, 10);
        std::uniform_int_distribution<int> refusedMs(5, 20);
        std::uniform_real_distribution<double> jitter(0.7, 1.6);
        const auto monitors = qint64(m_endpoints.size());
        for (qsizetype i = 0; i < count; ++i, ++m_sequence) {
            Endpoint &endpoint = m_endpoints[size_t(m_sequence % monitors)];
            const qint64 minute = m_sequence / monitors;
            // Monitors start at different points of their minute, as the scheduler spreads them.
            const qint64 at =
                m_startMs + minute * kMinuteMs + (m_sequence % monitors) * kMinuteMs / monitors;
            CheckResult result;
            result.monitorId = endpoint.id;
            result.startedAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
            if (endpoint.outageLeft == 0 && chance(m_random) < 0.002)
                endpoint.outageLeft = outageChecks(m_random);
            if (endpoint.outageLeft > 0) {
                --endpoint.outageLeft;
                result.verdict = Verdict::Down;
                result.reason = Reason::Refused;
                result.responseMs = refusedMs(m_random);
                result.error = u"Connection refused"_s;
            }
            else {
                const auto ms = qint64(endpoint.typicalMs * jitter(m_random));
                result.httpStatus = 200;
                result.responseMs = std::clamp<qint64>(ms, 5, 500);
                const bool slow = chance(m_random) < 0.01;
                if (slow)
                    result.responseMs = 500;
                result.verdict = slow ? Verdict::Degraded : Verdict::Up;
                result.reason = slow ? Reason::Slow : Reason::Ok;
                if (slow)
                    result.error = u"response took 500 ms, above the 400 ms threshold"_s;
            }
            const bool down = result.verdict == Verdict::Down;
            if (down != endpoint.wasDown) {
                StateChange change;
                change.monitorId = endpoint.id;
                change.at = result.startedAt;
                change.from = down ? MonitorState::Up : MonitorState::Down;
                change.to = down ? MonitorState::Down : MonitorState::Up;
                change.reason = result.reason;
                change.error = result.error;
                changes->append(change);
                endpoint.wasDown = down;
            }
            results->append(result);
        }
    }

private:
    std::mt19937_64 m_random{20260615};
    std::vector<Endpoint> m_endpoints;
    qint64 m_startMs = 0;
    qint64 m_sequence = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures HistoryStore: append rate and disk use per million results."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(
        u"db"_s, u"Database file to create (must not exist; default: a temporary folder)."_s,
        u"[db]"_s);
    parser.addOptions({
        {u"results"_s, u"Results to append (default 1000000)."_s, u"n"_s, u"1000000"_s},
        {u"batch"_s, u"Results per HistoryStore::append (default 5000)."_s, u"n"_s, u"5000"_s},
        {u"monitors"_s, u"Monitors to add (default 1000)."_s, u"n"_s, u"1000"_s},
        {u"max-seconds"_s, u"Stop appending after this long (default 110)."_s, u"s"_s, u"110"_s},
    });
    parser.process(app);
    const auto number = [&parser](const QString &name, qint64 *value) {
        bool ok = false;
        *value = parser.value(name).toLongLong(&ok);
        return ok && *value > 0;
    };
    qint64 total = 0;
    qint64 batchSize = 0;
    qint64 monitorCount = 0;
    qint64 maxSeconds = 0;
    if (!number(u"results"_s, &total) || !number(u"batch"_s, &batchSize) ||
        !number(u"monitors"_s, &monitorCount) || !number(u"max-seconds"_s, &maxSeconds))
        return fail(u"--results, --batch, --monitors and --max-seconds take a positive number"_s);

    QTemporaryDir temporary;
    QString path;
    if (!parser.positionalArguments().isEmpty()) {
        path = parser.positionalArguments().constFirst();
        if (QFileInfo::exists(path))
            return fail(u"%1 exists; give a new file"_s.arg(path));
    }
    else {
        if (!temporary.isValid())
            return fail(u"cannot create a temporary folder"_s);
        path = temporary.filePath(u"bench.sqlite"_s);
    }

    QString error;
    const auto database = StoreDatabase::open(path, &error);
    if (!database)
        return fail(error);
    MonitorStore monitors(*database);
    HistoryStore history(*database);

    QElapsedTimer clock;
    clock.start();
    QList<qint64> ids;
    for (qint64 i = 1; i <= monitorCount; ++i) {
        Monitor monitor;
        monitor.name = u"monitor %1"_s.arg(i);
        monitor.url = QUrl(u"https://service-%1.example.com/health"_s.arg(i));
        if (!monitors.add(monitor))
            return fail(monitors.lastError());
        ids.append(monitor.id);
    }
    const qint64 addMs = clock.elapsed();

    // The results end about now, as if the history had been written up to this minute.
    const qint64 minutes = (total + monitorCount - 1) / monitorCount;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch() / kMinuteMs * kMinuteMs;
    Workload workload(ids, nowMs - minutes * kMinuteMs);

    out() << "bench_store: " << path << '\n'
          << "  " << monitorCount << " monitors added in " << addMs << " ms; appending " << total
          << " results (" << minutes << " checks per monitor, one a minute) in batches of "
          << batchSize << '\n';
    out().flush();

    QList<CheckResult> results;
    QList<StateChange> changes;
    qint64 written = 0;
    qint64 changesWritten = 0;
    qint64 appendNs = 0;
    qint64 slowestNs = 0;
    QElapsedTimer wall;
    wall.start();
    qint64 nextReport = 100'000;
    qint64 reportedResults = 0;
    qint64 reportedNs = 0;
    bool stoppedEarly = false;
    while (written < total) {
        if (wall.elapsed() > maxSeconds * 1000) {
            stoppedEarly = true;
            break;
        }
        workload.next(std::min(batchSize, total - written), &results, &changes);
        QElapsedTimer timer;
        timer.start();
        if (!history.append(results, changes))
            return fail(
                u"append failed after %1 results: %2"_s.arg(written).arg(history.lastError()));
        const qint64 ns = timer.nsecsElapsed();
        appendNs += ns;
        slowestNs = std::max(slowestNs, ns);
        written += results.size();
        changesWritten += changes.size();
        if (written >= nextReport) {
            // The rate of the last stretch shows whether appending slows as the tables grow.
            QTextStream(stderr) << "  ... " << written << " results, "
                                << qint64(double(written - reportedResults) /
                                          (double(appendNs - reportedNs) / 1e9))
                                << " results/s over the last " << written - reportedResults << '\n';
            reportedResults = written;
            reportedNs = appendNs;
            nextReport += 100'000;
        }
    }
    const double appendSeconds = double(appendNs) / 1e9;

    if (!database->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s))
        return fail(database->lastError());
    const qint64 mainBytes = fileSize(path);
    const qint64 walBytes = fileSize(path + u"-wal"_s);
    const qint64 bytes = mainBytes + walBytes;
    const qint64 resultRows = scalar(*database, u"SELECT count(*) FROM results"_s);
    const qint64 rollupRows = scalar(*database, u"SELECT count(*) FROM rollups"_s);
    const qint64 incidentRows = scalar(*database, u"SELECT count(*) FROM incidents"_s);
    const qint64 pageSize = scalar(*database, u"PRAGMA page_size"_s);
    const qint64 pageCount = scalar(*database, u"PRAGMA page_count"_s);

    if (stoppedEarly)
        out() << "  stopped after " << maxSeconds << " s (--max-seconds): " << written << " of "
              << total << " results written\n";
    out() << "  append:            " << written << " results, " << changesWritten
          << " state changes in " << QString::number(appendSeconds, 'f', 2) << " s of append "
          << "calls (" << QString::number(double(wall.elapsed()) / 1000.0, 'f', 2)
          << " s wall with generation)\n"
          << "  rate:              " << (written > 0 ? qint64(double(written) / appendSeconds) : 0)
          << " results/s sustained; "
          << QString::number(appendSeconds * 1000.0 /
                                 double(std::max<qint64>(1, (written + batchSize - 1) / batchSize)),
                             'f', 1)
          << " ms per batch on average, slowest "
          << QString::number(double(slowestNs) / 1e6, 'f', 1) << " ms\n"
          << "  database:          " << megabytes(mainBytes) << " + " << megabytes(walBytes)
          << " WAL after wal_checkpoint(TRUNCATE) (" << pageCount << " pages of " << pageSize
          << " bytes)\n"
          << "  per result:        " << (written > 0 ? bytes / written : 0) << " bytes, "
          << QString::number(written > 0 ? double(bytes) / double(written) : 0.0, 'f', 1)
          << " MB per million results (MB = 10^6 bytes)\n"
          << "  rows:              results " << resultRows << ", rollups " << rollupRows
          << " (minute " << scalar(*database, u"SELECT count(*) FROM rollups WHERE level = 0"_s)
          << ", hour " << scalar(*database, u"SELECT count(*) FROM rollups WHERE level = 1"_s)
          << ", day " << scalar(*database, u"SELECT count(*) FROM rollups WHERE level = 2"_s)
          << "), incidents " << incidentRows << '\n';
    // Where the bytes are, when SQLite was built with the dbstat table (Debian's is).
    QSqlQuery space(database->db());
    if (space.exec(u"SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"_s)) {
        while (space.next()) {
            const qint64 tableBytes = space.value(1).toLongLong();
            if (tableBytes * 100 < bytes)
                continue; // under 1 %
            out() << "  " << QString(u"  " + space.value(0).toString() + u':').leftJustified(22)
                  << megabytes(tableBytes) << ", " << (written > 0 ? tableBytes / written : 0)
                  << " bytes per result\n";
        }
    }
    out().flush();
    return 0;
}
