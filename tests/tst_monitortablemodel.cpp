#include "tests/support/Builders.h"
#include "tests/support/FakeClock.h"
#include "ui/table/MonitorFilterModel.h"
#include "ui/table/MonitorTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);

Monitor monitorWith(qint64 id, const QString &name, const QStringList &tags = {})
{
    return MonitorBuilder(name)
        .id(id)
        .url(u"https://"_s + name + u".example/"_s)
        .tags(tags)
        .build();
}

} // namespace

class TestMonitorTableModel final : public QObject {
    Q_OBJECT

private slots:
    void recentChecksTooltipCountsDegraded();
    void init();
    void cleanup();

    void showsMonitors();
    void batchTouchesOnlyChangedRows();
    void manyResultsForOneRowAreOneChange();
    void pendingRowsAreOneChangePerRun();
    void stateChangesUpdateCounts();
    void addUpdateRemove();
    void searchFilter_data();
    void searchFilter();
    void stateAndTagFilters();
    void clearedFiltersKeepTheSort();
    void sortsNumbersAsNumbers();
    void sortsEveryColumn_data();
    void sortsEveryColumn();
    void mutedMonitorShowsABellUntilTheMuteEnds();

private:
    std::unique_ptr<MonitorTableModel> m_model;
    std::unique_ptr<MonitorFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};

void TestMonitorTableModel::init()
{
    m_model = std::make_unique<MonitorTableModel>();
    m_filter = std::make_unique<MonitorFilterModel>();
    m_filter->setSourceModel(m_model.get());
    m_filter->sort(MonitorTableModel::NameColumn);
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filterTester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Monitor> monitors;
    monitors << monitorWith(1, u"alpha"_s, {u"prod"_s}) << monitorWith(2, u"bravo"_s)
             << monitorWith(3, u"charlie"_s, {u"prod"_s, u"api"_s}) << monitorWith(4, u"delta"_s)
             << monitorWith(5, u"echo"_s, {u"lab"_s});
    m_model->setMonitors(monitors, {{1, MonitorState::Up},
                                    {2, MonitorState::Down},
                                    {3, MonitorState::Degraded},
                                    {4, MonitorState::Paused}});
}

void TestMonitorTableModel::cleanup()
{
    m_filterTester.reset();
    m_modelTester.reset();
    m_filter.reset();
    m_model.reset();
}

void TestMonitorTableModel::showsMonitors()
{
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->columnCount(), int(MonitorTableModel::ColumnCount));
    const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    QCOMPARE(cell(0, MonitorTableModel::NameColumn).toString(), u"alpha"_s);
    QCOMPARE(cell(0, MonitorTableModel::UrlColumn).toString(), u"https://alpha.example/"_s);
    QCOMPARE(cell(0, MonitorTableModel::MethodColumn).toString(), u"GET"_s);
    QCOMPARE(cell(0, MonitorTableModel::StatusColumn).toString(), u"Up"_s);
    QCOMPARE(cell(1, MonitorTableModel::StatusColumn).toString(), u"Down"_s);
    QCOMPARE(cell(4, MonitorTableModel::StatusColumn).toString(), u"Pending"_s); // no state given
    QVERIFY(!cell(0, MonitorTableModel::StatusColumn, Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(cell(0, MonitorTableModel::LastCheckColumn).toString(), QString()); // not checked
    QCOMPARE(cell(0, MonitorTableModel::ResponseColumn).toString(), QString());
    QCOMPARE(cell(2, 0, MonitorTableModel::TagsRole).toStringList(),
             (QStringList{u"prod"_s, u"api"_s}));
    QCOMPARE(cell(3, 0, MonitorTableModel::MonitorIdRole).toLongLong(), 4);
    QCOMPARE(m_model->rowOf(3), 2);
    QCOMPARE(m_model->tags(), (QStringList{u"api"_s, u"lab"_s, u"prod"_s}));
    QCOMPARE(m_model->headerData(MonitorTableModel::UptimeColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
             u"Uptime 24 h"_s);
}

void TestMonitorTableModel::batchTouchesOnlyChangedRows()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    ResultBatch batch;
    batch.results = {makeResult(2, kNow, Verdict::Up, 80), makeResult(5, kNow, Verdict::Down)};
    m_model->applyBatch(batch);
    QCOMPARE(changed.size(), 0); // announced at the next flush, not per result
    m_model->flushChanges();
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 2);
    QList<int> rows;
    for (const auto &signal : changed) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), bottomRight.row());
        // A result changes the columns from "last check" on, not name or state.
        QCOMPARE(topLeft.column(), int(MonitorTableModel::LastCheckColumn));
        QCOMPARE(bottomRight.column(), MonitorTableModel::ColumnCount - 1);
        rows.append(topLeft.row());
    }
    QCOMPARE(rows, (QList<int>{1, 4}));
    QCOMPARE(m_model->index(1, MonitorTableModel::ResponseColumn).data().toString(), u"80 ms"_s);
    QVERIFY(!m_model->index(1, MonitorTableModel::LastCheckColumn).data().toString().isEmpty());
    QCOMPARE(m_model->index(4, MonitorTableModel::UptimeColumn).data().toString(), u"0 %"_s);
    QCOMPARE(m_model->index(1, MonitorTableModel::UptimeColumn).data().toString(), u"100 %"_s);

    // Neighbouring rows are announced as one range; the timer flushes by itself.
    changed.clear();
    batch.results = {makeResult(3, kNow, Verdict::Up), makeResult(4, kNow, Verdict::Up)};
    m_model->applyBatch(batch);
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 3);
}

void TestMonitorTableModel::manyResultsForOneRowAreOneChange()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    for (int i = 0; i < 10; ++i) {
        ResultBatch batch;
        batch.results = {makeResult(3, kNow.addSecs(i), Verdict::Up, 100 + i)};
        m_model->applyBatch(batch);
    }
    m_model->flushChanges();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_model->index(2, MonitorTableModel::ResponseColumn).data().toString(), u"109 ms"_s);
    QCOMPARE(m_model->latestResult(3)->startedAt, kNow.addSecs(9));
    // An older result arriving late does not replace the newest.
    ResultBatch late;
    late.results = {makeResult(3, kNow.addSecs(-5), Verdict::Down)};
    m_model->applyBatch(late);
    m_model->flushChanges();
    QCOMPARE(m_model->latestResult(3)->startedAt, kNow.addSecs(9));
}

void TestMonitorTableModel::pendingRowsAreOneChangePerRun()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setPending({1, 2, 3, 5}, PendingActivity::Kind::Checking);
    // Rows 0-2 are one run, row 4 another; each the whole row (the state column changes).
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), 0);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 4);
    QCOMPARE(m_model->index(1, MonitorTableModel::StatusColumn).data().toString(),
             u"Checking\u2026"_s);
}

void TestMonitorTableModel::stateChangesUpdateCounts()
{
    QSignalSpy counts(m_model.get(), &MonitorTableModel::stateCountsChanged);
    QCOMPARE(m_model->stateCounts().value(int(MonitorState::Down)), 1);
    ResultBatch batch;
    batch.changes = {makeChange(1, kNow, MonitorState::Up, MonitorState::Down)};
    m_model->applyBatch(batch);
    m_model->flushChanges();
    QCOMPARE(counts.size(), 1);
    QCOMPARE(m_model->state(1), MonitorState::Down);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    batch.changes = {makeChange(1, kNow, MonitorState::Down, MonitorState::Up)};
    m_model->applyBatch(batch);
    m_model->flushChanges();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), 0); // the whole row
    batch.changes = {makeChange(1, kNow, MonitorState::Up, MonitorState::Down)};
    m_model->applyBatch(batch);
    m_model->flushChanges();
    QCOMPARE(m_model->stateCounts().value(int(MonitorState::Down)), 2);
    QCOMPARE(m_model->stateCounts().value(int(MonitorState::Up)), 0);
    QCOMPARE(m_model->index(0, 0, {}).data(MonitorTableModel::StateRole).toInt(),
             int(MonitorState::Down));
    // Results without a state change leave the counts alone.
    counts.clear();
    batch.changes.clear();
    batch.results = {makeResult(1, kNow, Verdict::Down)};
    m_model->applyBatch(batch);
    m_model->flushChanges();
    QCOMPARE(counts.size(), 0);
}

void TestMonitorTableModel::addUpdateRemove()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->addMonitor(monitorWith(10, u"foxtrot"_s), MonitorState::Pending);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->rowOf(10), 5);

    Monitor renamed = *m_model->monitor(2);
    renamed.name = u"bravo-2"_s;
    m_model->updateMonitor(renamed);
    QCOMPARE(m_model->index(1, MonitorTableModel::NameColumn).data().toString(), u"bravo-2"_s);

    // A pending change for a removed row is never announced for the wrong row.
    ResultBatch batch;
    batch.results = {makeResult(5, kNow, Verdict::Up)};
    m_model->applyBatch(batch);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->removeMonitors({2, 3, 10, 404});
    QCOMPARE(removed.size(), 2); // rows 1-2 together, then row 5
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOf(5), 2);
    QCOMPARE(m_model->rowOf(2), -1);
    QCOMPARE(m_model->idAt(1), 4);
    m_model->flushChanges();
    QCOMPARE(m_model->stateCounts().value(int(MonitorState::Down)), 0);
}

void TestMonitorTableModel::searchFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("everything") << QString()
                                << QStringList{u"alpha"_s, u"bravo"_s, u"charlie"_s, u"delta"_s,
                                               u"echo"_s};
    QTest::newRow("name") << u"ALP"_s << QStringList{u"alpha"_s};
    QTest::newRow("url") << u"echo.example"_s << QStringList{u"echo"_s};
    QTest::newRow("tag") << u"prod"_s << QStringList{u"alpha"_s, u"charlie"_s};
    QTest::newRow("spaces trimmed") << u"  delta "_s << QStringList{u"delta"_s};
    QTest::newRow("nothing") << u"zulu"_s << QStringList();
}

void TestMonitorTableModel::searchFilter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    m_filter->setSearchText(text);
    QStringList shown;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        shown.append(m_filter->index(row, MonitorTableModel::NameColumn).data().toString());
    QCOMPARE(shown, names);
}

void TestMonitorTableModel::stateAndTagFilters()
{
    ResultBatch batch;
    batch.changes = {makeChange(5, kNow, MonitorState::Pending, MonitorState::Unreachable)};
    m_model->applyBatch(batch);
    m_model->flushChanges();
    const auto shownIds = [this] {
        QList<qint64> ids;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            ids.append(m_filter->index(row, 0).data(MonitorTableModel::MonitorIdRole).toLongLong());
        return ids;
    };
    m_filter->setStateFilter(MonitorState::Down); // down includes unreachable
    QCOMPARE(shownIds(), (QList<qint64>{2, 5}));
    m_filter->setStateFilter(MonitorState::Paused);
    QCOMPARE(shownIds(), (QList<qint64>{4}));
    m_filter->setStateFilter(std::nullopt);
    m_filter->setTagFilter(u"PROD"_s);
    QCOMPARE(shownIds(), (QList<qint64>{1, 3}));
    m_filter->setStateFilter(MonitorState::Degraded);
    QCOMPARE(shownIds(), (QList<qint64>{3}));
    // A row that changes state enters the filtered view (within a second).
    batch.changes = {makeChange(1, kNow, MonitorState::Up, MonitorState::Degraded)};
    m_model->applyBatch(batch);
    m_model->flushChanges();
    QTRY_COMPARE(shownIds(), (QList<qint64>{1, 3}));
}

void TestMonitorTableModel::clearedFiltersKeepTheSort()
{
    const auto shown = [this] {
        QStringList names;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            names.append(m_filter->index(row, MonitorTableModel::NameColumn).data().toString());
        return names;
    };
    m_filter->sort(MonitorTableModel::NameColumn, Qt::DescendingOrder);
    const QStringList sorted{u"echo"_s, u"delta"_s, u"charlie"_s, u"bravo"_s, u"alpha"_s};
    QCOMPARE(shown(), sorted);
    // Rows a filter lets back in come sorted, as the header still says.
    m_filter->setSearchText(u"charlie"_s);
    QCOMPARE(shown(), QStringList{u"charlie"_s});
    m_filter->setSearchText({});
    QCOMPARE(shown(), sorted);
    m_filter->setStateFilter(MonitorState::Down);
    QCOMPARE(shown(), QStringList{u"bravo"_s});
    m_filter->setStateFilter(std::nullopt);
    QCOMPARE(shown(), sorted);
    m_filter->setTagFilter(u"lab"_s);
    QCOMPARE(shown(), QStringList{u"echo"_s});
    m_filter->setTagFilter({});
    QCOMPARE(shown(), sorted);
}

void TestMonitorTableModel::sortsNumbersAsNumbers()
{
    ResultBatch batch;
    batch.results = {makeResult(1, kNow, Verdict::Up, 900), makeResult(2, kNow, Verdict::Up, 80),
                     makeResult(3, kNow, Verdict::Up, 1200)};
    m_model->applyBatch(batch);
    m_model->flushChanges();
    m_filter->sort(MonitorTableModel::ResponseColumn, Qt::DescendingOrder);
    QCOMPARE(m_filter->index(0, MonitorTableModel::NameColumn).data().toString(), u"charlie"_s);
    QCOMPARE(m_filter->index(1, MonitorTableModel::NameColumn).data().toString(), u"alpha"_s);
    QCOMPARE(m_filter->index(2, MonitorTableModel::NameColumn).data().toString(), u"bravo"_s);
    // Sorted by state, the down monitor comes first and paused last.
    m_filter->sort(MonitorTableModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(m_filter->index(0, MonitorTableModel::NameColumn).data().toString(), u"bravo"_s);
    QCOMPARE(m_filter->index(4, MonitorTableModel::NameColumn).data().toString(), u"delta"_s);
    // A new result moves its row while sorted, at the next refresh (within a second).
    m_filter->sort(MonitorTableModel::ResponseColumn, Qt::DescendingOrder);
    batch.results = {makeResult(2, kNow.addSecs(1), Verdict::Up, 5000)};
    m_model->applyBatch(batch);
    m_model->flushChanges();
    QTRY_COMPARE(m_filter->index(0, MonitorTableModel::NameColumn).data().toString(), u"bravo"_s);
    // By name, URL and uptime too.
    m_filter->sort(MonitorTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(m_filter->index(0, MonitorTableModel::NameColumn).data().toString(), u"echo"_s);
    m_filter->sort(MonitorTableModel::UrlColumn, Qt::AscendingOrder);
    QCOMPARE(m_filter->index(0, MonitorTableModel::NameColumn).data().toString(), u"alpha"_s);
    // The refresh saw every live check, so its counts are the uptime.
    m_model->setUptime({{1, {{1, 4}, kNow}},
                        {2, {{0, 2}, kNow.addSecs(1)}},
                        {3, {{1, 3}, kNow}},
                        {4, {{1, 2}, kNow}},
                        {5, {{2, 2}, kNow}}});
    m_filter->sort(MonitorTableModel::UptimeColumn, Qt::DescendingOrder);
    QCOMPARE(m_filter->index(0, MonitorTableModel::NameColumn).data().toString(), u"echo"_s);
    QCOMPARE(m_filter->index(1, MonitorTableModel::NameColumn).data().toString(), u"delta"_s);
    QCOMPARE(m_filter->index(4, MonitorTableModel::NameColumn).data().toString(), u"bravo"_s);
}

void TestMonitorTableModel::sortsEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QList<qint64>>("ascending"); // monitor ids; ties keep the model's order

    QTest::newRow("status: attention first")
        << int(MonitorTableModel::StatusColumn) << QList<qint64>{2, 3, 5, 1, 4};
    QTest::newRow("name, ignoring case")
        << int(MonitorTableModel::NameColumn) << QList<qint64>{1, 2, 3, 4, 5};
    QTest::newRow("url, ignoring case")
        << int(MonitorTableModel::UrlColumn) << QList<qint64>{2, 3, 4, 5, 1};
    QTest::newRow("method") << int(MonitorTableModel::MethodColumn) << QList<qint64>{5, 1, 2, 4, 3};
    QTest::newRow("last check, never checked first")
        << int(MonitorTableModel::LastCheckColumn) << QList<qint64>{5, 4, 2, 1, 3};
    QTest::newRow("response of the latest check")
        << int(MonitorTableModel::ResponseColumn) << QList<qint64>{5, 2, 4, 1, 3};
    QTest::newRow("uptime, no checks first")
        << int(MonitorTableModel::UptimeColumn) << QList<qint64>{5, 2, 4, 1, 3};
    QTest::newRow("recent checks, most failures first")
        << int(MonitorTableModel::HistoryColumn) << QList<qint64>{2, 4, 1, 3, 5};
}

void TestMonitorTableModel::sortsEveryColumn()
{
    QFETCH(int, column);
    QFETCH(QList<qint64>, ascending);

    Monitor bravo = monitorWith(2, u"Bravo"_s);
    m_model->updateMonitor(bravo);
    Monitor alpha = monitorWith(1, u"alpha"_s, {u"prod"_s});
    alpha.url = QUrl(u"https://Zeta.example/"_s);
    m_model->updateMonitor(alpha);
    Monitor charlie = monitorWith(3, u"charlie"_s, {u"prod"_s, u"api"_s});
    charlie.method = HttpMethod::Post;
    m_model->updateMonitor(charlie);
    Monitor echo = monitorWith(5, u"echo"_s, {u"lab"_s});
    echo.method = HttpMethod::Head;
    m_model->updateMonitor(echo);
    ResultBatch batch;
    batch.results = {makeResult(1, kNow.addSecs(10), Verdict::Up, 900),
                     makeResult(2, kNow.addSecs(5), Verdict::Down, 80),
                     makeResult(2, kNow.addSecs(6), Verdict::Down, 70),
                     makeResult(3, kNow.addSecs(20), Verdict::Up, 1200),
                     makeResult(4, kNow.addSecs(1), Verdict::Down, 300)};
    m_model->applyBatch(batch);
    m_model->flushChanges();

    // The table's own order (sortKey, what the window sorts with) and SortRole's values agree.
    QSortFilterProxyModel byRole;
    byRole.setSourceModel(m_model.get());
    byRole.setSortRole(MonitorTableModel::SortRole);
    const auto shown = [](const QAbstractItemModel &proxy) {
        QList<qint64> ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, 0).data(MonitorTableModel::MonitorIdRole).toLongLong());
        return ids;
    };
    m_filter->sort(column, Qt::AscendingOrder);
    QCOMPARE(shown(*m_filter), ascending);
    byRole.sort(column, Qt::AscendingOrder);
    QCOMPARE(shown(byRole), ascending);
}

void TestMonitorTableModel::recentChecksTooltipCountsDegraded()
{
    // Plural suffixes come from the English translation once it is loaded here; the numbers and
    // the counts of both kinds are checked. Integrator: with translations/upwatch_en.ts loaded,
    // compare with "Last 5 checks, oldest on the left: 1 failed, 2 degraded".
    const QList<int> verdicts{int(Verdict::Up), int(Verdict::Degraded), int(Verdict::Down),
                              int(Verdict::Degraded), int(Verdict::Up)};
    const QString text = PendingActivity::recentChecksText(verdicts);
    QVERIFY2(text.startsWith(u"Last 5 check"_s), qPrintable(text));
    QVERIFY2(text.endsWith(u": 1 failed, 2 degraded"_s), qPrintable(text));
    QVERIFY2(
        PendingActivity::recentChecksText({int(Verdict::Degraded)}).endsWith(u": 1 degraded"_s),
        qPrintable(PendingActivity::recentChecksText({int(Verdict::Degraded)})));
    QVERIFY(PendingActivity::recentChecksText({int(Verdict::Up), int(Verdict::Up)})
                .endsWith(u": all up"_s));
}

void TestMonitorTableModel::mutedMonitorShowsABellUntilTheMuteEnds()
{
    auto clock = std::make_shared<FakeClock>(kNow);
    m_model->setClock(clock);
    const int row = m_model->rowOf(2);
    const QModelIndex name = m_model->index(row, MonitorTableModel::NameColumn);
    QVERIFY(name.data(Qt::DecorationRole).value<QIcon>().isNull());

    Monitor muted = *m_model->monitor(2);
    muted.mutedUntil = kNow.addSecs(1);
    m_model->updateMonitor(muted);
    QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY2(name.data(Qt::ToolTipRole).toString().contains(u"\nAlerts muted until "_s),
             qPrintable(name.data(Qt::ToolTipRole).toString()));
    // Other rows and the state's own icon are untouched.
    QVERIFY(m_model->index(m_model->rowOf(1), MonitorTableModel::NameColumn)
                .data(Qt::DecorationRole)
                .value<QIcon>()
                .isNull());
    QVERIFY(!m_model->index(row, MonitorTableModel::StatusColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());

    // When the mute ends, the views hear it (no edit announces it).
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    clock->advance(2000);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.constFirst().at(0).value<QModelIndex>().column(),
             int(MonitorTableModel::NameColumn));
    QVERIFY(name.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!name.data(Qt::ToolTipRole).toString().contains(u"muted"_s));

    // Muted until unmuted.
    muted.mutedUntil = Monitor::kMutedForever;
    m_model->updateMonitor(muted);
    QVERIFY(
        name.data(Qt::ToolTipRole).toString().endsWith(u"\nAlerts muted until you unmute them"_s));
}

QTEST_MAIN(TestMonitorTableModel)
#include "tst_monitortablemodel.moc"
