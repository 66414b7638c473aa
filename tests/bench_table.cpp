// bench_table: how long the GUI thread spends keeping the monitor table current with 100,000
// monitors. Results arrive as the engine sends them (batches every 50 ms), the table is sorted
// by response time (so rows move) and shown in a view. Prints the time per flush, which is what
// the GUI thread cannot spend on anything else. Run a Release build:
//   QT_QPA_PLATFORM=offscreen build/tests/bench_table [monitors] [checks per second]
#include "ui/table/HistoryBarDelegate.h"
#include "ui/table/MonitorFilterModel.h"
#include "ui/table/MonitorTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QTableView>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int monitors = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100'000;
    const int perSecond = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 2'000;
    constexpr int kBatchMs = 50;
    constexpr int kSeconds = 10;

    QList<Monitor> list;
    QHash<qint64, MonitorState> states;
    for (int i = 1; i <= monitors; ++i) {
        Monitor monitor;
        monitor.id = i;
        monitor.name = u"monitor-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        monitor.url = QUrl(u"https://host-%1.example/health"_s.arg(i % 5000));
        monitor.tags = {i % 3 ? u"prod"_s : u"lab"_s};
        list.append(monitor);
        states.insert(i, MonitorState::Up);
    }
    MonitorTableModel model;
    MonitorFilterModel filter;
    filter.setSourceModel(&model);
    QTableView view;
    view.setModel(&filter);
    view.setItemDelegateForColumn(MonitorTableModel::HistoryColumn, new HistoryBarDelegate(&view));
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setSortingEnabled(true);
    view.resize(1200, 800);
    view.show();

    QElapsedTimer timer;
    timer.start();
    model.setMonitors(list, states);
    view.sortByColumn(MonitorTableModel::ResponseColumn, Qt::DescendingOrder);
    QCoreApplication::processEvents();
    std::printf("load: %d monitors into the sorted table in %lld ms\n", monitors,
                qint64(timer.elapsed()));

    auto *random = QRandomGenerator::global();
    const int perBatch = std::max(1, perSecond * kBatchMs / 1000);
    const int flushesPerBatch = MonitorTableModel::kFlushMs / kBatchMs;
    QList<qint64> flushTimes;
    qint64 applyTotal = 0;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    for (int batchNo = 0; batchNo < kSeconds * 1000 / kBatchMs; ++batchNo) {
        ResultBatch batch;
        for (int i = 0; i < perBatch; ++i) {
            CheckResult result;
            result.monitorId = 1 + random->bounded(monitors);
            result.startedAt = start.addMSecs(batchNo * kBatchMs);
            const bool down = random->bounded(100) == 0;
            result.verdict = down ? Verdict::Down : Verdict::Up;
            result.reason = down ? Reason::Timeout : Reason::Ok;
            result.responseMs = 20 + random->bounded(2000);
            batch.results.append(result);
            if (down)
                batch.changes.append({result.monitorId,
                                      result.startedAt,
                                      MonitorState::Up,
                                      MonitorState::Down,
                                      Reason::Timeout,
                                      {}});
        }
        timer.restart();
        model.applyBatch(batch);
        applyTotal += timer.nsecsElapsed();
        if ((batchNo + 1) % flushesPerBatch == 0) {
            timer.restart();
            model.flushChanges();
            QCoreApplication::processEvents(); // the view repaints what changed
            flushTimes.append(timer.elapsed());
        }
    }
    std::sort(flushTimes.begin(), flushTimes.end());
    qint64 sum = 0;
    for (const qint64 ms : flushTimes)
        sum += ms;
    std::printf("updates: %d results/s in batches of %d; applyBatch %.3f ms per batch\n", perSecond,
                perBatch, double(applyTotal) / 1e6 / (kSeconds * 1000 / kBatchMs));
    std::printf("flush + repaint every %d ms: mean %.1f ms, median %lld ms, max %lld ms "
                "(%lld flushes)\n",
                MonitorTableModel::kFlushMs, double(sum) / double(flushTimes.size()),
                flushTimes.at(flushTimes.size() / 2), flushTimes.last(), qint64(flushTimes.size()));
    // What the filter model does at most once a second while sorted by a changing column.
    QList<qint64> resorts;
    for (int i = 0; i < 5; ++i) {
        ResultBatch batch;
        for (int j = 0; j < perSecond; ++j) {
            CheckResult result;
            result.monitorId = 1 + random->bounded(monitors);
            result.startedAt = start.addSecs(100 + i);
            result.verdict = Verdict::Up;
            result.responseMs = 20 + random->bounded(2000);
            batch.results.append(result);
        }
        model.applyBatch(batch);
        model.flushChanges();
        timer.restart();
        filter.refreshNow();
        QCoreApplication::processEvents();
        resorts.append(timer.elapsed());
    }
    std::sort(resorts.begin(), resorts.end());
    std::printf("re-sort by response time (once a second at most): median %lld ms, max %lld ms\n",
                resorts.at(resorts.size() / 2), resorts.last());
    // The uptime refresh every 5 minutes: each row's counts as read, plus its live checks newer
    // than the newest the read saw (here it saw the first half of the updates).
    QHash<qint64, DayUptime> uptime;
    uptime.reserve(monitors);
    const QDateTime seen = start.addMSecs(kSeconds * 1000 / 2);
    for (int i = 1; i <= monitors; ++i)
        uptime.insert(i, {{1430, 1440}, seen});
    timer.restart();
    model.setUptime(uptime);
    QCoreApplication::processEvents();
    std::printf("uptime refresh of %d rows: %lld ms\n", monitors, qint64(timer.elapsed()));
    timer.restart();
    filter.setSearchText(u"host-42."_s);
    std::printf("search: %lld ms to filter %d rows to %d\n", qint64(timer.elapsed()), monitors,
                filter.rowCount());
    return 0;
}
